import type { Job } from 'bullmq';
import type { Logger } from '../core/logger.js';
import type { Limits } from '../core/limits.js';
import { MailshieldError, errorMessage } from '../core/errors.js';
import type { AgencyDirectory } from '../directory/directory.js';
import type { Spool, SpoolEntry } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import { getMessage, saveMessage, type MessageRow } from '../store/messages-repo.js';
import { addPendingDelivery, listDeliveries } from '../store/deliveries-repo.js';
import { insertEvents } from '../store/events-repo.js';
import { anyHeld } from '../store/holds-repo.js';
import type { ScanJobData } from '../queue/jobs.js';
import { holdMessage } from '../quarantine/hold.js';
import { removeHeld, type HeldStorage } from '../quarantine/storage.js';
import { finalizeMessage } from '../deliver/finalize.js';
import { deliverData, type DeliveryDispatch } from '../deliver/dispatch.js';
import { refusedBeforeQueue, type Thresholds, type Verdict } from '../verdict/decide.js';
import {
  WORKER_GRACE_MS,
  type BeforeQueueNotice,
  type BeforeQueueWorkerSide,
} from '../queue/before-queue.js';
import { scanMessage } from './scan-message.js';
import type { AuthResults, ParsedMessage, Scanner } from './types.js';

export interface ScanDeps {
  spool: Spool;
  db: Db;
  directory: AgencyDirectory;
  /**
   * The deliver stage's entrance (deliver/dispatch.ts): makes the first attempt when this
   * worker also delivers, or queues deliver jobs.
   */
  deliveries: DeliveryDispatch;
  /**
   * Run in order (scan/build-scanners.ts); a TempFailError from any of them fails the job
   * (retried, nothing delivered).
   */
  scanners: readonly Scanner[];
  limits: Limits;
  thresholds: Thresholds;
  quarantineDir: string;
  /**
   * Where held bytes go (quarantine/storage.ts): `store` with several nodes, so any node
   * reads them. @defaultValue 'file'
   */
  heldStorage?: HeldStorage;
  /**
   * Offered every fresh verdict with the parsed message and the sender checks, to teach
   * the classifier the clear cases (bayes/autolearn.ts); absent when autolearn is off.
   */
  autolearn?: (mail: ParsedMessage, verdict: Verdict, auth: AuthResults | undefined) => void;
  /**
   * Before-queue mode's worker side (queue/before-queue.ts): claims the refusal of a
   * message an SMTP session waits for and tells the session. Used only for jobs that carry
   * `beforeQueue`; absent, such jobs take the after-queue path.
   */
  beforeQueue?: BeforeQueueWorkerSide;
  /** Time budget of one scan, after which the job fails and is retried. */
  jobTimeoutMs: number;
  log: Logger;
}

export interface ScanOutcome {
  category: string;
  action: string;
  score: number;
}

/**
 * The scan stage: parse, clamd, rules, verdict, then the action. Idempotent on the spool
 * id: a verdict already recorded is acted on again (the actions are idempotent), never
 * recomputed, so a crash between steps cannot send a message down two paths.
 */
export class ScanProcessor {
  constructor(private readonly deps: ScanDeps) {}

  async process(job: Job<ScanJobData>): Promise<ScanOutcome | null> {
    const { id } = job.data;
    const { spool, db } = this.deps;
    const log = this.deps.log.child({ id });
    const bq = job.data.beforeQueue;
    const waited = bq !== undefined ? this.deps.beforeQueue : undefined;
    const existing = await getMessage(db, id);
    if (existing?.category) {
      await this.resume(existing);
      if (waited) {
        await this.announce(waited, bq!.channel, {
          id,
          action: existing.action ?? '',
          category: existing.category,
        });
      }
      return {
        category: existing.category,
        action: existing.action ?? '',
        score: existing.score ?? 0,
      };
    }
    let entry: SpoolEntry;
    try {
      entry = await spool.read(id);
    } catch (err) {
      if (err instanceof MailshieldError && err.code === 'MS_ERR_SPOOL_MISSING') {
        // The ingress answered 451 after a failed queue add and removed the file.
        log.warn({ event: 'scan.missing' }, 'job for a message not in the spool');
        return null;
      }
      throw err;
    }
    log.debug({ event: 'scan.start', size: entry.size }, 'scanning');
    // Only the summary outlives the scan: the parsed message (a large one holds its
    // attachments) is not kept while the message is delivered.
    const { verdict, summary, timings } = await this.scan(entry, log).then((r) => ({
      verdict: r.verdict,
      summary: summarize(r.mail),
      timings: r.timings,
    }));
    const scanMs = ms(Object.values(timings).reduce((a, b) => a + b, 0));
    const actStart = performance.now();
    // Before-queue mode: a verdict to refuse is refused only once the decision key says so
    // (the session may have stopped waiting and said 250 already: then the after-queue
    // path). Every waited-for job asks, so a retry after a crash between the claim and the
    // record still refuses, whatever the new scan says: the sender may have its 550.
    let action: string = verdict.action;
    if (waited) {
      const refuse =
        refusedBeforeQueue(verdict, this.deps.thresholds) &&
        Date.now() <= (bq?.until ?? 0) + WORKER_GRACE_MS;
      if ((await waited.claim(id, refuse)) === 'reject') action = 'reject';
    }
    const tell = waited
      ? () => this.announce(waited, bq!.channel, { id, action, category: verdict.category })
      : undefined;
    if (action === 'reject') await this.refuse(entry, verdict, summary, scanMs);
    else await this.act(entry, verdict, summary, scanMs, tell);
    timings.act = ms(performance.now() - actStart);
    // Refused or held: told now (a delivery told the session before its first attempt).
    if (tell && (action === 'reject' || action === 'quarantine')) await tell();
    log.info(
      {
        event: 'scan.verdict',
        category: verdict.category,
        action,
        score: verdict.score,
        rules: verdict.hits.map((h) => h.rule),
        viruses: verdict.viruses,
        size: entry.size,
        // Milliseconds per stage (parse, each scanner, act): read by `npm run bench`.
        ms: timings,
      },
      verdict.reason,
    );
    return { category: verdict.category, action, score: verdict.score };
  }

