/**
 * Diacritic folding for Vietnamese: `trúng thưởng` → `trung thuong`, `đ` → `d`.
 * Folding works one code point at a time (NFD, combining marks dropped), so a position in
 * folded text can be mapped back to the original to show officers what was written.
 */

/**
 * Characters that render as nothing and are slipped between letters to break keyword
 * matches (soft hyphen, zero-width space/joiners, word joiner, BOM). Folding drops them.
 */
const INVISIBLE = new Set([
  '\u00ad',
  '\u034f',
  '\u180e',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\u2061',
  '\u2062',
  '\u2063',
  '\u2064',
  '\ufeff',
]);

/** The same characters, to drop them from text matched without folding. */
export const INVISIBLE_CHARS = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;

/** Text without the invisible characters (the same string when it has none). */
export function dropInvisible(text: string): string {
  INVISIBLE_CHARS.lastIndex = 0;
  return INVISIBLE_CHARS.test(text) ? text.replace(INVISIBLE_CHARS, '') : text;
}

const COMBINING_MARK = /\p{M}/gu;

function foldCodePoint(ch: string): string {
  if (ch === 'đ') return 'd';
  if (ch === 'Đ') return 'D';
  if (INVISIBLE.has(ch)) return '';
  return ch.normalize('NFD').replace(COMBINING_MARK, '');
}

/**
 * Folded form of each BMP character met so far, filled on first use (at most 65,536
 * entries, a fixed bound). Text is mostly Vietnamese letters, so lookups replace
 * normalisation after the first few hundred characters.
 */
const BMP_FOLDS: (string | undefined)[] = [];

function foldBmp(code: number): string {
  let folded = BMP_FOLDS[code];
  if (folded === undefined) {
    folded = foldCodePoint(String.fromCharCode(code));
    BMP_FOLDS[code] = folded;
  }
  return folded;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

/** Folded form of the code point at `i` and its length in UTF-16 units. */
function foldAt(text: string, i: number): [string, number] {
  const code = text.charCodeAt(i);
  if (code < 0x80) return [text.charAt(i), 1];
  if (isHighSurrogate(code) && i + 1 < text.length) {
    return [foldCodePoint(text.slice(i, i + 2)), 2];
  }
  return [foldBmp(code), 1];
}

/** Code units handed to String.fromCharCode at once, below engine argument limits. */
const CHUNK = 8192;

/** Text with diacritics removed, `đ`/`Đ` as `d`/`D`, invisible characters dropped. */
export function foldText(text: string): string {
  let first = 0;
  while (first < text.length && text.charCodeAt(first) < 0x80) first += 1;
  if (first === text.length) return text;
  const parts: string[] = [text.slice(0, first)];
  const units: number[] = [];
  for (let i = first; i < text.length;) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      units.push(code);
      i += 1;
    } else {
      const [folded, length] = foldAt(text, i);
      for (let k = 0; k < folded.length; k += 1) units.push(folded.charCodeAt(k));
      i += length;
    }
    if (units.length >= CHUNK) {
      parts.push(String.fromCharCode(...units));
      units.length = 0;
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('');
}

/**
 * Maps a span of `foldText(text)` back to the span of `text` it came from, so officers see
 * what was written. Walks the text once; used only when a folded pattern has matched.
 * Marks and invisible characters right after the span are kept with it.
 */
export function unfoldSpan(text: string, start: number, end: number): [number, number] {
  let folded = 0;
  let origStart = -1;
  let i = 0;
  while (i < text.length) {
    const [piece, length] = foldAt(text, i);
    if (origStart < 0 && folded >= start && piece.length > 0) origStart = i;
    if (folded >= end && piece.length > 0) break;
    folded += piece.length;
    i += length;
  }
  return [origStart < 0 ? i : origStart, i];
}
