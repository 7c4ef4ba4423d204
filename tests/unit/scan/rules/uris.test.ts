import { describe, expect, it } from 'vitest';
import { trimTrailing } from '../../../../src/scan/rules/trim-trailing.js';
import { MAX_URIS, urlHost, urlsInText } from '../../../../src/scan/rules/uris.js';

describe('urlsInText', () => {
  it('finds http(s) and www. URLs, leaving sentence punctuation out', () => {
    const found = new Set<string>();
    urlsInText(
      'Xem tại https://a.example/x?y=1. Hoặc (www.b.example/path), hay http://c.example!',
      found,
      10,
    );
    expect([...found]).toEqual([
      'https://a.example/x?y=1',
      'www.b.example/path',
      'http://c.example',
    ]);
  });

  it(`stops at the bound it is given (${MAX_URIS} in the engine)`, () => {
    const found = new Set<string>();
    urlsInText(Array.from({ length: 50 }, (_, i) => `http://h${i}.example/`).join(' '), found, 20);
    expect(found.size).toBe(20);
  });

  it('trims a hostile run of trailing punctuation', () => {
    const found = new Set<string>();
    urlsInText(`http://x.example/${')'.repeat(200_000)}`, found, 10);
    expect([...found]).toEqual(['http://x.example/']);
  });
});

describe('urlHost', () => {
  it('gives the lower-case host, punycode for IDN, no port, no userinfo', () => {
    expect(urlHost('HTTPS://User@Evil.Example.:8443/x')).toBe('evil.example');
    expect(urlHost('www.Example.com/a')).toBe('www.example.com');
    expect(urlHost('http://bücher.example/')).toBe('xn--bcher-kva.example');
    expect(urlHost('mailto:a@b.example')).toBeUndefined();
    expect(urlHost('/relative/path')).toBeUndefined();
  });
});

describe('trimTrailing', () => {
  it('removes only the given trailing characters', () => {
    expect(trimTrailing('setup.exe. . ', '. ')).toBe('setup.exe');
    expect(trimTrailing('a.b', '.')).toBe('a.b');
    expect(trimTrailing('...', '.')).toBe('');
  });
});
