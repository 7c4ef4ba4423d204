import { createHash } from 'node:crypto';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32 } from 'node:zlib';
import type { RuleInput } from '../../../../src/scan/rules/index.js';
import { detectMagic } from '../../../../src/scan/rules/magic.js';
import type { MailAddress, ParsedAttachment, ParsedMessage } from '../../../../src/scan/types.js';

/** A parsed message with harmless defaults (Date and Message-ID present), overridden by `mail`. */
export function makeInput(mail: Partial<ParsedMessage> = {}): RuleInput {
  const from: MailAddress[] = mail.from ?? [
    { name: 'Nguyễn Văn A', address: 'nva@songhong.gov.vn' },
  ];
  const headers = mail.headers ?? [
    { name: 'from', value: `${from[0]?.name ?? ''} <${from[0]?.address ?? ''}>` },
    { name: 'to', value: 'vanthu@stc.songhong.gov.vn' },
    { name: 'subject', value: mail.subject ?? 'Hello' },
    { name: 'date', value: 'Mon, 3 Mar 2025 08:00:00 +0700' },
    { name: 'message-id', value: '<1@songhong.gov.vn>' },
  ];
  return {
    mail: {
      from,
      replyTo: [],
      to: [{ name: '', address: 'vanthu@stc.songhong.gov.vn' }],
      cc: [],
      subject: 'Hello',
      messageId: '<1@songhong.gov.vn>',
      date: new Date('2025-03-03T01:00:00Z'),
      text: '',
      html: '',
      attachments: [],
      problems: [],
      ...mail,
      headers,
    },
    envelope: {
      mailFrom: from[0]?.address ?? '',
      rcptTo: ['vanthu@stc.songhong.gov.vn'],
      clientAddress: '192.0.2.1',
      helo: 'mail.example.com',
      receivedAt: '2025-03-03T01:00:01Z',
      tls: true,
    },
  };
}

/** An attachment as the parser reports it, its content held (its type read as the parser does). */
export async function makeAttachment(
  filename: string | undefined,
  content: Buffer,
  contentType = 'application/octet-stream',
): Promise<ParsedAttachment> {
  const head = content.subarray(0, 4096);
  return {
    filename,
    contentType,
    size: content.length,
    sha256: createHash('sha256').update(content).digest('hex'),
    content,
    head,
    magic: await detectMagic(head),
  };
}

/** A minimal ZIP writer: stored (uncompressed) entries, local headers, central directory. */
export function storedZip(entries: { name: string; data: string | Buffer }[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const name = Buffer.from(entry.name, 'utf8');
    const data = Buffer.isBuffer(entry.data) ? entry.data : Buffer.from(entry.data, 'latin1');
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(10, 4); // version needed
    local.writeUInt16LE(0x0800, 6); // UTF-8 names
    local.writeUInt16LE(0, 8); // stored
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(10, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += 30 + name.length + data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

/** The EICAR anti-virus test file (harmless by design). */
export const EICAR = 'X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*';

/** Writes rule files (`name -> content`, e.g. `lists/x.txt`) into a new temp directory. */
export function ruleDir(files: Record<string, string>): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'ms-rules-'));
  for (const [name, content] of Object.entries(files)) {
    const path = join(dir, name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
  }
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
