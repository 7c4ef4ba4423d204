import { randomBytes } from 'node:crypto';
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import type { Envelope } from '../core/envelope.js';
import { ID_ALPHABET } from '../core/ids.js';
import { KEY_LEN, MAX_OFFSET, encodeRecord, segmentFile, segmentId } from './segment-format.js';
import type { SegmentIndex } from './segment-index.js';

/*
 * Responsibility: the gateway's appends to the current segment, with group commit (one
 * fdatasync for the records written together) and rotation to a new segment.
 */

export interface AppendOptions {
  envelope: Envelope;
  /** Bytes written before the data (our Received: header), which name the id. */
  prefixFor: (id: string) => Buffer;
  chunks: Buffer[];
}

/**
 * The gateway's appender: one open segment, appends serialised, flushes shared. Only one
 * gateway process writes to a spool folder (it also clears the folder's tmp/ at start).
 */
export class SegmentWriter {
  private fh: FileHandle | undefined;
  private key = '';
  private size = 0;
  /** The current segment failed a write or flush: the next append starts a new one. */
  private broken = false;
  /** Records waiting for the write under way to finish. */
  private pending: {
    opts: AppendOptions;
    resolve: (r: { id: string; size: number }) => void;
    reject: (err: unknown) => void;
  }[] = [];
  private draining: Promise<void> | undefined;
  private flushing: Promise<void> | undefined;
  private nextFlush: Promise<void> | undefined;

  constructor(
    private readonly index: SegmentIndex,
    private readonly segmentBytes: number,
  ) {}

  /** The segment being written, which `collect` must leave alone. */
  get current(): string {
    return this.key;
  }

  /**
   * Appends a record and resolves with its id once it is on disk (after a shared flush).
   * Records that arrive while a write is under way are written together in the next
   * one (one system call for the batch), in arrival order.
   */
  async append(opts: AppendOptions): Promise<{ id: string; size: number }> {
    const written = new Promise<{ id: string; size: number }>((resolve, reject) => {
      this.pending.push({ opts, resolve, reject });
    });
    this.draining ??= this.drain();
    const result = await written;
    await this.flush();
    return result;
  }

  private async drain(): Promise<void> {
    try {
      while (this.pending.length > 0) {
        const batch = this.pending.splice(0);
        try {
          const results = await this.write(batch.map((p) => p.opts));
          batch.forEach((p, i) => p.resolve(results[i]!));
        } catch (err) {
          for (const p of batch) p.reject(err);
        }
      }
    } finally {
      // Cleared in the same step that found nothing pending: an append after it starts a
      // new drain.
      this.draining = undefined;
    }
  }

  private async write(batch: AppendOptions[]): Promise<{ id: string; size: number }[]> {
    if (!this.fh || this.broken || this.size >= this.segmentBytes) await this.rotate();
    const fh = this.fh!;
    const start = this.size;
    let offset = start;
    const parts: Buffer[] = [];
    const results: { id: string; size: number }[] = [];
    for (const opts of batch) {
      if (offset > MAX_OFFSET) throw new Error('segment offset out of range');
      const id = segmentId(this.key, offset);
      const record = encodeRecord(id, opts.envelope, [opts.prefixFor(id), ...opts.chunks]);
      parts.push(...record.parts);
      offset += record.length;
      results.push({ id, size: record.rawLen });
    }
    const total = offset - start;
    try {
      let done = 0;
      while (done < total) {
        const { bytesWritten } = await fh.writev(skip(parts, done), start + done);
        if (bytesWritten === 0) throw new Error('short write');
        done += bytesWritten;
      }
    } catch (err) {
      // Cut the partial records so the next one starts on a boundary; if even that fails,
      // leave this segment (its tail is torn; `repair` cuts it at the next start).
      await fh.truncate(start).catch(() => {
        this.broken = true;
      });
      throw err;
    }
    this.size = offset;
    return results;
  }

  /** Group commit: a flush that starts after the caller's write covers it. */
  private flush(): Promise<void> {
    if (!this.flushing) {
      const fh = this.fh;
      this.flushing = (fh ? fh.datasync() : Promise.resolve())
        .catch((err: unknown) => {
          // What reached the disk is unknown: nothing more goes to this segment.
          this.broken = true;
          throw err;
        })
        .finally(() => {
          this.flushing = undefined;
        });
      return this.flushing;
    }
    this.nextFlush ??= this.flushing
      .catch(() => undefined)
      .then(() => {
        this.nextFlush = undefined;
        return this.flush();
      });
    return this.nextFlush;
  }

  private async rotate(): Promise<void> {
    const old = this.fh;
    if (old) {
      // Records just written to it may still wait for their flush: it runs on this
      // segment before the next one is opened (a failure fails those appends too).
      try {
        await this.flush();
      } finally {
        this.fh = undefined;
        await old.close().catch(() => undefined);
      }
    }
    this.broken = false;
    await mkdir(this.index.dir, { recursive: true });
    for (;;) {
      const key = newKey();
      try {
        this.fh = await open(segmentFile(this.index.dir, key), 'wx', 0o640);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === 'EEXIST') continue;
        throw err;
      }
      this.key = key;
      this.size = 0;
      break;
    }
    // The new file's name must survive a crash too.
    const d = await open(this.index.dir, 'r');
    try {
      await d.sync();
    } finally {
      await d.close();
    }
  }

  async close(): Promise<void> {
    await this.draining;
    // Appends still waiting for a flush get it before the segment closes.
    if (this.fh) await this.flush().catch(() => undefined);
    await this.fh?.close().catch(() => undefined);
    this.fh = undefined;
  }
}

function newKey(): string {
  let key = '';
  for (const b of randomBytes(KEY_LEN)) key += ID_ALPHABET[b % 32]!;
  return key;
}

/** The buffers after the first `n` bytes. */
function skip(parts: Buffer[], n: number): Buffer[] {
  if (n === 0) return parts;
  const out: Buffer[] = [];
  for (const p of parts) {
    if (n >= p.length) {
      n -= p.length;
      continue;
    }
    out.push(n > 0 ? p.subarray(n) : p);
    n = 0;
  }
  return out;
}
