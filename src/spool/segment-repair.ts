import { mkdir, open, readFile, readdir, type FileHandle } from 'node:fs/promises';
import { join } from 'node:path';
import {
  MAGIC,
  MAX_RECORD_HEADER,
  SKIP_MAGIC,
  namesPlace,
  parseHeader,
  parseSkip,
  segmentFile,
  skipMarker,
} from './segment-format.js';
import type { SegmentIndex } from './segment-index.js';
import { readRecord, recordIntact } from './segment-read.js';

/*
 * Responsibility: the start-up check of every segment: a torn tail cut, a damaged record
 * moved aside to damaged/ and replaced by a skip marker, and the list of what was moved.
 */

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
