import { TempFailError, errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import { readCounter } from '../store/counters-repo.js';
import type { Db } from '../store/db.js';
import { listSenderEntries } from '../store/sender-lists-repo.js';
import type { SenderEntry } from './decide.js';
import { isSenderListKind } from './manage.js';

/**
 * The sender lists as a scan worker sees them: loaded once, then reloaded when the
 * `sender_list_changes` counter (bumped in the same transaction as every change, see
 * manage.ts) has moved. The counter is read at most once per `refreshMs` by a worker
 * process, never once per message: a change reaches every worker within `refreshMs` plus
 * one message's scan, without a restart. The counter is read before the entries, so a
 * change made between the two reads is loaded again at the next check, never missed.
 *
 * The first load must succeed (the job fails and is retried: a deny entry is never skipped
 * because the store was busy at start); later failures keep the lists last loaded and are
 * logged, since they were right a few seconds ago.
 */
export class SenderListCache {
  private entries: Map<string, SenderEntry[]> | undefined;
  private version = -1;
  private checkedAt = 0;
  private pending: Promise<void> | undefined;

  constructor(
    private readonly db: Db,
    private readonly refreshMs: number,
    private readonly log: Logger,
    private readonly now: () => number = Date.now,
  ) {}

  /** Entries by agency code, fresh to within `refreshMs`. */
  async current(): Promise<ReadonlyMap<string, readonly SenderEntry[]>> {
    if (this.entries === undefined || this.now() - this.checkedAt >= this.refreshMs) {
      // Concurrent scans of one worker share one check.
      this.pending ??= this.refresh().finally(() => (this.pending = undefined));
      await this.pending;
    }
    return this.entries ?? new Map();
  }

  private async refresh(): Promise<void> {
    try {
      const version = await readCounter(this.db, 'sender_list_changes');
      if (this.entries === undefined || version !== this.version) {
        const byAgency = new Map<string, SenderEntry[]>();
        for (const row of await listSenderEntries(this.db)) {
          if (!isSenderListKind(row.kind)) continue;
          const list = byAgency.get(row.agency) ?? [];
          list.push({ id: row.id, kind: row.kind, pattern: row.pattern, note: row.note });
          byAgency.set(row.agency, list);
        }
        const loaded = this.entries !== undefined;
        this.entries = byAgency;
        this.version = version;
        this.log.info(
          {
            event: 'senders.loaded',
            version,
            entries: [...byAgency.values()].reduce((n, l) => n + l.length, 0),
            reload: loaded,
          },
          'sender lists loaded',
        );
      }
      this.checkedAt = this.now();
    } catch (err) {
      if (this.entries === undefined) {
        throw new TempFailError('MS_ERR_STORE', `sender lists not loaded: ${errorMessage(err)}`, {
          cause: err,
        });
      }
      this.checkedAt = this.now();
      this.log.warn(
        { event: 'senders.stale', err: errorMessage(err) },
        'sender lists not reloaded; the last loaded ones still apply',
      );
    }
  }
}
