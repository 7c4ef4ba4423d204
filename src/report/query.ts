import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../store/db.js';
import { deadlineGuard, withDeadline } from '../store/query-deadline.js';
import {
  CATEGORIES,
  COUNTER_KEYS,
  DELIVERING_ACTIONS,
  REMOVING_ACTIONS,
  REPORT_TIME_ZONE,
  REPORT_UTC_OFFSET_MS,
  dateOfDayNumber,
  localDayNumber,
  previousPeriod,
  zeroCounters,
  type Category,
  type Counters,
  type Period,
} from './definitions.js';

/** An agency as the report names it (from the agency directory). */
export interface AgencyName {
  code: string;
  name: string;
}

export interface AgencyRow extends Counters {
  code: string;
  name: string;
}

/** Messages of one local day by verdict category (a message once, whatever its agencies). */
export type DayRow = { date: string } & Record<Category, number>;

export interface Ranked {
  name: string;
  count: number;
}

/** Everything a renderer needs; renderers are pure functions of this. */
export interface ReportData {
  period: { from: string; to: string; timeZone: string; start: string; end: string };
  /** Set when the report is limited to one agency (`--agency`). */
  agency: AgencyName | null;
  generatedAt: string;
  totals: Counters;
  agencies: AgencyRow[];
  daily: DayRow[];
  /** Ten most frequent virus names, by messages. */
  topViruses: Ranked[];
  /** Ten rules that hit most messages. */
  topRules: Ranked[];
  previous: { period: { from: string; to: string }; totals: Counters };
}

export interface ReportQuery {
  period: Period;
  /** The agency directory, in the order rows are shown. */
  agencies: readonly AgencyName[];
  /** Limit every figure to this agency code. */
  agency?: string;
  now: number;
  /** How many virus names and rules to list. @defaultValue 10 */
  top?: number;
  /**
   * Stop the queries after this long (milliseconds) with MS_ERR_REPORT_TIMEOUT
   * (store/query-deadline.ts); `reports.queryTimeoutMs` in the config. @defaultValue none
   */
  timeoutMs?: number;
}

/** Local day number of an event, in SQL; integer division on SQLite and PostgreSQL alike. */
const DAY_SQL = sql<number>`(time + ${sql.lit(REPORT_UTC_OFFSET_MS)}) / ${sql.lit(86_400_000)}`;

/**
 * Builds the report of a period from the event rows. Every figure is aggregated in the
 * database (GROUP BY, `count(distinct ...)`, standard SQL for SQLite and PostgreSQL): what
 * comes back is one row per agency, per (day, category) and per distinct list of rule or
 * virus names, never one per event; only the zero days of the chart are added here, at
 * most 1,827 of them since a period is at most five years (definitions.ts).
 * @throws QueryTimeoutError past `timeoutMs`.
 */
export async function queryReport(db: Db, q: ReportQuery): Promise<ReportData> {
  if (q.timeoutMs === undefined) return buildReport(db, q, undefined);
  return withDeadline(db, q.timeoutMs, (trx, until) => buildReport(trx, q, until));
}

async function buildReport(db: Db, q: ReportQuery, until: number | undefined): Promise<ReportData> {
  const scope = q.agency;
  const top = q.top ?? 10;
  const prev = previousPeriod(q.period);
  const w: Where = { db, agency: scope, until };
  const [totals, prevTotals, perAgency, daily, viruses, rules] = await Promise.all([
    counters(w, q.period, RELEASED),
    counters(w, prev, RELEASED),
    countersByAgency(w, q.period, RELEASED),
    perDay(w, q.period),
    ranked(w, q.period, 'viruses', top),
    ranked(w, q.period, 'rules', top),
  ]);
  const names = new Map(q.agencies.map((a) => [a.code, a.name]));
  const shown: AgencyName[] =
    scope !== undefined
      ? [{ code: scope, name: names.get(scope) ?? scope }]
      : [
          ...q.agencies,
          // Codes no longer in the directory (or UNKNOWN) still show, after the others.
          ...[...perAgency.keys()]
            .filter((c) => !names.has(c))
            .sort()
            .map((code) => ({ code, name: code })),
        ];
  return {
    period: {
      from: q.period.from,
      to: q.period.to,
      timeZone: REPORT_TIME_ZONE,
      start: new Date(q.period.start).toISOString(),
      end: new Date(q.period.end).toISOString(),
    },
    agency: scope !== undefined ? (shown[0] ?? null) : null,
    generatedAt: new Date(q.now).toISOString(),
    totals,
    agencies: shown.map((a) => ({
      code: a.code,
      name: a.name,
      ...(perAgency.get(a.code) ?? zeroCounters()),
    })),
    daily: fillDays(q.period, daily),
    topViruses: viruses,
    topRules: rules,
    previous: { period: { from: prev.from, to: prev.to }, totals: prevTotals },
  };
}

/**
 * A held message an officer released, for the agency of the event row: that agency's
 * hold is `released` (migration 0004: holds are per agency, so B's row is not counted
 * released because A's officer released A's copy). Messages without holds (none held
 * since) fall back to the message: `released_at` set by the web UI (migration 0002-web),
 * or the state `released` (left once redelivered, which is why `released_at` is read
 * first).
 */
const RELEASED = sql<SqlBool>`(exists (select 1 from quarantine_holds h where h.message_id = e.message_id and h.agency = e.agency and h.state = 'released') or (not exists (select 1 from quarantine_holds h2 where h2.message_id = e.message_id) and (m.released_at is not null or m.state = 'released')))`;

