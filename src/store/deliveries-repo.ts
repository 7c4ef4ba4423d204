import type { Db } from './db.js';
import type { DeliveriesTable } from './schema.js';

export type DeliveryRow = DeliveriesTable;
export type DeliveryStatus = 'pending' | 'sent' | 'bounced' | 'failed';

/** Records a pending delivery unless one exists already (a retried scan must not reset it). */
export async function addPendingDelivery(
  db: Db,
  messageId: string,
  route: string,
  recipients: string[],
): Promise<void> {
  await db
    .insertInto('deliveries')
    .values({
      message_id: messageId,
      route,
      recipients: JSON.stringify(recipients),
      status: 'pending',
      response: null,
      updated_at: Date.now(),
    })
    .onConflict((oc) => oc.columns(['message_id', 'route']).doNothing())
    .execute();
}

export async function getDelivery(
  db: Db,
  messageId: string,
  route: string,
): Promise<DeliveryRow | undefined> {
  return db
    .selectFrom('deliveries')
    .selectAll()
    .where('message_id', '=', messageId)
    .where('route', '=', route)
    .executeTakeFirst();
}

export async function listDeliveries(db: Db, messageId: string): Promise<DeliveryRow[]> {
  return db.selectFrom('deliveries').selectAll().where('message_id', '=', messageId).execute();
}

/**
 * Records the end of a delivery that is still pending. Two attempts at one delivery (a
 * stalled job run again on another worker) may both finish: the first result stays, so a
 * late "failed" never overwrites "sent".
 * @returns whether this call recorded it.
 */
export async function finishDelivery(
  db: Db,
  messageId: string,
  route: string,
  status: Exclude<DeliveryStatus, 'pending'>,
  response: string,
): Promise<boolean> {
  const res = await db
    .updateTable('deliveries')
    .set({ status, response: response.slice(0, 1000), updated_at: Date.now() })
    .where('message_id', '=', messageId)
    .where('route', '=', route)
    .where('status', '=', 'pending')
    .executeTakeFirst();
  return res.numUpdatedRows > 0n;
}
