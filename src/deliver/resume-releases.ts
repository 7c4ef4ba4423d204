import type { Db } from '../store/db.js';
import type { MessageRow } from '../store/messages-repo.js';
import type { DeliveryDispatch } from './dispatch.js';

/**
 * Makes sure every released message still being delivered has its deliver jobs on the
 * shared release queue (issue #16). A release records its deliveries, then adds the jobs:
 * a crash or a Redis loss between the two would leave them pending with no job, and no
 * spool holds a released message for the gateways' sweeps to find. Every deliver worker
 * runs this at start and on the sweep interval; job ids make it idempotent across nodes.
 * @returns the messages looked at.
 */
export async function resumeReleases(db: Db, dispatch: DeliveryDispatch): Promise<number> {
  const rows: MessageRow[] = await db
    .selectFrom('messages')
    .selectAll()
    .where('state', '=', 'delivering')
    .where('released_at', 'is not', null)
    .orderBy('received_at')
    .execute();
  for (const row of rows) await dispatch.enqueuePending(row);
  return rows.length;
}
