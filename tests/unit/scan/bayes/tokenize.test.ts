import { describe, expect, it } from 'vitest';
import { MAX_TOKENS, tokenize } from '../../../../src/scan/bayes/tokenize.js';
import { makeInput } from '../rules/make-input.js';

const tokensOf = (text: string, extra: Parameters<typeof makeInput>[0] = {}): string[] =>
  tokenize(makeInput({ text, ...extra }).mail);

describe('Bayes tokenizer', () => {
  it('emits each Vietnamese syllable accented and folded, and folded syllable pairs', () => {
    const tokens = tokensOf('Trúng thưởng lớn');
    expect(tokens).toEqual(
      expect.arrayContaining([
        'trúng',
        '~trung',
        'thưởng',
        '~thuong',
        'trung thuong',
        'thuong lon',
      ]),
    );
  });

  it('gives text without diacritics the same folded tokens as accented text', () => {
    const accented = new Set(tokensOf('giải ngân trong ngày'));
    const plain = tokensOf('giai ngan trong ngay');
    // Unaccented words are their own folded form; their pairs are shared.
    expect(plain.filter((t) => t.includes(' ')).every((t) => accented.has(t))).toBe(true);
    expect(accented.has('giai ngan')).toBe(true);
  });

  it('normalises NFD input to the same tokens as NFC', () => {
    expect(tokensOf('Ủy ban nhân dân'.normalize('NFD')).sort()).toEqual(
      tokensOf('Ủy ban nhân dân').sort(),
    );
  });

  it('adds URL hosts and their domain, the From domain and prefixed Subject words', () => {
    const tokens = tokensOf('Xem tại https://login.example.net/a', {
      subject: 'Thông báo khẩn',
      from: [{ name: 'Admin', address: 'admin@mail.example.org' }],
    });
    expect(tokens).toEqual(
      expect.arrayContaining([
        'u:h:login.example.net',
        'u:d:example.net',
        'f:h:mail.example.org',
        's:khẩn',
        's:~khan',
      ]),
    );
  });

  it('adds the top-level domain of link hosts and of the From domain', () => {
    const tokens = tokensOf('Xem https://khuyen-mai.example.xyz/', {
      from: [{ name: '', address: 'a@shop.example.ru' }],
    });
    expect(tokens).toEqual(expect.arrayContaining(['u:t:xyz', 'f:t:ru']));
    expect(tokensOf('http://192.0.2.7/login').filter((t) => t.startsWith('u:t:'))).toEqual([]);
  });

  it("turns only the sender's own header fields into tokens, not relays, lists or filters", () => {
    const headers = [
      { name: 'received', value: 'from relay.example.net by mx.example.org' },
      { name: 'x-barracuda-spam-score', value: '9.1' },
      { name: 'list-id', value: '<users.lists.example.org>' },
      { name: 'x-ms-exchange-organization-scl', value: '5' },
      { name: 'x-mozilla-status', value: '0001' },
      { name: 'x-mailer', value: 'Bulk Sender 3' },
      { name: 'x-priority', value: '1' },
      { name: 'in-reply-to', value: '<a@example.org>' },
    ];
    const names = tokensOf('Xin chao', { headers }).filter((t) => t.startsWith('hn:'));
    expect(names.sort()).toEqual(['hn:in-reply-to', 'hn:x-mailer', 'hn:x-priority']);
  });

  it('reduces numbers to their length so prices and dates do not each become a token', () => {
    expect(tokensOf('2024 1999')).toContain('n:4');
    expect(tokensOf('2024 1999')).not.toContain('2024');
  });

  it('keeps at most MAX_TOKENS distinct tokens from a huge message', () => {
    const words = Array.from({ length: 20_000 }, (_, i) => `w${i.toString(36)}x`).join(' ');
    expect(tokensOf(words).length).toBe(MAX_TOKENS);
  });
});
