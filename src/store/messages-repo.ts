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
 * Inserts or replaces the verdict of a message (idempotent: a retried scan writes the same
 * row). A held message gets one quarantine hold per agency of its recipients, in the same
 * transaction when the caller passes one: held mail is never without its holds.
 */
export async function saveMessage(db: Db, row: MessageRow): Promise<void> {
  const { id: _id, ...rest } = row;
  await db
    .insertInto('messages')
    .values(row)
    .onConflict((oc) => oc.column('id').doUpdateSet(rest))
    .execute();
  if (row.state === 'quarantined') {
    await addHolds(db, row.id, JSON.parse(row.agencies) as string[], row.updated_at);
  }
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