function inList(values: readonly string[]): Expression<unknown> {
  return sql`(${sql.join(values.map((v) => sql.lit(v)))})`;
}

/** One `count(distinct ...)` per counter, over event rows `e` joined to their message `m`. */
function counterColumns(released: Expression<SqlBool>) {
  const when = (cond: Expression<SqlBool>) =>
    sql<number>`count(distinct case when ${cond} then e.message_id end)`;
  const removed = sql<SqlBool>`e.category in ${inList(['spam', 'phishing'])} and e.action in ${inList(REMOVING_ACTIONS)}`;
  return {
    received: sql<number>`count(distinct e.message_id)`,
    delivered: when(sql<SqlBool>`e.action in ${inList(DELIVERING_ACTIONS)}`),
    tagged: when(sql<SqlBool>`e.action = 'tag'`),
    spamRemoved: when(removed),
    phishingRemoved: when(sql<SqlBool>`${removed} and e.category = 'phishing'`),
    malwareBlocked: when(sql<SqlBool>`e.category = 'malware'`),
    policyHeld: when(sql<SqlBool>`e.category = 'policy'`),
    released: when(released),
  } satisfies Record<keyof Counters, unknown>;
}

/** What every query of one report shares: the store, the agency scope, the deadline. */
interface Where {
  db: Db;
  agency: string | undefined;
  /** Epoch ms; the queries stop past it (store/query-deadline.ts). */
  until: number | undefined;
}

function baseQuery({ db, agency, until }: Where, p: Period) {
  return db
    .selectFrom('events as e')
    .leftJoin('messages as m', 'm.id', 'e.message_id')
    .where('e.time', '>=', p.start)
    .where('e.time', '<', p.end)
    .where(deadlineGuard(db, until))
    .$if(agency !== undefined, (qb) => qb.where('e.agency', '=', agency!));
}

function selectCounters(columns: ReturnType<typeof counterColumns>) {
  return COUNTER_KEYS.map((k) => columns[k].as(k));
}

function toCounters(row: Record<string, unknown> | undefined): Counters {
  const c = zeroCounters();
  // PostgreSQL returns count() as a string (bigint); SQLite as a number.
  for (const k of COUNTER_KEYS) c[k] = Number(row?.[k] ?? 0);
  return c;
}

async function counters(w: Where, p: Period, released: Expression<SqlBool>): Promise<Counters> {
  const row = await baseQuery(w, p)
    .select(selectCounters(counterColumns(released)))
    .executeTakeFirst();
  return toCounters(row);
}

async function countersByAgency(
  w: Where,
  p: Period,
  released: Expression<SqlBool>,
): Promise<Map<string, Counters>> {
  const rows = await baseQuery(w, p)
    .select('e.agency')
    .select(selectCounters(counterColumns(released)))
    .groupBy('e.agency')
    .execute();
  return new Map(rows.map((r) => [r.agency, toCounters(r)]));
}

async function perDay(
  { db, agency, until }: Where,
  p: Period,
): Promise<Map<number, Record<Category, number>>> {
  const rows = await db
    .selectFrom('events')
    .where('time', '>=', p.start)
    .where('time', '<', p.end)
    .where(deadlineGuard(db, until))
    .$if(agency !== undefined, (qb) => qb.where('agency', '=', agency!))
    .select([DAY_SQL.as('day'), 'category', sql<number>`count(distinct message_id)`.as('n')])
    .groupBy([DAY_SQL, 'category'])
    .execute();
  const out = new Map<number, Record<Category, number>>();
  for (const r of rows) {
    const day = Number(r.day);
    const rec = out.get(day) ?? emptyDay();
    if ((CATEGORIES as readonly string[]).includes(r.category)) {
      rec[r.category as Category] += Number(r.n);
    }
    out.set(day, rec);
  }
  return out;
}

function emptyDay(): Record<Category, number> {
  return { clean: 0, spam: 0, phishing: 0, malware: 0, policy: 0 };
}

/** Every day of the period, zeros included, so charts have no gaps. */
function fillDays(p: Period, days: Map<number, Record<Category, number>>): DayRow[] {
  const out: DayRow[] = [];
  for (let d = localDayNumber(p.start); d < localDayNumber(p.end); d++) {
    out.push({ date: dateOfDayNumber(d), ...(days.get(d) ?? emptyDay()) });
  }
  return out;
}

/**
 * Names in a JSON array column ranked by the messages they appear in. All rows of one
 * message carry the same array, so grouping by the JSON text in SQL and counting
 * distinct messages per group keeps each message once; only the (few) distinct arrays
 * are split here.
 */
async function ranked(
  { db, agency, until }: Where,
  p: Period,
  column: 'viruses' | 'rules',
  top: number,
): Promise<Ranked[]> {
  const rows = await db
    .selectFrom('events')
    .where('time', '>=', p.start)
    .where('time', '<', p.end)
    .where(deadlineGuard(db, until))
    .where(column, '<>', '[]')
    .$if(agency !== undefined, (qb) => qb.where('agency', '=', agency!))
    .select([column, sql<number>`count(distinct message_id)`.as('n')])
    .groupBy(column)
    .execute();
  const counts = new Map<string, number>();
  for (const r of rows) {
    let names: unknown;
    try {
      names = JSON.parse(r[column]);
    } catch {
      continue;
    }
    if (!Array.isArray(names)) continue;
    for (const name of new Set(names.filter((x): x is string => typeof x === 'string'))) {
      counts.set(name, (counts.get(name) ?? 0) + Number(r.n));
    }
  }
  return [...counts]
    .map(([name, count]) => ({ name, count }))
    .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .slice(0, top);
}
