import { normalizeDomain } from '../directory/directory.js';

/**
 * Patterns of the per-agency sender lists, as Proxmox Mail Gateway's and rspamd's
 * per-domain lists take them: a full address (`a@b.vn`) or a domain (`b.vn`), which also
 * covers its subdomains (`mail.b.vn`), never a mere suffix (`evilb.vn`). Nothing else: no
 * wildcards or regular expressions, so what an entry covers is plain to the officer who
 * reads it, and matching costs a few string comparisons per message.
 */
export type SenderListKind = 'allow' | 'deny';

export interface SenderPattern {
  /** Lower-case; a domain in its ASCII (punycode) form. */
  pattern: string;
  /** `address`: one mailbox; `domain`: the domain and its subdomains. */
  type: 'address' | 'domain';
}

/** Why a pattern was refused, as a stable code the web and the CLI translate. */
export type PatternProblem = 'empty' | 'wildcard' | 'bad-address' | 'bad-domain' | 'top-level';

/** Longest pattern accepted: an address is at most 254 octets (RFC 5321 §4.5.3.1.3). */
const MAX_PATTERN = 254;

/**
 * The dot-atom local part of RFC 5322 §3.4.1, the only kind the lists take: quoted local
 * parts are refused at ingress too (src/ingress/address.ts), so none could ever match.
 */
const LOCAL_PART = /^[a-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[a-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;

/** Parses what an officer typed; trims it and lower-cases it. */
export function parsePattern(input: string): SenderPattern | { problem: PatternProblem } {
  const value = input.trim().toLowerCase();
  if (value.length === 0) return { problem: 'empty' };
  // `*.b.vn`, `@b.vn`: a domain entry already covers its subdomains; say so rather than
  // guess what the officer meant.
  if (value.includes('*') || value.startsWith('@')) return { problem: 'wildcard' };
  if (value.length > MAX_PATTERN)
    return { problem: value.includes('@') ? 'bad-address' : 'bad-domain' };
  const at = value.lastIndexOf('@');
  const domainPart = at < 0 ? value : value.slice(at + 1);
  // A whole top-level domain (`vn`, `com`) on a list would hold or pass a country's mail.
  if (domainPart.length > 0 && !domainPart.includes('.')) return { problem: 'top-level' };
  const domain = normalizeDomain(domainPart);
  if (domain === undefined || !/^[a-z0-9.-]+$/.test(domain)) {
    return { problem: at < 0 ? 'bad-domain' : 'bad-address' };
  }
  if (at < 0) return { pattern: domain, type: 'domain' };
  const local = value.slice(0, at);
  if (local.length > 64 || !LOCAL_PART.test(local)) return { problem: 'bad-address' };
  return { pattern: `${local}@${domain}`, type: 'address' };
}

/**
 * A sender address in the form patterns are compared with (lower case, ASCII domain), or
 * undefined when it has no usable domain (the null sender `<>`, a group, garbage).
 */
export function normalizeSender(address: string): string | undefined {
  const value = address.trim().toLowerCase();
  const at = value.lastIndexOf('@');
  if (at <= 0) return undefined;
  const domain = normalizeDomain(value.slice(at + 1));
  return domain === undefined ? undefined : `${value.slice(0, at)}@${domain}`;
}

/** The domain of a normalized sender address. */
export function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1);
}

/** Whether `domain` is `parent` or one of its subdomains (never a mere suffix). */
export function withinDomain(domain: string, parent: string): boolean {
  return domain === parent || domain.endsWith(`.${parent}`);
}

/** Whether a normalized sender address is covered by a (normalized) pattern. */
export function patternMatches(pattern: string, address: string): boolean {
  return pattern.includes('@') ? address === pattern : withinDomain(domainOf(address), pattern);
}
