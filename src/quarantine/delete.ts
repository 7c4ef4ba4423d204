import type { Db } from '../store/db.js';
import { getMessage, transitionState } from '../store/messages-repo.js';
import { anyHeld, listHolds, transitionHold } from '../store/holds-repo.js';
import { listDeliveries } from '../store/deliveries-repo.js';
import { removeHeld } from './storage.js';
import { writeAudit, type Actor } from './audit.js';
import { NotQuarantinedError } from './errors.js';

/**
 * Deletes, for good, the copies of a held message that the agencies in `scope` hold
 * (undefined: every agency). Each hold goes `deleted` first (conditional, so a concurrent
 * release or delete of the same copy loses), then the raw file, but only once no agency
 * holds the message any more; other agencies keep theirs (issue #15). The row and its
 * events stay, for the reports.
 * @returns the agencies whose copies this call deleted.
 */
export async function deleteMessage(
  db: Db,
  id: string,
  actor: Actor,
  reason: string | null,
  scope?: readonly string[],
): Promise<string[]> {
  const row = await getMessage(db, id);
  const targets = (await listHolds(db, id))
    .filter((h) => h.state === 'quarantined' && (scope === undefined || scope.includes(h.agency)))
    .map((h) => h.agency);
  if (!row || targets.length === 0) throw new NotQuarantinedError(id, row?.state);
  const won: string[] = [];
  for (const code of targets) {
    if (await transitionHold(db, id, code, 'quarantined', 'deleted')) won.push(code);
  }
  if (won.length === 0) throw new NotQuarantinedError(id, (await getMessage(db, id))?.state);
  await dropFileIfUnheld(db, id, row.quarantine_path, 'deleted');
  for (const code of won) await writeAudit(db, actor, 'delete', id, reason, code);
  return won;
}

/**
 * Once no agency holds a message, its held bytes go, and a message never released takes
 * the final state (`deleted` or `purged`). Bytes that a release still delivers from
 * (quarantine/release.ts: released copies are read from the quarantine storage, on any
 * node) stay until that delivery is final; the retention purge removes them later.
 */
export async function dropFileIfUnheld(
  db: Db,
  id: string,
  path: string | null,
  state: 'deleted' | 'purged',
): Promise<boolean> {
  if (await anyHeld(db, id)) return false;
  await transitionState(db, id, 'quarantined', state);
  const delivering = (await listDeliveries(db, id)).some((d) => d.status === 'pending');
  if (path && !delivering) await removeHeld(db, path);
  return true;
}
