/**
 * Passwords the message itself offers for its encrypted archives. Malware is sent in a
 * password-protected archive so that scanners cannot look inside, with the password in the
 * mail for the victim ("Mật khẩu giải nén: 2026", "password: infected"). Trying those
 * passwords is what turns "cannot scan" into "scanned".
 *
 * Pure: the words come from rules/lists (password-words.txt, password-connectives.txt).
 */

export interface PasswordSources {
  subject: string;
  /** Body text as the reader sees it (plain text and the HTML's text). */
  text: string;
  /** Attachment file names (the archive's own name often carries the password). */
  filenames: string[];
}

export interface PasswordWords {
  /** Phrasings that announce a password (`mật khẩu`, `password`, `pw`). */
  keywords: readonly string[];
  /** Words between the keyword and the password (`là`, `is`). */
  connectives: readonly string[];
}

/** Longest token tried as a password; real archive passwords are short. */
const MAX_TOKEN = 64;
/** Shortest body token tried as a last resort. */
const MIN_GUESS = 3;
/** Longest body token tried as a last resort. */
const MAX_GUESS = 32;

const QUOTED =
  /^(?:"([^"\r\n]{1,64})"|'([^'\r\n]{1,64})'|“([^”\r\n]{1,64})”|‘([^’\r\n]{1,64})’|«([^»\r\n]{1,64})»|`([^`\r\n]{1,64})`|\[([^\]\r\n]{1,64})\]|<([^>\r\n]{1,64})>)/u;
const TRAILING_PUNCT = /[.,;:!?)\]}>"'”’»]+$/u;
const LEADING_PUNCT = /^[("'“‘«[<]+/u;

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\s+/g, '\\s+');
}

/** Compiled once per word set (the scanner keeps it). */
export class PasswordFinder {
  private readonly keyword: RegExp;
  private readonly connective: RegExp;

  constructor(words: PasswordWords) {
    const byLength = (list: readonly string[]): string[] =>
      [...new Set(list.map((w) => w.trim().normalize('NFC')).filter(Boolean))].sort(
        (a, b) => b.length - a.length,
      );
    const keywords = byLength(words.keywords).map(escape).join('|') || '(?!)';
    const connectives = byLength(words.connectives).map(escape).join('|') || '(?!)';
    // Whole words only: "pass" must not fire inside "passport", "pw" inside "pwned".
    this.keyword = new RegExp(`(?<![\\p{L}\\p{N}])(?:${keywords})(?![\\p{L}\\p{N}])`, 'giu');
    this.connective = new RegExp(`^(?:[\\s:=\\-–—>]|(?:${connectives})(?![\\p{L}\\p{N}]))*`, 'iu');
  }

  /**
   * Candidates in the order worth trying: tokens next to a keyword (body, subject, file
   * names), file-name stems, then each short token of the body; at most `max`.
   */
  find(src: PasswordSources, max: number): string[] {
    const out = new Set<string>();
    const add = (token: string | undefined): void => {
      if (token === undefined || out.size >= max) return;
      const t = token.trim();
      if (t.length > 0 && t.length <= MAX_TOKEN) out.add(t);
    };
    const stems = src.filenames.map((f) => f.replace(/\.[^.]*$/, ''));
    const texts = [src.text, src.subject, ...stems.map((f) => f.replace(/[_]+/g, ' '))];
    for (const text of texts) {
      for (const token of this.afterKeywords(text.normalize('NFC'))) add(token);
    }
    for (const stem of stems) add(stem);
    // Last resort: every short token of the body, in order. Bounded by `max` overall.
    for (const m of `${src.subject}\n${src.text}`.matchAll(/\S+/gu)) {
      if (out.size >= max) break;
      const token = m[0].replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '');
      if (token.length >= MIN_GUESS && token.length <= MAX_GUESS) add(token);
      // "mk:1234" written without a space.
      const colon = m[0].lastIndexOf(':');
      if (colon > 0 && colon < m[0].length - 1)
        add(m[0].slice(colon + 1).replace(TRAILING_PUNCT, ''));
    }
    return [...out];
  }

  private *afterKeywords(text: string): Generator<string> {
    let count = 0;
    for (const m of text.matchAll(this.keyword)) {
      if (++count > 50) return;
      let rest = text.slice(m.index + m[0].length, m.index + m[0].length + 400);
      const sep = this.connective.exec(rest);
      rest = rest.slice(sep?.[0].length ?? 0);
      const quoted = QUOTED.exec(rest);
      if (quoted !== null) {
        yield quoted.slice(1).find((g) => g !== undefined) ?? '';
        continue;
      }
      // The password on the line itself, or on the next line when the keyword ends it.
      const line = /^[^\S\r\n]*([^\s]+)/u.exec(rest);
      if (line?.[1] !== undefined) {
        const raw = line[1];
        yield raw.replace(TRAILING_PUNCT, '');
        if (raw !== raw.replace(TRAILING_PUNCT, '')) yield raw;
        continue;
      }
      const next = /^\s*\r?\n\s*([^\r\n]+)/u.exec(rest);
      if (next?.[1] !== undefined) {
        const value = next[1].trim();
        const q = QUOTED.exec(value);
        if (q !== null) yield q.slice(1).find((g) => g !== undefined) ?? '';
        else {
          yield value.split(/\s+/)[0]?.replace(TRAILING_PUNCT, '') ?? '';
          if (value.length <= MAX_TOKEN) yield value;
        }
      }
    }
  }
}
