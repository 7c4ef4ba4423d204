import { createReadStream } from 'node:fs';
import { readFile, unlink } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { MailshieldError } from '../core/errors.js';
import type { Db } from '../store/db.js';
import { deleteChunks, putChunks, readChunk } from '../store/chunks-repo.js';

/**
 * Where the bytes of held messages live (issue #16):
 *
 * - `file`: an `.eml` under the quarantine folder of the node that held it (the default
 *   with SQLite: one machine, every process reads the same disk);
 * - `store`: chunks in the store (`quarantine_chunks`), the default with PostgreSQL, so
 *   any web or worker node previews, downloads and releases a held message while the node
 *   that received it is down, and a retention purge on any node removes it.
 *
 * `messages.quarantine_path` names the place: a file path, or `store:<id>`. Readers look
 * only at that value, so messages held before a change of `quarantine.storage` stay
 * readable, and no reader needs the configuration.
 */
export type HeldStorage = 'file' | 'store';

const STORE_PREFIX = 'store:';

/** The `quarantine_path` of a message whose bytes are in the store. */
export function storeLocator(id: string): string {
  return `${STORE_PREFIX}${id}`;
}

function storedId(locator: string): string | undefined {
  return locator.startsWith(STORE_PREFIX) ? locator.slice(STORE_PREFIX.length) : undefined;
}

/** Whether the bytes named by `locator` are in the shared store. */
export function isStored(locator: string): boolean {
  return storedId(locator) !== undefined;
}

/** A fresh stream of a held message's bytes, read a chunk at a time from the store. */
export function openHeld(db: Db, locator: string): Readable {
  const id = storedId(locator);
  if (id === undefined) return createReadStream(locator);
  return Readable.from(
    (async function* () {
      for (let seq = 0; ; seq++) {
        const chunk = await readChunk(db, id, seq);
        if (chunk === undefined) {
          if (seq === 0) throw missing(id);
          return;
        }
        yield chunk;
      }
    })(),
    { objectMode: false },
  );
}

/** A held message's bytes, whole (a release delivers it from memory: at most the size limit). */
export async function readHeld(db: Db, locator: string): Promise<Buffer> {
  if (!isStored(locator)) return readFile(locator);
  const parts: Buffer[] = [];
  for await (const c of openHeld(db, locator)) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** Stores a held message's bytes in the shared store; returns its locator. */
export async function putStored(db: Db, id: string, raw: Readable): Promise<string> {
  await putChunks(db, id, raw);
  return storeLocator(id);
}

/** Removes the bytes named by `locator` (idempotent). */
export async function removeHeld(db: Db, locator: string): Promise<void> {
  const id = storedId(locator);
  if (id !== undefined) return deleteChunks(db, id);
  await unlink(locator).catch((err: NodeJS.ErrnoException) => {
    if (err.code !== 'ENOENT') throw err;
  });
}

function missing(id: string): MailshieldError {
  return new MailshieldError('MS_ERR_SPOOL_MISSING', `held message ${id}: no bytes in the store`);
}
