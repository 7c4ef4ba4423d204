/**
 * Pre-MIME encodings that mail clients still decode inside a text body: uuencode
 * (`begin 644 name`), yEnc (`=ybegin`) and BinHex 4.0. mailparser and clamd's MIME reader
 * see only text there, while Outlook Express, Thunderbird add-ons and newsreaders show an
 * attachment: a classic way to walk a file past a scanner.
 */

/** A file found encoded inside a text body. */
export interface EmbeddedFile {
  encoding: 'uuencode' | 'yenc' | 'binhex';
  name: string;
  data: Buffer;
}

/** Files decoded from one body, at most `maxFiles`, each at most `maxBytes`. */
export function findEmbeddedFiles(
  text: string,
  maxFiles: number,
  maxBytes: number,
): EmbeddedFile[] {
  const out: EmbeddedFile[] = [];
  // Cheap guards first: most bodies contain none of the three markers.
  if (text.includes('begin ')) out.push(...findUuencoded(text, maxFiles, maxBytes));
  if (out.length < maxFiles && text.includes('=ybegin')) {
    out.push(...findYenc(text, maxFiles - out.length, maxBytes));
  }
  if (out.length < maxFiles && text.includes('BinHex')) {
    const file = decodeBinhexIn(text, maxBytes);
    if (file !== undefined) out.push(file);
  }
  return out;
}

const UU_BEGIN = /^begin(?:-base64)? +([0-7]{3,4}) +([^\r\n]*)\r?$/gm;

function findUuencoded(text: string, maxFiles: number, maxBytes: number): EmbeddedFile[] {
  const out: EmbeddedFile[] = [];
  for (const m of text.matchAll(UU_BEGIN)) {
    if (out.length >= maxFiles) break;
    const start = m.index + m[0].length + 1;
    const endAt = text.indexOf('\nend', start);
    const block = text.slice(start, endAt < 0 ? text.length : endAt);
    const data = m[0].startsWith('begin-base64')
      ? Buffer.from(block.replace(/\n====\s*$/, ''), 'base64')
      : uudecode(block, maxBytes);
    if (data.length > 0) out.push({ encoding: 'uuencode', name: m[2]?.trim() ?? '', data });
  }
  return out;
}

/** Decodes uuencoded lines (the part between `begin` and `end`). */
export function uudecode(block: string, maxBytes = Number.MAX_SAFE_INTEGER): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (const rawLine of block.split('\n')) {
    const line = rawLine.replace(/\r$/, '');
    if (line.length === 0) continue;
    const count = (line.charCodeAt(0) - 32) & 63;
    if (count === 0) break;
    const out = Buffer.alloc(count);
    let o = 0;
    for (let i = 1; o < count; i += 4) {
      // A missing trailing character (trimmed spaces) counts as zero, as uudecode does.
      const c = [0, 1, 2, 3].map((k) => ((line.charCodeAt(i + k) || 32) - 32) & 63);
      const [a = 0, b = 0, d = 0, e = 0] = c;
      const bytes = [(a << 2) | (b >> 4), ((b & 15) << 4) | (d >> 2), ((d & 3) << 6) | e];
      for (const byte of bytes) if (o < count) out[o++] = byte & 0xff;
    }
    chunks.push(out);
    total += count;
    if (total >= maxBytes) break;
  }
  return Buffer.concat(chunks).subarray(0, maxBytes);
}

const YENC_BEGIN = /^=ybegin [^\r\n]*?name=([^\r\n]*)\r?$/gm;

function findYenc(text: string, maxFiles: number, maxBytes: number): EmbeddedFile[] {
  const out: EmbeddedFile[] = [];
  for (const m of text.matchAll(YENC_BEGIN)) {
    if (out.length >= maxFiles) break;
    let start = m.index + m[0].length + 1;
    // A multi-part post puts a =ypart line after =ybegin.
    if (text.startsWith('=ypart', start)) start = text.indexOf('\n', start) + 1;
    const endAt = text.indexOf('\n=yend', start - 1);
    const block = text.slice(start, endAt < 0 ? text.length : endAt);
    const data = ydecode(Buffer.from(block, 'latin1'), maxBytes);
    if (data.length > 0) out.push({ encoding: 'yenc', name: m[1]?.trim() ?? '', data });
  }
  return out;
}

/** Decodes yEnc lines: each byte minus 42, `=` escapes a byte (minus another 64). */
export function ydecode(block: Buffer, maxBytes = Number.MAX_SAFE_INTEGER): Buffer {
  const out = Buffer.alloc(Math.min(block.length, maxBytes));
  let o = 0;
  for (let i = 0; i < block.length && o < out.length; i += 1) {
    let c = block[i]!;
    if (c === 0x0d || c === 0x0a) continue;
    if (c === 0x3d) {
      i += 1;
      if (i >= block.length) break;
      c = (block[i]! - 64) & 0xff;
    }
    out[o++] = (c - 42) & 0xff;
  }
  return out.subarray(0, o);
}

const BINHEX_ALPHABET = '!"#$%&\'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr';
const BINHEX_VALUE = new Map([...BINHEX_ALPHABET].map((c, i) => [c, i]));
const BINHEX_MARK = /\(This file must be converted with BinHex 4\.0\)/;

/** The data fork of a BinHex 4.0 block in `text`, or undefined when there is none. */
export function decodeBinhexIn(text: string, maxBytes: number): EmbeddedFile | undefined {
  const mark = BINHEX_MARK.exec(text);
  if (mark === null) return undefined;
  const open = text.indexOf(':', mark.index + mark[0].length);
  if (open < 0) return undefined;
  const close = text.indexOf(':', open + 1);
  const body = text.slice(open + 1, close < 0 ? text.length : close);
  const packed: number[] = [];
  let bits = 0;
  let acc = 0;
  for (const ch of body) {
    const v = BINHEX_VALUE.get(ch);
    if (v === undefined) continue; // line breaks and white space
    acc = (acc << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      packed.push((acc >> bits) & 0xff);
    }
  }
  const bytes = unRle90(packed, maxBytes + 1024);
  // Header: name length, name, version, type(4), creator(4), flags(2), data len(4),
  // resource len(4), CRC(2); then the data fork.
  const nameLength = bytes[0];
  if (nameLength === undefined) return undefined;
  const at = 1 + nameLength + 1 + 4 + 4 + 2;
  if (bytes.length < at + 10) return undefined;
  const name = Buffer.from(bytes.subarray(1, 1 + nameLength)).toString('latin1');
  const dataLength = bytes.readUInt32BE(at);
  const start = at + 4 + 4 + 2;
  const data = Buffer.from(bytes.subarray(start, start + Math.min(dataLength, maxBytes)));
  return data.length > 0 ? { encoding: 'binhex', name, data } : undefined;
}

/** BinHex run-length coding: 0x90 n repeats the previous byte n-1 more times; 0x90 0 is 0x90. */
function unRle90(packed: number[], maxBytes: number): Buffer {
  const out: number[] = [];
  let last = 0;
  for (let i = 0; i < packed.length && out.length < maxBytes; i += 1) {
    const b = packed[i]!;
    if (b !== 0x90) {
      out.push(b);
      last = b;
      continue;
    }
    const n = packed[++i] ?? 0;
    if (n === 0) {
      out.push(0x90);
      last = 0x90;
    } else {
      for (let k = 1; k < n && out.length < maxBytes; k += 1) out.push(last);
    }
  }
  return Buffer.from(out);
}
