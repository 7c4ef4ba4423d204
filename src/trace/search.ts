import { sql, type RawBuilder } from 'kysely';
import type { Db } from '../store/db.js';
import { escapeLike, jsonTextElements } from '../store/dialect.js';
import { recipientTest } from '../quarantine/search.js';

/** Filters of the message trace; every text filter is a case-insensitive substring. */
export interface TraceFilters {
  /** Epoch ms, inclusive. */
  from?: number | undefined;
  /** Epoch ms, exclusive. */
  to?: number | undefined;
  /** Envelope sender or From header. */
  sender?: string | undefined;
  recipient?: string | undefined;
  subject?: string | undefined;
  /** The Message-ID header. */
  messageId?: string | undefined;
  /** The gateway's queue (spool) id, exactly. */
  queueId?: string | undefined;
  /** The SMTP client's address. */
  client?: string | undefined;
  /** `accepted`: messages only; `refused`: what the SMTP phase refused or deferred. */
  kind?: 'all' | 'accepted' | 'refused' | undefined;
}

export interface TraceQuery extends TraceFilters {
  limit: number;
  offset: number;
  /** Agencies the viewer may see (web/policies.ts `visibleAgencies`); undefined: all. */
  scope: string[] | undefined;
  /** Each agency's mail domains, so the recipient filter stays within the scope. */
  agencyDomains: ReadonlyMap<string, readonly string[]>;
}

/** One line of the trace: a message the gateway accepted, or one SMTP-phase reply. */
export interface TraceListRow {
  /** `message`: a row of `messages`, or a message spooled but not scanned yet; `smtp`: a refusal. */
  kind: 'message' | 'smtp';
  /** The message (queue) id, or the smtp_trace row id. */
  id: string;
  time: number;
  mailFrom: string;
  subject: string | null;
  /** Message state (scanned, delivering, quarantined, …), `received` (not scanned yet), or the SMTP outcome. */
  state: string;
  category: string | null;
  action: string | null;
  /** JSON string[] of recipients (messages) or the one recipient (smtp rows, may be null). */
  recipients: string[];
  agencies: string[];
  code: number | null;
  reply: string | null;
  clientAddress: string | null;
  /** The queue id of the message concerned, if it was spooled. */
  queueId: string | null;
}

interface RawRow {
  kind: string;
  id: string;
  time: number | string;
  mail_from: string | null;
  subject: string | null;
  state: string;
  category: string | null;
  action: string | null;
  rcpt: string | null;
  agencies: string | null;
  code: number | string | null;
  reply: string | null;
  client_address: string | null;
  queue_id: string | null;
}

function like(expr: RawBuilder<unknown>, value: string): RawBuilder<boolean> {
  return sql<boolean>`lower(${expr}) like ${`%${escapeLike(value.toLowerCase())}%`} escape '!'`;
}

function and(parts: RawBuilder<boolean>[]): RawBuilder<boolean> {
  return parts.length === 0 ? sql<boolean>`1 = 1` : sql<boolean>`${sql.join(parts, sql` and `)}`;
}

function inList(values: readonly string[]): RawBuilder<unknown> {
  return sql`(${sql.join(values.map((v) => sql`${v}`))})`;
}

/**
 * The message branch: messages with a verdict. Scope as the quarantine's: a message one of
 * the viewer's agencies received (its `agencies`), and the recipient filter matches only
 * the viewer's recipients (quarantine/search.ts `recipientTest`), so an officer of A
 * learns nothing about B's mail by searching for B's addresses.
 */
function messageBranch(db: Db, q: TraceQuery, scope: string[] | undefined): RawBuilder<unknown> {
  const w: RawBuilder<boolean>[] = [];
  if (scope !== undefined) {
    w.push(
      sql<boolean>`exists (select 1 from ${jsonTextElements(db, sql.ref('m.agencies'), 'a')} where a.value in ${inList(scope)})`,
    );
  }
  if (q.from !== undefined) w.push(sql<boolean>`m.received_at >= ${q.from}`);
  if (q.to !== undefined) w.push(sql<boolean>`m.received_at < ${q.to}`);
  if (q.sender) {
    w.push(
      sql<boolean>`(${like(sql`m.mail_from`, q.sender)} or ${like(sql`m.from_header`, q.sender)})`,
    );
  }
  if (q.recipient) {
    const domains =
      scope === undefined ? undefined : scope.flatMap((c) => q.agencyDomains.get(c) ?? []);
    w.push(recipientTest(db, q.recipient, domains, 'm.rcpt_to'));
  }
  if (q.subject) w.push(like(sql`m.subject`, q.subject));
  if (q.messageId) w.push(like(sql`coalesce(m.message_id, '')`, q.messageId));
  if (q.queueId) w.push(sql<boolean>`m.id = ${q.queueId}`);
  if (q.client) {
    w.push(
      sql<boolean>`exists (select 1 from smtp_trace c where c.queue_id = m.id and ${like(sql`c.client_address`, q.client)})`,
    );
  }
  return sql`select 'message' as kind, m.id as id, m.received_at as time, m.mail_from as mail_from,
    m.subject as subject, m.state as state, m.category as category, m.action as action,
    m.rcpt_to as rcpt, m.agencies as agencies, cast(null as integer) as code,
    cast(null as text) as reply,
    (select min(c.client_address) from smtp_trace c where c.queue_id = m.id) as client_address,
    m.id as queue_id
    from messages m where ${and(w)}`;
}

