import { mkdir, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Spool, SpoolEntry } from '../spool/spool.js';
import { fsyncDir } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import { putStored, type HeldStorage } from './storage.js';

/** Where a worker puts the bytes of the messages it holds (quarantine/storage.ts). */
export interface HoldTarget {
  db: Db;
  /** @defaultValue 'file' */
  storage?: HeldStorage;
  /** The quarantine folder, for `file`. */
  dir: string;
}

/**
 * Copies a spooled message into the quarantine (the raw message as received, with our
 * Received: header), durably: the spool copy may be removed only after this returns.
 * Idempotent: a retried job rewrites the same file or the same stored chunks.
 * @returns the locator recorded as `messages.quarantine_path`.
 */
export async function holdMessage(
  spool: Spool,
  entry: SpoolEntry,
  target: HoldTarget,
): Promise<string> {
  if (target.storage === 'store') return putStored(target.db, entry.id, spool.openRaw(entry));
  return holdFile(spool, entry, target.dir);
}

/**
 * A plain `.eml` under `<dir>/<yyyy-mm>/`, fsynced with its folder. Files are grouped by
 * month so retention purges whole folders.
 */
async function holdFile(spool: Spool, entry: SpoolEntry, quarantineDir: string): Promise<string> {
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
