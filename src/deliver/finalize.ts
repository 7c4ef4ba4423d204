import type { Spool } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import { listDeliveries } from '../store/deliveries-repo.js';

/**
 * When no delivery of a message is pending, its state becomes final and its spool copy
 * goes. Idempotent: run after each delivery, and again whenever a retried job or the
 * recovery sweep finds a message whose deliveries are all done (a crash, or a failure,
 * between the last delivery and this step; a final message still spooled loses its copy
 * in the sweep).
 *
 * The state change is one statement that checks again that nothing is pending: another
 * agency's officer may release their copy of the same message meanwhile (issue #15), and
 * its new pending delivery must keep the message `delivering` and its spool copy.
 * @returns whether the message is finished.
 */
export async function finalizeMessage(db: Db, spool: Spool, id: string): Promise<boolean> {
  const all = await listDeliveries(db, id);
  if (all.length === 0 || all.some((d) => d.status === 'pending')) return false;
  const state = all.some((d) => d.status === 'sent') ? 'delivered' : 'bounced';
  const res = await db
    .updateTable('messages')
    .set({ state, updated_at: Date.now() })
    .where('id', '=', id)
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('deliveries')
            .select('deliveries.route')
            .where('deliveries.message_id', '=', id)
            .where('deliveries.status', '=', 'pending'),
        ),
      ),
    )
    .executeTakeFirst();
  if (
    res.numUpdatedRows === 0n &&
    (await db.selectFrom('messages').select('id').where('id', '=', id).executeTakeFirst())
  ) {
    return false;
  }
  await spool.remove(id);
  return true;
}
