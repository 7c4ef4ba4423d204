import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import {
  mkdir,
  open,
  readdir,
  readFile,
  unlink,
  appendFile,
  type FileHandle,
} from 'node:fs/promises';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { randomBytes } from 'node:crypto';
import type { Envelope } from '../core/envelope.js';
import { ID_ALPHABET, idTime } from '../core/ids.js';

/**
 * Segments: the gateway's write path for ordinary messages (DESIGN.md, "spool").
 *
 * A per-message file costs a file creation (an inode), an fsync of the file and an fsync
 * of the folder for every message: on the project's machines that alone caps ingress well
 * below what SMTP can take. The gateway instead appends each message, once it is fully
 * received, as one record to an append-only segment file, and answers 250 once an
 * fdatasync that started after the record was written has completed. Concurrent sessions
 * share that fdatasync (group commit): one disk flush for a batch of messages.
 *
 *   seg/<key>.seg    records, back to back, never rewritten
 *   seg/<key>.done   ids of the segment's records whose outcome is final, one per line
 *
 * A record is `MSEG1 <id> <envLen> <rawLen> <crc32 hex>\n<envelope JSON>\n<raw>\n`; the
 * CRC covers envelope and raw. The id carries the record's place: its time part, then the
 * segment key (5 characters) and the record's byte offset (7 characters, base 32), so any
 * process finds a message from its id alone, and checks the id in the record header.
 *
 * Appends are serialised (one write at a time, in offset order): a record is acknowledged
 * only after a flush that covers every record before it, so after a crash a segment is a
 * run of whole records followed at most by a torn tail of unacknowledged ones, which the
 * gateway cuts off at start (`repair`). A damaged record in the middle (a flipped bit on
 * disk) was acknowledged: `repair` copies it into `damaged/`, reports it, and writes a skip
 * marker `MSKP1 <length>\n` of the same length over it, so later records keep their
 * offsets and ids (the format stays `MSEG1`: the marker is the only addition). Removal appends the id to `.done`; a segment that
 * is no longer written to and whose records are all done is deleted (`collect`).
 */

const MAGIC = 'MSEG1 ';
/** Upper bound of a record header line ("MSEG1 " + id + three numbers + "\n"). */
export const MAX_RECORD_HEADER = 96;
const KEY_LEN = 5;
const OFFSET_LEN = 7;
/** Offsets must fit the id's 7 base-32 characters. */
const MAX_OFFSET = 32 ** OFFSET_LEN - 1;

export interface SegmentRecord {
  id: string;
  /** Offset of the record header in the segment. */
  offset: number;
  envLen: number;
  rawLen: number;
  crc: number;
  /** Offset of the raw message. */
  rawOffset: number;
  /** Offset just past the record. */
  end: number;
}

export function segmentFile(dir: string, key: string): string {
  return join(dir, `${key}.seg`);
}

export function doneFile(dir: string, key: string): string {
  return join(dir, `${key}.done`);
}

function base32(n: number, len: number): string {
  let s = '';
  for (let i = 0; i < len; i++) {
    s = ID_ALPHABET[n % 32]! + s;
    n = Math.floor(n / 32);
  }
  return s;
}

/** The id of the record at `offset` of segment `key`. */
export function segmentId(key: string, offset: number, now = Date.now()): string {
  return idTime(now) + key + base32(offset, OFFSET_LEN);
}

/** Where a segment id points: every well-formed id decodes, the record header confirms. */
export function locate(id: string): { key: string; offset: number } {
  const key = id.slice(10, 10 + KEY_LEN);
  let offset = 0;
  for (const c of id.slice(10 + KEY_LEN)) offset = offset * 32 + ID_ALPHABET.indexOf(c);
  return { key, offset };
}

