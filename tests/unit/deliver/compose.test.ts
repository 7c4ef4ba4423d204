import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src/core/envelope.js';
import { newId } from '../../../src/core/ids.js';
import { composeForDelivery, type Decoration } from '../../../src/deliver/compose.js';
import { Spool, type SpoolEntry } from '../../../src/spool/spool.js';

const envelope: Envelope = {
  mailFrom: 'sender@example.com',
  rcptTo: ['van.a@stc.songhong.gov.vn'],
  clientAddress: '192.0.2.10',
  helo: 'mail.example.com',
  receivedAt: '2024-03-05T07:04:09.000Z',
  tls: false,
};

const MAX_HEADER = 64 * 1024;

const spam: Decoration = { category: 'spam', score: 5.5, tagged: true, subjectPrefix: '[SPAM?]' };
const clean: Decoration = {
  category: 'clean',
  score: 0.4,
  tagged: false,
  subjectPrefix: '[SPAM?]',
};

let dir: string;
let spool: Spool;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ms-compose-'));
  spool = new Spool(dir);
  await spool.init();
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function store(raw: string | Buffer): Promise<SpoolEntry> {
  const id = newId();
  const bytes = typeof raw === 'string' ? Buffer.from(raw, 'utf8') : raw;
  await spool.write(id, envelope, Buffer.alloc(0), Readable.from([bytes]));
  return spool.read(id);
}

async function compose(
  raw: string | Buffer,
  decoration: Decoration | undefined,
  maxHeaderBytes = MAX_HEADER,
): Promise<Buffer> {
  const entry = await store(raw);
  const out = await composeForDelivery(spool, entry, decoration, maxHeaderBytes);
  const parts: Buffer[] = [];
  for await (const part of out) parts.push(Buffer.from(part as Uint8Array));
  return Buffer.concat(parts);
}

/** Splits a composed message at its first empty line. */
function split(out: Buffer): { header: string; body: Buffer } {
  const i = out.indexOf('\r\n\r\n');
  expect(i).toBeGreaterThanOrEqual(0);
  return { header: out.subarray(0, i + 2).toString('latin1'), body: out.subarray(i + 4) };
}

/** Header field names, in order, as written. */
const names = (header: string): string[] =>
  header
    .split('\r\n')
    .filter((l) => l !== '' && !/^[ \t]/.test(l))
    .map((l) => l.slice(0, l.indexOf(':')).trim());

const MESSAGE =
  'Received: from mail.example.com\r\n\tby mx; Tue, 5 Mar 2024 07:04:09 +0000\r\n' +
  'From: Sender <sender@example.com>\r\n' +
  'To: van.a@stc.songhong.gov.vn\r\n' +
  'Subject: Hello\r\n' +
  'Message-ID: <1@example.com>\r\n' +
  '\r\n' +
  'Body line one\r\n\r\nSubject: not a header\r\nX-Spam-Flag: NO\r\n';

describe('composeForDelivery without decoration', () => {
  it('returns exactly the spooled message', async () => {
    expect((await compose(MESSAGE, undefined)).toString('utf8')).toBe(MESSAGE);
  });
});

