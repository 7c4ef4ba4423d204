import { readFileSync } from 'node:fs';
import { domainToASCII } from 'node:url';
import { parse } from 'yaml';
import { z } from 'zod';
import { MailshieldError } from '../core/errors.js';
import { hostPort } from '../config/host-port.js';

const agencySchema = z
  .object({
    code: z.string().regex(/^[A-Za-z0-9_-]+$/),
    name: z.string().min(1),
    domains: z.array(z.string().min(1)).min(1),
    nextHop: hostPort,
  })
  .strict();

const directorySchema = z.object({ agencies: z.array(agencySchema).min(1) }).strict();

export interface Agency {
  code: string;
  name: string;
  domains: string[];
  nextHop: { host: string; port: number };
}

/** Recipient domain -> agency. Every count in the reports is attributed through this. */
export class AgencyDirectory {
  readonly agencies: readonly Agency[];
  private readonly byDomain = new Map<string, Agency>();
  private readonly byCode = new Map<string, Agency>();

  constructor(agencies: Agency[]) {
    this.agencies = agencies;
    for (const a of agencies) {
      if (this.byCode.has(a.code)) {
        throw new MailshieldError('MS_ERR_CONFIG', `agency code ${a.code} appears twice`);
      }
      this.byCode.set(a.code, a);
      for (const d of a.domains) {
        const key = normalizeDomain(d);
        if (key === undefined) {
          throw new MailshieldError('MS_ERR_CONFIG', `agency ${a.code}: invalid domain ${d}`);
        }
        const other = this.byDomain.get(key);
        if (other) {
          throw new MailshieldError(
            'MS_ERR_CONFIG',
            `domain ${d} belongs to both ${other.code} and ${a.code}`,
          );
        }
        this.byDomain.set(key, a);
      }
    }
  }

  /** The agency owning exactly this domain (no parent-domain fallback: sub-agencies have their own). */
  byRecipientDomain(domain: string): Agency | undefined {
    const key = normalizeDomain(domain);
    return key === undefined ? undefined : this.byDomain.get(key);
  }

  byAgencyCode(code: string): Agency | undefined {
    return this.byCode.get(code);
  }

  /** All agency domains, lower-case ASCII (punycode), for rule lists. */
  domains(): string[] {
    return [...this.byDomain.keys()];
  }
}

/**
 * Lower-case ASCII form of a domain (IDN to punycode), or undefined when it is not a
 * plain DNS name: a trailing dot, an address literal or an empty label never matches an
 * agency, so such recipients are refused rather than guessed at.
 */
export function normalizeDomain(domain: string): string | undefined {
  if (domain.length === 0 || domain.length > 253 || domain.endsWith('.')) return undefined;
  // domainToASCII parses like a browser: it drops tabs and line breaks, percent-decodes
  // and turns "0x7f.1" into an IPv4 address. Only letters (any script, for IDN), digits,
  // hyphens and dots get that far.
  if (!/^[\p{L}\p{M}\p{N}.-]+$/u.test(domain)) return undefined;
  const ascii = domainToASCII(domain.toLowerCase());
  if (!ascii) return undefined;
  if (
    !/^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$/.test(ascii)
  ) {
    return undefined;
  }
  // A numeric last label is an IPv4 address, not a DNS name (RFC 3696 §2).
  if (/\.\d+$/.test(ascii)) return undefined;
  return ascii;
}

export function parseHostPort(value: string): { host: string; port: number } {
  const i = value.lastIndexOf(':');
  return { host: value.slice(0, i), port: Number(value.slice(i + 1)) };
}

export function loadDirectory(file: string): AgencyDirectory {
  let doc: unknown;
  try {
    doc = parse(readFileSync(file, 'utf8'));
  } catch (err) {
    throw new MailshieldError(
      'MS_ERR_CONFIG',
      `agency directory ${file}: ${(err as Error).message}`,
    );
  }
  const parsed = directorySchema.safeParse(doc);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new MailshieldError('MS_ERR_CONFIG', `agency directory ${file}:\n${lines.join('\n')}`);
  }
  return new AgencyDirectory(
    parsed.data.agencies.map((a) => ({ ...a, nextHop: parseHostPort(a.nextHop) })),
  );
}
