import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MailshieldError } from '../../../src/core/errors.js';
import {
  AgencyDirectory,
  loadDirectory,
  normalizeDomain,
  parseHostPort,
  type Agency,
} from '../../../src/directory/directory.js';

const SEEDS = fileURLToPath(new URL('../../../seeds/agencies.yaml', import.meta.url));

const hop = { host: '127.0.0.1', port: 2526 };
const agency = (code: string, domains: string[]): Agency => ({
  code,
  name: `Agency ${code}`,
  domains,
  nextHop: hop,
});

function configError(fn: () => unknown): MailshieldError {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(MailshieldError);
    expect((err as MailshieldError).code).toBe('MS_ERR_CONFIG');
    return err as MailshieldError;
  }
  throw new Error('expected a configuration error');
}

describe('loadDirectory: the shipped seeds', () => {
  const dir = loadDirectory(SEEDS);

  it('loads every agency with its next hop', () => {
    expect(dir.agencies.length).toBeGreaterThan(0);
    expect(dir.byAgencyCode('STC')).toMatchObject({
      code: 'STC',
      domains: ['stc.songhong.gov.vn'],
      nextHop: { host: '127.0.0.1', port: 2526 },
    });
  });

  it('loads from the relative path used by the default configuration', () => {
    expect(loadDirectory('seeds/agencies.yaml').agencies).toHaveLength(dir.agencies.length);
  });

  it('finds the agency owning a domain, whatever its case', () => {
    expect(dir.byRecipientDomain('stc.songhong.gov.vn')?.code).toBe('STC');
    expect(dir.byRecipientDomain('STC.SongHong.GOV.vn')?.code).toBe('STC');
  });

  it('finds an agency by each of its domains', () => {
    expect(dir.byRecipientDomain('sgddt.songhong.gov.vn')?.code).toBe('SGDDT');
    expect(dir.byRecipientDomain('edu.songhong.gov.vn')?.code).toBe('SGDDT');
  });

  it('does not give a sub-agency domain to its parent, nor the parent domain to a sub-agency', () => {
    expect(dir.byRecipientDomain('songhong.gov.vn')?.code).toBe('UBND');
    expect(dir.byRecipientDomain('hoanglong.songhong.gov.vn')?.code).toBe('HL');
    expect(dir.byRecipientDomain('anphu.hoanglong.songhong.gov.vn')?.code).toBe('XAP');
  });

  it('does not match an unknown subdomain of an agency domain', () => {
    expect(dir.byRecipientDomain('mail.stc.songhong.gov.vn')).toBeUndefined();
    expect(dir.byRecipientDomain('unknown.songhong.gov.vn')).toBeUndefined();
  });

  it('does not match a domain that only ends like an agency domain', () => {
    expect(dir.byRecipientDomain('evilsonghong.gov.vn')).toBeUndefined();
    expect(dir.byRecipientDomain('songhong.gov.vn.evil.example')).toBeUndefined();
    expect(dir.byRecipientDomain('gov.vn')).toBeUndefined();
  });

  it('does not match an agency domain written with a trailing dot', () => {
    expect(dir.byRecipientDomain('stc.songhong.gov.vn.')).toBeUndefined();
  });

  it('lists every agency domain once, lower-case', () => {
    const domains = dir.domains();
    expect(new Set(domains).size).toBe(domains.length);
    expect(domains).toContain('edu.songhong.gov.vn');
    for (const d of domains) expect(d).toBe(d.toLowerCase());
  });

  it('answers undefined for an unknown agency code', () => {
    expect(dir.byAgencyCode('NOPE')).toBeUndefined();
  });
});

