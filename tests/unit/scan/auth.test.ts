import { Readable } from 'node:stream';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DNSResolver } from 'mailauth';
import { createLogger } from '../../../src/core/logger.js';
import { defaultLimits } from '../../../src/core/limits.js';
import { loadRules } from '../../../src/scan/rules/index.js';
import { AuthScanner, offlineResolver } from '../../../src/scan/scanners/auth.js';
import type { ScanContext } from '../../../src/scan/types.js';
import { makeInput } from './rules/make-input.js';

const ROOT = join(import.meta.dirname, '../../..');
const rules = loadRules(join(ROOT, 'rules'), {
  lists: { agency_domains: ['songhong.gov.vn', 'stc.songhong.gov.vn'] },
  scanChars: defaultLimits.ruleScanBytes,
});

const RAW = [
  'From: Van phong UBND <vanphong@songhong.gov.vn>',
  'To: ketoan@stc.songhong.gov.vn',
  'Subject: Thong bao',
  'Date: Mon, 2 Mar 2026 08:00:00 +0700',
  'Message-ID: <a1@songhong.gov.vn>',
  '',
  'Noi dung.',
  '',
].join('\r\n');

/** A DNS that knows only the agency's SPF and DMARC records. */
function fakeDns(records: Record<string, string>): DNSResolver {
  return (domain, rrtype) => {
    const txt = records[`${rrtype} ${domain.toLowerCase()}`];
    if (txt !== undefined) return Promise.resolve([[txt]]);
    return Promise.reject(
      Object.assign(new Error(`no ${rrtype} for ${domain}`), { code: 'ENOTFOUND' }),
    );
  };
}

async function authenticate(resolver: DNSResolver, timeoutMs = 1000): Promise<ScanContext> {
  const mail = makeInput({
    from: [{ name: 'Van phong UBND', address: 'vanphong@songhong.gov.vn' }],
  }).mail;
  const ctx: ScanContext = {
    id: 't',
    envelope: {
      mailFrom: 'vanphong@songhong.gov.vn',
      rcptTo: ['ketoan@stc.songhong.gov.vn'],
      clientAddress: '192.0.2.10',
      helo: 'mail.attacker.example',
      receivedAt: new Date(0).toISOString(),
      tls: false,
    },
    raw: () => Readable.from([Buffer.from(RAW)]),
    size: RAW.length,
    mail,
    log: createLogger('silent'),
    signal: new AbortController().signal,
  };
  const result = await new AuthScanner({ timeoutMs, resolver, mta: 'mx.test' }).scan(ctx);
  expect(result).toEqual({ status: 'pass', hits: [] });
  return ctx;
}

function ruleIds(ctx: ScanContext): string[] {
  return rules
    .evaluate({ mail: ctx.mail, envelope: ctx.envelope, auth: ctx.auth })
    .map((h) => h.rule);
}

describe('AuthScanner and auth rules', () => {
  it('flags agency mail sent from a server the agency does not allow (SPF and DMARC fail)', async () => {
    const ctx = await authenticate(
      fakeDns({
        'TXT songhong.gov.vn': 'v=spf1 ip4:203.0.113.5 -all',
        'TXT _dmarc.songhong.gov.vn': 'v=DMARC1; p=reject',
      }),
    );
    expect(ctx.auth).toMatchObject({ spf: 'fail', dmarc: 'fail' });
    expect(ruleIds(ctx)).toEqual(
      expect.arrayContaining(['AUTH_SPF_FAIL', 'AUTH_DMARC_FAIL', 'AGENCY_FROM_FORGED']),
    );
    const hits = rules.evaluate({ mail: ctx.mail, envelope: ctx.envelope, auth: ctx.auth });
    expect(hits.find((h) => h.rule === 'AGENCY_FROM_FORGED')?.category).toBe('phishing');
  });

  it('scores a softfail lightly and nothing for a pass', async () => {
    const soft = await authenticate(fakeDns({ 'TXT songhong.gov.vn': 'v=spf1 ~all' }));
    expect(soft.auth?.spf).toBe('softfail');
    expect(ruleIds(soft)).toEqual(['AUTH_SPF_SOFTFAIL']);
    const pass = await authenticate(
      fakeDns({
        'TXT songhong.gov.vn': 'v=spf1 ip4:192.0.2.10 -all',
        'TXT _dmarc.songhong.gov.vn': 'v=DMARC1; p=reject',
      }),
    );
    expect(pass.auth).toMatchObject({ spf: 'pass', dmarc: 'pass' });
    expect(ruleIds(pass)).toEqual([]);
  });

  it('is neutral offline: every lookup failing gives temperror and no hit', async () => {
    const ctx = await authenticate(offlineResolver);
    expect(ctx.auth?.spf).toBe('temperror');
    expect(ctx.auth?.dmarc).not.toBe('fail');
    expect(ruleIds(ctx)).toEqual([]);
  });

  it('is neutral when DNS hangs past the lookup timeout', async () => {
    const hanging: DNSResolver = () => new Promise(() => undefined);
    const ctx = await authenticate(hanging, 50);
    expect(ctx.auth?.spf).toBe('temperror');
    expect(ruleIds(ctx)).toEqual([]);
  });
});
