import type { Db } from '../store/db.js';
import { anyHeld, transitionHold } from '../store/holds-repo.js';
import { writeAudit } from './audit.js';
import { dropFileIfUnheld } from './delete.js';
import { removeHeld } from './storage.js';

const DAY_MS = 86_400_000;

/**
 * Retention: copies still held of messages received more than `retentionDays` ago become
 * `purged`, and the held bytes go once no agency holds the message (a copy being released
 * concurrently keeps them until its delivery is final). The bytes of released messages
 * whose deliveries are final go too (a release delivers from them, so they outlive the
 * release: issue #16). Message rows and event rows stay (the reports count them). Run by
 * every web node: each step is conditional, so two nodes purging at once do it once.
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
  await dropReleasedBytes(db, cutoff);
  return purged;
}

/** The bytes of released messages received before `cutoff` and delivered (or bounced). */
async function dropReleasedBytes(db: Db, cutoff: number): Promise<void> {
  const rows = await db
    .selectFrom('messages')
    .select(['id', 'quarantine_path'])
    .where('state', 'in', ['delivered', 'bounced'])
    .where('released_at', 'is not', null)
    .where('quarantine_path', 'is not', null)
    .where('received_at', '<', cutoff)
    .execute();
  for (const row of rows) {
    // Another agency's copy still held (its purge failed above): it keeps the bytes.
    if (await anyHeld(db, row.id)) continue;
    // The row first: a reader that finds no locator does not look for the bytes.
    const res = await db
      .updateTable('messages')
      .set({ quarantine_path: null })
      .where('id', '=', row.id)
      .where('quarantine_path', '=', row.quarantine_path)
      .executeTakeFirst();
    if (res.numUpdatedRows > 0n && row.quarantine_path) await removeHeld(db, row.quarantine_path);
  }
}