describe('AgencyDirectory: refused directories', () => {
  it('refuses a domain shared by two agencies, naming both', () => {
    const err = configError(
      () => new AgencyDirectory([agency('A', ['a.gov.vn']), agency('B', ['b.gov.vn', 'a.gov.vn'])]),
    );
    expect(err.message).toContain('a.gov.vn');
    expect(err.message).toContain('A');
    expect(err.message).toContain('B');
  });

  it('refuses a domain shared by two agencies when only the case differs', () => {
    configError(() => new AgencyDirectory([agency('A', ['a.gov.vn']), agency('B', ['A.GOV.VN'])]));
  });

  it('refuses a domain shared as IDN and as punycode', () => {
    configError(
      () => new AgencyDirectory([agency('A', ['bücher.vn']), agency('B', ['xn--bcher-kva.vn'])]),
    );
  });

  it('refuses an agency code used twice', () => {
    const err = configError(
      () => new AgencyDirectory([agency('A', ['a.gov.vn']), agency('A', ['b.gov.vn'])]),
    );
    expect(err.message).toContain('A');
  });

  it('refuses an invalid agency domain, naming it', () => {
    const err = configError(() => new AgencyDirectory([agency('A', ['a.gov.vn.'])]));
    expect(err.message).toContain('a.gov.vn.');
  });
});

describe('loadDirectory: refused files', () => {
  let dir: string;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'ms-directory-'));
  });

  afterEach(() => {
    rmSync(dir, { recursive: true, force: true });
  });

  function write(yaml: string): string {
    const file = join(dir, 'agencies.yaml');
    writeFileSync(file, yaml);
    return file;
  }

  const one = (nextHop: string): string =>
    `agencies:\n  - code: A\n    name: Agency A\n    domains: [a.gov.vn]\n    nextHop: '${nextHop}'\n`;

  it('loads a valid file with an IDN domain, looked up in either form', () => {
    const file = write(
      'agencies:\n  - code: A\n    name: Agency A\n    domains: [Sông-Hồng.vn]\n    nextHop: mail.a.vn:25\n',
    );
    const d = loadDirectory(file);
    expect(d.byRecipientDomain('sông-hồng.vn')?.code).toBe('A');
    expect(d.byRecipientDomain(normalizeDomain('SÔNG-HỒNG.vn')!)?.code).toBe('A');
    expect(d.byAgencyCode('A')?.nextHop).toEqual({ host: 'mail.a.vn', port: 25 });
  });

  it('refuses the same domain in two agencies', () => {
    const file = write(
      'agencies:\n' +
        '  - { code: A, name: A, domains: [a.gov.vn], nextHop: "h:25" }\n' +
        '  - { code: B, name: B, domains: [a.gov.vn], nextHop: "h:25" }\n',
    );
    expect(configError(() => loadDirectory(file)).message).toContain('a.gov.vn');
  });

  it('refuses the same code in two agencies', () => {
    const file = write(
      'agencies:\n' +
        '  - { code: A, name: A, domains: [a.gov.vn], nextHop: "h:25" }\n' +
        '  - { code: A, name: B, domains: [b.gov.vn], nextHop: "h:25" }\n',
    );
    configError(() => loadDirectory(file));
  });

  for (const bad of [
    'mail.a.vn',
    'mail.a.vn:',
    'mail a.vn:25',
    ':25',
    'mail.a.vn:smtp',
    'mail.a.vn:123456',
  ]) {
    it(`refuses the next hop "${bad}", naming the field`, () => {
      const file = write(one(bad));
      const err = configError(() => loadDirectory(file));
      expect(err.message).toContain('nextHop');
      expect(err.message).toContain(file);
    });
  }

  // Regression (found by these tests, fixed): the nextHop pattern (src/directory/directory.ts:12) accepts any 1 to 5 digits,
  // so a port above 65535 loads and every delivery to that agency fails at run time
  // (retried for days, then bounced). The same gap exists for deliver.dsnRelay in
  // src/config/schema.ts:4.
  it('refuses a next hop port above 65535', () => {
    configError(() => loadDirectory(write(one('mail.a.vn:70000'))));
  });

  it('refuses an unknown key in an agency', () => {
    const file = write(
      'agencies:\n  - { code: A, name: A, domains: [a.gov.vn], nextHop: "h:25", relay: true }\n',
    );
    expect(configError(() => loadDirectory(file)).message).toContain('relay');
  });

  it('refuses an agency without domains', () => {
    const file = write('agencies:\n  - { code: A, name: A, domains: [], nextHop: "h:25" }\n');
    expect(configError(() => loadDirectory(file)).message).toContain('domains');
  });

  it('refuses an empty directory', () => {
    configError(() => loadDirectory(write('agencies: []\n')));
  });

  it('refuses a file that does not exist, naming it', () => {
    const missing = join(dir, 'missing.yaml');
    expect(configError(() => loadDirectory(missing)).message).toContain(missing);
  });

  it('refuses a file that is not YAML', () => {
    configError(() => loadDirectory(write('agencies: [\n  - {code: A\n')));
  });
});

