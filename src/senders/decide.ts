import type { AuthResults, SenderListDecision } from '../scan/types.js';
import type { RuleHit } from '../scan/rules/types.js';
import type { SenderListKind } from './pattern.js';
import { domainOf, normalizeSender, patternMatches, withinDomain } from './pattern.js';

/**
 * Pure: which of the per-agency sender list entries apply to one message, and how.
 *
 * **The sender** is two identities, compared with every entry of every agency among the
 * recipients: the envelope sender (SMTP MAIL FROM, what SPF authenticates) and each
 * address of the From header (what the recipient sees, what DMARC authenticates).
 *
 * - **Deny** matches on either identity, unauthenticated: claiming to be a denied sender
 *   only gets one's own mail held, so there is nothing to forge.
 * - **Allow** vouches for a sender, and anyone can write any From header or MAIL FROM. An
 *   allow entry is *verified* only when the sender's authentication supports the identity
 *   it matched: a From address with DMARC `pass` (and a single From address, the case
 *   DMARC judges), or the envelope sender with SPF `pass` while every From address is in
 *   the entry's domain (so a passing envelope cannot carry a forged From of another
 *   domain). Authentication proves a domain, never a mailbox: an address entry is as
 *   strong as its domain's authentication, which the docs say.
 *   A verified allow delivers mail that would be tagged or held as spam (see
 *   verdict/sender-lists.ts for what it never delivers); an unverified one only lowers the
 *   score by `unverifiedScore` and the verdict says it was not verified.
 * - **Several agencies** among the recipients share one verdict, so the safe reading wins:
 *   a deny of any of them holds the message (the other agencies' officers see it held,
 *   with the entry named, and may release their own copy); an allow applies only when every
 *   agency among the recipients allows the sender, since one agency's officer cannot vouch
 *   for mail to another's.
 */
export interface SenderEntry {
  id: string;
  kind: SenderListKind;
  pattern: string;
  note: string;
}

export interface SenderListInput {
  /** Entries by agency code. */
  entries: ReadonlyMap<string, readonly SenderEntry[]>;
  /** Agency codes of the recipients (from the directory). */
  agencies: readonly string[];
  /** SMTP MAIL FROM; empty for the null sender. */
  envelopeFrom: string;
  /** Addresses of the From header. */
  fromHeader: readonly string[];
  /** The auth scanner's results; undefined when authentication is off or did not run. */
  auth: AuthResults | undefined;
  /** Score of an allow entry the sender's authentication does not support (negative). */
  unverifiedScore: number;
}

export type { SenderListDecision };
export type SenderListOutcome = SenderListDecision['outcome'];

/** The descriptions officers read next to the hits, as rules carry them. */
export const SENDER_LIST_RULES = {
  SENDER_DENIED: {
    description: "The sender is on the deny list of the recipient's agency: held as spam",
    descriptionVi:
      'Người gửi nằm trong danh sách chặn của cơ quan nhận: thư bị cách ly như thư rác',
  },
  SENDER_ALLOWED: {
    description:
      "The sender is on the allow list of the recipient's agency and its authentication (DMARC or SPF) confirms it: not held as spam",
    descriptionVi:
      'Người gửi nằm trong danh sách cho phép của cơ quan nhận và xác thực (DMARC hoặc SPF) khẳng định đúng người gửi: không bị cách ly như thư rác',
  },
  SENDER_ALLOWED_UNVERIFIED: {
    description:
      "The sender is on the allow list of the recipient's agency, but its authentication does not confirm it (the sender may be forged): the score is only lowered",
    descriptionVi:
      'Người gửi nằm trong danh sách cho phép của cơ quan nhận nhưng xác thực không khẳng định đúng người gửi (có thể bị giả mạo): chỉ giảm điểm',
  },
  SENDER_ALLOWED_NOT_APPLIED: {
    description:
      'The sender is on the allow list of one agency among the recipients, but not of every one (or another denies it): the allow entry is not applied',
    descriptionVi:
      'Người gửi nằm trong danh sách cho phép của một cơ quan nhận nhưng không phải của mọi cơ quan nhận (hoặc bị cơ quan khác chặn): không áp dụng danh sách cho phép',
  },
} as const;

type ListRule = keyof typeof SENDER_LIST_RULES;

/** Detail strings are shown to officers and stored with the verdict: bounded. */
const MAX_DETAIL = 300;

function hit(rule: ListRule, score: number, detail: string): RuleHit {
  return {
    rule,
    group: 'senderlist',
    score,
    detail: detail.slice(0, MAX_DETAIL),
    ...SENDER_LIST_RULES[rule],
  };
}

interface Identity {
  /** `MAIL FROM` or `From`, for the detail. */
  source: 'MAIL FROM' | 'From';
  address: string;
}

interface AllowMatch {
  entry: SenderEntry;
  identity: Identity;
  /** How authentication supports it (`DMARC pass`), or why not (`not verified: …`). */
  how: string;
  verified: boolean;
}

