import { promises as dns } from 'node:dns';
import { authenticate, type AuthenticateResult, type DNSResolver } from 'mailauth';
import { errorMessage } from '../../core/errors.js';
import type { AuthResult, AuthResults, ScanContext, ScanResult, Scanner } from '../types.js';

/** Options of the auth scanner. */
export interface AuthScannerOptions {
  /**
   * Milliseconds one DNS lookup may take before it counts as a temporary error.
   * @defaultValue 3000
   */
  timeoutMs: number;
  /** DNS lookups; the system resolver when absent. Tests and `eval` pass an offline one. */
  resolver?: DNSResolver;
  /**
   * DNS servers to ask instead of the system's (`detection.auth.dnsServers`), e.g. a local
   * validating resolver; ignored when `resolver` is given.
   */
  dnsServers?: string[];
  /** Our host name, as the receiving MTA in the results. */
  mta: string;
}

/** A resolver that answers nothing: every lookup is a temporary error (offline). */
export const offlineResolver: DNSResolver = (domain) =>
  Promise.reject(Object.assign(new Error(`offline: no DNS for ${domain}`), { code: 'ETIMEOUT' }));

/** Wraps a resolver so each lookup fails (temporarily) after `ms`. */
export function withLookupTimeout(resolver: DNSResolver, ms: number): DNSResolver {
  return (domain, rrtype) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(Object.assign(new Error(`DNS timeout for ${domain}`), { code: 'ETIMEOUT' })),
        ms,
      );
      resolver(domain, rrtype).then(
        (answer) => {
          clearTimeout(timer);
          resolve(answer);
        },
        (err: unknown) => {
          clearTimeout(timer);
          reject(err instanceof Error ? err : new Error(String(err)));
        },
      );
    });
}

const KNOWN: ReadonlySet<string> = new Set([
  'pass',
  'fail',
  'softfail',
  'neutral',
  'none',
  'temperror',
  'permerror',
  'policy',
]);

function normalize(result: string | undefined): AuthResult {
  if (result === 'temperr') return 'temperror';
  if (result === undefined || result === 'skipped') return 'none';
  return KNOWN.has(result) ? (result as AuthResult) : 'neutral';
}

/**
 * mailauth's result to the four values rules test. A DNS failure gives `temperror`,
 * which no rule scores: offline, authentication is neutral, never evidence of spam. DMARC
 * "fail" computed while SPF or DKIM could not be looked up is not trusted either: the
 * pass that would have aligned may be the one that failed to resolve.
 */
export function mapAuthResults(res: AuthenticateResult): AuthResults {
  const spf = normalize(res.spf ? res.spf.status.result : undefined);
  const signatures = res.dkim.results.map((r) => normalize(r.status.result));
  const dkim: AuthResult = signatures.includes('pass')
    ? 'pass'
    : signatures.includes('fail')
      ? 'fail'
      : (signatures[0] ?? 'none');
  let dmarc = normalize(res.dmarc ? res.dmarc.status.result : undefined);
  if (dmarc === 'fail' && (spf === 'temperror' || signatures.includes('temperror'))) {
    dmarc = 'temperror';
  }
  const arc = normalize(res.arc ? res.arc.status.result : undefined);
  return { spf, dkim, dmarc, arc };
}

/** Results when authentication could not run at all. */
const UNKNOWN: AuthResults = { spf: 'temperror', dkim: 'none', dmarc: 'none', arc: 'none' };

/**
 * SPF, DKIM, DMARC and ARC with mailauth on the raw message, with the client IP, HELO and
 * MAIL FROM of the envelope. Scores nothing itself: it sets `ctx.auth` for the `auth` rule
 * tests of the rules scanner, which runs after it. A failure of mailauth itself is logged
 * and leaves neutral results: authentication is evidence, and its absence is not spam.
 */
export class AuthScanner implements Scanner {
  readonly name = 'auth';
  private readonly resolver: DNSResolver;

  constructor(private readonly opts: AuthScannerOptions) {
    let system: Pick<typeof dns, 'resolve'> = dns;
    if (opts.dnsServers !== undefined) {
      const own = new dns.Resolver({ timeout: opts.timeoutMs, tries: 1 });
      own.setServers(opts.dnsServers);
      system = own;
    }
    const base: DNSResolver =
      opts.resolver ?? ((domain, rrtype) => system.resolve(domain, rrtype) as Promise<string[]>);
    this.resolver = withLookupTimeout(base, opts.timeoutMs);
  }

  async scan(ctx: ScanContext): Promise<ScanResult> {
    const stream = ctx.raw();
    try {
      const res = await authenticate(stream, {
        ip: ctx.envelope.clientAddress,
        helo: ctx.envelope.helo,
        sender: ctx.envelope.mailFrom,
        mta: this.opts.mta,
        resolver: this.resolver,
        disableBimi: true,
      });
      ctx.auth = mapAuthResults(res);
    } catch (err) {
      ctx.log.warn({ event: 'scan.auth-failed', err: errorMessage(err) }, 'mailauth failed');
      ctx.auth = { ...UNKNOWN };
    } finally {
      stream.destroy();
    }
    return { status: 'pass', hits: [] };
  }
}
