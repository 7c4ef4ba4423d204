import { createHash } from 'node:crypto';
import { getEventListeners } from 'node:events';
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/core/errors.js';
import { defaultLimits, type Limits } from '../../../src/core/limits.js';
import { parseMessage } from '../../../src/scan/parse.js';

/** A raw message from header and body lines, CRLF line endings as on the wire. */
function eml(lines: string[]): Readable {
  return Readable.from([Buffer.from(lines.join('\r\n'), 'utf8')]);
}

function limits(overrides: Partial<Limits> = {}): { limits: Limits } {
  return { limits: { ...defaultLimits, ...overrides } };
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Base64 in 76-character lines (RFC 2045 §6.8). */
function base64Lines(bytes: Buffer): string[] {
  return bytes.toString('base64').match(/.{1,76}/g) ?? [];
}

/** Quoted-printable for short lines: every byte outside printable ASCII, and `=`, as =XX. */
function quotedPrintable(text: string): string {
  return [...Buffer.from(text, 'utf8')]
    .map((b) =>
      b >= 0x20 && b < 0x7f && b !== 0x3d
        ? String.fromCharCode(b)
        : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
    )
    .join('');
}

/** Deterministic non-text bytes, so hashes are reproducible. */
function bytes(length: number): Buffer {
  const out = Buffer.alloc(length);
  for (let i = 0; i < length; i += 1) out[i] = (i * 31 + (i >> 8)) & 0xff;
  return out;
}

function attachmentPart(
  name: string,
  content: Buffer,
  type = 'application/octet-stream',
): string[] {
  return [
    `Content-Type: ${type}; name="${name}"`,
    `Content-Disposition: attachment; filename="${name}"`,
    'Content-Transfer-Encoding: base64',
    '',
    ...base64Lines(content),
  ];
}

function multipart(parts: string[][], type = 'multipart/mixed'): string[] {
  return [
    'From: sender@example.com',
    'To: officer@agency.gov.vn',
    'Subject: parts',
    'MIME-Version: 1.0',
    `Content-Type: ${type}; boundary="BOUNDARY"`,
    '',
    ...parts.flatMap((part) => ['--BOUNDARY', ...part]),
    '--BOUNDARY--',
    '',
  ];
}

describe('parseMessage', () => {
  it('reads a plain text message: addresses, subject, ids, date and body', async () => {
    const mail = await parseMessage(
      eml([
        'From: "Alice Example" <alice@example.com>',
        'To: bob@example.org, Team: carol@example.net, dave@example.net;',
        'Cc: <eve@example.com>',
        'Reply-To: replies@example.com',
        'Subject: Quarterly report',
        'Message-ID: <abc123@example.com>',
        'Date: Mon, 01 Jan 2024 10:00:00 +0700',
        '',
        'Hello Bob,',
        'the report is attached.',
        '',
      ]),
      limits(),
    );

    expect(mail.from).toEqual([{ name: 'Alice Example', address: 'alice@example.com' }]);
    expect(mail.to).toEqual([
      { name: '', address: 'bob@example.org' },
      { name: '', address: 'carol@example.net' },
      { name: '', address: 'dave@example.net' },
    ]);
    expect(mail.cc).toEqual([{ name: '', address: 'eve@example.com' }]);
    expect(mail.replyTo).toEqual([{ name: '', address: 'replies@example.com' }]);
    expect(mail.subject).toBe('Quarterly report');
    expect(mail.messageId).toBe('<abc123@example.com>');
    expect(mail.date?.toISOString()).toBe('2024-01-01T03:00:00.000Z');
    expect(mail.text).toBe('Hello Bob,\nthe report is attached.\n');
    expect(mail.html).toBe('');
    expect(mail.attachments).toEqual([]);
    expect(mail.problems).toEqual([]);
    expect(mail.headers[0]).toEqual({ name: 'from', value: '"Alice Example" <alice@example.com>' });
  });

  it('decodes a Vietnamese quoted-printable UTF-8 body and RFC 2047 subject', async () => {
    const subject = 'Thông báo khẩn: cập nhật mật khẩu';
    const body = 'Kính gửi Quý cơ quan, đề nghị đăng nhập để xác minh tài khoản.';
    const mail = await parseMessage(
      eml([
        'From: =?UTF-8?Q?Ph=C3=B2ng_K=E1=BA=BF_to=C3=A1n?= <ketoan@example.vn>',
        `Subject: =?UTF-8?B?${Buffer.from(subject).toString('base64')}?=`,
        'MIME-Version: 1.0',
        'Content-Type: text/plain; charset=UTF-8',
        'Content-Transfer-Encoding: quoted-printable',
        '',
        quotedPrintable(body),
        '',
      ]),
      limits(),
    );

    expect(mail.subject).toBe(subject);
    expect(mail.from).toEqual([{ name: 'Phòng Kế toán', address: 'ketoan@example.vn' }]);
    expect(mail.text.trim()).toBe(body);
    expect(mail.headers.find((h) => h.name === 'subject')?.value).toBe(subject);
  });

  it('decodes encoded words in every header, also a character split across two words', async () => {
    const value = Buffer.from('Việt Nam', 'utf8');
    // "ệ" is three bytes (E1 BB 87) after "Vi"; cut after its first byte.
    const first = value.subarray(0, 3).toString('base64');
    const second = value.subarray(3).toString('base64');
    const mail = await parseMessage(
      eml([
        'From: a@example.com',
        `X-Campaign: =?UTF-8?B?${first}?=\r\n =?UTF-8?B?${second}?=`,
        'X-Latin: =?ISO-8859-1?Q?caf=E9?= au lait',
        'X-Raw-Utf8: Tiếng Việt',
        '',
        'body',
      ]),
      limits(),
    );

    const header = (name: string): string | undefined =>
      mail.headers.find((h) => h.name === name)?.value;
    expect(header('x-campaign')).toBe('Việt Nam');
    expect(header('x-latin')).toBe('café au lait');
    expect(header('x-raw-utf8')).toBe('Tiếng Việt');
  });

  it('gives both text and html for multipart/alternative', async () => {
    const mail = await parseMessage(
      eml(
        multipart(
          [
            ['Content-Type: text/plain; charset=utf-8', '', 'Plain version'],
            [
              'Content-Type: text/html; charset=utf-8',
              '',
              '<p>HTML <b>version</b> <a href="http://example.com/login">here</a></p>',
            ],
          ],
          'multipart/alternative',
        ),
      ),
      limits(),
    );

    expect(mail.text.trim()).toBe('Plain version');
    expect(mail.html).toBe(
      '<p>HTML <b>version</b> <a href="http://example.com/login">here</a></p>',
    );
    expect(mail.attachments).toEqual([]);
    expect(mail.plainTextPart).toBe(true);
  });

  it('says whether a text/plain part was sent: a plain message has one, HTML beside a file has none', async () => {
    const plain = await parseMessage(eml(['From: a@example.com', '', 'Just text']), limits());
    expect(plain.plainTextPart).toBe(true);
    const htmlAndFile = await parseMessage(
      eml(
        multipart(
          [
            ['Content-Type: text/html; charset=utf-8', '', '<p>See the file</p>'],
            [
              'Content-Type: text/plain; name="notes.txt"',
              'Content-Disposition: attachment; filename="notes.txt"',
              '',
              'an attached text file is not the body',
            ],
          ],
          'multipart/mixed',
        ),
      ),
      limits(),
    );
    expect(htmlAndFile.plainTextPart).toBe(false);
  });

  it('converts an HTML-only message to text', async () => {
    const mail = await parseMessage(
      eml([
        'From: a@example.com',
        'Content-Type: text/html; charset=utf-8',
        '',
        '<html><body><p>Click <b>now</b></p></body></html>',
      ]),
      limits(),
    );

    expect(mail.html).toContain('<b>now</b>');
    expect(mail.text).toContain('Click now');
    // The text was written from the HTML: no text/plain part was sent.
    expect(mail.plainTextPart).toBe(false);
  });

  it('hashes, measures and keeps an attachment with its declared type and decoded name', async () => {
    const content = bytes(10_000);
    const mail = await parseMessage(
      eml(
        multipart([
          ['Content-Type: text/plain', '', 'see attachment'],
          [
            'Content-Type: application/octet-stream',
            "Content-Disposition: attachment; filename*=utf-8''C%C3%B4ng%20v%C4%83n.exe",
            'Content-Transfer-Encoding: base64',
            '',
            ...base64Lines(content),
          ],
        ]),
      ),
      limits(),
    );

    expect(mail.attachments).toHaveLength(1);
    const [attachment] = mail.attachments;
    expect(attachment?.filename).toBe('Công văn.exe');
    // mailparser would report the type it guesses from ".exe"; rules need the declared one.
    expect(attachment?.contentType).toBe('application/octet-stream');
    expect(attachment?.size).toBe(content.length);
    expect(attachment?.sha256).toBe(sha256(content));
    expect(attachment?.head.equals(content.subarray(0, 4096))).toBe(true);
    expect(attachment?.content?.equals(content)).toBe(true);
    expect(mail.text.trim()).toBe('see attachment');
    expect(mail.problems).toEqual([]);
  });

  it('keeps no content for an attachment over attachmentInspectBytes, but the right size and hash', async () => {
    const content = bytes(50_000);
    const small = bytes(1000);
    const mail = await parseMessage(
      eml(
        multipart([
          attachmentPart('big.bin', content),
          attachmentPart('small.pdf', small, 'Application/PDF; x-extra=1'),
        ]),
      ),
      limits({ attachmentInspectBytes: 1000 }),
    );

    const [big, kept] = mail.attachments;
    expect(big?.content).toBeUndefined();
    expect(big?.size).toBe(content.length);
    expect(big?.sha256).toBe(sha256(content));
    expect(big?.head.equals(content.subarray(0, 4096))).toBe(true);
    // exactly at the bound: still kept
    expect(kept?.content?.equals(small)).toBe(true);
    expect(kept?.contentType).toBe('application/pdf');
    expect(kept?.head.equals(small)).toBe(true);
  });

  it('truncates text and html past ruleScanBytes and says so', async () => {
    const long = 'spam '.repeat(100);
    const mail = await parseMessage(
      eml(
        multipart(
          [
            ['Content-Type: text/plain', '', long],
            ['Content-Type: text/html', '', `<p>${long}</p>`],
          ],
          'multipart/alternative',
        ),
      ),
      limits({ ruleScanBytes: 100 }),
    );

    expect(mail.text).toHaveLength(100);
    expect(long.startsWith(mail.text)).toBe(true);
    expect(mail.html).toHaveLength(100);
    expect(mail.problems).toEqual(expect.arrayContaining(['text-truncated', 'html-truncated']));
  });

  it('never cuts a surrogate pair in half when truncating', async () => {
    const mail = await parseMessage(
      eml(['Content-Type: text/plain; charset=utf-8', '', `a${'😀'.repeat(10)}`]),
      limits({ ruleScanBytes: 4 }),
    );
    expect(mail.text).toBe('a😀');
    expect(mail.problems).toContain('text-truncated');
  });

  it('stops collecting attachments past maxMimeParts and still resolves', async () => {
    const parts = [1, 2, 3, 4, 5].map((n) => attachmentPart(`f${n}.bin`, bytes(100 * n)));
    const mail = await parseMessage(eml(multipart(parts)), limits({ maxMimeParts: 3 }));

    expect(mail.problems).toContain('too-many-parts');
    expect(mail.problems).not.toContain('parse-incomplete');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['f1.bin', 'f2.bin', 'f3.bin']);
    expect(mail.subject).toBe('parts');
  });

  it('counts text parts against maxMimeParts', async () => {
    const parts = [1, 2, 3].map((n) => ['Content-Type: text/plain', '', `part ${n}`]);
    const within = await parseMessage(eml(multipart(parts)), limits({ maxMimeParts: 3 }));
    const over = await parseMessage(eml(multipart(parts)), limits({ maxMimeParts: 2 }));

    expect(within.problems).toEqual([]);
    expect(over.problems).toContain('too-many-parts');
    expect(over.text).toContain('part 3');
  });

  it('resolves as incomplete when the parser itself gives up on the number of parts', async () => {
    const parts = Array.from({ length: 40 }, (_, n) => attachmentPart(`f${n}.bin`, bytes(10)));
    const mail = await parseMessage(eml(multipart(parts)), limits({ maxMimeParts: 3 }));

    expect(mail.problems).toEqual(expect.arrayContaining(['too-many-parts', 'parse-incomplete']));
    expect(mail.attachments.length).toBeLessThanOrEqual(3);
    expect(mail.subject).toBe('parts');
  });

  it('resolves as incomplete when the header block is over maxHeaderBytes', async () => {
    const filler = Array.from({ length: 200 }, (_, n) => `X-Filler-${n}: ${'x'.repeat(60)}`);
    const mail = await parseMessage(
      eml(['From: a@example.com', ...filler, '', 'body']),
      limits({ maxHeaderBytes: 4096 }),
    );

    expect(mail.problems).toEqual(
      expect.arrayContaining(['headers-truncated', 'parse-incomplete']),
    );
    expect(mail.headers.length).toBeLessThan(201);
  });

  it('survives broken base64 and an unknown charset', async () => {
    const mail = await parseMessage(
      eml(
        multipart([
          ['Content-Type: text/plain; charset="x-no-such-charset"', '', 'still readable'],
          [
            'Content-Type: application/pdf; name="broken.pdf"',
            'Content-Transfer-Encoding: base64',
            '',
            'JVBERi0x!!!not*base64@@@',
            '====',
            'AAEC',
          ],
        ]),
      ),
      limits(),
    );

    expect(mail.text).toContain('still readable');
    expect(mail.attachments).toHaveLength(1);
    const [attachment] = mail.attachments;
    expect(attachment?.filename).toBe('broken.pdf');
    expect(attachment?.size).toBe(attachment?.content?.length);
    expect(attachment?.sha256).toBe(sha256(attachment?.content ?? Buffer.alloc(1)));
  });

  it('survives a multipart message with no closing boundary', async () => {
    const content = bytes(300);
    const lines = multipart([
      ['Content-Type: text/plain', '', 'hello'],
      attachmentPart('cut.bin', content),
    ]);
    const mail = await parseMessage(eml(lines.slice(0, -2)), limits());

    expect(mail.text.trim()).toBe('hello');
    expect(mail.attachments[0]?.sha256).toBe(sha256(content));
  });

  it('keeps every Received header, in order, unfolded', async () => {
    const mail = await parseMessage(
      eml([
        'Received: from gw.agency.gov.vn by mx; Mon, 1 Jan 2024 10:00:02 +0700',
        'Received: from relay.example.net',
        '\tby gw.agency.gov.vn; Mon, 1 Jan 2024 10:00:01 +0700',
        'From: a@example.com',
        'Received: from origin.example.com by relay.example.net; Mon, 1 Jan 2024 10:00:00 +0700',
        'Subject: hops',
        '',
        'body',
      ]),
      limits(),
    );

    expect(mail.headers.filter((h) => h.name === 'received').map((h) => h.value)).toEqual([
      'from gw.agency.gov.vn by mx; Mon, 1 Jan 2024 10:00:02 +0700',
      'from relay.example.net by gw.agency.gov.vn; Mon, 1 Jan 2024 10:00:01 +0700',
      'from origin.example.com by relay.example.net; Mon, 1 Jan 2024 10:00:00 +0700',
    ]);
    expect(mail.headers.map((h) => h.name)).toEqual([
      'received',
      'received',
      'from',
      'received',
      'subject',
    ]);
  });

  it('keeps header fields mailparser merges or renames under their own names', async () => {
    const mail = await parseMessage(
      eml([
        'From: a@example.com',
        'X-Priority: 1 (Highest)',
        'List-Unsubscribe: <mailto:unsub@example.com>',
        '',
        'body',
      ]),
      limits(),
    );
    expect(mail.headers).toContainEqual({ name: 'x-priority', value: '1 (Highest)' });
    expect(mail.headers).toContainEqual({
      name: 'list-unsubscribe',
      value: '<mailto:unsub@example.com>',
    });
  });

  it('leaves date undefined when the Date header cannot be read, and subject empty when absent', async () => {
    const mail = await parseMessage(
      eml(['From: a@example.com', 'Date: sometime last week', '', 'body']),
      limits(),
    );
    expect(mail.date).toBeUndefined();
    expect(mail.subject).toBe('');
    expect(mail.messageId).toBeUndefined();
  });

  it('rejects with MS_ERR_PARSE when parseTimeoutMs elapses, and destroys the input', async () => {
    const input = new Readable({ read() {} });
    input.push('From: a@example.com\r\nSubject: never ends\r\n\r\nbody line\r\n');
    const result = parseMessage(input, limits({ parseTimeoutMs: 200 }));

    await expect(result).rejects.toBeInstanceOf(PermanentError);
    await expect(result).rejects.toMatchObject({ code: 'MS_ERR_PARSE' });
    expect(input.destroyed).toBe(true);
  });

  it('rejects with MS_ERR_PARSE when the signal aborts', async () => {
    const input = new Readable({ read() {} });
    input.push('From: a@example.com\r\n');
    const controller = new AbortController();
    const result = parseMessage(input, { ...limits(), signal: controller.signal });
    controller.abort(new Error('job budget spent'));

    await expect(result).rejects.toMatchObject({ code: 'MS_ERR_PARSE' });
    expect(input.destroyed).toBe(true);
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects at once when the signal is already aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    const input = eml(['From: a@example.com', '', 'body']);

    await expect(
      parseMessage(input, { ...limits(), signal: controller.signal }),
    ).rejects.toMatchObject({ code: 'MS_ERR_PARSE' });
    expect(input.destroyed).toBe(true);
  });

  it('removes its abort listener once the parse is done', async () => {
    const controller = new AbortController();
    await parseMessage(eml(['From: a@example.com', '', 'body']), {
      ...limits(),
      signal: controller.signal,
    });
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0);
  });

  it('rejects with the input error when the input stream fails', async () => {
    const failure = new Error('spool read failed');
    const input = new Readable({
      read() {
        this.destroy(failure);
      },
    });
    await expect(parseMessage(input, limits())).rejects.toBe(failure);
  });
});
