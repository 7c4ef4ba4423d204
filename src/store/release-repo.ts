import type { Db } from './db.js';
import { addPendingDelivery } from './deliveries-repo.js';
import { listHolds, transitionHold } from './holds-repo.js';
import { lockMessage } from './messages-repo.js';

/**
 * The store's half of an officer's release (quarantine/release.ts has the order of the
 * whole): one transaction that moves each hold of `targets` from `quarantined` to
 * `released` (conditional: of two officers, or a release and a delete, one wins), records
 * the pending delivery of each hold won, drops pending deliveries of agencies that do not
 * (or no longer) release, and makes the message `delivering`.
 *
 * It starts by locking the message row, so it runs after, never beside, another release of
 * the same message or a delivery's last step (`finalizeMessage`) on another node: each
 * reads the holds and deliveries the other committed. Without the lock, two officers of
 * two agencies releasing at once on PostgreSQL could each drop the other's pending delivery.
 * @returns the agencies whose holds this call released.
 */
export async function releaseHolds(
  db: Db,
  id: string,
  targets: readonly string[],
  recipients: ReadonlyMap<string, string[]>,
  releasedAt: number | null,
  now = Date.now(),
): Promise<string[]> {
  return db.transaction().execute(async (trx) => {
    if (!(await lockMessage(trx, id))) return [];
    const mine: string[] = [];
    for (const code of targets) {
      if (await transitionHold(trx, id, code, 'quarantined', 'released', now)) mine.push(code);
    }
    for (const code of mine) await addPendingDelivery(trx, id, code, recipients.get(code) ?? []);
    const released = new Set(
      (await listHolds(trx, id)).filter((h) => h.state === 'released').map((h) => h.agency),
    );
    await trx
      .deleteFrom('deliveries')
      .where('message_id', '=', id)
      .where('status', '=', 'pending')
      .where('route', 'not in', [...released, ''])
      .execute();
    if (mine.length > 0) {
      await trx
        .updateTable('messages')
        .set({ state: 'delivering', updated_at: now, released_at: releasedAt ?? now })
        .where('id', '=', id)
        .execute();
    }
    return mine;
  });
}