/** The record header at the start of `buf`, read from `offset` of the segment. */
export function parseHeader(buf: Buffer, offset: number): SegmentRecord | undefined {
  const nl = buf.indexOf(0x0a);
  if (nl < 0) return undefined;
  const line = buf.subarray(0, nl).toString('latin1');
  if (!line.startsWith(MAGIC)) return undefined;
  const [id, env, raw, crc] = line.slice(MAGIC.length).split(' ');
  const envLen = Number(env);
  const rawLen = Number(raw);
  if (
    id === undefined ||
    !Number.isSafeInteger(envLen) ||
    !Number.isSafeInteger(rawLen) ||
    envLen <= 0 ||
    rawLen < 0 ||
    crc === undefined ||
    !/^[0-9a-f]{8}$/.test(crc)
  ) {
    return undefined;
  }
  const rawOffset = offset + nl + 1 + envLen + 1;
  return {
    id,
    offset,
    envLen,
    rawLen,
    crc: parseInt(crc, 16),
    rawOffset,
    end: rawOffset + rawLen + 1,
  };
}

/** The record header at `offset`, if a well-formed one is there. */
export async function readRecord(
  fh: FileHandle,
  offset: number,
): Promise<SegmentRecord | undefined> {
  const buf = Buffer.alloc(MAX_RECORD_HEADER);
  const { bytesRead } = await fh.read(buf, 0, MAX_RECORD_HEADER, offset);
  return parseHeader(buf.subarray(0, bytesRead), offset);
}

/** The record's envelope and, with `whole`, its raw message (one read for both). */
export async function readEnvelope(
  fh: FileHandle,
  rec: SegmentRecord,
  whole = false,
): Promise<{ envelope: Envelope; data?: Buffer; envBytes: Buffer }> {
  const len = rec.envLen + (whole ? 1 + rec.rawLen : 0);
  const buf = Buffer.alloc(len);
  await fh.read(buf, 0, len, rec.rawOffset - rec.envLen - 1);
  const envBytes = buf.subarray(0, rec.envLen);
  const envelope = JSON.parse(envBytes.toString('utf8')) as Envelope;
  return whole
    ? { envelope, data: buf.subarray(rec.envLen + 1), envBytes }
    : { envelope, envBytes };
}

/** Whether the record's bytes are whole: its CRC matches and its terminator is there. */
async function recordIntact(fh: FileHandle, rec: SegmentRecord): Promise<boolean> {
  const start = rec.rawOffset - rec.envLen - 1;
  const len = rec.end - start;
  const buf = Buffer.alloc(len);
  const { bytesRead } = await fh.read(buf, 0, len, start);
  if (bytesRead !== len || buf[len - 1] !== 0x0a || buf[rec.envLen] !== 0x0a) return false;
  const env = buf.subarray(0, rec.envLen);
  const raw = buf.subarray(rec.envLen + 1, len - 1);
  return crc32(raw, crc32(env)) >>> 0 === rec.crc;
}

/**
 * What each process knows of the segments: record ids (segments only grow, so what was
 * scanned stays true) and done ids, both read incrementally.
 */
export class SegmentIndex {
  private readonly records = new Map<string, { scannedTo: number; ids: string[] }>();
  private readonly done = new Map<string, { bytes: number; ids: Set<string> }>();
  /** One refresh at a time per file: concurrent jobs in a worker read the same ones. */
  private readonly locks = new Map<string, Promise<unknown>>();

  constructor(readonly dir: string) {}

  private async locked<T>(name: string, fn: () => Promise<T>): Promise<T> {
    const run = (this.locks.get(name) ?? Promise.resolve()).then(fn, fn);
    const tail = run.catch(() => undefined);
    this.locks.set(name, tail);
    try {
      return await run;
    } finally {
      if (this.locks.get(name) === tail) this.locks.delete(name);
    }
  }

