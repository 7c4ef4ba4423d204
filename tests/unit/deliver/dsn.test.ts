import { simpleParser } from 'mailparser';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDsn, statusFromReply, type DsnInput } from '../../../src/deliver/dsn.js';

describe('statusFromReply', () => {
  it('takes the enhanced status code from the reply', () => {
    expect(statusFromReply('550 5.1.1 <a@x.vn>: user unknown', 550)).toBe('5.1.1');
    expect(statusFromReply('452 4.2.2 mailbox full', 452)).toBe('4.2.2');
    expect(statusFromReply('554 5.7.1 Service unavailable', 554)).toBe('5.7.1');
  });

  it('accepts multi-digit subject and detail numbers', () => {
    expect(statusFromReply('550 5.7.509 Access denied', 550)).toBe('5.7.509');
  });

  it('answers 5.0.0 for a 5xx reply without an enhanced code', () => {
    expect(statusFromReply('550 no such user', 550)).toBe('5.0.0');
  });

  it('answers 4.0.0 for a 4xx reply without an enhanced code', () => {
    expect(statusFromReply('451 try again later', 451)).toBe('4.0.0');
  });

  it('answers 4.0.0 when there is no reply code (connection error, timeout)', () => {
    expect(statusFromReply('connect ECONNREFUSED 10.0.0.1:25', undefined)).toBe('4.0.0');
  });

  // Regression (found by these tests, fixed): src/deliver/dsn.ts:27 searches the whole reply for [245].d.d, so the dotted-quad
  // of an IP address in a reply without an enhanced code is taken as the status: here
  // "2.1.5" from 10.2.1.5, a success class in a DSN that says "Action: failed". The code
  // should be read only right after the reply code (RFC 2034 §4) and its class checked.
  it('does not take a status from an IP address in the reply text', () => {
    const status = statusFromReply('554 Client host 10.2.1.5 blocked', 554);
    expect(status).toBe('5.0.0');
  });
});

const input: DsnInput = {
  reportingMta: 'mx.songhong.gov.vn',
  postmaster: 'postmaster@songhong.gov.vn',
  originalSender: 'sender@example.com',
  originalId: '01hq3v0000abcdefghjkmn',
  arrivalDate: new Date(Date.UTC(2024, 2, 5, 7, 4, 9)),
  remoteMta: '10.0.0.5:25',
  failed: [
    {
      recipient: 'van.a@stc.songhong.gov.vn',
      status: '5.1.1',
      diagnostic: '550 5.1.1 user unknown',
    },
    {
      recipient: 'thi.b@syt.songhong.gov.vn',
      status: '4.4.7',
      diagnostic: '451 4.4.7 timed out\r\n  on second line',
    },
  ],
  originalHeaders:
    'From: Sender <sender@example.com>\nTo: van.a@stc.songhong.gov.vn\nSubject: Report Q1\nMessage-ID: <orig-1@example.com>\n\n',
  now: new Date(Date.UTC(2024, 2, 10, 8, 0, 0)),
};

/** Part bodies of a multipart message, split on its boundary. */
function mimeParts(dsn: string): { headers: string; body: string }[] {
  const boundary = /boundary="([^"]+)"/.exec(dsn)?.[1];
  expect(boundary).toBeDefined();
  const pieces = dsn.split(`\r\n--${boundary!}`);
  // pieces[0] is the preamble with the top header; the last one is "--\r\n".
  expect(pieces.at(-1)).toBe('--\r\n');
  return pieces.slice(1, -1).map((p) => {
    const text = p.replace(/^\r\n/, '');
    const i = text.indexOf('\r\n\r\n');
    return { headers: text.slice(0, i), body: text.slice(i + 4) };
  });
}

