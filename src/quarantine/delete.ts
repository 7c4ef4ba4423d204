import { unlink } from 'node:fs/promises';
import type { Db } from '../store/db.js';
import { getMessage, transitionState } from '../store/messages-repo.js';
import { writeAudit, type Actor } from './audit.js';
import { NotQuarantinedError } from './errors.js';

/**
 * Deletes a held message for good: state `deleted` first (so a concurrent release
 * loses), then the file. The row and its events stay, for the reports.
 */
export async function deleteMessage(
  db: Db,
  id: string,
  actor: Actor,
  reason: string | null,
): Promise<void> {
  const row = await getMessage(db, id);
  if (!row || row.state !== 'quarantined') throw new NotQuarantinedError(id, row?.state);
  if (!(await transitionState(db, id, 'quarantined', 'deleted'))) {
    throw new NotQuarantinedError(id, (await getMessage(db, id))?.state);
  }
  if (row.quarantine_path) await removeFile(row.quarantine_path);
  await writeAudit(db, actor, 'delete', id, reason);
}

export async function removeFile(path: string): Promise<void> {
  await unlink(path).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}