export function decideSenderLists(input: SenderListInput): SenderListDecision {
  const envelope = normalizeSender(input.envelopeFrom);
  const froms = input.fromHeader
    .map((a) => normalizeSender(a))
    .filter((a): a is string => a !== undefined);
  const identities: Identity[] = [
    ...(envelope !== undefined ? [{ source: 'MAIL FROM' as const, address: envelope }] : []),
    ...froms.map((address) => ({ source: 'From' as const, address })),
  ];
  const agencies = [...new Set(input.agencies)];
  const denies: { agency: string; entry: SenderEntry; identity: Identity }[] = [];
  const allows = new Map<string, AllowMatch>();
  for (const agency of agencies) {
    const entries = input.entries.get(agency) ?? [];
    if (entries.length === 0) continue;
    const deny = firstMatch(entries, 'deny', identities);
    if (deny) denies.push({ agency, ...deny });
    const allow = bestAllow(entries, identities, froms, input.auth);
    if (allow) allows.set(agency, allow);
  }
  const label = (agency: string, e: SenderEntry, id: Identity): string =>
    `${agency}: ${e.kind} ${e.pattern} (${id.source} ${id.address}${e.note ? `; ${e.note}` : ''})`;
  if (denies.length > 0) {
    const denied = denies.map((d) => label(d.agency, d.entry, d.identity));
    const deniedBy = denies.map((d) => d.agency).join(', ');
    const hits = [
      ...denies.map((d) => hit('SENDER_DENIED', 0, label(d.agency, d.entry, d.identity))),
      ...[...allows].map(([agency, a]) =>
        hit(
          'SENDER_ALLOWED_NOT_APPLIED',
          0,
          `${label(agency, a.entry, a.identity)}; denied by ${deniedBy}: held, the safe reading`,
        ),
      ),
    ];
    const disagree =
      allows.size > 0 ? ` (allowed by ${[...allows.keys()].join(', ')}: lists disagree, held)` : '';
    return { outcome: 'deny', hits, reason: `sender list: ${denied.join('; ')}${disagree}` };
  }
  if (allows.size === 0) return { outcome: 'none', hits: [], reason: '' };
  const without = agencies.filter((a) => !allows.has(a));
  if (without.length > 0) {
    return {
      outcome: 'allow-partial',
      hits: [...allows].map(([agency, a]) =>
        hit(
          'SENDER_ALLOWED_NOT_APPLIED',
          0,
          `${label(agency, a.entry, a.identity)}; not on an allow list of ${without.join(', ')}, also recipients`,
        ),
      ),
      reason: '',
    };
  }
  const matches = [...allows];
  if (matches.every(([, a]) => a.verified)) {
    const parts = matches.map(([agency, a]) => `${label(agency, a.entry, a.identity)}, ${a.how}`);
    return {
      outcome: 'allow',
      hits: parts.map((p) => hit('SENDER_ALLOWED', 0, p)),
      reason: `sender list: ${parts.join('; ')}`,
    };
  }
  // One scoring hit however many agencies: the score is lowered once.
  const detail = matches
    .map(([agency, a]) => `${label(agency, a.entry, a.identity)}, ${a.how}`)
    .join('; ');
  return {
    outcome: 'allow-unverified',
    hits: [hit('SENDER_ALLOWED_UNVERIFIED', input.unverifiedScore, detail)],
    reason: '',
  };
}

function firstMatch(
  entries: readonly SenderEntry[],
  kind: SenderListKind,
  identities: readonly Identity[],
): { entry: SenderEntry; identity: Identity } | undefined {
  for (const entry of entries) {
    if (entry.kind !== kind) continue;
    const identity = identities.find((id) => patternMatches(entry.pattern, id.address));
    if (identity) return { entry, identity };
  }
  return undefined;
}

/** The agency's allow entry that matches, a verified match first. */
function bestAllow(
  entries: readonly SenderEntry[],
  identities: readonly Identity[],
  froms: readonly string[],
  auth: AuthResults | undefined,
): AllowMatch | undefined {
  let unverified: AllowMatch | undefined;
  for (const entry of entries) {
    if (entry.kind !== 'allow') continue;
    for (const identity of identities) {
      if (!patternMatches(entry.pattern, identity.address)) continue;
      const match = verify(entry, identity, froms, auth);
      if (match.verified) return match;
      unverified ??= match;
    }
  }
  return unverified;
}

function verify(
  entry: SenderEntry,
  identity: Identity,
  froms: readonly string[],
  auth: AuthResults | undefined,
): AllowMatch {
  const base = { entry, identity };
  if (auth === undefined) {
    return { ...base, verified: false, how: 'not verified: sender authentication did not run' };
  }
  const results = `SPF ${auth.spf}, DMARC ${auth.dmarc}`;
  if (identity.source === 'From') {
    // DMARC judges the one address of a single-address From (RFC 7489 §6.6.1).
    if (auth.dmarc === 'pass' && froms.length === 1) {
      return { ...base, verified: true, how: 'DMARC pass' };
    }
    return { ...base, verified: false, how: `not verified: ${results}` };
  }
  // SPF authenticates the envelope domain only: the From the recipient reads must be in
  // the entry's domain too, or a passing envelope would carry any forged From.
  const entryDomain = entry.pattern.includes('@') ? domainOf(entry.pattern) : entry.pattern;
  const fromsInside =
    froms.length > 0 && froms.every((f) => withinDomain(domainOf(f), entryDomain));
  if (auth.spf === 'pass' && fromsInside) return { ...base, verified: true, how: 'SPF pass' };
  const why = auth.spf === 'pass' ? `From not in ${entryDomain}` : results;
  return { ...base, verified: false, how: `not verified: ${why}` };
}
