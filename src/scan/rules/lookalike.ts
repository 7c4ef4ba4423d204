import { domainToASCII, domainToUnicode } from 'node:url';
import { registrableDomain } from '../../core/registrable-domain.js';
import { foldText } from './fold.js';

/**
 * Domains that imitate a protected domain (the agency domains) without being it:
 *
 * - embedded: the protected name inside another domain, its dots possibly turned into
 *   dashes: `songhong.gov.vn.attacker.com`, `songhong-gov.vn.login.example.net`;
 * - swapped suffix: the same name under another suffix: `songhong.com.vn`, `songhong.vn`,
 *   `mail.songhong.gov.com`;
 * - near miss: one or two letters changed, added, dropped or swapped (`songhomg.gov.vn`,
 *   `songhong.gov.vm`), compared on as many trailing labels as the protected domain has;
 * - confusable: an international name (punycode on the wire) that reads as the protected
 *   one or as one of the above: Cyrillic or Greek letters drawn like Latin ones
 *   (`ѕonghong.com`), or Vietnamese diacritics added (`sônghồng.vn`). Compared on its
 *   skeleton (see {@link skeleton}).
 *
 * A domain equal to a protected one, or under one, is never a lookalike.
 */

/** A suffix whose names only government bodies can register. */
const REGISTRY_RESTRICTED = '.gov.vn';

/** Suffixes that end a protected domain and are swapped by imitators. */
const SUFFIXES = ['.gov.vn', '.com.vn', '.org.vn', '.edu.vn', '.net.vn', '.vn'];

/**
 * Shortest protected name (domain without its suffix) checked for embedding and swapped
 * suffixes: shorter names (`stc`) occur by chance inside unrelated domains.
 */
const MIN_NAME_CHARS = 6;

/** Shortest protected domain compared by edit distance; short ones collide by chance. */
const MIN_DISTANCE_CHARS = 10;

/** Most edits that still make a near miss. */
const MAX_EDITS = 2;

/** Longest domain compared by edit distance (the distance is quadratic in length). */
const MAX_DISTANCE_CHARS = 80;

function nameOf(domain: string): string {
  for (const suffix of SUFFIXES) {
    if (domain.endsWith(suffix) && domain.length > suffix.length) {
      return domain.slice(0, -suffix.length);
    }
  }
  const dot = domain.lastIndexOf('.');
  return dot > 0 ? domain.slice(0, dot) : domain;
}

/** Optimal string alignment distance, stopping early once it exceeds `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prevPrev: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      let d = Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + cost);
      if (
        i > 1 &&
        j > 1 &&
        a.charCodeAt(i - 1) === b.charCodeAt(j - 2) &&
        a.charCodeAt(i - 2) === b.charCodeAt(j - 1)
      ) {
        d = Math.min(d, (prevPrev[j - 2] ?? 0) + 1);
      }
      row.push(d);
      if (d < best) best = d;
    }
    if (best > max) return max + 1;
    prevPrev = prev;
    prev = row;
  }
  return prev[b.length] ?? max + 1;
}

/** Whether `host` is `domain` or a subdomain of it. */
export function isUnder(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}

/**
 * Cyrillic, Greek and other letters drawn like a Latin letter, with that letter: the
 * homoglyphs of Unicode's confusables list (UTS #39) that occur in domain names.
 */
const LATIN_OF: Readonly<Record<string, string>> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  һ: 'h',
  ԛ: 'q',
  ԝ: 'w',
  ӏ: 'l',
  ɡ: 'g',
  ı: 'i',
  ο: 'o',
  α: 'a',
  ν: 'v',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  κ: 'k',
};

/** Whether every character of `text` is ASCII (no international labels to read). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 0x7f) return false;
  return true;
}

/**
 * What a host reads as: Unicode form of its punycode labels, homoglyphs replaced by the
 * Latin letters they imitate, diacritics removed (`xn--snghng-…` → `sônghồng` →
 * `songhong`). Equal to the host itself for a plain ASCII name.
 */
export function skeleton(host: string): string {
  const unicode = host.includes('xn--') ? domainToUnicode(host) : host;
  if (isAscii(unicode)) return unicode;
  let out = '';
  for (const ch of unicode.normalize('NFC').toLowerCase()) out += LATIN_OF[ch] ?? ch;
  return foldText(out);
}

