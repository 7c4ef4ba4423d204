import type { Db } from '../store/db.js';
import { transitionState } from '../store/messages-repo.js';
import { writeAudit } from './audit.js';
import { removeFile } from './delete.js';

const DAY_MS = 86_400_000;

/**
 * Retention: quarantined messages received more than `retentionDays` ago lose their
 * file and become `purged`. Message rows and event rows stay (the reports count them).
 * @returns the ids purged.
 */
export async function purgeExpired(
  db: Db,
  retentionDays: number,
  now: number = Date.now(),
): Promise<string[]> {
  const cutoff = now - retentionDays * DAY_MS;
  const rows = await db
    .selectFrom('messages')
    .select(['id', 'quarantine_path'])
    .where('state', '=', 'quarantined')
    .where('received_at', '<', cutoff)
    .execute();
  const purged: string[] = [];
  for (const row of rows) {
    if (!(await transitionState(db, row.id, 'quarantined', 'purged'))) continue;
    if (row.quarantine_path) await removeFile(row.quarantine_path);
    await writeAudit(
      db,
      { name: 'system', address: 'retention' },
      'purge',
      row.id,
      `older than ${retentionDays} days`,
    );
    purged.push(row.id);
  }
  return purged;
}
