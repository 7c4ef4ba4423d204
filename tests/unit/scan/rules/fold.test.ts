import { describe, expect, it } from 'vitest';
import { foldText, unfoldSpan } from '../../../../src/scan/rules/fold.js';

describe('foldText', () => {
  it('removes Vietnamese diacritics and turns đ into d', () => {
    expect(foldText('Trúng thưởng ĐẶC BIỆT, đăng ký ngay')).toBe(
      'Trung thuong DAC BIET, dang ky ngay',
    );
  });

  it('folds decomposed (NFD) text the same as composed text', () => {
    const nfd = 'trúng thưởng'.normalize('NFD');
    expect(nfd).not.toBe('trúng thưởng');
    expect(foldText(nfd)).toBe('trung thuong');
  });

  it('drops invisible characters slipped between letters', () => {
    expect(foldText('tr\u00adúng th\u200bưởng')).toBe('trung thuong');
  });

  it('returns ASCII text unchanged', () => {
    const text = 'plain ascii text';
    expect(foldText(text)).toBe(text);
  });
});

describe('unfoldSpan', () => {
  it('maps a match in folded text back to what was written', () => {
    const text = 'Bạn đã TRÚNG THƯỞNG một xe máy';
    const folded = foldText(text);
    const start = folded.indexOf('TRUNG THUONG');
    const [s, e] = unfoldSpan(text, start, start + 'TRUNG THUONG'.length);
    expect(text.slice(s, e)).toBe('TRÚNG THƯỞNG');
  });

  it('keeps combining marks with the letters of a decomposed match', () => {
    const text = 'xin chào trúng thưởng'.normalize('NFD');
    const folded = foldText(text);
    const start = folded.indexOf('trung thuong');
    const [s, e] = unfoldSpan(text, start, start + 'trung thuong'.length);
    expect(text.slice(s, e).normalize('NFC')).toBe('trúng thưởng');
  });
});
