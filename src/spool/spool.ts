import { mkdir, open, readdir, rename, unlink, type FileHandle } from 'node:fs/promises';
import { createReadStream, constants as fsConstants } from 'node:fs';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { Readable } from 'node:stream';
import type { Envelope } from '../core/envelope.js';
import { MailshieldError, PermanentError, TempFailError } from '../core/errors.js';
import { isId, newId } from '../core/ids.js';
import { collect } from './segment-collect.js';
import { MAX_RECORD_HEADER, doneFile, locate, parseHeader, segmentFile } from './segment-format.js';
import { SegmentHandles } from './segment-handles.js';
import { SegmentIndex } from './segment-index.js';
import { readEnvelope } from './segment-read.js';
import { repair, type DamagedRegion } from './segment-repair.js';
import { SegmentWriter } from './segment-writer.js';

/**
 * The spool holds every accepted message until it is delivered or quarantined: it is the
 * source of truth from the moment the gateway answers 250.
 *
 * Two places, one interface (`read`, `openRaw`, `remove`, `list` take any id):
 *
 * - segments (`seg/`, src/spool/segment-*.ts): the gateway appends messages up to
 *   `recordMaxBytes` to a shared append-only file and flushes once for many sessions;
 * - one file per message, `queue/<id>.msg`, for larger messages, releases from the
 *   quarantine and the gateway's own mail: a first line `MSPOOL1 <n>\n`, then n bytes of
 *   envelope JSON and `\n`, then the raw message. Files are written in `tmp/` and renamed
 *   into `queue/` only after fsync, then the directory is fsynced, so a crash leaves
 *   either a complete file or a stray in `tmp/` that start-up removes.
 *
 * The envelope is always stored with the message, so a message is never found without it.
 */
export interface SpoolEntry {
  id: string;
  envelope: Envelope;
  /** Size of the raw message in bytes. */
  size: number;
  /** Byte offset of the raw message in the file (which may hold other messages). */
  offset: number;
  path: string;
  /** The raw message, when it was small enough to read whole with its envelope. */
  data?: Buffer;
}

/** Messages up to this size are read whole by `read`: one read instead of one per stage. */
const READ_WHOLE_BYTES = 256 * 1024;
/** A segment read takes this much at once: header, envelope and a typical message. */
const READ_AHEAD_BYTES = 64 * 1024;

export interface SpoolOptions {
  /** Messages up to this size (with our header) go to a segment; larger ones to a file. */
  recordMaxBytes?: number;
  /** A segment past this size is closed and a new one started. */
  segmentBytes?: number;
  /** Memory all sessions together may hold while receiving messages for segments. */
  bufferBudgetBytes?: number;
}

const DEFAULTS: Required<SpoolOptions> = {
  recordMaxBytes: 256 * 1024,
  segmentBytes: 64 * 1024 * 1024,
  bufferBudgetBytes: 64 * 1024 * 1024,
};

const MAGIC = 'MSPOOL1 ';
/** Longest first line we accept when reading back ("MSPOOL1 " + digits + "\n"). */
const MAX_FIRST_LINE = 32;

export class Spool {
  readonly queueDir: string;
  readonly tmpDir: string;
  readonly segDir: string;
  /** Damaged segment records moved aside by `repair`, with a report each (issue #15). */
  readonly damagedDir: string;
  /** What the last `init` moved aside; the caller logs and counts it. */
  damaged: DamagedRegion[] = [];
  private readonly index: SegmentIndex;
  private readonly handles: SegmentHandles;
  /** Done lists open for appending: a mark is one write. */
  private readonly doneLists: SegmentHandles;
  private readonly opts: Required<SpoolOptions>;
  /** Only in the gateway, after `init`. */
  private writer: SegmentWriter | undefined;
  /** Bytes held by sessions receiving messages for segments. */
  private buffered = 0;

  constructor(
    readonly dir: string,
    opts: SpoolOptions = {},
  ) {
    this.queueDir = join(dir, 'queue');
    this.tmpDir = join(dir, 'tmp');
    this.segDir = join(dir, 'seg');
    this.damagedDir = join(dir, 'damaged');
    this.index = new SegmentIndex(this.segDir);
    this.handles = new SegmentHandles((key) => segmentFile(this.segDir, key));
    this.doneLists = new SegmentHandles((key) => doneFile(this.segDir, key), 'a');
    this.opts = { ...DEFAULTS, ...opts };
  }