  /** Tells the waiting session; a lost notice only makes it wait for its bound. */
  private async announce(
    side: BeforeQueueWorkerSide,
    channel: string,
    notice: BeforeQueueNotice,
  ): Promise<void> {
    try {
      await side.announce(channel, notice);
    } catch (err) {
      this.deps.log.warn({ id: notice.id, err: errorMessage(err) }, 'before-queue notice not sent');
    }
  }

  /** Retries are spent (clamd down for a very long time): the message stays spooled. */
  onExhausted(job: Job<ScanJobData>, err: Error): void {
    this.deps.log.error(
      { event: 'scan.exhausted', id: job.data.id, err },
      'scan retries exhausted; message kept in the spool, requeued at next start or sweep',
    );
  }

  /** The scan (scan-message.ts), then the lesson for autolearn. */
  private async scan(
    entry: SpoolEntry,
    log: Logger,
  ): Promise<{ verdict: Verdict; mail: ParsedMessage; timings: Record<string, number> }> {
    const { spool } = this.deps;
    const result = await scanMessage(
      {
        id: entry.id,
        envelope: entry.envelope,
        raw: () => spool.openRaw(entry),
        size: entry.size,
        log,
      },
      {
        scanners: this.deps.scanners,
        limits: this.deps.limits,
        thresholds: this.deps.thresholds,
        timeoutMs: this.deps.jobTimeoutMs,
      },
    );
    const { verdict, mail } = result;
    // A list entry is the officers' word on a sender, not evidence about content: mail it
    // matched teaches the classifier nothing.
    const listed = (result.senderList?.outcome ?? 'none') !== 'none';
    if (this.deps.autolearn !== undefined && !listed) {
      // A lesson for the classifier, never a reason for the scan to fail.
      try {
        this.deps.autolearn(mail, verdict, result.auth);
      } catch (err) {
        log.warn({ event: 'bayes.autolearn-failed', err }, 'autolearn failed');
      }
    }
    return { verdict, mail, timings: result.timings };
  }

  /**
   * Before-queue refusal: the session answers 550, so the sender keeps the message and
   * the gateway never took responsibility for it. Nothing is held (no quarantine copy, no
   * hold an officer could release: the sender was told it was refused) and nothing
   * delivered; the verdict is recorded with action `reject` and state `rejected`, one event
   * per agency (the reports count it as blocked, `REMOVING_ACTIONS`), and the spool record
   * is finished. Idempotent: a retry finds the recorded verdict (resume).
   */
  private async refuse(
    entry: SpoolEntry,
    verdict: Verdict,
    mail: Summary,
    scanMs: number,
  ): Promise<void> {
    const { base, events } = this.record(entry, verdict, mail, scanMs, 'reject');
    // A verdict another scan recorded first (store: first verdict wins) keeps its events.
    await this.deps.db.transaction().execute(async (trx) => {
      if (await saveMessage(trx, { ...base, state: 'rejected' })) await insertEvents(trx, events);
    });
    await this.deps.spool.remove(entry.id);
  }

  private record(
    entry: SpoolEntry,
    verdict: Verdict,
    mail: Summary,
    scanMs: number,
    action: string,
  ) {
    const groups = this.routes(entry.envelope.rcptTo);
    const base: MessageRow = {
      id: entry.id,
      received_at: Date.parse(entry.envelope.receivedAt),
      mail_from: entry.envelope.mailFrom,
      rcpt_to: JSON.stringify(entry.envelope.rcptTo),
      agencies: JSON.stringify([...groups.keys()]),
      from_header: mail.from,
      subject: mail.subject,
      message_id: mail.messageId,
      size: entry.size,
      category: verdict.category,
      action,
      score: verdict.score,
      hits: JSON.stringify(verdict.hits),
      viruses: JSON.stringify(verdict.viruses),
      state: 'scanned',
      quarantine_path: null,
      updated_at: Date.now(),
      scan_ms: scanMs,
    };
    const events = [...groups.keys()].map((agency) => ({
      message_id: entry.id,
      agency,
      time: base.received_at,
      category: verdict.category,
      action,
      size: entry.size,
      viruses: base.viruses,
      rules: JSON.stringify(verdict.hits.map((h) => h.rule)),
    }));
    return { base, events, groups };
  }

