import type { Spool } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import { listDeliveries } from '../store/deliveries-repo.js';
import { lockMessage } from '../store/messages-repo.js';

/**
 * When no delivery of a message is pending, its state becomes final and its spool copy
 * goes. Idempotent: run after each delivery, and again whenever a retried job or the
 * recovery sweep finds a message whose deliveries are all done (a crash, or a failure,
 * between the last delivery and this step; a final message still spooled loses its copy
 * in the sweep).
 *
 * The check and the state change are one transaction that first locks the message row:
 * another agency's officer may release their copy of the same message meanwhile (issue
 * #15), on another node, and its new pending delivery must keep the message `delivering`
 * and its spool copy. The release takes the same lock (store/release-repo.ts), so one of
 * the two reads what the other committed.
 * @returns whether the message is finished.
 */
export async function finalizeMessage(db: Db, spool: Spool, id: string): Promise<boolean> {
  const done = await db.transaction().execute(async (trx) => {
    const exists = await lockMessage(trx, id);
    const all = await listDeliveries(trx, id);
    if (all.length === 0 || all.some((d) => d.status === 'pending')) return false;
    if (exists) {
      const state = all.some((d) => d.status === 'sent') ? 'delivered' : 'bounced';
      await trx
        .updateTable('messages')
        .set({ state, updated_at: Date.now() })
        .where('id', '=', id)
        .execute();
    }
    return true;
  });
  if (done) await spool.remove(id);
  return done;
}