  /** Creates the folders; what workers and the web app need. */
  async ensureDirs(): Promise<void> {
    await mkdir(this.queueDir, { recursive: true });
    await mkdir(this.tmpDir, { recursive: true });
    await mkdir(this.segDir, { recursive: true });
  }

  /**
   * Creates the folders and removes half-written files left by a crash. Only the gateway
   * calls this, at its start: `tmp/` holds the messages its sessions are receiving, so no
   * other process may clear it.
   */
  async init(): Promise<number> {
    await this.ensureDirs();
    let removed = 0;
    for (const name of await readdir(this.tmpDir)) {
      await unlink(join(this.tmpDir, name)).catch(() => undefined);
      removed++;
    }
    const { cut, damaged } = await repair(this.index, this.damagedDir);
    if (cut > 0) removed++;
    this.damaged = damaged;
    this.writer = new SegmentWriter(this.index, this.opts.segmentBytes);
    await this.collect();
    return removed;
  }

  /** Deletes segments whose messages are all done (the gateway, on its sweep). */
  async collect(): Promise<number> {
    const writer = this.writer;
    return collect(this.index, (key) => writer !== undefined && key === writer.current);
  }

  /** Closes the segment being written (gateway shutdown) and the segments open for reading. */
  async close(): Promise<void> {
    await this.writer?.close();
    await this.handles.close();
    await this.doneLists.close();
  }

