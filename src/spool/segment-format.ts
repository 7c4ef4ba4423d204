import { crc32 } from 'node:zlib';
import { join } from 'node:path';
import type { Envelope } from '../core/envelope.js';
import { ID_ALPHABET, idTime } from '../core/ids.js';

/*
 * Responsibility: the on-disk format of a spool segment (record and skip-marker bytes, the
 * id that names a record's place, file names); pure, no I/O.
 */

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

export const MAGIC = 'MSEG1 ';
/** Upper bound of a record header line ("MSEG1 " + id + three numbers + "\n"). */
export const MAX_RECORD_HEADER = 96;
export const KEY_LEN = 5;
const OFFSET_LEN = 7;
/** Offsets must fit the id's 7 base-32 characters. */
export const MAX_OFFSET = 32 ** OFFSET_LEN - 1;

const NL = Buffer.from('\n');

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

/**
 * The bytes of one record (`MSEG1 <id> <envLen> <rawLen> <crc32>\n<envelope JSON>\n<raw>\n`),
 * as buffers to write in order, without copying the message: the writer appends them, and
 * tests build the exact record a crash would have left half-written.
 */
export function encodeRecord(
  id: string,
  envelope: Envelope,
  raw: readonly Buffer[],
): { parts: Buffer[]; length: number; rawLen: number } {
  const env = Buffer.from(JSON.stringify(envelope), 'utf8');
  let crc = crc32(env);
  let rawLen = 0;
  for (const c of raw) {
    crc = crc32(c, crc);
    rawLen += c.length;
  }
  const head = Buffer.from(
    `${MAGIC}${id} ${env.length} ${rawLen} ${(crc >>> 0).toString(16).padStart(8, '0')}\n`,
    'latin1',
  );
  return {
    parts: [head, env, NL, ...raw, NL],
    length: head.length + env.length + rawLen + 2,
    rawLen,
  };
}

/**
 * A skip marker: `MSKP1 <length>\n`, spaces, `\n`, exactly `length` bytes, written over a
 * damaged stretch. Readers step over it (SegmentIndex); it names no id. Readers that
 * predate it would stop there, as they stopped at the damage before.
 */
export const SKIP_MAGIC = 'MSKP1 ';
/** A record is at least this long, so a damaged stretch always has room for a marker. */
const MIN_SKIP = 24;

export function skipMarker(length: number): Buffer {
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

/** Whether a record's id names the very place (segment, offset) it was read from. */
export function namesPlace(rec: SegmentRecord, key: string): boolean {
  const at = locate(rec.id);
  return rec.id.length === 10 + KEY_LEN + OFFSET_LEN && at.key === key && at.offset === rec.offset;
}
