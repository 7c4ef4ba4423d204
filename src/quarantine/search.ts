import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../store/db.js';
import type { MessageRow } from '../store/messages-repo.js';
import type { HoldRow, HoldState } from '../store/holds-repo.js';
import { escapeLike, jsonTextElements } from '../store/dialect.js';

export const SORT_KEYS = ['received', 'score', 'size', 'subject', 'from', 'category'] as const;
export type SortKey = (typeof SORT_KEYS)[number];

const SORT_COLUMN = {
  received: 'received_at',
  score: 'score',
  size: 'size',
  subject: 'subject',
  from: 'from_header',
  category: 'category',
} as const;

export const LIST_STATES = ['quarantined', 'delivering', 'delivered', 'deleted', 'purged'] as const;

/** Filters of the quarantine list; every text filter is a case-insensitive substring. */
export interface SearchFilters {
  /** Epoch ms, inclusive. */
  from?: number | undefined;
  /** Epoch ms, exclusive. */
  to?: number | undefined;
  category?: string | undefined;
  agency?: string | undefined;
  sender?: string | undefined;
  recipient?: string | undefined;
  subject?: string | undefined;
  /** Virus name or rule id. */
  threat?: string | undefined;
  /** Default: quarantined. */
  state?: string | undefined;
}

export interface SearchQuery extends SearchFilters {
  sort: SortKey;
  dir: 'asc' | 'desc';
  limit: number;
  offset: number;
  /**
   * Agencies the viewer may see; undefined means all. Comes from web/policies.ts
   * (`visibleAgencies`), the one place that decides scope.
   */
  scope: string[] | undefined;
  /**
   * The mail domains of each agency (the agency directory), so the recipient filter
   * matches only recipients in scope. Needed whenever `scope` is set.
   */
  agencyDomains?: ReadonlyMap<string, readonly string[]>;
}

type TextColumn = 'mail_from' | 'from_header' | 'subject' | 'hits' | 'viruses';

/**
 * Literal, case-insensitive substring test. LIKE with its wildcards escaped, because it
 * is the one substring test both SQLite and PostgreSQL have (`instr` is SQLite's only,
 * `strpos` PostgreSQL's): `50%_off` matches only those characters.
 */
function contains(column: TextColumn, value: string): RawBuilder<boolean> {
  const pattern = `%${value.toLowerCase().replace(/[!%_]/g, (c) => `!${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '!'`;
}

/**
 * The recipient filter (issue #15): a recipient of the message contains `value`, and when
 * the viewer's scope is limited, that recipient is one of theirs (its domain is a domain of
 * an agency in scope, exactly, as the ingress and the list's recipient column decide). So
 * an officer of agency A who searches for an address of agency B finds nothing, not even a
 * message A holds too: the search tells them nothing about B's mail. One row per recipient
 * from the JSON array (store/dialect.ts), matched with LIKE, standard on both stores.
 * The message trace (src/trace/search.ts) uses the same test on its own alias.
 */
export function recipientTest(
  db: Db,
  value: string,
  domains: readonly string[] | undefined,
  column = 'messages.rcpt_to',
): RawBuilder<boolean> {
  const needle = `%${escapeLike(value.toLowerCase())}%`;
  if (domains === undefined) {
    return sql<boolean>`lower(${sql.ref(column)}) like ${needle} escape '!'`;
  }
  if (domains.length === 0) return sql<boolean>`1 = 0`;
  const inDomains = sql.join(
    domains.map((d) => sql`lower(r.value) like ${`%@${escapeLike(d.toLowerCase())}`} escape '!'`),
    sql` or `,
  );
  return sql<boolean>`exists (select 1 from ${jsonTextElements(db, sql.ref(column), 'r')} where lower(r.value) like ${needle} escape '!' and (${inDomains}))`;
}

/**
 * Whether an agency in `scope` (undefined: any) has a hold of the message in one of
 * `states`. Holds are per agency (issue #15): what one agency's officers did to their copy
 * never changes what another agency's officers see.
 */
function holdTest(scope: string[] | undefined, states: HoldState[]): RawBuilder<boolean> {
  const inScope =
    scope === undefined ? sql`1 = 1` : sql`h.agency in (${sql.join(scope.map((c) => sql`${c}`))})`;
  return sql<boolean>`exists (select 1 from quarantine_holds h where h.message_id = ${sql.ref(
    'messages.id',
  )} and h.state in (${sql.join(states.map((st) => sql`${st}`))}) and ${inScope})`;
}

/**
 * A list state as the viewer sees it: `quarantined` while one of their agencies still holds
 * the message; `delivering` / `delivered` once their copies were released (and the message
 * is in that delivery state); `deleted` / `purged` when their copies all ended that way.
 */
function stateTest(state: string, scope: string[] | undefined): RawBuilder<boolean> {
  const held = holdTest(scope, ['quarantined']);
  if (state === 'quarantined') return held;
  const released = holdTest(scope, ['released']);
  if (state === 'delivering' || state === 'delivered') {
    return sql<boolean>`(${released} and not ${held} and ${sql.ref('messages.state')} = ${state})`;
  }
  const ended = holdTest(scope, [state as HoldState]);
  return sql<boolean>`(${ended} and not ${held} and not ${released})`;
}

/** The state a viewer with this scope sees for a message with these holds (see stateTest). */
export function viewerState(
  messageState: string,
  holds: readonly HoldRow[],
  scope: readonly string[] | undefined,
): string {
  const mine = holds.filter((h) => scope === undefined || scope.includes(h.agency));
  if (mine.length === 0) return messageState;
  if (mine.some((h) => h.state === 'quarantined')) return 'quarantined';
  if (mine.some((h) => h.state === 'released')) {
    return messageState === 'quarantined' ? 'delivering' : messageState;
  }
  return [...mine].sort((a, b) => b.updated_at - a.updated_at)[0]?.state ?? messageState;
}

/**
 * Messages the gateway held (action quarantine), filtered, sorted and paged.
 */
export async function searchQuarantine(
  db: Db,
  q: SearchQuery,
): Promise<{ rows: MessageRow[]; total: number }> {
  // The agency filter narrows the viewer's scope: it never widens it.
  let scope = q.scope;
  if (q.agency) scope = (scope ?? [q.agency]).filter((c) => c === q.agency);
  if (scope !== undefined && scope.length === 0) return { rows: [], total: 0 };
  let base = db
    .selectFrom('messages')
    .where('action', '=', 'quarantine')
    .where(stateTest(q.state ?? 'quarantined', scope));
  if (q.from !== undefined) base = base.where('received_at', '>=', q.from);
  if (q.to !== undefined) base = base.where('received_at', '<', q.to);
  if (q.category) base = base.where('category', '=', q.category);
  if (q.sender) {
    const v = q.sender;
    base = base.where(sql<boolean>`(${contains('mail_from', v)} or ${contains('from_header', v)})`);
  }
  if (q.recipient) {
    const domains =
      scope === undefined ? undefined : scope.flatMap((c) => q.agencyDomains?.get(c) ?? []);
    base = base.where(recipientTest(db, q.recipient, domains));
  }
  if (q.subject) base = base.where(contains('subject', q.subject));
  if (q.threat) {
    const v = q.threat;
    base = base.where(sql<boolean>`(${contains('hits', v)} or ${contains('viruses', v)})`);
  }
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  const rows = await base
    .selectAll()
    .orderBy(SORT_COLUMN[q.sort], q.dir)
    .orderBy('id', q.dir)
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  return { rows, total: Number(count?.n ?? 0) };
}
