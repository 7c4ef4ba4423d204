import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { listDamaged } from '../spool/segment-repair.js';
import { spoolDir } from './runtime.js';
import { usageFor } from './usage.js';

/* Responsibility: `mailshield spool damaged`, the records the gateway moved aside, for an admin. */

/** `spool damaged`: what repair moved aside, for an admin to look at (issue #15). */
export async function cmdSpool(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { json: { type: 'boolean', default: false } },
  });
  if (sub !== 'damaged') {
    process.stderr.write(`${usageFor('spool')}\n`);
    return 2;
  }
  const cfg = loadConfig();
  const damaged = await listDamaged(join(spoolDir(cfg), 'damaged'));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(damaged, null, 2)}\n`);
    return 0;
  }
  if (damaged.length === 0) {
    process.stdout.write('No damaged spool records.\n');
    return 0;
  }
  for (const d of damaged) {
    process.stdout.write(
      `${d.detectedAt}  segment ${d.segment} offset ${d.offset} (${d.length} bytes)  ` +
        `id ${d.id ?? 'unreadable'}  ${d.file}\n`,
    );
  }
  return 0;
}
