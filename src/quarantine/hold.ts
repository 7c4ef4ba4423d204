import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Spool, SpoolEntry } from '../spool/spool.js';
import { fsyncDir } from '../spool/spool.js';

/**
 * Copies a spooled message into the quarantine as a plain .eml (the raw message as
 * received, with our Received: header) and fsyncs it: the spool file may be removed
 * only after this returns. Idempotent: a retried job rewrites the same file.
 * Files are grouped by month so retention purges whole folders.
 */
export async function holdMessage(
  spool: Spool,
  entry: SpoolEntry,
  quarantineDir: string,
): Promise<string> {
  const month = entry.envelope.receivedAt.slice(0, 7);
  const dir = join(quarantineDir, month);
  await mkdir(dir, { recursive: true });
  const path = join(dir, `${entry.id}.eml`);
  const fh = await open(path, 'w', 0o640);
  try {
    for await (const chunk of spool.openRaw(entry)) {
      const buf = chunk as Buffer;
      let off = 0;
      while (off < buf.length) off += (await fh.write(buf, off)).bytesWritten;
    }
    await fh.sync();
  } finally {
    await fh.close();
  }
  await fsyncDir(dir);
  return path;
}
