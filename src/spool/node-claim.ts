import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { MailshieldError } from '../core/errors.js';

/** The file in a spool folder that names the node whose spool it is. */
export const NODE_FILE = 'node-id';

/**
 * Ties a spool folder to one node id (issue #16), or checks that it is tied to `node`.
 *
 * A node's jobs are on queues named after it, and a worker that takes a job reads the
 * message from its own spool folder: a worker (or gateway) started with the wrong id, or
 * on another node's folder, would find no message for the jobs it takes (and a scan job
 * for a missing message is dropped). So the first gateway or worker to use a folder
 * writes its id there, and any process with another id refuses to start on it, naming
 * both. Renaming a node is then a deliberate step: drain its spool, or edit the file.
 * The write is exclusive (`wx`), so two processes starting at once cannot both claim it.
 */
export async function claimSpool(dir: string, node: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const file = join(dir, NODE_FILE);
  try {
    await writeFile(file, `${node}\n`, { flag: 'wx', mode: 0o640 });
    return;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  const owner = (await readFile(file, 'utf8')).trim();
  if (owner !== node) {
    throw new MailshieldError(
      'MS_ERR_CONFIG',
      `spool ${dir} belongs to node "${owner}", not "${node}": start with --node-id ${owner} ` +
        `(or MAILSHIELD_NODE_ID), or give this node its own data folder`,
    );
  }
}