describe('composeForDelivery: verdict headers', () => {
  it('puts the verdict headers on top, then the original header fields in order', async () => {
    const { header } = split(await compose(MESSAGE, spam));
    expect(header.startsWith('X-Mailshield-Verdict: spam\r\nX-Mailshield-Score: 5.5\r\n')).toBe(
      true,
    );
    expect(names(header)).toEqual([
      'X-Mailshield-Verdict',
      'X-Mailshield-Score',
      'X-Spam-Flag',
      'Received',
      'From',
      'To',
      'Subject',
      'Message-ID',
    ]);
  });

  it('adds X-Spam-Flag: YES only when tagged', async () => {
    expect(split(await compose(MESSAGE, spam)).header).toContain('\r\nX-Spam-Flag: YES\r\n');
    expect(names(split(await compose(MESSAGE, clean)).header)).not.toContain('X-Spam-Flag');
  });

  it('leaves the body bytes unchanged, header-like body lines included', async () => {
    const original = split(Buffer.from(MESSAGE, 'utf8')).body;
    expect(split(await compose(MESSAGE, spam)).body).toEqual(original);
    expect(split(await compose(MESSAGE, clean)).body).toEqual(original);
  });

  it('adds only the verdict lines: the rest of the message is byte for byte the same', async () => {
    const out = await compose(MESSAGE, clean);
    const added = 'X-Mailshield-Verdict: clean\r\nX-Mailshield-Score: 0.4\r\n';
    expect(out.toString('utf8')).toBe(added + MESSAGE);
  });

  it('streams a large body unchanged', async () => {
    const body = Buffer.alloc(600 * 1024);
    for (let i = 0; i < body.length; i++) body[i] = i % 251;
    const raw = Buffer.concat([Buffer.from('Subject: big\r\n\r\n'), body]);
    // Buffer.equals rather than toEqual: a deep diff of 600 KiB is needlessly slow.
    expect(split(await compose(raw, spam)).body.equals(body)).toBe(true);
  });

  it('keeps 8-bit header bytes as they were', async () => {
    const raw = Buffer.from('From: Nguyễn Văn A <a@example.com>\r\nSubject: x\r\n\r\nb\r\n');
    const out = await compose(raw, clean);
    expect(out.includes(Buffer.from('From: Nguyễn Văn A <a@example.com>\r\n'))).toBe(true);
  });
});

describe('composeForDelivery: forged verdict headers', () => {
  const forged =
    'X-Mailshield-Verdict: clean\r\n' +
    'x-spam-flag: NO\r\n' +
    'From: a@example.com\r\n' +
    'X-SPAM-FLAG:\r\n NO\r\n' +
    'X-Spam-Status: No, score=-10\r\n' +
    'X-Spam-Score: -10\r\n' +
    'x-mailshield-score: -100\r\n' +
    'X-Mailshield-Verdict :\r\n\tclean\r\n' +
    'X-Mailshield-Released-By: officer\r\n' +
    'Subject: hi\r\n' +
    '\r\n' +
    'body\r\n';

  it('removes forged copies in any case, folded ones with their continuation lines', async () => {
    const { header } = split(await compose(forged, spam));
    expect(header).toBe(
      'X-Mailshield-Verdict: spam\r\n' +
        'X-Mailshield-Score: 5.5\r\n' +
        'X-Spam-Flag: YES\r\n' +
        'From: a@example.com\r\n' +
        'Subject: [SPAM?] hi\r\n',
    );
  });

  it('removes forged copies also when the mail is not tagged', async () => {
    const { header } = split(await compose(forged, clean));
    expect(names(header)).toEqual([
      'X-Mailshield-Verdict',
      'X-Mailshield-Score',
      'From',
      'Subject',
    ]);
    expect(header).not.toMatch(/^[ \t]/m);
  });

  it('keeps header fields whose names only start like ours', async () => {
    const raw = 'X-Spam-Flagged: maybe\r\nX-Spam: 1\r\nSubject: s\r\n\r\nb\r\n';
    expect(names(split(await compose(raw, clean)).header)).toEqual([
      'X-Mailshield-Verdict',
      'X-Mailshield-Score',
      'X-Spam-Flagged',
      'X-Spam',
      'Subject',
    ]);
  });
});

