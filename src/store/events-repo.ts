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
