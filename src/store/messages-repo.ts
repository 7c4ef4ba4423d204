import type { Db } from './db.js';
import type { MessagesTable } from './schema.js';
import { addHolds } from './holds-repo.js';

export type MessageRow = MessagesTable;
export type MessageState =
  | 'scanned'
  | 'delivering'
  | 'delivered'
  | 'quarantined'
  | 'bounced'
  | 'released'
  | 'deleted'
  | 'purged';

/**
 * Records the verdict of a message; the first verdict recorded wins. A retried scan finds
 * the recorded verdict and acts on it again (scan-processor.ts) rather than calling this;
 * two scans of one message racing (a stalled job run twice, on two worker nodes) both get
 * here, and only one may decide where the message goes: the other gets `false` and must
 * act on the recorded row instead. A row without a verdict yet is completed.
 *
 * A held message gets one quarantine hold per agency of its recipients, in the same
 * transaction when the caller passes one: held mail is never without its holds.
 * @returns whether this call recorded the verdict.
 */
export async function saveMessage(db: Db, row: MessageRow): Promise<boolean> {
  const { id: _id, ...rest } = row;
  const res = await db
    .insertInto('messages')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(rest).where('messages.category', 'is', null))
    .executeTakeFirst();
  if ((res.numInsertedOrUpdatedRows ?? 0n) === 0n) return false;
  if (row.state === 'quarantined') {
    await addHolds(db, row.id, JSON.parse(row.agencies) as string[], row.updated_at);
  }
  return true;
}

/**
 * Locks the message's row until the end of the caller's transaction (an update that
 * changes nothing): PostgreSQL's row lock, SQLite's database write lock. A transaction that
 * reads other rows of the message (deliveries, holds) and then changes its state starts with
 * this, so two such transactions on two nodes run one after the other and the second reads
 * what the first wrote. Without it, under PostgreSQL's READ COMMITTED, an update guarded by
 * `not exists (… pending …)` can miss a pending delivery committed while it waited for the
 * row, and mark delivered a message that another officer just released.
 * @returns whether the message exists.
 */
export async function lockMessage(db: Db, id: string): Promise<boolean> {
  const res = await db
    .updateTable('messages')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('id', '=', id)
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}

export async function getMessage(db: Db, id: string): Promise<MessageRow | undefined> {
  return db.selectFrom('messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function setMessageState(db: Db, id: string, state: MessageState): Promise<void> {
  await db
    .updateTable('messages')
    .set({ state, updated_at: Date.now() })
    .where('id', '=', id)
    .execute();
}

export interface QuarantineQuery {
  limit: number;
  offset: number;
  category?: string;
}

/** Messages that at least one agency still holds (the admin's view: every agency). */
export async function listQuarantined(db: Db, q: QuarantineQuery): Promise<MessageRow[]> {
  let query = db
    .selectFrom('messages')
    .selectAll()
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('quarantine_holds as h')
          .select('h.agency')
          .whereRef('h.message_id', '=', 'messages.id')
          .where('h.state', '=', 'quarantined'),
      ),
    )
    .orderBy('received_at', 'desc')
    .limit(q.limit)
    .offset(q.offset);
  if (q.category) query = query.where('category', '=', q.category);
  return query.execute();
}

/**
 * Moves a message from one state to another only if it is still in `from`, so two
 * officers acting at once cannot both release, or release what the other deleted.
 * @returns whether this call made the change.
 */
export async function transitionState(
  db: Db,
  id: string,
  from: MessageState | MessageState[],
  to: MessageState,
  extra: { released_at?: number } = {},
): Promise<boolean> {
  const res = await db
    .updateTable('messages')
    .set({ state: to, updated_at: Date.now(), ...extra })
    .where('id', '=', id)
    .where('state', 'in', Array.isArray(from) ? from : [from])
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}
