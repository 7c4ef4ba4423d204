import { crc32, deflateRawSync, constants } from 'node:zlib';

const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';
export const eicar = (): Buffer => Buffer.from(EICAR, 'latin1');

interface Entry {
  name: string;
  /** Uncompressed size and CRC when `compressed` is given (a stream built elsewhere). */
  data?: Buffer;
  compressed?: { bytes: Buffer; size: number; crc: number };
}

/** A minimal ZIP writer (stored or pre-deflated entries), enough for hostile cases. */
export function zip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const method = e.compressed ? 8 : 0;
    const body = e.compressed ? e.compressed.bytes : e.data!;
    const size = e.compressed ? e.compressed.size : e.data!.length;
    const crc = e.compressed ? e.compressed.crc : crc32(e.data!);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(method, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(body.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, body);
    centrals.push(central, name);
    offset += 30 + name.length + body.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/**
 * A zip bomb: one entry of `gib` GiB of zeros in a few MB. A deflate block sequence
 * ended with a sync flush can be repeated (all data is zeros, so back-references stay
 * zeros), closed by an empty final block.
 */
export function zipBomb(gib: number): Buffer {
  const chunk = Buffer.alloc(64 * 1024 * 1024);
  const part = deflateRawSync(chunk, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });
  const reps = gib * 16;
  let crc = 0;
  for (let i = 0; i < reps; i++) crc = crc32(chunk, crc);
  const bytes = Buffer.concat([
    ...Array.from({ length: reps }, () => part),
    Buffer.from([0x03, 0x00]),
  ]);
  // The 32-bit size field wraps for >= 4 GiB; keep gib below 4.
  return zip([
    { name: 'rapport-2026.xlsx', compressed: { bytes, size: reps * chunk.length, crc } },
  ]);
}

/** A zip in a zip ... `depth` levels, with `inner` at the bottom. */
export function nestedZip(depth: number, inner: Buffer, innerName = 'eicar.com'): Buffer {
  let data = zip([{ name: innerName, data: inner }]);
  for (let i = depth - 1; i > 0; i--) data = zip([{ name: `level-${i}.zip`, data }]);
  return data;
}

export function mailWithAttachment(name: string, data: Buffer, type = 'application/zip'): Buffer {
  const b64 = data.toString('base64').replace(/.{76}/g, '$&\r\n');
  return Buffer.from(
    `From: partner@example.com\r\nTo: vanthu@stttt.songhong.gov.vn\r\nSubject: Tai lieu\r\nMessage-ID: <h${Date.now()}@example.com>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0700\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="x1"\r\n\r\n--x1\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nXem tep dinh kem.\r\n--x1\r\nContent-Type: ${type}; name="${name}"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="${name}"\r\n\r\n${b64}\r\n--x1--\r\n`,
    'latin1',
  );
}

export function deepMultipart(depth: number): Buffer {
  let head =
    'From: a@example.com\r\nTo: vanthu@stttt.songhong.gov.vn\r\nSubject: deep\r\nMIME-Version: 1.0\r\n';
  let open = '';
  let close = '';
  for (let i = 0; i < depth; i++) {
    const type = `Content-Type: multipart/mixed; boundary="b${i}"\r\n`;
    if (i === 0) head += `${type}\r\n`;
    else open += `--b${i - 1}\r\n${type}\r\n`;
    close = `--b${i}--\r\n${close}`;
  }
  const leaf = `--b${depth - 1}\r\nContent-Type: text/plain\r\n\r\nbottom\r\n`;
  return Buffer.from(head + open + leaf + close, 'latin1');
}

export function manyHeaders(n: number): Buffer {
  const lines: string[] = [
    'From: a@example.com',
    'To: vanthu@stttt.songhong.gov.vn',
    'Subject: many',
  ];
  for (let i = 0; i < n; i++) lines.push(`X-Filler-${i}: ${i}`);
  return Buffer.from(`${lines.join('\r\n')}\r\n\r\nbody\r\n`, 'latin1');
}

export function plain(headers: string, body: Buffer | string): Buffer {
  return Buffer.concat([
    Buffer.from(
      `From: a@example.com\r\nTo: vanthu@stttt.songhong.gov.vn\r\n${headers}\r\n`,
      'latin1',
    ),
    Buffer.isBuffer(body) ? body : Buffer.from(body, 'latin1'),
  ]);
}
