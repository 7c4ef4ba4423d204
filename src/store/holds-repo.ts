import type { Db } from './db.js';
import type { QuarantineHoldsTable } from './schema.js';

export type HoldRow = QuarantineHoldsTable;
export type HoldState = 'quarantined' | 'released' | 'deleted' | 'purged';

/**
 * One hold per agency of a message the gateway quarantined. Idempotent: a retried scan
 * (or the same verdict saved again) never resets a hold an officer acted on.
 */
export async function addHolds(
  db: Db,
  messageId: string,
  agencies: string[],
  now = Date.now(),
): Promise<void> {
  if (agencies.length === 0) return;
  await db
    .insertInto('quarantine_holds')
    .values(
      [...new Set(agencies)].map((agency) => ({
        message_id: messageId,
        agency,
        state: 'quarantined',
        updated_at: now,
        released_at: null,
      })),
    )
    .onConflict((oc) => oc.columns(['message_id', 'agency']).doNothing())
    .execute();
}

export async function listHolds(db: Db, messageId: string): Promise<HoldRow[]> {
  return db
    .selectFrom('quarantine_holds')
    .selectAll()
    .where('message_id', '=', messageId)
    .orderBy('agency')
    .execute();
}

/** Holds of many messages at once (a page of the list), by message id. */
export async function holdsOf(db: Db, ids: string[]): Promise<Map<string, HoldRow[]>> {
  const out = new Map<string, HoldRow[]>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('quarantine_holds')
    .selectAll()
    .where('message_id', 'in', ids)
    .orderBy('agency')
    .execute();
  for (const r of rows) out.set(r.message_id, [...(out.get(r.message_id) ?? []), r]);
  return out;
}

/**
 * Moves one agency's hold from `from` to `to` only if it is still in `from`: of two
 * officers acting at once on the same copy, one wins.
 * @returns whether this call made the change.
 */
export async function transitionHold(
  db: Db,
  messageId: string,
  agency: string,
  from: HoldState,
  to: HoldState,
  now = Date.now(),
): Promise<boolean> {
  const res = await db
    .updateTable('quarantine_holds')
    .set({ state: to, updated_at: now, ...(to === 'released' ? { released_at: now } : {}) })
    .where('message_id', '=', messageId)
    .where('agency', '=', agency)
    .where('state', '=', from)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

/** Whether any agency still holds the message (its quarantine file is still needed). */
export async function anyHeld(db: Db, messageId: string): Promise<boolean> {
  const row = await db
    .selectFrom('quarantine_holds')
    .select('agency')
    .where('message_id', '=', messageId)
    .where('state', '=', 'quarantined')
    .executeTakeFirst();
  return row !== undefined;
}