describe('composeForDelivery: subject prefix', () => {
  it('prefixes the subject when tagged', async () => {
    expect(split(await compose(MESSAGE, spam)).header).toContain('\r\nSubject: [SPAM?] Hello\r\n');
  });

  it('leaves the subject alone when not tagged', async () => {
    expect(split(await compose(MESSAGE, clean)).header).toContain('\r\nSubject: Hello\r\n');
  });

  it('leaves the subject alone when tagged with an empty prefix', async () => {
    const { header } = split(await compose(MESSAGE, { ...spam, subjectPrefix: '' }));
    expect(header).toContain('\r\nSubject: Hello\r\n');
    expect(header).toContain('X-Spam-Flag: YES\r\n');
  });

  it('keeps the continuation line of a folded subject', async () => {
    const raw =
      'From: a@example.com\r\nSubject: first part\r\n\tsecond part\r\nTo: b@x.vn\r\n\r\nb\r\n';
    const { header } = split(await compose(raw, spam));
    expect(header).toContain('\r\nSubject: [SPAM?] first part\r\n\tsecond part\r\nTo: b@x.vn\r\n');
  });

  it('matches the Subject field name in any case', async () => {
    const raw = 'SUBJECT:   shouting\r\n\r\nb\r\n';
    expect(split(await compose(raw, spam)).header).toContain('Subject: [SPAM?] shouting\r\n');
  });

  it('keeps the bytes of an 8-bit UTF-8 subject after the prefix', async () => {
    const out = await compose('Subject: Thư mời họp\r\n\r\nb\r\n', spam);
    expect((await simpleParser(out)).subject).toBe('[SPAM?] Thư mời họp');
  });

  // Regression (found by these tests, fixed): src/deliver/compose.ts:57 encodes the rebuilt header section with
  // Buffer.from(..., 'latin1'). That is byte-preserving for the original fields (read as
  // latin1) but truncates every character of a configured subjectPrefix above U+00FF to
  // one byte, so a Vietnamese prefix such as "[THƯ RÁC?]" reaches the recipient garbled.
  // The prefix should be written as UTF-8 (or as an RFC 2047 encoded word).
  it('keeps a Vietnamese subject prefix readable', async () => {
    const out = await compose('Subject: Hello\r\n\r\nb\r\n', {
      ...spam,
      subjectPrefix: '[THƯ RÁC?]',
    });
    expect((await simpleParser(out)).subject).toBe('[THƯ RÁC?] Hello');
  });
});

describe('composeForDelivery: messages without a usable header section', () => {
  it('prepends the verdict headers and leaves the rest untouched when no separator is found within maxHeaderBytes', async () => {
    const raw =
      'X-Spam-Flag: NO\r\nSubject: long\r\n' +
      Array.from({ length: 100 }, (_, i) => `X-Filler-${i}: ${'x'.repeat(40)}\r\n`).join('') +
      '\r\nbody\r\n';
    const out = await compose(raw, spam, 1024);
    expect(out.toString('utf8')).toBe(
      'X-Mailshield-Verdict: spam\r\nX-Mailshield-Score: 5.5\r\nX-Spam-Flag: YES\r\n' + raw,
    );
  });

  it('prepends the verdict headers to a message that has no empty line at all', async () => {
    const raw = 'Subject: only headers\r\nFrom: a@example.com\r\n';
    expect((await compose(raw, clean)).toString('utf8')).toBe(
      'X-Mailshield-Verdict: clean\r\nX-Mailshield-Score: 0.4\r\n' + raw,
    );
  });

  it('prepends the verdict headers to a message with an empty header section', async () => {
    const raw = '\r\nbody only\r\n';
    expect((await compose(raw, spam)).toString('utf8')).toBe(
      'X-Mailshield-Verdict: spam\r\nX-Mailshield-Score: 5.5\r\nX-Spam-Flag: YES\r\n' + raw,
    );
  });

  it('handles an empty message', async () => {
    expect((await compose('', clean)).toString('utf8')).toBe(
      'X-Mailshield-Verdict: clean\r\nX-Mailshield-Score: 0.4\r\n',
    );
  });

  it('finds a separator that ends right at maxHeaderBytes', async () => {
    const head = 'Subject: s\r\nX-Spam-Flag: NO\r\n';
    const raw = `${head}\r\nbody\r\n`;
    const out = await compose(raw, clean, head.length);
    expect(out.toString('utf8')).toBe(
      'X-Mailshield-Verdict: clean\r\nX-Mailshield-Score: 0.4\r\nSubject: s\r\n\r\nbody\r\n',
    );
  });
});
