import { unlink } from 'node:fs/promises';
import type { Db } from '../store/db.js';
import { getMessage, transitionState } from '../store/messages-repo.js';
import { anyHeld, listHolds, transitionHold } from '../store/holds-repo.js';
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
 * Once no agency holds a message, its quarantine file goes, and a message never released
 * takes the final state (`deleted` or `purged`). Released copies were already written to
 * the spool when they were released, so they do not need the file.
 */
export async function dropFileIfUnheld(
  db: Db,
  id: string,
  path: string | null,
  state: 'deleted' | 'purged',
): Promise<boolean> {
  if (await anyHeld(db, id)) return false;
  await transitionState(db, id, 'quarantined', state);
  if (path) await removeFile(path);
  return true;
}

export async function removeFile(path: string): Promise<void> {
  await unlink(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}
