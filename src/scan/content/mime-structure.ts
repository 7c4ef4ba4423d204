import { findEmbeddedFiles } from './legacy-decoders.js';

/**
 * A second, independent reading of the MIME tree, made on the raw bytes. clamd's MIME
 * reader and mailparser (ours) disagree on broken mail, and whatever the recipient's
 * client shows is a third reading: an attacker hides the payload where the scanner's
 * reading and the client's differ. This module reports where the readings can differ
 * (`ambiguities`) and hands every decoded leaf of every reading to clamd (`views`).
 *
 * It is deliberately plain: RFC 2045/2046 read strictly, plus the lenient variants real
 * parsers implement (prefix-matching boundaries, base64 decoded past padding).
 */

/** Decoded content to scan, named for officers. */
export interface StructureView {
  name: string;
  data: Buffer;
}

export interface StructureResult {
  /** Where two readings of the message differ: each is a reason to hold it. */
  ambiguities: string[];
  views: StructureView[];
}

export interface StructureOptions {
  /** Entities visited (limits.maxMimeParts, doubled for the alternative readings). */
  maxParts: number;
  /** Views kept (limits.maxScanViews). */
  maxViews: number;
}

/** Deeper than this the walk stops: mailparser and clamd stop far earlier. */
const MAX_DEPTH = 50;

/** Reasons, as officers read them after "ambiguous MIME structure: ". */
export const AMBIGUITY = {
  duplicateCte: 'two Content-Transfer-Encoding headers on one part',
  duplicateCt: 'two Content-Type headers on one part',
  duplicateBoundary: 'two boundaries declared for one multipart',
  nestedBoundary: 'a nested multipart reuses its parent boundary',
  prefixBoundary: 'a boundary line that reads two ways (prefix of another line)',
  afterClose: 'a MIME part after the closing boundary',
  base64Padding: 'base64 padding inside the stream (decoders disagree)',
} as const;

interface Walk {
  opts: StructureOptions;
  parts: number;
  ambiguities: Set<string>;
  views: StructureView[];
  seen: Set<string>;
}

/** Checks the structure of a raw message (held whole: the caller bounds its size). */
export function checkStructure(raw: Buffer, opts: StructureOptions): StructureResult {
  const walk: Walk = { opts, parts: 0, ambiguities: new Set(), views: [], seen: new Set() };
  entity(raw.toString('latin1'), '1', [], 0, walk);
  return { ambiguities: [...walk.ambiguities], views: walk.views };
}

interface Header {
  name: string;
  value: string;
}

