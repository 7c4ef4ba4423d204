import { normalizeDomain } from '../directory/directory.js';

export interface ParsedRecipient {
  local: string;
  /** Lower-case ASCII domain. */
  domain: string;
  /** local@domain with the domain normalised; what is spooled and delivered. */
  address: string;
}

/**
 * Parses a forward path strictly enough that no relay trick reaches a next hop.
 * Source routes (`@a,@b:user@x`) never reach here: smtp-server drops the route, as
 * RFC 5321 §4.1.2 asks, leaving the final mailbox. Refused (undefined): the percent hack (`user%other@agency`) and bang paths (`other!user@agency`)
 * that some next hops still route onward, quoted local parts (which can hide `@`),
 * more than one `@`, control characters and whitespace, and domains that are not plain
 * DNS names (trailing dot, address literals).
 */
export function parseRecipient(address: string): ParsedRecipient | undefined {
  if (address.length === 0 || address.length > 254) return undefined;
  const at = address.lastIndexOf('@');
  if (at <= 0 || at !== address.indexOf('@')) return undefined;
  const local = address.slice(0, at);
  const domain = normalizeDomain(address.slice(at + 1));
  if (domain === undefined) return undefined;
  if (local.length > 64) return undefined;
  // Dot-atom local part only (RFC 5322 §3.2.3) minus the routing characters % and !.
  if (!/^[A-Za-z0-9#$&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9#$&'*+/=?^_`{|}~-]+)*$/.test(local)) {
    return undefined;
  }
  return { local, domain, address: `${local}@${domain}` };
}

/**
 * The reverse path is only recorded and used for DSNs; it is accepted more loosely
 * (bounces use the null sender), but never with control characters.
 */
export function isAcceptableSender(address: string): boolean {
  if (address === '') return true;
  // Control characters, spaces and angle brackets would corrupt logs and DSN headers.
  // eslint-disable-next-line no-control-regex
  return address.length <= 254 && !/[\x00-\x20\x7f<>]/.test(address) && address.includes('@');
}
