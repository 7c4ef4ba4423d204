import { getDomain } from 'tldts';

/**
 * The registrable domain of a host (the organisation's domain: `example.com.vn` for
 * `a.b.example.com.vn`, `tinh.gov.vn` for `mail.tinh.gov.vn`), read from the Public Suffix
 * List through `tldts`, or `undefined` for an IP address or a name with no registrable
 * part. The list's private section counts (`victim.github.io` and `attacker.github.io` are
 * two organisations): where a provider lets anyone publish under its name, sharing that
 * name says nothing about who sent a link. A guess from label lengths (the two or three
 * last labels) got `co.uk`-style suffixes right but every `blogspot.com` or `*.web.app`
 * wrong, and is why this is a library.
 */
export function registrableDomain(host: string): string | undefined {
  return (
    getDomain(host, {
      allowPrivateDomains: true,
      // Callers pass a host name, never a URL: nothing to extract.
      extractHostname: false,
    }) ?? undefined
  );
}
