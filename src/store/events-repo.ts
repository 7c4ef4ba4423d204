import type { Db } from './db.js';
import type { EventsTable } from './schema.js';

export type EventRow = EventsTable;

/** Inserts the verdict events of a message; a retried scan inserts nothing twice. */
export async function insertEvents(db: Db, rows: EventRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('events')
    .values(rows)
    .onConflict((oc) => oc.columns(['message_id', 'agency']).doNothing())
    .execute();
}

/**
 * Deletes event rows of messages accepted before `time` (epoch ms): the reports'
 * retention purge, the only code that deletes events.
 * @returns the number of rows deleted.
 */
export async function deleteEventsBefore(db: Db, time: number): Promise<number> {
  const res = await db.deleteFrom('events').where('time', '<', time).executeTakeFirst();
  return Number(res.numDeletedRows);
}

/** Whether any event was recorded before `time` (epoch ms). */
export async function hasEventsBefore(db: Db, time: number): Promise<boolean> {
  const row = await db
    .selectFrom('events')
    .select('message_id')
    .where('time', '<', time)
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}
