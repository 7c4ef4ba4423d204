import { AUTH_RESULTS } from '../rules/schema.js';
import type {
  AuthResult,
  AuthResults,
  HeaderField,
  ScanContext,
  ScanResult,
  Scanner,
} from '../types.js';

/**
 * Sender authentication as recorded in a message's `Authentication-Results` field
 * (RFC 8601) by the server named `authservId`: what eval replays instead of the DNS
 * queries it cannot make offline. Only that server's field counts (anyone can write an
 * Authentication-Results field; RFC 8601 §5 says to trust only one's own); the first one
 * from the top is the last hop's. Undefined when the message has none from that server.
 */
export function recordedAuth(
  headers: readonly HeaderField[],
  authservId: string,
): AuthResults | undefined {
  const id = authservId.toLowerCase();
  const field = headers.find(
    (h) =>
      h.name === 'authentication-results' &&
      h.value.trimStart().toLowerCase().split(/[\s;]/, 1)[0] === id,
  );
  if (field === undefined) return undefined;
  const results: AuthResults = { spf: 'none', dkim: 'none', dmarc: 'none', arc: 'none' };
  // Comments in parentheses may hold anything, "dkim=pass" included.
  const value = field.value.replace(/\([^()]{0,500}\)/g, ' ');
  for (const method of ['spf', 'dkim', 'dmarc', 'arc'] as const) {
    const found = [...value.matchAll(new RegExp(`(?:^|[;\\s])${method}\\s*=\\s*([a-z]+)`, 'gi'))]
      .map((m) => (m[1] ?? '').toLowerCase())
      .filter((r): r is AuthResult => (AUTH_RESULTS as readonly string[]).includes(r));
    // Several DKIM signatures: the best one, as the auth scanner reports.
    if (found.length > 0)
      results[method] = found.includes('pass') ? 'pass' : (found[0] as AuthResult);
  }
  return results;
}

/**
 * Eval's stand-in for the auth scanner: sets `ctx.auth` from the results the server
 * `authservId` recorded in the message (see {@link recordedAuth}), with no DNS query.
 * A message without such a field gets none, as if auth had not run.
 */
export class RecordedAuthScanner implements Scanner {
  readonly name = 'auth';
  constructor(private readonly authservId: string) {}

  scan(ctx: ScanContext): Promise<ScanResult> {
    const auth = recordedAuth(ctx.mail.headers, this.authservId);
    if (auth !== undefined) ctx.auth = auth;
    return Promise.resolve({ status: 'pass', hits: [] });
  }
}
