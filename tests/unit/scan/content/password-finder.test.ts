import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { PasswordFinder } from '../../../../src/scan/content/password-finder.js';
import { passwordWords } from '../../../../src/scan/scanners/content.js';

const finder = new PasswordFinder(passwordWords(join(import.meta.dirname, '../../../../rules')));
const find = (text: string, subject = '', filenames: string[] = []): string[] =>
  finder.find({ subject, text, filenames }, 20);

describe('password finder', () => {
  it.each([
    ['Mật khẩu giải nén là: Hs@2026. Trân trọng', 'Hs@2026'],
    ['mật khẩu: 7788abc', '7788abc'],
    ['Mat khau la 1234', '1234'],
    ['mk:2468 nhé', '2468'],
    ['The password is infected.', 'infected'],
    ['Password:\r\n   s3cr3t\r\n', 's3cr3t'],
    ['pwd = "two words"', 'two words'],
    ['PW: “Qq9”', 'Qq9'],
    ['Passcode - 9999', '9999'],
    ['Das Kennwort lautet 4711.', '4711'],
  ])('offers the password first in %j', (text, expected) => {
    expect(find(text)[0]).toBe(expected);
  });

  it('reads the subject and the attachment name', () => {
    expect(find('see attached', 'Invoice (pwd: Q9z)')[0]).toBe('Q9z');
    expect(find('see attached', '', ['hoso_pass_7788.7z'])).toContain('7788');
  });

  it('does not take a keyword inside another word', () => {
    expect(find('see passport no 123 and pwned')).not.toContain('no');
  });

  it('falls back to the short tokens of the body, at most the bound', () => {
    const many = Array.from({ length: 100 }, (_, i) => `tok${i}`).join(' ');
    const out = finder.find({ subject: '', text: many, filenames: [] }, 20);
    expect(out).toHaveLength(20);
    expect(out[0]).toBe('tok0');
  });
});
