import { LIST_STATES, SORT_KEYS, type SearchQuery, type SortKey } from '../quarantine/search.js';
import { visibleAgencies, type PolicyUser } from './policies.js';
import { parseDay } from './views/format.js';

export const PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 500;

/** The string-valued query parameters the list understands; anything else is ignored. */
const KEYS = [
  'from',
  'to',
  'category',
  'agency',
  'sender',
  'recipient',
  'subject',
  'threat',
  'state',
  'sort',
  'dir',
  'page',
  'limit',
] as const;

export function pickQuery(raw: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  const q = (raw ?? {}) as Record<string, unknown>;
  for (const k of KEYS) {
    const v = q[k];
    if (typeof v === 'string' && v.length > 0) out[k] = v.slice(0, 200);
  }
  return out;
}

/**
 * Query parameters → search, with the viewer's scope from the policy module and the
 * agencies' domains (from the directory) that keep the recipient filter within it.
 */
export function toSearch(
  q: Record<string, string>,
  user: PolicyUser,
  agencies: readonly { code: string; domains?: string[] }[],
): SearchQuery & { page: number } {
  const sort: SortKey = (SORT_KEYS as readonly string[]).includes(q.sort ?? '')
    ? (q.sort as SortKey)
    : 'received';
  const limit = Math.min(MAX_PAGE_SIZE, Math.max(1, Number(q.limit) || PAGE_SIZE));
  const page = Math.max(1, Math.floor(Number(q.page) || 1));
  const to = parseDay(q.to);
  return {
    from: parseDay(q.from),
    // The "to" day is inclusive: up to the start of the next day.
    to: to === undefined ? undefined : to + 86_400_000,
    category: q.category,
    agency: q.agency,
    sender: q.sender,
    recipient: q.recipient,
    subject: q.subject,
    threat: q.threat,
    state: (LIST_STATES as readonly string[]).includes(q.state ?? '') ? q.state : 'quarantined',
    sort,
    dir: q.dir === 'asc' ? 'asc' : 'desc',
    limit,
    offset: (page - 1) * limit,
    page,
    scope: visibleAgencies(user),
    agencyDomains: new Map(agencies.map((a) => [a.code, a.domains ?? []])),
  };
}
