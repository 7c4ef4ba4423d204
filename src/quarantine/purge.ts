import type { Db } from '../store/db.js';
import { transitionHold } from '../store/holds-repo.js';
import { writeAudit } from './audit.js';
import { dropFileIfUnheld } from './delete.js';

const DAY_MS = 86_400_000;

/**
 * Retention: copies still held of messages received more than `retentionDays` ago become
 * `purged`, and the file goes once no agency holds the message (a copy being released
 * concurrently keeps its spool copy). Message rows and event rows stay (the reports count
 * them).
 * @returns the ids purged.
 */
export async function purgeExpired(
  db: Db,
  retentionDays: number,
  now: number = Date.now(),
): Promise<string[]> {
  const cutoff = now - retentionDays * DAY_MS;
  const rows = await db
    .selectFrom('quarantine_holds as h')
    .innerJoin('messages as m', 'm.id', 'h.message_id')
    .select(['h.message_id as id', 'h.agency', 'm.quarantine_path'])
    .where('h.state', '=', 'quarantined')
    .where('m.received_at', '<', cutoff)
    .orderBy('h.message_id')
    .execute();
  const purged: string[] = [];
  for (const row of rows) {
    if (!(await transitionHold(db, row.id, row.agency, 'quarantined', 'purged', now))) continue;
    await dropFileIfUnheld(db, row.id, row.quarantine_path, 'purged');
    await writeAudit(
      db,
      { name: 'system', address: 'retention' },
      'purge',
      row.id,
      `older than ${retentionDays} days`,
      row.agency,
    );
    if (purged[purged.length - 1] !== row.id) purged.push(row.id);
  }
  return purged;
}
