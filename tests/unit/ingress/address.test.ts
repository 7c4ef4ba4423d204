import { describe, expect, it } from 'vitest';
import { isAcceptableSender, parseRecipient } from '../../../src/ingress/address.js';

describe('parseRecipient: accepted forward paths', () => {
  it('accepts a plain address', () => {
    expect(parseRecipient('van.a@stc.songhong.gov.vn')).toEqual({
      local: 'van.a',
      domain: 'stc.songhong.gov.vn',
      address: 'van.a@stc.songhong.gov.vn',
    });
  });

  it('lower-cases the domain but keeps the case of the local part', () => {
    expect(parseRecipient('Nguyen.VanA@STC.SongHong.GOV.VN')).toEqual({
      local: 'Nguyen.VanA',
      domain: 'stc.songhong.gov.vn',
      address: 'Nguyen.VanA@stc.songhong.gov.vn',
    });
  });

  it('turns an IDN domain into punycode', () => {
    const r = parseRecipient('user@Sông-Hồng.vn');
    expect(r?.domain).toMatch(/^xn--[a-z0-9-]+\.vn$/);
    expect(r?.address).toBe(`user@${r?.domain}`);
    expect(parseRecipient('user@bücher.example')?.domain).toBe('xn--bcher-kva.example');
  });

  it('accepts the dot-atom specials other than % and !', () => {
    const local = "a#b$c&d'e*f+g/h=i?j^k_l`m{n|o}p~q-r";
    expect(parseRecipient(`${local}@example.com`)?.local).toBe(local);
  });

  it('accepts a local part of exactly 64 characters', () => {
    const local = 'a'.repeat(64);
    expect(parseRecipient(`${local}@example.com`)?.local).toBe(local);
  });
});

describe('parseRecipient: refused forward paths', () => {
  const refused: Record<string, string> = {
    'the percent hack': 'user%other.example@stc.songhong.gov.vn',
    'a bang path': 'other.example!user@stc.songhong.gov.vn',
    'a source route': '@a.example,@b.example:user@stc.songhong.gov.vn',
    'a quoted local part': '"user"@stc.songhong.gov.vn',
    'a quoted local part hiding an @': '"user@evil.example"@stc.songhong.gov.vn',
    'two @ signs': 'user@evil.example@stc.songhong.gov.vn',
    'a domain with a trailing dot': 'user@stc.songhong.gov.vn.',
    'an address literal': 'user@[127.0.0.1]',
    'an IPv6 address literal': 'user@[IPv6:::1]',
    'an empty local part': '@stc.songhong.gov.vn',
    'an empty domain': 'user@',
    'a path without @': 'user',
    'the empty string': '',
    'a 65-character local part': `${'a'.repeat(65)}@stc.songhong.gov.vn`,
    'a space in the local part': 'us er@stc.songhong.gov.vn',
    'a space in the domain': 'user@stc.song hong.gov.vn',
    'a leading space': ' user@stc.songhong.gov.vn',
    'a NUL in the local part': 'us\u0000er@stc.songhong.gov.vn',
    'CR LF in the local part': 'user\r\nRCPT TO:<x@y>@stc.songhong.gov.vn',
    'a DEL in the local part': 'us\u007fer@stc.songhong.gov.vn',
    'a leading dot in the local part': '.user@stc.songhong.gov.vn',
    'two dots in a row in the local part': 'us..er@stc.songhong.gov.vn',
    'a trailing dot in the local part': 'user.@stc.songhong.gov.vn',
    'an empty domain label': 'user@stc..songhong.gov.vn',
    'a single-label domain': 'user@localhost',
    'angle brackets': '<user@stc.songhong.gov.vn>',
    // 255 characters in all with a domain of 250, itself within the 253 limit.
    'a path over 254 characters': `user@${'a'.repeat(61)}.${'b'.repeat(61)}.${'c'.repeat(61)}.${'d'.repeat(61)}.vn`,
  };

  for (const [name, address] of Object.entries(refused)) {
    it(`refuses ${name}`, () => {
      expect(parseRecipient(address)).toBeUndefined();
    });
  }

  it('refuses control characters in the local part whatever their position', () => {
    for (const c of ['\t', '\r', '\n', '\u0000', '\u001b']) {
      expect(parseRecipient(`us${c}er@stc.songhong.gov.vn`), JSON.stringify(c)).toBeUndefined();
    }
  });

  // Regression (found by these tests, fixed): normalizeDomain (src/directory/directory.ts:78) hands the domain to
  // url.domainToASCII, which runs WHATWG URL host parsing: it silently strips ASCII tab,
  // CR and LF, so "stc.song\thong.gov.vn" is accepted as "stc.songhong.gov.vn". The doc
  // comment of parseRecipient promises control characters and whitespace are refused.
  it('refuses a tab, CR or LF inside the domain instead of stripping it', () => {
    for (const c of ['\t', '\r', '\n']) {
      expect(parseRecipient(`user@stc.song${c}hong.gov.vn`), JSON.stringify(c)).toBeUndefined();
    }
  });

  // Regression (found by these tests, fixed): same cause (src/directory/directory.ts:78): domainToASCII percent-decodes the
  // host, so "stc%2esonghong.gov.vn" is accepted and rewritten to "stc.songhong.gov.vn".
  // A strict forward-path parser should refuse % in the domain, not decode it.
  it('refuses a percent-encoded domain instead of decoding it', () => {
    expect(parseRecipient('user@stc%2esonghong.gov.vn')).toBeUndefined();
  });
});

describe('isAcceptableSender', () => {
  it('accepts the null sender', () => {
    expect(isAcceptableSender('')).toBe(true);
  });

  it('accepts a normal address', () => {
    expect(isAcceptableSender('someone@example.com')).toBe(true);
  });

  it('accepts a sender more loosely than a recipient (percent in the local part)', () => {
    expect(isAcceptableSender('bounce+tag%x@lists.example.com')).toBe(true);
  });

  const refused: Record<string, string> = {
    'a space': 'some one@example.com',
    'a tab': 'someone@example.com\t',
    'CR LF': 'someone@example.com\r\nBcc: x@y',
    'a NUL': 'some\u0000one@example.com',
    'a DEL': 'some\u007fone@example.com',
    'an opening angle bracket': 'some<one@example.com',
    'a closing angle bracket': 'someone@example.com>',
    'no @': 'someone',
    'more than 254 characters': `${'a'.repeat(250)}@x.vn`,
  };

  for (const [name, address] of Object.entries(refused)) {
    it(`refuses a sender with ${name}`, () => {
      expect(isAcceptableSender(address)).toBe(false);
    });
  }
});