  async keys(): Promise<string[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw err;
    }
    return names.filter((n) => n.endsWith('.seg')).map((n) => n.slice(0, -4));
  }

  /**
   * Removes done lists whose segment is gone. A reader that marked a message done just
   * as the gateway deleted its (finished) segment can create the list again; a segment
   * file always exists before any mark for it.
   */
  async removeOrphanDoneLists(): Promise<void> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    const segments = new Set(names.filter((n) => n.endsWith('.seg')).map((n) => n.slice(0, -4)));
    for (const n of names) {
      if (!n.endsWith('.done') || segments.has(n.slice(0, -5))) continue;
      await unlink(join(this.dir, n)).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    }
  }

  /** Ids of the well-formed records of a segment, scanning only what is new. */
  recordIds(key: string): Promise<string[]> {
    return this.locked(`r:${key}`, () => this.scanRecords(key));
  }

  private async scanRecords(key: string): Promise<string[]> {
    let known = recent(this.records, key);
    if (!known) {
      known = { scannedTo: 0, ids: [] };
      this.records.set(key, known);
    }
    let fh: FileHandle;
    try {
      fh = await open(segmentFile(this.dir, key), 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        this.forget(key);
        return [];
      }
      throw err;
    }
    try {
      const { size } = await fh.stat();
      while (known.scannedTo < size) {
        const head = Buffer.alloc(MAX_RECORD_HEADER);
        const { bytesRead } = await fh.read(head, 0, MAX_RECORD_HEADER, known.scannedTo);
        const skip = parseSkip(head.subarray(0, bytesRead));
        // A damaged record that repair moved aside: its place holds no message.
        if (skip !== undefined && known.scannedTo + skip <= size) {
          known.scannedTo += skip;
          continue;
        }
        const rec = parseHeader(head.subarray(0, bytesRead), known.scannedTo);
        // A record still being written (or a torn tail): stop here, look again next time.
        if (!rec || rec.end > size) break;
        known.ids.push(rec.id);
        known.scannedTo = rec.end;
      }
    } finally {
      await fh.close();
    }
    return known.ids;
  }

  /** Ids marked done in a segment, as the done list on disk has them now. */
  doneIds(key: string): Promise<Set<string>> {
    // The executor's throw becomes the rejection.
    return new Promise((resolve) => resolve(this.readDone(key)));
  }

  /**
   * Whether `id` is known done without looking at the disk: marked by this process, or
   * read from the list before. For idempotent marking, not for deciding what is live.
   */
  knownDone(key: string, id: string): boolean {
    return this.done.get(key)?.ids.has(id) ?? false;
  }

  /**
   * Reads what was appended to the done list since the last call. Synchronous on
   * purpose: the list is small and in the page cache, and on the project's machines an
   * asynchronous file call costs about 30 µs of CPU against 2 µs (bench: spool baseline);
   * a worker refreshes a list for nearly every message it reads or removes. Never on
   * the gateway's SMTP path (only its periodic sweep lists segments).
   */
  private readDone(key: string): Set<string> {
    let known = recent(this.done, key);
    if (!known) {
      known = { bytes: 0, ids: new Set() };
      this.done.set(key, known);
    }
    const path = doneFile(this.dir, key);
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return known.ids;
      throw err;
    }
    try {
      const { size } = fstatSync(fd);
      if (size > known.bytes) {
        const buf = Buffer.allocUnsafe(size - known.bytes);
        const bytesRead = readSync(fd, buf, 0, buf.length, known.bytes);
        const text = buf.subarray(0, bytesRead).toString('latin1');
        // Only whole lines: an append under way is read next time.
        const last = text.lastIndexOf('\n');
        if (last >= 0) {
          for (const id of text.slice(0, last).split('\n')) if (id) known.ids.add(id);
          known.bytes += last + 1;
        }
      }
    } finally {
      closeSync(fd);
    }
    return known.ids;
  }

  async markDone(key: string, id: string): Promise<void> {
    // O_APPEND: appends from several processes never overwrite each other.
    await appendFile(doneFile(this.dir, key), `${id}\n`, { encoding: 'latin1' });
    this.noteDone(key, id);
  }

  /** Records a mark this process appended (through its own handle). */
  noteDone(key: string, id: string): void {
    let known = this.done.get(key);
    if (!known) {
      // Read from the start next time; meanwhile this mark is known.
      known = { bytes: 0, ids: new Set() };
      this.done.set(key, known);
    }
    known.ids.add(id);
  }

  /** Ids of the records not yet done, oldest first. */
  async liveIds(key: string): Promise<string[]> {
    const ids = await this.recordIds(key);
    const done = await this.doneIds(key);
    return ids.filter((id) => !done.has(id));
  }

  async remove(key: string): Promise<void> {
    for (const path of [doneFile(this.dir, key), segmentFile(this.dir, key)]) {
      await unlink(path).catch((err: NodeJS.ErrnoException) => {
        if (err.code !== 'ENOENT') throw err;
      });
    }
    this.forget(key);
  }

  /** Reads the segment again from the start next time (repair rewrote part of it). */
  forgetSegment(key: string): void {
    this.forget(key);
  }

  private forget(key: string): void {
    this.records.delete(key);
    this.done.delete(key);
  }
}