function splitHead(text: string): { headers: Header[]; body: string } {
  let end: number;
  let bodyStart: number;
  if (text.startsWith('\r\n') || text.startsWith('\n')) {
    end = 0;
    bodyStart = text.startsWith('\r\n') ? 2 : 1;
  } else {
    const m = /\r?\n\r?\n/.exec(text);
    end = m === null ? text.length : m.index;
    bodyStart = m === null ? text.length : m.index + m[0].length;
  }
  const headers: Header[] = [];
  for (const line of text.slice(0, end).split(/\r?\n/)) {
    const last = headers[headers.length - 1];
    if (/^[ \t]/.test(line) && last !== undefined) {
      last.value += ` ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    headers.push({
      name: line.slice(0, colon).trim().toLowerCase(),
      value: line.slice(colon + 1).trim(),
    });
  }
  return { headers, body: text.slice(bodyStart) };
}

function distinct(values: string[], norm: (v: string) => string): string[] {
  return [...new Set(values.map(norm))];
}

/** The values of a parameter, every time it occurs (a doubled parameter is an evasion). */
function params(value: string, name: string): string[] {
  const re = new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'gi');
  return [...value.matchAll(re)].map((m) => m[1] ?? m[2] ?? '');
}

function mediaType(value: string): string {
  return (value.split(';')[0] ?? '').trim().toLowerCase();
}

function entity(text: string, path: string, boundaries: string[], depth: number, w: Walk): void {
  if (depth > MAX_DEPTH || w.parts >= w.opts.maxParts) return;
  w.parts += 1;
  const { headers, body } = splitHead(text);
  const cts = headers.filter((h) => h.name === 'content-type').map((h) => h.value);
  const ctes = headers.filter((h) => h.name === 'content-transfer-encoding').map((h) => h.value);
  if (distinct(cts, (v) => v.replace(/\s+/g, '').toLowerCase()).length > 1) {
    w.ambiguities.add(AMBIGUITY.duplicateCt);
  }
  const encodings = distinct(ctes, (v) => v.trim().toLowerCase());
  if (encodings.length > 1) w.ambiguities.add(AMBIGUITY.duplicateCte);
  const types = distinct(cts.length > 0 ? cts : ['text/plain'], mediaType);
  const name = fileName(headers);
  for (const type of types) {
    if (type.startsWith('multipart/')) {
      const bounds = [...new Set(cts.flatMap((v) => params(v, 'boundary')))].filter(Boolean);
      if (bounds.length > 1) w.ambiguities.add(AMBIGUITY.duplicateBoundary);
      for (const b of bounds) multipart(body, b, path, boundaries, depth, w);
      if (bounds.length > 0) continue;
    }
    if (type === 'message/rfc822' || type === 'message/global') {
      entity(body, `${path}.1`, boundaries, depth + 1, w);
      continue;
    }
    leaf(body, encodings, type, path, name, w);
  }
}

function fileName(headers: Header[]): string {
  for (const h of headers) {
    if (h.name !== 'content-disposition' && h.name !== 'content-type') continue;
    const n = params(h.value, 'filename')[0] ?? params(h.value, 'name')[0];
    if (n) return n;
  }
  return '';
}

interface Split {
  parts: string[];
  /** Text after the closing delimiter; undefined when there was none. */
  epilogue: string | undefined;
  preamble: string;
}

/** Splits a multipart body on its delimiter lines; `prefix` reads lines that only start so. */
function split(body: string, boundary: string, prefix: boolean): Split {
  const delim = `--${boundary}`;
  const parts: string[] = [];
  let preamble = '';
  let start = -1;
  let at = 0;
  // A delimiter line starts the body or follows a line break (RFC 2046 §5.1.1).
  while (at <= body.length) {
    const found = body.indexOf(delim, at);
    if (found < 0) break;
    const lineStart = found === 0 || body[found - 1] === '\n';
    const eol = body.indexOf('\n', found);
    const lineEnd = eol < 0 ? body.length : eol;
    const rest = body.slice(found + delim.length, lineEnd).replace(/\r$/, '');
    const closing = rest.startsWith('--');
    const exact = /^(?:--)?[ \t]*$/.test(rest);
    if (lineStart && (exact || prefix)) {
      const chunk = body.slice(0, Math.max(0, found - (body[found - 2] === '\r' ? 2 : 1)));
      if (start < 0) preamble = chunk;
      else
        parts.push(body.slice(start, Math.max(start, found - (body[found - 2] === '\r' ? 2 : 1))));
      if (closing && exact) {
        return { parts, epilogue: body.slice(lineEnd + 1), preamble };
      }
      start = lineEnd + 1;
    }
    at = lineEnd + 1;
  }
  if (start >= 0) parts.push(body.slice(start));
  return { parts, epilogue: undefined, preamble };
}

const MIME_HEADER_LINE = /^content-(?:type|transfer-encoding|disposition)[ \t]*:/im;

function multipart(
  body: string,
  boundary: string,
  path: string,
  boundaries: string[],
  depth: number,
  w: Walk,
): void {
  if (boundaries.includes(boundary)) w.ambiguities.add(AMBIGUITY.nestedBoundary);
  const inner = [...boundaries, boundary];
  const strict = split(body, boundary, false);
  strict.parts.forEach((p, i) => entity(p, `${path}.${i + 1}`, inner, depth + 1, w));
  const lenient = split(body, boundary, true);
  if (lenient.parts.length !== strict.parts.length) {
    w.ambiguities.add(AMBIGUITY.prefixBoundary);
    lenient.parts.forEach((p, i) => entity(p, `${path}.${i + 1}~`, inner, depth + 1, w));
  }
  // Text after the closing delimiter is ignored by RFC 2046 readers and read as a part by
  // others: a payload there is for a reader the scanner is not.
  const epilogue = strict.epilogue;
  const m = epilogue === undefined ? null : MIME_HEADER_LINE.exec(epilogue);
  if (epilogue !== undefined && m !== null && /\r?\n\r?\n\S/.test(epilogue.slice(m.index))) {
    w.ambiguities.add(AMBIGUITY.afterClose);
    entity(epilogue.slice(m.index), `${path}.after`, inner, depth + 1, w);
  }
}

const B64_ALPHABET = /[^A-Za-z0-9+/=]/g;
const B64_CHAR = /[A-Za-z0-9+/]/;

/** Whether base64 data follows a padding character (cheap: from the first `=` on). */
function paddingInside(body: string): boolean {
  const pad = body.indexOf('=');
  if (pad < 0) return false;
  let data = 0;
  for (let i = pad; i < body.length && data < 4; i += 1) {
    if (B64_CHAR.test(body[i]!)) data += 1;
  }
  return data >= 4;
}

function leaf(
  body: string,
  encodings: string[],
  type: string,
  path: string,
  name: string,
  w: Walk,
): void {
  const label = name ? `part ${path} (${name})` : `part ${path}`;
  const text = type.startsWith('text/') || type === 'application/octet-stream';
  // A binary part with one plain encoding reads the same here as in mailparser, whose
  // decoding is already a view: only its padding is checked (the cost of a 25 MB
  // attachment is then one indexOf, not a second decode).
  if (!text && encodings.length <= 1 && encodings[0] !== 'quoted-printable') {
    if (encodings[0] !== 'base64' || !paddingInside(body)) return;
  }
  const decoded: Buffer[] = [];
  for (const enc of encodings.length > 0 ? encodings : ['7bit']) {
    if (enc === 'base64') decoded.push(...base64Readings(body, w));
    else if (enc === 'quoted-printable') decoded.push(decodeQp(body));
    else decoded.push(Buffer.from(body, 'latin1'));
  }
  for (const data of decoded) {
    addView(w, label, data);
    if (text) {
      for (const f of findEmbeddedFiles(data.toString('latin1'), 8, data.length)) {
        addView(w, `${label} (${f.encoding} ${f.name})`, f.data);
      }
    }
  }
}

/**
 * Base64 as decoders read it. Node (and RFC 4648) stop at the first padding; others skip
 * it and go on, so a payload after `=` in mid-stream reaches some readers only. When the
 * readings differ, each is a view and the message is ambiguous.
 */
function base64Readings(body: string, w: Walk): Buffer[] {
  const clean = body.replace(B64_ALPHABET, '');
  const pad = clean.indexOf('=');
  const after = pad < 0 ? '' : clean.slice(pad).replace(/^=+/, '');
  const stop = Buffer.from(clean, 'base64');
  if (after.replace(/=/g, '').length < 4) return [stop];
  w.ambiguities.add(AMBIGUITY.base64Padding);
  const segments = Buffer.concat(
    clean
      .split(/=+/)
      .filter(Boolean)
      .map((s) => Buffer.from(s, 'base64')),
  );
  const stripped = Buffer.from(clean.replace(/=/g, ''), 'base64');
  return [stop, segments, stripped];
}

function decodeQp(body: string): Buffer {
  const text = body.replace(/=\r?\n/g, '');
  const out = Buffer.alloc(text.length);
  let o = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 1, i + 3))) {
      out[o++] = parseInt(text.slice(i + 1, i + 3), 16);
      i += 2;
    } else {
      out[o++] = c & 0xff;
    }
  }
  return out.subarray(0, o);
}

function addView(w: Walk, name: string, data: Buffer): void {
  if (data.length === 0 || w.views.length >= w.opts.maxViews) return;
  // Identical bytes need one scan; the hash set is per message.
  const key = `${data.length}:${data.subarray(0, 64).toString('latin1')}:${data.subarray(-64).toString('latin1')}`;
  if (w.seen.has(key) && w.views.some((v) => v.data.equals(data))) return;
  w.seen.add(key);
  w.views.push({ name, data });
}
