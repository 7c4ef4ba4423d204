/**
 * `text` without the trailing characters in `chars` (whitespace too when `chars` has ' ').
 * A loop rather than `replace(/[...]+$/)`: a backtracking regex engine retries the run from
 * every position, which is quadratic on a hostile run of dots followed by a letter.
 */
export function trimTrailing(text: string, chars: string): string {
  const spaces = chars.includes(' ');
  let end = text.length;
  while (end > 0) {
    const c = text.charAt(end - 1);
    if (!chars.includes(c) && !(spaces && /\s/.test(c))) break;
    end -= 1;
  }
  return end === text.length ? text : text.slice(0, end);
}