describe('normalizeDomain', () => {
  it('lower-cases an ASCII domain', () => {
    expect(normalizeDomain('STC.SongHong.Gov.VN')).toBe('stc.songhong.gov.vn');
  });

  it('turns an IDN domain into lower-case punycode', () => {
    expect(normalizeDomain('Bücher.example')).toBe('xn--bcher-kva.example');
    expect(normalizeDomain('xn--bcher-kva.example')).toBe('xn--bcher-kva.example');
  });

  it('gives the same key for composed and decomposed Vietnamese', () => {
    const composed = 'sông-hồng.vn';
    expect(normalizeDomain(composed.normalize('NFD'))).toBe(normalizeDomain(composed));
  });

  it('accepts a 63-character label', () => {
    const label = 'a'.repeat(63);
    expect(normalizeDomain(`${label}.vn`)).toBe(`${label}.vn`);
  });

  const refused: Record<string, string> = {
    'a trailing dot': 'stc.songhong.gov.vn.',
    'a lone dot': '.',
    'an empty string': '',
    'an empty label in the middle': 'stc..songhong.gov.vn',
    'a leading empty label': '.songhong.gov.vn',
    'an IPv4 address literal': '[127.0.0.1]',
    'an IPv6 address literal': '[IPv6:::1]',
    'a 64-character label': `${'a'.repeat(64)}.vn`,
    'a name over 253 characters': `${Array.from({ length: 5 }, () => 'a'.repeat(50)).join('.')}.vn`,
    'a single label': 'localhost',
    'a label starting with a hyphen': '-stc.songhong.gov.vn',
    'a label ending with a hyphen': 'stc-.songhong.gov.vn',
    'an underscore': 'st_c.songhong.gov.vn',
    'a space': 'stc songhong.gov.vn',
    'an @': 'user@stc.songhong.gov.vn',
    'a port': 'stc.songhong.gov.vn:25',
  };

  for (const [name, domain] of Object.entries(refused)) {
    it(`refuses ${name}`, () => {
      expect(normalizeDomain(domain)).toBeUndefined();
    });
  }

  // Regression (found by these tests, fixed): src/directory/directory.ts:78 relies on url.domainToASCII, which parses WHATWG
  // URL hosts: dotted-quad and hex IPv4 forms pass ("0x7f.1" even becomes "127.0.0.1"),
  // although the doc comment says only plain DNS names are accepted.
  it('refuses a bare IPv4 address and its hex form', () => {
    expect(normalizeDomain('127.0.0.1')).toBeUndefined();
    expect(normalizeDomain('0x7f.1')).toBeUndefined();
  });

  // Regression (found by these tests, fixed): same cause: domainToASCII percent-decodes and silently drops tab, CR and LF, so
  // "stc%2esonghong.gov.vn" and "stc.song\thong.gov.vn" both become "stc.songhong.gov.vn".
  it('refuses percent-encoding and control characters instead of decoding or dropping them', () => {
    expect(normalizeDomain('stc%2esonghong.gov.vn')).toBeUndefined();
    expect(normalizeDomain('stc.song\thong.gov.vn')).toBeUndefined();
  });
});

describe('parseHostPort', () => {
  it('splits host and port at the last colon', () => {
    expect(parseHostPort('mail.a.vn:2525')).toEqual({ host: 'mail.a.vn', port: 2525 });
  });
});