  /**
   * The gateway's write: receives the whole message, then spools it durably and resolves
   * with its id and raw size. Up to `recordMaxBytes` it is appended to a segment with a
   * shared flush; past that it goes to a file of its own, streamed. Failures as `write`.
   * @param prefixFor - our Received: header for the id the message gets.
   */
  async accept(
    envelope: Envelope,
    prefixFor: (id: string) => Buffer,
    data: Readable,
    maxBytes = Infinity,
  ): Promise<{ id: string; size: number }> {
    const writer = this.writer;
    if (!writer) throw new Error('Spool.accept needs init() (gateway only)');
    const chunks: Buffer[] = [];
    let held = 0;
    const it = data[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
    try {
      let spill = false;
      for (;;) {
        let next: IteratorResult<Buffer>;
        try {
          next = await it.next();
        } catch (err) {
          throw spoolError(err);
        }
        if (next.done) break;
        const buf = next.value;
        chunks.push(buf);
        if (
          held + buf.length > this.opts.recordMaxBytes ||
          this.buffered + buf.length > this.opts.bufferBudgetBytes
        ) {
          spill = true;
          break;
        }
        held += buf.length;
        this.buffered += buf.length;
      }
      if (spill) {
        const id = newId();
        const rest = Readable.from(
          (async function* () {
            yield* chunks;
            for (let n = await it.next(); !n.done; n = await it.next()) yield n.value;
          })(),
        );
        return { id, size: await this.write(id, envelope, prefixFor(id), rest, maxBytes) };
      }
      // The header's length does not depend on the id's characters.
      const size = held + prefixFor(PLACEHOLDER_ID).length;
      if (size > maxBytes) throw new MessageTooLargeError(size);
      try {
        return await writer.append({ envelope, prefixFor, chunks });
      } catch (err) {
        throw spoolError(err);
      }
    } finally {
      this.buffered -= held;
    }
  }

  pathOf(id: string): string {
    return join(this.queueDir, `${id}.msg`);
  }

  /**
   * Writes a message durably. Resolves with the raw size once file and directory are
   * fsynced; on any failure nothing is left behind and a TempFailError is thrown.
   * @param prefix - bytes written before the data (our Received: header).
   * @param maxBytes - past this the rest of the data is read and discarded, and the
   *   write fails with MessageTooLargeError (the client must still see its DATA through).
   */
  async write(
    id: string,
    envelope: Envelope,
    prefix: Buffer,
    data: Readable,
    maxBytes = Infinity,
  ): Promise<number> {
    const tmp = join(this.tmpDir, `${id}.msg`);
    const final = this.pathOf(id);
    let fh: FileHandle | undefined;
    let renamed = false;
    try {
      fh = await open(tmp, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL, 0o640);
      const env = Buffer.from(JSON.stringify(envelope), 'utf8');
      const head = Buffer.concat([
        Buffer.from(`${MAGIC}${env.length}\n`, 'latin1'),
        env,
        Buffer.from('\n'),
        prefix,
      ]);
      await writeAll(fh, head);
      let size = prefix.length;
      for await (const chunk of data) {
        const buf = chunk as Buffer;
        size += buf.length;
        if (size <= maxBytes) await writeAll(fh, buf);
      }
      if (size > maxBytes) throw new MessageTooLargeError(size);
      await fh.sync();
      await fh.close();
      fh = undefined;
      await rename(tmp, final);
      renamed = true;
      await fsyncDir(this.queueDir);
      return size;
    } catch (err) {
      if (fh) await fh.close().catch(() => undefined);
      await unlink(renamed ? final : tmp).catch(() => undefined);
      throw spoolError(err);
    }
  }

  /** Reads the envelope; throws MS_ERR_SPOOL_MISSING when the message is not spooled. */
  async read(id: string): Promise<SpoolEntry> {
    if (!isId(id)) throw new MailshieldError('MS_ERR_SPOOL_MISSING', `bad spool id ${id}`);
    // Most messages are in segments: looked for there first. An id of a message with a
    // file of its own names no segment, or one without a record of that id.
    const fromSegment = await this.readSegment(id);
    if (fromSegment) return fromSegment;
    const path = this.pathOf(id);
    let fh: FileHandle;
    try {
      fh = await open(path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new MailshieldError('MS_ERR_SPOOL_MISSING', `${id} is not in the spool`);
      }
      throw new TempFailError('MS_ERR_SPOOL_WRITE', `cannot open ${path}`, { cause: err });
    }
    try {
      const { size: fileSize } = await fh.stat();
      const first = Buffer.alloc(MAX_FIRST_LINE);
      const { bytesRead } = await fh.read(first, 0, MAX_FIRST_LINE, 0);
      const line = first.subarray(0, bytesRead).toString('latin1');
      const nl = line.indexOf('\n');
      if (!line.startsWith(MAGIC) || nl < 0) throw corrupt(path);
      const envLen = Number(line.slice(MAGIC.length, nl));
      if (!Number.isSafeInteger(envLen) || envLen <= 0) throw corrupt(path);
      const offset = nl + 1 + envLen + 1;
      if (fileSize < offset) throw corrupt(path);
      const size = fileSize - offset;
      const whole = size <= READ_WHOLE_BYTES;
      const envBuf = Buffer.alloc(envLen + 1 + (whole ? size : 0));
      await fh.read(envBuf, 0, envBuf.length, nl + 1);
      if (envBuf[envLen] !== 0x0a) throw corrupt(path);
      const envelope = JSON.parse(envBuf.subarray(0, envLen).toString('utf8')) as Envelope;
      const entry: SpoolEntry = { id, envelope, size, offset, path };
      if (whole) entry.data = envBuf.subarray(envLen + 1);
      return entry;
    } finally {
      await fh.close();
    }
  }

  /**
   * The message from its segment, or undefined when no live record has this id (no such
   * segment, another record there, marked done, or the segment deleted since it was
   * opened). One read takes header, envelope and a typical message together; the check
   * that the segment still exists and the done list are looked at alongside.
   */
  private async readSegment(id: string): Promise<SpoolEntry | undefined> {
    const { key, offset } = locate(id);
    const path = segmentFile(this.segDir, key);
    return this.handles.use(key, async (fh) => {
      if (!fh) return undefined;
      const buf = Buffer.allocUnsafe(READ_AHEAD_BYTES);
      const [st, done, { bytesRead }] = await Promise.all([
        fh.stat(),
        this.index.doneIds(key),
        fh.read(buf, 0, READ_AHEAD_BYTES, offset),
      ]);
      if (st.nlink === 0) {
        this.handles.drop(key);
        return undefined;
      }
      const rec = parseHeader(buf.subarray(0, Math.min(bytesRead, MAX_RECORD_HEADER)), offset);
      if (rec?.id !== id || done.has(id)) return undefined;
      const envStart = rec.rawOffset - rec.envLen - 1 - offset;
      const whole = rec.rawLen <= READ_WHOLE_BYTES;
      let envelope: Envelope;
      let data: Buffer | undefined;
      let envBytes: Buffer;
      if (rec.end - offset <= bytesRead) {
        envBytes = buf.subarray(envStart, envStart + rec.envLen);
        envelope = JSON.parse(envBytes.toString('utf8')) as Envelope;
        if (whole) data = buf.subarray(envStart + rec.envLen + 1, rec.end - offset - 1);
      } else {
        ({ envelope, data, envBytes } = await readEnvelope(fh, rec, whole));
      }
      // A record read whole is checked against its CRC: a worker may read a segment before
      // the gateway's start-up repair has moved a damaged record aside (issue #15), and a
      // damaged message must never be scanned or delivered. The job retries; after the
      // repair the id is missing.
      if (data) {
        if (crc32(data, crc32(envBytes)) >>> 0 !== rec.crc) {
          throw new TempFailError('MS_ERR_SPOOL_DAMAGED', `${id}: segment record fails its CRC`);
        }
      }
      const entry: SpoolEntry = { id, envelope, size: rec.rawLen, offset: rec.rawOffset, path };
      if (data) entry.data = data;
      return entry;
    });
  }

  /** A fresh stream of the raw message, from byte `from` of it. */
  openRaw(entry: SpoolEntry, from = 0): Readable {
    if (from >= entry.size) return Readable.from([]);
    if (entry.data) return Readable.from([entry.data.subarray(from)]);
    return createReadStream(entry.path, {
      start: entry.offset + from,
      end: entry.offset + entry.size - 1,
      highWaterMark: 256 * 1024,
    });
  }

  /** The first `n` bytes of the raw message (fewer if it is shorter). */
  async readHead(entry: SpoolEntry, n: number): Promise<Buffer> {
    const want = Math.min(entry.size, n);
    if (entry.data) return entry.data.subarray(0, want);
    const buf = Buffer.alloc(want);
    const fh = await open(entry.path, 'r');
    try {
      const { bytesRead } = await fh.read(buf, 0, want, entry.offset);
      return buf.subarray(0, bytesRead);
    } finally {
      await fh.close();
    }
  }

  async exists(id: string): Promise<boolean> {
    return this.read(id).then(
      () => true,
      () => false,
    );
  }

  /**
   * Removes a message once its outcome is final. Missing is fine (idempotent). Both
   * places are cleared: a release writes the file copy of a message under its own id,
   * whose segment record may still be live after a crash.
   */
  async remove(id: string): Promise<void> {
    const { key } = locate(id);
    // No need to find the record first: a mark for an id that is not a record of this
    // segment (an id of a file-spooled message names a random segment key) is never read.
    const live = await this.handles.use(key, async (fh) => {
      if (!fh || this.index.knownDone(key, id)) return false;
      // A deleted segment had every record done: nothing to mark, and no done list to
      // create again.
      if ((await fh.stat()).nlink > 0) return true;
      this.handles.drop(key);
      return false;
    });
    if (live) {
      await this.doneLists.use(key, async (done) => {
        // Opened with O_APPEND|O_CREAT: missing only if the folder is (then appendFile
        // reports why).
        if (done) await done.write(`${id}\n`, null, 'latin1');
        else await this.index.markDone(key, id);
      });
      this.index.noteDone(key, id);
    }
    await unlink(this.pathOf(id)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }

  /** Ids of every spooled message, oldest first. */
  async list(): Promise<string[]> {
    const names = await readdir(this.queueDir);
    const ids = names
      .filter((n) => n.endsWith('.msg'))
      .map((n) => n.slice(0, -4))
      .filter(isId);
    for (const key of await this.index.keys()) ids.push(...(await this.index.liveIds(key)));
    return ids.sort();
  }
}

const PLACEHOLDER_ID = '0'.repeat(22);

async function writeAll(fh: FileHandle, buf: Buffer): Promise<void> {
  let off = 0;
  while (off < buf.length) {
    const { bytesWritten } = await fh.write(buf, off, buf.length - off);
    off += bytesWritten;
  }
}

export async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

function corrupt(path: string): MailshieldError {
  return new MailshieldError('MS_ERR_SPOOL_MISSING', `${path} is not a spool file`);
}

/** The message exceeded the size limit (SMTP 552 5.3.4). */
export class MessageTooLargeError extends PermanentError {
  constructor(readonly size: number) {
    super('MS_ERR_TOO_LARGE', `message of ${size} bytes exceeds the size limit`);
  }
}

function spoolError(err: unknown): MailshieldError {
  if (err instanceof MailshieldError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') {
    return new TempFailError('MS_ERR_SPOOL_FULL', `spool is full (${code})`, { cause: err });
  }
  return new TempFailError('MS_ERR_SPOOL_WRITE', `spool write failed: ${String(code ?? err)}`, {
    cause: err,
  });
}
