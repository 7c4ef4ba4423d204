import { Readable } from 'node:stream';
import type { Spool, SpoolEntry } from '../spool/spool.js';

export interface Decoration {
  category: string;
  score: number;
  tagged: boolean;
  subjectPrefix: string;
}

/** Header fields a sender must not be able to set for us: they carry our verdict. */
const OURS = /^(x-mailshield-[a-z0-9-]*|x-spam-flag|x-spam-status|x-spam-score)$/i;

/**
 * The message as delivered: our verdict headers on top, forged copies of them removed,
 * the subject prefixed when tagged. Only the header section is read into memory
 * (bounded by maxHeaderBytes); the body streams from the spool file.
 */
export async function composeForDelivery(
  spool: Spool,
  entry: SpoolEntry,
  decoration: Decoration | undefined,
  maxHeaderBytes: number,
): Promise<Readable> {
  if (!decoration) return spool.openRaw(entry);
  const buf = await spool.readHead(entry, maxHeaderBytes + 4);
  const added =
    `X-Mailshield-Verdict: ${decoration.category}\r\n` +
    `X-Mailshield-Score: ${decoration.score}\r\n` +
    (decoration.tagged ? `X-Spam-Flag: YES\r\n` : '');
  const end = findHeaderEnd(buf);
  if (end < 0) {
    // No header/body separator within the limit: add ours, leave the rest untouched.
    return concatStreams(Buffer.from(added, 'latin1'), spool.openRaw(entry));
  }
  const fields = splitFields(buf.subarray(0, end).toString('latin1'));
  const kept: string[] = [];
  for (const field of fields) {
    const name = field.slice(0, field.indexOf(':')).trim();
    if (OURS.test(name)) continue;
    if (decoration.tagged && /^subject$/i.test(name) && decoration.subjectPrefix) {
      const value = field.slice(field.indexOf(':') + 1).replace(/^[ \t]*/, '');
      kept.push(`Subject: ${encodePrefix(decoration.subjectPrefix)} ${value}`);
      continue;
    }
    kept.push(field);
  }
  const head = Buffer.from(added + kept.join(''), 'latin1');
  // `end` points at the empty line; the body stream starts with that CRLF.
  return concatStreams(head, spool.openRaw(entry, end));
}

/**
 * The header section is handled as latin1 so the sender's bytes pass through unchanged;
 * a configured prefix outside ASCII (say "[THƯ RÁC?]") goes in as an RFC 2047 encoded
 * word, which is ASCII.
 */
function encodePrefix(prefix: string): string {
  if (/^[\x20-\x7e]*$/.test(prefix)) return prefix;
  return `=?UTF-8?B?${Buffer.from(prefix, 'utf8').toString('base64')}?=`;
}

/** Offset of the CRLF that is the empty line after the header section, or -1. */
function findHeaderEnd(buf: Buffer): number {
  if (buf.subarray(0, 2).toString('latin1') === '\r\n') return 0;
  const i = buf.indexOf('\r\n\r\n');
  return i < 0 ? -1 : i + 2;
}

/** Splits a header section into fields, each with its folded continuation lines and CRLF. */
function splitFields(header: string): string[] {
  const lines = header.split(/(?<=\r\n)/);
  const fields: string[] = [];
  for (const line of lines) {
    if ((line.startsWith(' ') || line.startsWith('\t')) && fields.length > 0) {
      fields[fields.length - 1] += line;
    } else {
      fields.push(line);
    }
  }
  return fields;
}

function concatStreams(head: Buffer, body: Readable): Readable {
  return Readable.from(
    (async function* () {
      yield head;
      yield* body;
    })(),
  );
}
