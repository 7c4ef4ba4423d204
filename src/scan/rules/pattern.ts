import RE2 from 're2';

/**
 * Longest regex source accepted in a rule. Rule patterns are phrases and alternations of a
 * few dozen words; a pattern of thousands of characters is a list that belongs in
 * `rules/lists/`, and a long pattern is also where catastrophic backtracking hides.
 */
export const MAX_PATTERN_CHARS = 1000;

/**
 * Flags a rule may use. `g` and `y` are refused because they make a RegExp stateful
 * (`lastIndex`), and compiled patterns are shared between messages.
 */
const ALLOWED_FLAGS = new Set(['i', 'm', 's', 'u']);

/**
 * A compiled rule pattern. Rules run on hostile text, so patterns run on RE2 (Google's
 * linear-time engine, through the `re2` package): no pattern can backtrack, whatever its
 * shape, so `/a+a+a+b/` on 500 characters takes microseconds, not seconds. RE2 has no
 * look-around and no back-references; a pattern that uses them is refused with the reason
 * (`mailshield rules check` names file and line), and is written with `except:` or a meta
 * rule instead.
 */
export interface Pattern {
  readonly source: string;
  readonly flags: string;
  test(text: string): boolean;
  exec(text: string): RegExpExecArray | null;
}

/** Compiles a rule pattern written as `/source/flags`; returns the pattern or a reason. */
export function compilePattern(written: string): Pattern | { error: string } {
  if (written.length > MAX_PATTERN_CHARS + 8) {
    return { error: `pattern longer than ${MAX_PATTERN_CHARS} characters` };
  }
  const last = written.lastIndexOf('/');
  if (!written.startsWith('/') || last < 1) {
    return { error: `pattern must be written /regex/flags, got ${JSON.stringify(written)}` };
  }
  // Patterns are matched against NFC text, so accented literals are written NFC too.
  const source = written.slice(1, last).normalize('NFC');
  const flags = written.slice(last + 1);
  if (source.length === 0) return { error: 'empty pattern' };
  if (source.length > MAX_PATTERN_CHARS) {
    return { error: `pattern longer than ${MAX_PATTERN_CHARS} characters` };
  }
  for (const flag of flags) {
    if (!ALLOWED_FLAGS.has(flag)) {
      return { error: `regex flag '${flag}' not allowed (use i, m, s, u)` };
    }
  }
  if (new Set(flags).size !== flags.length) return { error: `repeated regex flag in '${flags}'` };
  try {
    // Valid JavaScript first, for the same message a rule author sees in a browser.
    new RegExp(source, flags);
  } catch (err) {
    return { error: `invalid regex: ${err instanceof Error ? err.message : String(err)}` };
  }
  try {
    // RE2 works in Unicode mode always; `u` is accepted and changes nothing.
    return new RE2(source, flags.includes('u') ? flags : `${flags}u`);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return {
      error: `pattern not supported by the linear-time engine (RE2: no look-around, no back-references): ${why}`,
    };
  }
}
