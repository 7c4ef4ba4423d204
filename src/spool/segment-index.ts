import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { appendFile, open, readdir, unlink, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import {
  MAX_RECORD_HEADER,
  doneFile,
  parseHeader,
  parseSkip,
  segmentFile,
} from './segment-format.js';

/*
 * Responsibility: what one process knows of the segments on disk: which records each
 * holds and which of them are done, read incrementally.
 */

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