/**
 * Open segments for reading, kept across reads: opening and closing a file for every
 * read cost more than the read itself. A handle stays valid after the gateway deletes
 * its segment (the file lives on while open), so users check `fstat().nlink`. Handles
 * beyond the cap are closed once no read is using them.
 */
export class SegmentHandles {
  private readonly open = new Map<string, { fh: Promise<FileHandle | undefined>; users: number }>();
  private readonly retired = new Set<{ fh: Promise<FileHandle | undefined>; users: number }>();

  /**
   * @param path - the file of a segment key (the segment, or its done list)
   * @param flags - 'r' to read; 'a' to append (O_APPEND, created when missing)
   */
  constructor(
    private readonly path: (key: string) => string,
    private readonly flags: 'r' | 'a' = 'r',
    private readonly max = 16,
  ) {}

  /** Runs `fn` with the file of `key` open, or with undefined when there is no such file. */
  async use<T>(key: string, fn: (fh: FileHandle | undefined) => Promise<T>): Promise<T> {
    let slot = this.open.get(key);
    if (slot) {
      this.open.delete(key);
    } else {
      slot = {
        fh: open(this.path(key), this.flags).catch((err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT') return undefined;
          throw err;
        }),
        users: 0,
      };
    }
    this.open.set(key, slot);
    this.evict();
    slot.users++;
    try {
      const fh = await slot.fh.catch((err: unknown) => {
        if (this.open.get(key) === slot) this.open.delete(key);
        throw err;
      });
      // No file: not kept, the next call looks again.
      if (!fh && this.open.get(key) === slot) this.open.delete(key);
      return await fn(fh);
    } finally {
      slot.users--;
      if (slot.users === 0 && this.retired.delete(slot)) void closeSlot(slot);
    }
  }

  /** Forgets `key` (its segment is gone); the handle closes once unused. */
  drop(key: string): void {
    const slot = this.open.get(key);
    if (!slot) return;
    this.open.delete(key);
    this.retire(slot);
  }

  async close(): Promise<void> {
    for (const key of [...this.open.keys()]) this.drop(key);
    await Promise.all([...this.retired].map((slot) => slot.fh.catch(() => undefined)));
  }

  private evict(): void {
    while (this.open.size > this.max) {
      const [key, slot] = this.open.entries().next().value!;
      this.open.delete(key);
      this.retire(slot);
    }
  }

  private retire(slot: { fh: Promise<FileHandle | undefined>; users: number }): void {
    if (slot.users === 0) void closeSlot(slot);
    else this.retired.add(slot);
  }
}

async function closeSlot(slot: { fh: Promise<FileHandle | undefined> }): Promise<void> {
  const fh = await slot.fh.catch(() => undefined);
  await fh?.close().catch(() => undefined);
}

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
      const prefix = opts.prefixFor(id);
      const env = Buffer.from(JSON.stringify(opts.envelope), 'utf8');
      let crc = crc32(env);
      crc = crc32(prefix, crc);
      let rawLen = prefix.length;
      for (const c of opts.chunks) {
        crc = crc32(c, crc);
        rawLen += c.length;
      }
      const head = Buffer.from(
        `${MAGIC}${id} ${env.length} ${rawLen} ${(crc >>> 0).toString(16).padStart(8, '0')}\n`,
        'latin1',
      );
      parts.push(head, env, NL, prefix, ...opts.chunks, NL);
      offset += head.length + env.length + rawLen + 2;
      results.push({ id, size: rawLen });
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

const NL = Buffer.from('\n');

/**
 * Segments a process keeps in memory: a long-running worker sees thousands of segments
 * come and go; one it forgot is simply read again from disk.
 */
const MAX_CACHED_SEGMENTS = 64;

