/**
 * A static check against catastrophic backtracking in rule patterns. V8's regex engine
 * backtracks; a pattern whose repeats can split the same text in many ways takes time
 * exponential (or a high power) in the text length. Rules run on hostile text, so the
 * loader refuses the shapes that cause it, by construction rather than by timing:
 *
 * - a repeated group that itself holds an unbounded repeat: `(a+)+`, `(\w+\s?)*`,
 *   `(?:x+y){0,5}`: the classic nested quantifier;
 * - an unbounded repeat of a group with alternatives: `(a|aa)+`, `(?:x|y)*`;
 * - a repeated group whose bounded repeats multiply past MAX_REPEAT_PRODUCT.
 *
 * Bounded repeats (`{0,40}`) of simple atoms are allowed: the work they can add per
 * position is a constant. The check is conservative (it ignores whether the repeated
 * classes overlap), so rule authors write `(?:\w{1,30}\s{1,5}){0,2}` instead of
 * `(?:\w+\s+){0,2}`.
 */

/** Largest product of nested bounded repeats allowed (e.g. `(?:a{0,100}){0,100}`). */
export const MAX_REPEAT_PRODUCT = 10_000;

const UNBOUNDED = Number.POSITIVE_INFINITY;

interface GroupState {
  /** Largest repeat (product) inside, 1 when none. */
  inner: number;
  alternation: boolean;
}

/** Reads a quantifier at `i`; returns its max repeat and length, or undefined. */
function quantifierAt(src: string, i: number): { max: number; length: number } | undefined {
  const c = src[i];
  let max: number;
  let length: number;
  if (c === '*' || c === '+') {
    max = UNBOUNDED;
    length = 1;
  } else if (c === '?') {
    max = 1;
    length = 1;
  } else if (c === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
    if (m === null) return undefined;
    max = m[2] === undefined ? Number(m[1]) : m[3] === '' ? UNBOUNDED : Number(m[3]);
    length = m[0].length;
  } else {
    return undefined;
  }
  // Lazy or possessive-looking suffix.
  if (src[i + length] === '?') length += 1;
  return { max, length };
}

/** Why `source` risks catastrophic backtracking, or undefined when it passes. */
export function backtrackingProblem(source: string): string | undefined {
  const stack: GroupState[] = [{ inner: 1, alternation: false }];
  let i = 0;
  /** The max repeat of the atom just closed (1 for a plain atom, the group's inner for a group). */
  let lastAtom: { inner: number; alternation: boolean; group: boolean } | undefined;
  const top = (): GroupState => stack[stack.length - 1] ?? { inner: 1, alternation: false };
  while (i < source.length) {
    const c = source[i];
    if (c === '\\') {
      i += 2;
      lastAtom = { inner: 1, alternation: false, group: false };
    } else if (c === '[') {
      // A class is one atom; `]` first in the class is literal.
      let j = i + 1;
      if (source[j] === '^') j += 1;
      if (source[j] === ']') j += 1;
      while (j < source.length && source[j] !== ']') j += source[j] === '\\' ? 2 : 1;
      i = j + 1;
      lastAtom = { inner: 1, alternation: false, group: false };
    } else if (c === '(') {
      stack.push({ inner: 1, alternation: false });
      i += 1;
      // Skip the group's prefix: (?: (?= (?! (?<= (?<! (?<name>
      if (source[i] === '?') {
        i += 1;
        if (source[i] === '<' && source[i + 1] !== '=' && source[i + 1] !== '!') {
          while (i < source.length && source[i] !== '>') i += 1;
        }
        i += 1;
      }
      lastAtom = undefined;
    } else if (c === ')') {
      const closed = stack.pop() ?? { inner: 1, alternation: false };
      i += 1;
      lastAtom = { inner: closed.inner, alternation: closed.alternation, group: true };
      const parent = top();
      parent.inner = Math.max(parent.inner, closed.inner);
    } else if (c === '|') {
      top().alternation = true;
      i += 1;
      lastAtom = undefined;
    } else {
      const q = quantifierAt(source, i);
      if (q === undefined) {
        i += 1;
        lastAtom = { inner: 1, alternation: false, group: false };
        continue;
      }
      i += q.length;
      if (lastAtom === undefined) continue;
      if (q.max > 1 && lastAtom.group) {
        if (lastAtom.inner === UNBOUNDED) {
          return `nested repeat: a repeated group contains an unbounded repeat (near ${JSON.stringify(source.slice(Math.max(0, i - 20), i))})`;
        }
        if (q.max === UNBOUNDED && lastAtom.alternation) {
          return `unbounded repeat of alternatives (near ${JSON.stringify(source.slice(Math.max(0, i - 20), i))})`;
        }
        if (q.max === UNBOUNDED && lastAtom.inner > 1) {
          return `unbounded repeat of a group with repeats inside (near ${JSON.stringify(source.slice(Math.max(0, i - 20), i))})`;
        }
        if (q.max !== UNBOUNDED && lastAtom.inner * q.max > MAX_REPEAT_PRODUCT) {
          return `nested repeats multiply past ${MAX_REPEAT_PRODUCT} (near ${JSON.stringify(source.slice(Math.max(0, i - 20), i))})`;
        }
      }
      const product = lastAtom.group ? lastAtom.inner * q.max : q.max;
      const current = top();
      current.inner = Math.max(current.inner, product);
      lastAtom = undefined;
    }
  }
  return undefined;
}
