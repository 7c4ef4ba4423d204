import type { Spool } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import { listDeliveries } from '../store/deliveries-repo.js';
import { setMessageState } from '../store/messages-repo.js';

/**
 * When no delivery of a message is pending, its spool copy goes and its state becomes
 * final. Idempotent: run after each delivery, and again whenever a retried job or the
 * recovery sweep finds a message whose deliveries are all done (a crash, or a failure,
 * between the last delivery and this step).
 * @returns whether the message is finished.
 */
export async function finalizeMessage(db: Db, spool: Spool, id: string): Promise<boolean> {
  const all = await listDeliveries(db, id);
  if (all.length === 0 || all.some((d) => d.status === 'pending')) return false;
  await spool.remove(id);
  await setMessageState(db, id, all.some((d) => d.status === 'sent') ? 'delivered' : 'bounced');
  return true;
}