/**
 * The SMTP branch: replies that refused or deferred a session, sender, recipient or
 * message, and acceptances of messages not scanned yet (no message row: shown as
 * `received`). A before-queue 550 has a message row (state `rejected`), so only that row is
 * listed. Scope: the recipient's agency; rows with no agency (a relay attempt, a session
 * refused before any recipient) only for those who see every agency.
 */
function smtpBranch(q: TraceQuery, scope: string[] | undefined): RawBuilder<unknown> | undefined {
  // Refusals carry no subject or Message-ID: a search for either finds messages only.
  if (q.subject || q.messageId) return undefined;
  const w: RawBuilder<boolean>[] = [
    sql<boolean>`(t.queue_id is null or not exists (select 1 from messages m2 where m2.id = t.queue_id))`,
  ];
  if (q.kind === 'refused') w.push(sql<boolean>`t.outcome <> 'accepted'`);
  if (scope !== undefined) w.push(sql<boolean>`t.agency in ${inList(scope)}`);
  if (q.from !== undefined) w.push(sql<boolean>`t.time >= ${q.from}`);
  if (q.to !== undefined) w.push(sql<boolean>`t.time < ${q.to}`);
  if (q.sender) w.push(like(sql`coalesce(t.mail_from, '')`, q.sender));
  if (q.recipient) w.push(like(sql`coalesce(t.rcpt, '')`, q.recipient));
  if (q.queueId) w.push(sql<boolean>`t.queue_id = ${q.queueId}`);
  if (q.client) w.push(like(sql`t.client_address`, q.client));
  return sql`select 'smtp' as kind, t.id as id, t.time as time, t.mail_from as mail_from,
    cast(null as text) as subject,
    case when t.outcome = 'accepted' then 'received' else t.outcome end as state,
    cast(null as text) as category, cast(null as text) as action, t.rcpt as rcpt,
    t.agency as agencies, t.code as code, t.reply as reply, t.client_address as client_address,
    t.queue_id as queue_id
    from smtp_trace t where ${and(w)}`;
}

/**
 * Searches the message trace: accepted messages (with their verdict and state) and what
 * the SMTP phase refused, newest first, paged. One UNION ALL in the database, standard SQL
 * on SQLite and PostgreSQL; the viewer's scope is applied in both branches.
 */
export async function searchTrace(
  db: Db,
  q: TraceQuery,
): Promise<{ rows: TraceListRow[]; total: number }> {
  const scope = q.scope;
  if (scope !== undefined && scope.length === 0) return { rows: [], total: 0 };
  const branches: RawBuilder<unknown>[] = [];
  if (q.kind !== 'refused') branches.push(messageBranch(db, q, scope));
  const smtp = q.kind === 'accepted' ? undefined : smtpBranch(q, scope);
  if (smtp) branches.push(smtp);
  if (q.kind === 'refused' && !smtp) return { rows: [], total: 0 };
  const union = sql.join(branches, sql` union all `);
  const count = await sql<{ n: number | string }>`select count(*) as n from (${union}) u`.execute(
    db,
  );
  const rows = await sql<RawRow>`select * from (${union}) u
    order by u.time desc, u.id desc limit ${q.limit} offset ${q.offset}`.execute(db);
  return {
    rows: rows.rows.map(toListRow),
    total: Number(count.rows[0]?.n ?? 0),
  };
}

function toListRow(r: RawRow): TraceListRow {
  const message = r.kind === 'message';
  return {
    kind: message ? 'message' : 'smtp',
    id: r.id,
    time: Number(r.time),
    mailFrom: r.mail_from ?? '',
    subject: r.subject,
    state: r.state,
    category: r.category,
    action: r.action,
    recipients: message ? parseList(r.rcpt) : r.rcpt ? [r.rcpt] : [],
    agencies: message ? parseList(r.agencies) : r.agencies ? [r.agencies] : [],
    code: r.code === null ? null : Number(r.code),
    reply: r.reply,
    clientAddress: r.client_address,
    queueId: r.queue_id,
  };
}

function parseList(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
