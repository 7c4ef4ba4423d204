import type { Readable } from 'node:stream';
import type { Db } from './db.js';

/**
 * Size of one stored chunk of a held message. 256 KiB keeps a row far below PostgreSQL's
 * 1 GB field limit and SQLite's default 1 GB blob limit, keeps one read's memory small
 * while a 25 MB message streams to a preview, and makes a typical message one row.
 */
export const HELD_CHUNK_BYTES = 256 * 1024;

/**
 * Stores the bytes of a held message, replacing any earlier copy (a retried scan job
 * writes the same message again), in one transaction: a reader never sees half a message.
 * @returns the number of bytes stored.
 */
export async function putChunks(db: Db, id: string, raw: Readable): Promise<number> {
  return db.transaction().execute(async (trx) => {
    await trx.deleteFrom('quarantine_chunks').where('message_id', '=', id).execute();
    let seq = 0;
    let size = 0;
    let pending: Buffer[] = [];
    let held = 0;
    const flush = async (): Promise<void> => {
      const data = Buffer.concat(pending, held);
      pending = [];
      held = 0;
      for (let off = 0; off < data.length; off += HELD_CHUNK_BYTES) {
        const part = data.subarray(off, off + HELD_CHUNK_BYTES);
        await trx
          .insertInto('quarantine_chunks')
          .values({ message_id: id, seq: seq++, data: part })
          .execute();
        size += part.length;
      }
    };
    for await (const chunk of raw) {
      const buf = chunk as Buffer;
      pending.push(buf);
      held += buf.length;
      if (held >= HELD_CHUNK_BYTES) {
        // Whole chunks only; the tail waits for more bytes.
        const data = Buffer.concat(pending, held);
        const whole = data.length - (data.length % HELD_CHUNK_BYTES);
        pending = [data.subarray(0, whole)];
        held = whole;
        await flush();
        if (whole < data.length) {
          pending = [data.subarray(whole)];
          held = data.length - whole;
        }
      }
    }
    if (held > 0) await flush();
    return size;
  });
}

/** One chunk of a held message, or undefined past its end (or when none is stored). */
export async function readChunk(db: Db, id: string, seq: number): Promise<Buffer | undefined> {
  const row = await db
    .selectFrom('quarantine_chunks')
    .select('data')
    .where('message_id', '=', id)
    .where('seq', '=', seq)
    .executeTakeFirst();
  return row ? Buffer.from(row.data) : undefined;
}

/** Removes the stored bytes of a message (idempotent). */
export async function deleteChunks(db: Db, id: string): Promise<void> {
  await db.deleteFrom('quarantine_chunks').where('message_id', '=', id).execute();
}