/** The cached entry of `key`, marked most recently used; the oldest beyond the cap go. */
function recent<T>(cache: Map<string, T>, key: string): T | undefined {
  const value = cache.get(key);
  if (value !== undefined) {
    cache.delete(key);
    cache.set(key, value);
  }
  while (cache.size > MAX_CACHED_SEGMENTS) cache.delete(cache.keys().next().value!);
  return value;
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

/** One damaged stretch of a segment that `repair` moved aside. */
export interface DamagedRegion {
  segment: string;
  /** Byte offset of the stretch in the segment (where a record should have started). */
  offset: number;
  length: number;
  /** The id in the damaged record's header, when it still names this place. */
  id: string | undefined;
  /** The copy of the bytes in `damaged/`, and its report next to it (`.json`). */
  file: string;
  detectedAt: string;
}

/**
 * At gateway start: checks every record of every segment (header, id naming its own
 * place, CRC) and
 * - cuts a torn tail: bytes after the last whole record that are not a whole record
 *   themselves (a crash during an append, never acknowledged);
 * - moves a damaged record aside (issue #15): a record that is not whole but is followed
 *   by a whole one was acknowledged, so the bytes up to the next whole record are copied
 *   into `damagedDir` with a report (`<segment>-<offset>.bin` and `.json`), fsynced, then
 *   overwritten in the segment by a skip marker of the same length. Offsets do not move,
 *   so every later record keeps its id and is processed; only the damaged one is lost.
 * A whole last record with a bad CRC is moved aside too (it was acknowledged), then cut.
 */
export async function repair(
  index: SegmentIndex,
  damagedDir: string,
): Promise<{ cut: number; damaged: DamagedRegion[] }> {
  let cut = 0;
  const damaged: DamagedRegion[] = [];
  for (const key of await index.keys()) {
    const fh = await open(segmentFile(index.dir, key), 'r+');
    try {
      const { size } = await fh.stat();
      let offset = 0;
      while (offset < size) {
        const whole = await wholeAt(fh, key, offset, size);
        if (whole !== undefined) {
          offset = whole;
          continue;
        }
        const next = await nextWhole(fh, key, offset + 1, size);
        const rec = await readRecord(fh, offset);
        const complete = rec !== undefined && rec.end <= size && namesPlace(rec, key);
        if (next === undefined && !complete) {
          await fh.truncate(offset);
          await fh.sync();
          cut += size - offset;
          break;
        }
        const end = next ?? size;
        damaged.push(
          await moveAside(fh, damagedDir, key, offset, end, complete ? rec.id : undefined),
        );
        if (next === undefined) {
          await fh.truncate(offset);
        } else {
          await fh.write(skipMarker(end - offset), 0, end - offset, offset);
        }
        await fh.sync();
        offset = end;
      }
    } finally {
      await fh.close();
    }
    if (damaged.some((d) => d.segment === key)) index.forgetSegment(key);
  }
  return { cut, damaged };
}

/**
 * A skip marker: `MSKP1 <length>\n`, spaces, `\n`, exactly `length` bytes, written over a
 * damaged stretch. Readers step over it (SegmentIndex); it names no id. Readers that
 * predate it would stop there, as they stopped at the damage before.
 */
const SKIP_MAGIC = 'MSKP1 ';
/** A record is at least this long, so a damaged stretch always has room for a marker. */
const MIN_SKIP = 24;

function skipMarker(length: number): Buffer {
  const head = Buffer.from(`${SKIP_MAGIC}${length}\n`, 'latin1');
  const buf = Buffer.alloc(length, 0x20);
  head.copy(buf, 0);
  buf[length - 1] = 0x0a;
  return buf;
}

/** The length of a skip marker at the start of `buf`, if one is there. */
export function parseSkip(buf: Buffer): number | undefined {
  const nl = buf.indexOf(0x0a);
  if (nl < 0) return undefined;
  const line = buf.subarray(0, nl).toString('latin1');
  if (!line.startsWith(SKIP_MAGIC)) return undefined;
  const n = Number(line.slice(SKIP_MAGIC.length));
  return Number.isSafeInteger(n) && n >= MIN_SKIP ? n : undefined;
}

function namesPlace(rec: SegmentRecord, key: string): boolean {
  const at = locate(rec.id);
  return rec.id.length === 10 + KEY_LEN + OFFSET_LEN && at.key === key && at.offset === rec.offset;
}

/** Where the whole record (or skip marker) at `offset` ends, or undefined if none is there. */
async function wholeAt(
  fh: FileHandle,
  key: string,
  offset: number,
  size: number,
): Promise<number | undefined> {
  const buf = Buffer.alloc(MAX_RECORD_HEADER);
  const { bytesRead } = await fh.read(buf, 0, MAX_RECORD_HEADER, offset);
  const head = buf.subarray(0, bytesRead);
  const skip = parseSkip(head);
  if (skip !== undefined) return offset + skip <= size ? offset + skip : undefined;
  const rec = parseHeader(head, offset);
  if (!rec || rec.end > size || !namesPlace(rec, key)) return undefined;
  return (await recordIntact(fh, rec)) ? rec.end : undefined;
}

/**
 * The offset of the first whole record from `from` on. A record starts after the `\n`
 * that ends the one before, with the magic, an id naming that very offset, and a CRC
 * over its bytes: text inside a message that merely looks like a header does not pass.
 */
async function nextWhole(
  fh: FileHandle,
  key: string,
  from: number,
  size: number,
): Promise<number | undefined> {
  const CHUNK = 1024 * 1024;
  const needles = [Buffer.from(`\n${MAGIC}`, 'latin1'), Buffer.from(`\n${SKIP_MAGIC}`, 'latin1')];
  const overlap = needles[0]!.length;
  // The byte before `from` may be the \n that precedes a record at `from`.
  let pos = from - 1;
  const buf = Buffer.alloc(CHUNK + overlap);
  while (pos < size) {
    const { bytesRead } = await fh.read(buf, 0, buf.length, pos);
    if (bytesRead === 0) break;
    const view = buf.subarray(0, bytesRead);
    const hits: number[] = [];
    for (const needle of needles) {
      for (let i = view.indexOf(needle); i >= 0; i = view.indexOf(needle, i + 1)) hits.push(i);
    }
    for (const i of hits.sort((a, b) => a - b)) {
      const start = pos + i + 1;
      if (start < from) continue;
      const end = await wholeAt(fh, key, start, size);
      if (end !== undefined) return start;
    }
    if (bytesRead < buf.length) break;
    pos += CHUNK;
  }
  return undefined;
}

async function moveAside(
  fh: FileHandle,
  damagedDir: string,
  key: string,
  offset: number,
  end: number,
  id: string | undefined,
): Promise<DamagedRegion> {
  await mkdir(damagedDir, { recursive: true });
  const name = `${key}-${offset}`;
  const file = join(damagedDir, `${name}.bin`);
  const bytes = Buffer.alloc(end - offset);
  await fh.read(bytes, 0, bytes.length, offset);
  const region: DamagedRegion = {
    segment: key,
    offset,
    length: bytes.length,
    id,
    file,
    detectedAt: new Date().toISOString(),
  };
  for (const [path, data] of [
    [file, bytes],
    [join(damagedDir, `${name}.json`), Buffer.from(`${JSON.stringify(region)}\n`)],
  ] as const) {
    const out = await open(path, 'w', 0o640);
    try {
      await out.write(data);
      await out.sync();
    } finally {
      await out.close();
    }
  }
  const d = await open(damagedDir, 'r');
  try {
    await d.sync();
  } finally {
    await d.close();
  }
  return region;
}

/** Reports of the damaged stretches moved aside so far, oldest first. */
export async function listDamaged(damagedDir: string): Promise<DamagedRegion[]> {
  let names: string[];
  try {
    names = await readdir(damagedDir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  const out: DamagedRegion[] = [];
  for (const n of names.filter((x) => x.endsWith('.json')).sort()) {
    try {
      out.push(JSON.parse(await readFile(join(damagedDir, n), 'utf8')) as DamagedRegion);
    } catch {
      // A report being written right now; listed next time.
    }
  }
  return out.sort((a, b) => a.detectedAt.localeCompare(b.detectedAt));
}

/** Deletes every segment, other than the one being written, whose records are all done. */
export async function collect(
  index: SegmentIndex,
  isCurrent: (key: string) => boolean,
): Promise<number> {
  let removed = 0;
  for (const key of await index.keys()) {
    if (isCurrent(key)) continue;
    if ((await index.liveIds(key)).length > 0) continue;
    // Checked again after the reads above: a segment opened meanwhile is left alone.
    if (isCurrent(key)) continue;
    await index.remove(key);
    removed++;
  }
  await index.removeOrphanDoneLists();
  return removed;
}
