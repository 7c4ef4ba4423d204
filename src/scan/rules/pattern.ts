import { backtrackingProblem } from './regex-safety.js';

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

/** Compiles a rule pattern written as `/source/flags`; returns the RegExp or a reason. */
export function compilePattern(written: string): RegExp | { error: string } {
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
  const risky = backtrackingProblem(source);
  if (risky !== undefined) return { error: `pattern may backtrack catastrophically: ${risky}` };
  try {
    return new RegExp(source, flags);
  } catch (err) {
    return { error: `invalid regex: ${err instanceof Error ? err.message : String(err)}` };
  }
}
