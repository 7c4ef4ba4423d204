import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Test-side encoders and archive builders: the real 7z binary for archives, and the
 * pre-MIME encodings (uuencode, yEnc, BinHex 4.0) written from their specifications,
 * independently of the decoders under test.
 */

export interface SevenZipBuild {
  files: { name: string; data: Buffer }[];
  type?: '7z' | 'zip' | 'tar';
  password?: string;
  /** 7z only: encrypt the headers (names) too (-mhe=on). */
  encryptHeaders?: boolean;
  /** zip only: ZipCrypto (default) or AES-256. */
  zipMethod?: 'ZipCrypto' | 'AES256';
}

export function sevenZip(build: SevenZipBuild): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'ms-test-7z-'));
  try {
    for (const f of build.files) writeFileSync(join(dir, f.name), f.data);
    const type = build.type ?? '7z';
    const out = join(dir, `out.${type}`);
    const args = ['a', '-bd', '-bso0', `-t${type}`];
    if (build.password !== undefined) args.push(`-p${build.password}`);
    if (build.encryptHeaders) args.push('-mhe=on');
    if (type === 'zip' && build.password !== undefined) {
      args.push(`-mem=${build.zipMethod ?? 'ZipCrypto'}`);
    }
    args.push(out, ...build.files.map((f) => f.name));
    execFileSync('7z', args, { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** uuencode (POSIX uuencode(1)): 45 bytes a line, each 3 bytes as 4 characters + 32. */
export function uuencode(name: string, data: Buffer): string {
  const enc = (v: number): string => String.fromCharCode(v === 0 ? 96 : v + 32);
  let out = `begin 644 ${name}\r\n`;
  for (let at = 0; at < data.length; at += 45) {
    const line = data.subarray(at, at + 45);
    out += enc(line.length);
    for (let i = 0; i < line.length; i += 3) {
      const [a = 0, b = 0, c = 0] = [line[i], line[i + 1], line[i + 2]];
      out +=
        enc(a >> 2) +
        enc(((a & 3) << 4) | (b >> 4)) +
        enc(((b & 15) << 2) | (c >> 6)) +
        enc(c & 63);
    }
    out += '\r\n';
  }
  return `${out}\`\r\nend\r\n`;
}

/** yEnc 1.3: each byte + 42, NUL, LF, CR and = escaped as = and the byte + 64. */
export function yencode(name: string, data: Buffer): string {
  let body = '';
  let col = 0;
  for (const byte of data) {
    const c = (byte + 42) & 0xff;
    if (c === 0 || c === 10 || c === 13 || c === 61) {
      body += `=${String.fromCharCode((c + 64) & 0xff)}`;
      col += 2;
    } else {
      body += String.fromCharCode(c);
      col += 1;
    }
    if (col >= 128) {
      body += '\r\n';
      col = 0;
    }
  }
  return `=ybegin line=128 size=${data.length} name=${name}\r\n${body}\r\n=yend size=${data.length}\r\n`;
}

function crc16(bytes: number[]): number {
  let crc = 0;
  for (const b of [...bytes, 0, 0]) {
    for (let i = 7; i >= 0; i--) {
      const top = crc & 0x8000;
      crc = ((crc << 1) | ((b >> i) & 1)) & 0xffff;
      if (top) crc ^= 0x1021;
    }
  }
  return crc;
}

/** BinHex 4.0: header, data fork, empty resource fork, CRCs; 0x90 escaped; 64 characters a line. */
export function binhex(name: string, data: Buffer): string {
  const n = Buffer.from(name, 'latin1');
  const header = [n.length, ...n, 0, ...Buffer.from('TEXTttxt'), 0, 0];
  const len = (v: number): number[] => [
    (v >>> 24) & 255,
    (v >>> 16) & 255,
    (v >>> 8) & 255,
    v & 255,
  ];
  header.push(...len(data.length), ...len(0));
  const hc = crc16(header);
  const fork = [...data];
  const dc = crc16(fork);
  const all = [...header, hc >> 8, hc & 255, ...fork, dc >> 8, dc & 255, 0, 0];
  const rle: number[] = [];
  for (const b of all) {
    rle.push(b);
    if (b === 0x90) rle.push(0);
  }
  const alphabet = '!"#$%&\'()*+,-012345689@ABCDEFGHIJKLMNPQRSTUVXYZ[`abcdefhijklmpqr';
  let bits = 0;
  let acc = 0;
  let text = '';
  for (const b of rle) {
    acc = (acc << 8) | b;
    bits += 8;
    while (bits >= 6) {
      bits -= 6;
      text += alphabet[(acc >> bits) & 63];
    }
  }
  if (bits > 0) text += alphabet[(acc << (6 - bits)) & 63];
  const lines = `:${text}:`.replace(/.{64}/g, '$&\r\n');
  return `(This file must be converted with BinHex 4.0)\r\n${lines}\r\n`;
}
