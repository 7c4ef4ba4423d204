import { createCipheriv, createHash, pbkdf2Sync, randomBytes } from 'node:crypto';
import { crc32 } from 'node:zlib';

/**
 * RAR archives for the tests, written byte for byte to RARLAB's published format
 * descriptions, since no tool here makes RAR (`rar` is not free software and is not on the
 * machine; 7-Zip reads RAR but never writes it). Members are *stored* (method 0: the bytes
 * as they are), which every RAR reader must support; the format's compression is not
 * needed to test what the gateway does with what is inside.
 *
 * - RAR 5.0 ("RAR 5.0 archive format", rarlab.com/technote.htm): signature, main archive
 *   header, one file header per member (optionally with the file encryption record:
 *   AES-256-CBC, key by PBKDF2-HMAC-SHA256 with 2^15 rounds, and the password check value),
 *   end of archive header. Each header starts with the CRC32 of the rest of it.
 * - RAR 1.5-4.x ("RAR 4.x archive format", the same note's older part): marker block,
 *   archive header (0x73), file headers (0x74) with the low 16 bits of CRC32, end block.
 *
 * Checked against 7-Zip's listing (`7z l`) and node-unrar-js (RARLAB's unrar) in
 * tests/unit/scan/content/unrar.test.ts.
 */

export interface RarMember {
  name: string;
  data: Buffer;
}

/** RAR 5 variable-length integer: 7 bits a byte, low first, high bit = more follows. */
function vint(n: number): Buffer {
  const out: number[] = [];
  do {
    let b = n % 128;
    n = Math.floor(n / 128);
    if (n > 0) b |= 0x80;
    out.push(b);
  } while (n > 0);
  return Buffer.from(out);
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
}

/** A RAR 5 header: CRC32, size, then `body` (type, flags and the fields after them). */
function header5(body: Buffer): Buffer {
  const size = vint(body.length);
  const crc = crc32(Buffer.concat([size, body]));
  return Buffer.concat([u32(crc), size, body]);
}

const KDF_LG2 = 15;

/** Key and password check value (8 bytes + 4 of checksum) for a password and salt. */
function kdf5(password: string, salt: Buffer): { key: Buffer; check: Buffer } {
  const rounds = 1 << KDF_LG2;
  const pwd = Buffer.from(password, 'utf8');
  const key = pbkdf2Sync(pwd, salt, rounds, 32, 'sha256');
  // The password check value continues the same PBKDF2 chain 32 rounds further, folded
  // to 8 bytes by XOR; 4 bytes of its SHA-256 follow as a checksum of the value itself.
  const more = pbkdf2Sync(pwd, salt, rounds + 32, 32, 'sha256');
  const value = Buffer.alloc(8);
  for (let i = 0; i < 32; i++) value[i % 8]! ^= more[i]!;
  const checksum = createHash('sha256').update(value).digest().subarray(0, 4);
  return { key, check: Buffer.concat([value, checksum]) };
}

/** AES-256-CBC of `data` padded with zeros to a 16-byte boundary. */
function aes(key: Buffer, iv: Buffer, data: Buffer): Buffer {
  const padded = Buffer.concat([data, Buffer.alloc((16 - (data.length % 16)) % 16)]);
  const cipher = createCipheriv('aes-256-cbc', key, iv).setAutoPadding(false);
  return Buffer.concat([cipher.update(padded), cipher.final()]);
}

/** The fields the file encryption record needs, and the encrypted data. */
function encrypt5(data: Buffer, password: string): { record: Buffer; packed: Buffer } {
  const salt = randomBytes(16);
  const iv = randomBytes(16);
  const { key, check } = kdf5(password, salt);
  const packed = aes(key, iv, data);
  const fields = Buffer.concat([
    vint(0x01), // record type: file encryption
    vint(0), // version: AES-256
    vint(0x0001), // flags: password check data present (plain CRC32, not tweaked)
    Buffer.from([KDF_LG2]),
    salt,
    iv,
    check,
  ]);
  return { record: Buffer.concat([vint(fields.length), fields]), packed };
}

/**
 * A RAR 5 archive of stored members; with `password`, each member is encrypted, and with
 * `encryptHeaders` too (rar -hp) every header after the archive encryption header is
 * encrypted (a fresh IV before each), so even the names need the password.
 */
