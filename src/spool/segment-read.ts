import type { FileHandle } from 'node:fs/promises';
import { crc32 } from 'node:zlib';
import type { Envelope } from '../core/envelope.js';
import { MAX_RECORD_HEADER, parseHeader, type SegmentRecord } from './segment-format.js';

/*
 * Responsibility: reading one record of an open segment (its header, its envelope and
 * message, whether its bytes are whole).
 */

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
export async function recordIntact(fh: FileHandle, rec: SegmentRecord): Promise<boolean> {
  const start = rec.rawOffset - rec.envLen - 1;
  const len = rec.end - start;
  const buf = Buffer.alloc(len);
  const { bytesRead } = await fh.read(buf, 0, len, start);
  if (bytesRead !== len || buf[len - 1] !== 0x0a || buf[rec.envLen] !== 0x0a) return false;
  const env = buf.subarray(0, rec.envLen);
  const raw = buf.subarray(rec.envLen + 1, len - 1);
  return crc32(raw, crc32(env)) >>> 0 === rec.crc;
}
