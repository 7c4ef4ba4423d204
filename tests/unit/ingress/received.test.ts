import { describe, expect, it } from 'vitest';
import { receivedHeader, rfc5322Date, type ReceivedInfo } from '../../../src/ingress/received.js';

const DATE = new Date(Date.UTC(2024, 2, 5, 7, 4, 9)); // Tuesday 5 March 2024, 07:04:09 UTC

function info(partial: Partial<ReceivedInfo> = {}): ReceivedInfo {
  return {
    helo: 'mail.example.com',
    clientAddress: '192.0.2.10',
    clientHostname: undefined,
    hostname: 'mx.songhong.gov.vn',
    id: '01hq3v0000abcdefghjkmn',
    tls: false,
    recipient: undefined,
    date: DATE,
    ...partial,
  };
}

const text = (i: ReceivedInfo): string => receivedHeader(i).toString('utf8');

describe('receivedHeader', () => {
  it('builds a folded Received: field, CRLF line endings and tab continuations', () => {
    expect(text(info())).toBe(
      'Received: from mail.example.com ([192.0.2.10])\r\n' +
        '\tby mx.songhong.gov.vn (mailshield) with ESMTP id 01hq3v0000abcdefghjkmn;\r\n' +
        '\tTue, 5 Mar 2024 07:04:09 +0000\r\n',
    );
  });

  it('has no bare CR or LF and starts every continuation line with a tab', () => {
    const lines = text(info({ recipient: 'a@stc.songhong.gov.vn', tls: true })).split('\r\n');
    expect(lines.pop()).toBe('');
    expect(lines[0]).toMatch(/^Received: /);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\t\S/);
    for (const line of lines) expect(line).not.toMatch(/[\r\n]/);
  });

  it('names the single recipient in a for clause', () => {
    const t = text(info({ recipient: 'van.a@stc.songhong.gov.vn' }));
    expect(t).toContain('\r\n\tfor <van.a@stc.songhong.gov.vn>;\r\n');
  });

  it('has no for clause when no single recipient is given', () => {
    expect(text(info({ recipient: undefined }))).not.toContain('for <');
  });

  it('says ESMTPS when the session used TLS and ESMTP otherwise', () => {
    expect(text(info({ tls: true }))).toContain(' with ESMTPS id ');
    expect(text(info({ tls: false }))).toContain(' with ESMTP id ');
  });

  it('shows the client host name beside its address when known', () => {
    expect(text(info({ clientHostname: 'mail.example.com' }))).toContain(
      'from mail.example.com (mail.example.com [192.0.2.10])',
    );
  });

  it('shows only the address when the host name is the address itself', () => {
    expect(text(info({ clientHostname: '192.0.2.10' }))).toContain(
      'from mail.example.com ([192.0.2.10])',
    );
  });

  it('says "unknown" for an empty HELO', () => {
    expect(text(info({ helo: '' }))).toMatch(/^Received: from unknown \(/);
  });

  it('strips control characters from a hostile HELO so it cannot add header lines', () => {
    const t = text(info({ helo: 'evil\r\nX-Mailshield-Verdict: clean\r\n\tx\u0000y' }));
    expect(t.split('\r\n')).toHaveLength(4);
    expect(t).not.toMatch(/\r\nX-Mailshield-Verdict/);
    expect(t).toMatch(/^Received: from evilX-Mailshield-Verdict:cleanxy \(/);
  });

  it('strips non-ASCII characters and spaces from the HELO', () => {
    const t = text(info({ helo: 'máy chủ.example' }));
    expect(t).toMatch(/^Received: from mych\.example \(/);
    expect(receivedHeader(info({ helo: 'máy chủ.example' })).every((b) => b < 0x80)).toBe(true);
  });

  it('says "unknown" for a HELO made only of characters that are stripped', () => {
    expect(text(info({ helo: ' \t\r\n\u00e9' }))).toMatch(/^Received: from unknown \(/);
  });

  it('bounds a 1000-character HELO to 255 characters', () => {
    const t = text(info({ helo: 'a'.repeat(1000) }));
    const first = t.split('\r\n')[0]!;
    expect(first).toBe(`Received: from ${'a'.repeat(255)} ([192.0.2.10])`);
  });

  it('cleans a hostile recipient and client host name the same way', () => {
    const t = text(
      info({ recipient: 'a@b\r\nBcc: x@y', clientHostname: 'h\r\nX-Evil: 1', tls: true }),
    );
    expect(t.split('\r\n')).toHaveLength(5);
    expect(t).toContain('for <a@bBcc:x@y>;');
    expect(t).toContain('(hX-Evil:1 [192.0.2.10])');
  });
});

describe('rfc5322Date', () => {
  it('formats a fixed date in UTC with a +0000 zone', () => {
    expect(rfc5322Date(DATE)).toBe('Tue, 5 Mar 2024 07:04:09 +0000');
  });

  it('pads hours, minutes and seconds but not the day of the month', () => {
    expect(rfc5322Date(new Date(Date.UTC(2025, 0, 1, 0, 0, 0)))).toBe(
      'Wed, 1 Jan 2025 00:00:00 +0000',
    );
    expect(rfc5322Date(new Date(Date.UTC(2023, 11, 31, 23, 59, 59)))).toBe(
      'Sun, 31 Dec 2023 23:59:59 +0000',
    );
  });

  it('matches the RFC 5322 date-time grammar', () => {
    expect(rfc5322Date(new Date(Date.UTC(2024, 1, 29, 12, 30, 5)))).toMatch(
      /^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} \+0000$/,
    );
  });
});
