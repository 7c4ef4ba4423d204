import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../store/db.js';
import type { MessageRow } from '../store/messages-repo.js';

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
}

type TextColumn =
  'agencies' | 'mail_from' | 'from_header' | 'rcpt_to' | 'subject' | 'hits' | 'viruses';

/** Literal, case-insensitive substring test (instr, not LIKE: no wildcard to escape). */
function contains(column: TextColumn, value: string): RawBuilder<boolean> {
  return sql<boolean>`instr(lower(${sql.ref(column)}), ${value.toLowerCase()}) > 0`;
}

/** Agency membership on the JSON array text: `"CODE"` with its quotes, so SYT never matches SYTE. */
function agencyTest(code: string): RawBuilder<boolean> {
  return sql<boolean>`instr(${sql.ref('agencies')}, ${JSON.stringify(code)}) > 0`;
}

/**
 * Messages the gateway held (action quarantine), filtered, sorted and paged.
 */
export async function searchQuarantine(
  db: Db,
  q: SearchQuery,
): Promise<{ rows: MessageRow[]; total: number }> {
  let base = db
    .selectFrom('messages')
    .where('action', '=', 'quarantine')
    .where('state', '=', q.state ?? 'quarantined');
  if (q.scope !== undefined) {
    const scope = q.scope;
    if (scope.length === 0) return { rows: [], total: 0 };
    base = base.where(
      () =>
        sql<boolean>`(${sql.join(
          scope.map((c) => agencyTest(c)),
          sql` or `,
        )})`,
    );
  }
  if (q.from !== undefined) base = base.where('received_at', '>=', q.from);
  if (q.to !== undefined) base = base.where('received_at', '<', q.to);
  if (q.category) base = base.where('category', '=', q.category);
  if (q.agency) base = base.where(agencyTest(q.agency));
  if (q.sender) {
    const v = q.sender;
    base = base.where(sql<boolean>`(${contains('mail_from', v)} or ${contains('from_header', v)})`);
  }
  if (q.recipient) base = base.where(contains('rcpt_to', q.recipient));
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