export function rar5(
  members: RarMember[],
  opts: { password?: string; encryptHeaders?: boolean } = {},
): Buffer {
  const parts: Buffer[] = [Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x01, 0x00])];
  let seal = (h: Buffer): Buffer => h;
  if (opts.encryptHeaders === true && opts.password !== undefined) {
    const salt = randomBytes(16);
    const { key, check } = kdf5(opts.password, salt);
    // Archive encryption header: type 4, version 0 (AES-256), flags: check value present.
    parts.push(
      header5(
        Buffer.concat([
          vint(4),
          vint(0),
          vint(0),
          vint(0x0001),
          Buffer.from([KDF_LG2]),
          salt,
          check,
        ]),
      ),
    );
    seal = (h: Buffer): Buffer => {
      const iv = randomBytes(16);
      return Buffer.concat([iv, aes(key, iv, h)]);
    };
  }
  // Main archive header: type 1, no flags, archive flags 0.
  parts.push(seal(header5(Buffer.concat([vint(1), vint(0), vint(0)]))));
  const mtime = Math.floor(Date.UTC(2026, 10, 23, 2, 0, 0) / 1000);
  for (const m of members) {
    const enc = opts.password !== undefined ? encrypt5(m.data, opts.password) : undefined;
    const packed = enc?.packed ?? m.data;
    const name = Buffer.from(m.name, 'utf8');
    const extra = enc?.record ?? Buffer.alloc(0);
    const body = Buffer.concat([
      vint(2), // header type: file
      vint(extra.length > 0 ? 0x0003 : 0x0002), // extra area (when encrypted), data area
      ...(extra.length > 0 ? [vint(extra.length)] : []),
      vint(packed.length), // data size
      vint(0x0006), // file flags: mtime, CRC32 present
      vint(m.data.length), // unpacked size
      vint(0o100644), // attributes (Unix mode)
      u32(mtime),
      u32(crc32(m.data)),
      vint(0), // compression: version 0, method 0 (store), dictionary 128 KB
      vint(1), // host OS: Unix
      vint(name.length),
      name,
      extra,
    ]);
    parts.push(seal(header5(body)), packed);
  }
  // End of archive: type 5, no flags, end flags 0 (last volume).
  parts.push(seal(header5(Buffer.concat([vint(5), vint(0), vint(0)]))));
  return Buffer.concat(parts);
}

/** A RAR 4 header: the low 16 bits of the CRC32 of what follows it, then the header. */
function header4(type: number, flags: number, rest: Buffer): Buffer {
  const size = 7 + rest.length;
  const after = Buffer.alloc(5);
  after.writeUInt8(type, 0);
  after.writeUInt16LE(flags, 1);
  after.writeUInt16LE(size, 3);
  const crc = crc32(Buffer.concat([after, rest])) & 0xffff;
  const head = Buffer.alloc(2);
  head.writeUInt16LE(crc);
  return Buffer.concat([head, after, rest]);
}

/** A RAR 4 (format 2.9) archive of stored members, unencrypted. */
export function rar4(members: RarMember[]): Buffer {
  const parts: Buffer[] = [Buffer.from([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07, 0x00])];
  // Archive header: two reserved fields (2 + 4 bytes).
  parts.push(header4(0x73, 0, Buffer.alloc(6)));
  for (const m of members) {
    const name = Buffer.from(m.name, 'latin1');
    const rest = Buffer.alloc(25);
    rest.writeUInt32LE(m.data.length, 0); // packed size
    rest.writeUInt32LE(m.data.length, 4); // unpacked size
    rest.writeUInt8(3, 8); // host OS: Unix
    rest.writeUInt32LE(crc32(m.data), 9); // file CRC32
    rest.writeUInt32LE(0x5b770000, 13); // DOS date and time (2025-11-23)
    rest.writeUInt8(29, 17); // version needed: 2.9
    rest.writeUInt8(0x30, 18); // method: store
    rest.writeUInt16LE(name.length, 19);
    rest.writeUInt32LE(0o100644, 21); // attributes
    // Flags: 0x8000 = data follows (LONG_BLOCK), dictionary bits 0 (64 KB).
    parts.push(header4(0x74, 0x8000, Buffer.concat([rest, name])), m.data);
  }
  parts.push(header4(0x7b, 0x4000, Buffer.alloc(0)));
  return Buffer.concat(parts);
}