/** Lower-case ASCII (punycode) form of a host written either way; the host when invalid. */
export function asciiHost(host: string): string {
  if (isAscii(host)) return host.toLowerCase();
  return domainToASCII(host) || host.toLowerCase();
}

/**
 * The protected domain `host` imitates, or undefined. `host` is lower-case, punycode or
 * Unicode; an international name is judged on its skeleton: it imitates a protected
 * domain when what it reads as is that domain, is under it, or is itself a lookalike.
 */
export function lookalikeOf(host: string, protectedDomains: Iterable<string>): string | undefined {
  const domains = [...protectedDomains];
  const ascii = asciiHost(host);
  if (domains.some((d) => isUnder(ascii, d))) return undefined;
  // Only government bodies can register under gov.vn (VNNIC): another agency's real domain
  // there is a neighbour, not an imitation.
  if (ascii.endsWith(REGISTRY_RESTRICTED)) return undefined;
  // Compared as read: an international name by its skeleton, and so is an agency's own
  // international name (`sônghồng.vn` is imitated by plain `songhong.vn`).
  const shown = skeleton(ascii);
  const readAs = domains.map(skeleton);
  const same = readAs.findIndex((d) => isUnder(shown, d));
  if (same >= 0) return domains[same];
  const near = nearIndex(shown, readAs);
  return near === undefined ? undefined : domains[near];
}

/** Index of the protected domain `host` embeds, swaps the suffix of or nearly spells. */
function nearIndex(host: string, domains: readonly string[]): number | undefined {
  const dashed = `.${host.replace(/-/g, '.')}.`;
  const labels = host.split('.');
  for (const [index, domain] of domains.entries()) {
    const name = nameOf(domain);
    if (name.length >= MIN_NAME_CHARS) {
      if (dashed.includes(`.${domain}.`)) return index;
      if (dashed.includes(`.${name}.`)) return index;
    }
    if (domain.length >= MIN_DISTANCE_CHARS && host.length <= MAX_DISTANCE_CHARS) {
      // Every run of as many labels as the agency domain has: the near miss may sit at
      // the end (songhomg.gov.vn) or inside (sonhgong.gov.vn.example.com).
      const width = domain.split('.').length;
      for (let start = 0; start + width <= labels.length; start += 1) {
        const run = labels.slice(start, start + width).join('.');
        if (editDistance(run, domain, MAX_EDITS) <= MAX_EDITS) return index;
      }
    }
  }
  return undefined;
}

/**
 * The organisation's domain of a host (its registrable domain on the Public Suffix List),
 * or the host itself when it has none (an IP address, a bare suffix): rules compare
 * organisations, and a host with no organisation is only equal to itself.
 */
export function baseDomain(host: string): string {
  return registrableDomain(host) ?? host;
}

const LATIN = /\p{Script=Latin}/u;
const LOOKALIKE_SCRIPTS = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/u;
/** Cyrillic and Greek letters drawn like Latin ones (а е о р с у х і ј ѕ ԁ ο α ν ρ). */
const LATIN_LOOKING = /^[аеорсухіјѕԁһԛԝοανρτυκ.-]+$/u;

/**
 * How a host reads to people: its Unicode form when it has international labels, with the
 * punycode kept alongside so officers see both (`xn--onghong-iog.com (ѕonghong.com)`).
 */
export function readableHost(host: string): string {
  if (!host.includes('xn--')) return host;
  const unicode = domainToUnicode(host);
  return unicode === '' || unicode === host ? host : `${host} (${unicode})`;
}

/**
 * Whether a host (punycode, as links are stored) has a label that mixes Latin letters with
 * Cyrillic, Greek or Armenian ones (`miсrosoft` with a Cyrillic с), or is written only in
 * Cyrillic or Greek letters that look Latin (`аррӏе`). Vietnamese IDNs are Latin with
 * diacritics and never match.
 */
export function confusableLabel(host: string): string | undefined {
  if (!host.includes('xn--')) return undefined;
  const unicode = domainToUnicode(host);
  if (unicode === '') return undefined;
  for (const label of unicode.split('.')) {
    if (!LOOKALIKE_SCRIPTS.test(label)) continue;
    if (LATIN.test(label) || LATIN_LOOKING.test(label)) return unicode;
  }
  return undefined;
}
