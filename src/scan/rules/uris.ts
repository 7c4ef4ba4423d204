import { trimTrailing } from './trim-trailing.js';

/**
 * Most URLs collected from one message (text, HTML links and HTML text together).
 * Ordinary mail carries tens of links and newsletters a few hundred; past 1000 the rest
 * add no signal but cost a host parse each, and a hostile body could hold hundreds of
 * thousands of them.
 */
export const MAX_URIS = 1000;

/**
 * A URL as written in text: a scheme or `www.` and everything up to a character that cannot
 * appear unescaped in a URL. One pass, no backtracking beyond the run itself.
 */
const URL_IN_TEXT = /\b(?:https?:\/\/|www\.)[^\s<>"'`{}|\\^[\]]+/gi;

/** Punctuation that ends a sentence rather than the URL it follows. */
const TRAILING_PUNCTUATION = '.,;:!?)';

/** Adds the URLs found in `text` to `into`, stopping at `max` in total. */
export function urlsInText(text: string, into: Set<string>, max: number): void {
  if (into.size >= max) return;
  for (const m of text.matchAll(URL_IN_TEXT)) {
    const url = trimTrailing(m[0], TRAILING_PUNCTUATION);
    if (url.length > 0) into.add(url);
    if (into.size >= max) return;
  }
}

/**
 * Lower-case host name of a URL (IDN as punycode, no port, no trailing dot), or undefined
 * when it has none: `mailto:`, relative links, unparsable text.
 */
export function urlHost(url: string): string | undefined {
  const absolute = /^www\./i.test(url) ? `http://${url}` : url;
  let host: string;
  try {
    host = new URL(absolute).hostname;
  } catch {
    return undefined;
  }
  host = trimTrailing(host.toLowerCase(), '.');
  return host.length > 0 ? host : undefined;
}