describe('buildDsn', () => {
  let dsn = '';
  beforeAll(async () => {
    dsn = await buildDsn(input);
  });

  it('uses CRLF line endings throughout, with no bare CR or LF', () => {
    expect(dsn).not.toMatch(/(?<!\r)\n/);
    expect(dsn).not.toMatch(/\r(?!\n)/);
    expect(dsn.endsWith('\r\n')).toBe(true);
  });

  it('is a multipart/report of report-type delivery-status from the postmaster to the sender', () => {
    const top = dsn.slice(0, dsn.indexOf('\r\n\r\n'));
    expect(top).toMatch(/^Content-Type: multipart\/report; report-type=delivery-status;/m);
    expect(top).toContain('From: Mail Delivery System <postmaster@songhong.gov.vn>');
    expect(top).toMatch(/^To: <?sender@example\.com>?\r?$/m);
    expect(top).toContain('Auto-Submitted: auto-replied');
    expect(top).toContain('MIME-Version: 1.0');
    expect(top).toContain('Date: Sun, 10 Mar 2024 08:00:00 +0000');
  });

  it('has three parts: text, message/delivery-status and text/rfc822-headers, in that order', () => {
    const parts = mimeParts(dsn);
    expect(parts.map((p) => /^Content-Type: ([^;\r]+)/m.exec(p.headers)?.[1])).toEqual([
      'text/plain',
      'message/delivery-status',
      'text/rfc822-headers',
    ]);
  });

  it('lists every failed recipient with its diagnostic in the text part, in both languages', async () => {
    // The text part is quoted-printable (Vietnamese): read as a mail program decodes it.
    const decoded = (await simpleParser(Buffer.from(dsn, 'utf8'))).text ?? '';
    const text = decoded.slice(0, decoded.indexOf('Reporting-MTA:'));
    expect(text).toContain('Thư của bạn không thể chuyển tới');
    expect(text).toContain('Your message could not be delivered');
    expect(text.split('<van.a@stc.songhong.gov.vn>: 550 5.1.1 user unknown')).toHaveLength(3);
    expect(text).toContain('<thi.b@syt.songhong.gov.vn>: 451 4.4.7 timed out');
  });

  it('reports per-message and per-recipient fields in the delivery-status part', () => {
    const status = mimeParts(dsn)[1]!.body;
    const [perMessage, ...perRecipient] = status.replace(/\r\n$/, '').split('\r\n\r\n');
    expect(perMessage).toContain('Reporting-MTA: dns; mx.songhong.gov.vn');
    expect(perMessage).toContain('Arrival-Date: Tue, 5 Mar 2024 07:04:09 +0000');
    expect(perRecipient).toHaveLength(2);
    expect(perRecipient[0]).toContain('Final-Recipient: rfc822; van.a@stc.songhong.gov.vn');
    expect(perRecipient[0]).toContain('Action: failed');
    expect(perRecipient[0]).toContain('Status: 5.1.1');
    expect(perRecipient[0]).toContain('Remote-MTA: dns; 10.0.0.5:25');
    expect(perRecipient[0]).toContain('Diagnostic-Code: smtp; 550 5.1.1 user unknown');
    expect(perRecipient[1]).toContain('Final-Recipient: rfc822; thi.b@syt.songhong.gov.vn');
    expect(perRecipient[1]).toContain('Status: 4.4.7');
  });

  it('puts a multi-line diagnostic on one line so it cannot inject fields', () => {
    const status = mimeParts(dsn)[1]!.body;
    expect(status).toContain('Diagnostic-Code: smtp; 451 4.4.7 timed out   on second line\r\n');
  });

  it('bounds a very long diagnostic', async () => {
    const long = await buildDsn({
      ...input,
      failed: [{ recipient: 'a@x.vn', status: '5.0.0', diagnostic: `550 ${'x'.repeat(5000)}` }],
    });
    const line = /^Diagnostic-Code: .*$/m.exec(long)?.[0] ?? '';
    expect(line.length).toBeLessThan(600);
  });

  it('carries the original header section, with CRLF and without its empty line', () => {
    const headers = mimeParts(dsn)[2]!.body;
    expect(headers).toBe(
      'From: Sender <sender@example.com>\r\n' +
        'To: van.a@stc.songhong.gov.vn\r\n' +
        'Subject: Report Q1\r\n' +
        'Message-ID: <orig-1@example.com>\r\n',
    );
  });

  it('uses a different boundary and Message-ID each time', async () => {
    const other = await buildDsn(input);
    const b = (s: string) => /boundary="([^"]+)"/.exec(s)?.[1];
    const mid = (s: string) => /^Message-ID: (.*)$/m.exec(s)?.[1];
    expect(b(other)).not.toBe(b(dsn));
    expect(mid(other)).not.toBe(mid(dsn));
  });

  it('parses as valid MIME with three parts and a decoded subject', async () => {
    const mail = await simpleParser(Buffer.from(dsn, 'utf8'));
    expect(mail.subject).toBe('Thư không chuyển được / Undelivered Mail Returned to Sender');
    expect(mail.headers.get('content-type')).toMatchObject({
      value: 'multipart/report',
      params: { 'report-type': 'delivery-status' },
    });
    // mailparser shows text/plain and message/delivery-status as the message text (in that
    // order) and the text/rfc822-headers part as the one attachment.
    const text = mail.text ?? '';
    expect(text).toContain('Thư của bạn không thể chuyển tới');
    expect(text).toContain('Action: failed');
    expect(text.indexOf('Your message could not be delivered')).toBeLessThan(
      text.indexOf('Reporting-MTA: dns; mx.songhong.gov.vn'),
    );
    expect(mail.attachments).toHaveLength(1);
    expect(mail.attachments[0]?.contentType).toBe('text/rfc822-headers');
    expect(mail.attachments[0]?.content.toString('utf8')).toContain('Subject: Report Q1\r\n');
  });
});