  /**
   * Acts on a verdict. `recorded` runs once the verdict and its deliveries are in the store
   * (a waiting session may then say 250: the message's path is fixed), before the first
   * delivery attempt, so a slow next hop never lengthens an SMTP session.
   */
  private async act(
    entry: SpoolEntry,
    verdict: Verdict,
    mail: Summary,
    scanMs: number,
    recorded?: () => Promise<void>,
  ): Promise<void> {
    const { db, spool } = this.deps;
    const { base, events, groups } = this.record(entry, verdict, mail, scanMs, verdict.action);
    if (verdict.action === 'quarantine') {
      const path = await holdMessage(spool, entry, {
        db,
        dir: this.deps.quarantineDir,
        storage: this.deps.heldStorage ?? 'file',
      });
      const saved = await db.transaction().execute(async (trx) => {
        if (!(await saveMessage(trx, { ...base, state: 'quarantined', quarantine_path: path }))) {
          return false;
        }
        await insertEvents(trx, events);
        return true;
      });
      if (!saved) return this.lostRace(entry.id, path);
      await spool.remove(entry.id);
      this.deps.log.info(
        { event: 'quarantine.held', id: entry.id, category: verdict.category },
        'held',
      );
      return;
    }
    // One transaction: a crash can never leave a verdict without its deliveries.
    const saved = await db.transaction().execute(async (trx) => {
      if (!(await saveMessage(trx, { ...base, state: 'delivering' }))) return false;
      for (const [code, recipients] of groups) {
        await addPendingDelivery(trx, entry.id, code, recipients);
      }
      await insertEvents(trx, events);
      return true;
    });
    if (!saved) return this.lostRace(entry.id);
    await recorded?.();
    for (const [code, recipients] of groups) {
      await this.deps.deliveries.start(
        entry,
        deliverData(base, { kind: 'agency', code }, recipients),
      );
    }
  }

  /**
   * Another scan of the same message (a stalled job run twice, on another worker node)
   * recorded its verdict first: that verdict decides, and this scan acts on it as a retry
   * would. A quarantine file this scan wrote is removed unless the recorded verdict holds the
   * message in that very file (same id, same path) and an agency still holds it.
   */
  private async lostRace(id: string, heldPath?: string): Promise<void> {
    const row = await getMessage(this.deps.db, id);
    this.deps.log.warn(
      { event: 'scan.raced', id, category: row?.category },
      'another scan recorded this message first',
    );
    if (heldPath && (row?.quarantine_path !== heldPath || !(await anyHeld(this.deps.db, id)))) {
      await removeHeld(this.deps.db, heldPath);
    }
    if (row) await this.resume(row);
  }

  /** Re-runs the action of a recorded verdict (crash or Redis loss after the verdict). */
  private async resume(row: MessageRow): Promise<void> {
    if (row.state === 'quarantined') {
      // Held, and the crash came before the spool copy was removed. Unless an officer's
      // release is under way: it records its deliveries before it writes the spool copy.
      const deliveries = await listDeliveries(this.deps.db, row.id);
      if (deliveries.length === 0) await this.deps.spool.remove(row.id);
      return;
    }
    if (row.state === 'delivering') {
      await this.deps.deliveries.enqueuePending(row);
      // Every delivery done but the last step missing (see finalizeMessage).
      await finalizeMessage(this.deps.db, this.deps.spool, row.id);
    }
    // Final, and still spooled: the removal did not survive a machine crash.
    if (row.state === 'delivered' || row.state === 'bounced' || row.state === 'rejected') {
      await this.deps.spool.remove(row.id);
    }
  }

  /** Recipients grouped by agency code; ingress accepted only agency domains. */
  private routes(rcptTo: string[]): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const rcpt of rcptTo) {
      const agency = this.deps.directory.byRecipientDomain(rcpt.slice(rcpt.lastIndexOf('@') + 1));
      // A domain removed from the directory since acceptance: kept under "unknown" so the
      // message is still accounted for; its delivery fails and bounces visibly.
      const code = agency?.code ?? 'UNKNOWN';
      const list = groups.get(code) ?? [];
      list.push(rcpt);
      groups.set(code, list);
    }
    return groups;
  }
}

interface Summary {
  from: string;
  subject: string;
  messageId: string | null;
}

function summarize(mail: ParsedMessage): Summary {
  const f = mail.from[0];
  const from = f ? (f.name ? `${f.name} <${f.address}>` : f.address) : '';
  return {
    from: from.slice(0, 500),
    subject: mail.subject.slice(0, 1000),
    messageId: mail.messageId?.slice(0, 500) ?? null,
  };
}

function ms(n: number): number {
  return Math.round(n * 100) / 100;
}
