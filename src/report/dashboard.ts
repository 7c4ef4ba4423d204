import { sql } from 'kysely';
import type { Db } from '../store/db.js';
import { domainOf, escapeLike, jsonTextElements } from '../store/dialect.js';
import {
  DELIVERING_ACTIONS,
  REPORT_UTC_OFFSET_MS,
  dateOfDayNumber,
  localDayNumber,
  type Period,
} from './definitions.js';
import { queryReport, type Ranked, type ReportData, type ReportQuery } from './query.js';

/** One day of the dashboard's chart (local day, Asia/Ho_Chi_Minh). */
export interface DashboardDay {
  date: string;
  received: number;
  delivered: number;
  spam: number;
  phishing: number;
  malware: number;
}

export interface DashboardData {
  /** The report of the same period and scope: the cards show its totals, unchanged. */
  report: ReportData;
  days: DashboardDay[];
  topRecipients: Ranked[];
  topSenderDomains: Ranked[];
  topClients: Ranked[];
}

export interface DashboardQuery extends ReportQuery {
  /**
   * Mail domains of the agency in scope (`agency`), so the recipient ranking lists only
   * that agency's recipients, never those of another agency on the same message.
   */
  agencyDomains?: readonly string[];
}

const DAY_SQL = sql<number>`(e.time + ${sql.lit(REPORT_UTC_OFFSET_MS)}) / ${sql.lit(86_400_000)}`;

/**
 * The dashboard (issue #17): the report of the period (report/query.ts, so its cards and
 * the report cannot disagree), per-day delivered counts for the chart, and the most targeted
 * recipients, sending domains and client addresses. Every figure counts distinct messages
 * over the same event rows as the report (time in the period, agency scope), aggregated in
 * the database; only ten rows per ranking come back.
 */
export async function queryDashboard(db: Db, q: DashboardQuery): Promise<DashboardData> {
  const top = q.top ?? 10;
  const report = await queryReport(db, q);
  const base = () =>
    db
      .selectFrom('events as e')
      .where('e.time', '>=', q.period.start)
      .where('e.time', '<', q.period.end)
      .$if(q.agency !== undefined, (qb) => qb.where('e.agency', '=', q.agency!));
  const n = sql<number>`count(distinct e.message_id)`;
  const [delivered, recipients, domains, clients] = await Promise.all([
    base()
      .where('e.action', 'in', [...DELIVERING_ACTIONS])
      .select([DAY_SQL.as('day'), n.as('n')])
      .groupBy(DAY_SQL)
      .execute(),
    topRecipientRows(db, q, top),
    base()
      .innerJoin('messages as m', 'm.id', 'e.message_id')
      .select([domainOf(db, sql.ref('m.mail_from')).as('name'), n.as('n')])
      .groupBy(domainOf(db, sql.ref('m.mail_from')))
      .orderBy(sql`count(distinct e.message_id)`, 'desc')
      .orderBy(domainOf(db, sql.ref('m.mail_from')))
      .limit(top)
      .execute(),
    base()
      .innerJoin('smtp_trace as c', (j) =>
        j.onRef('c.queue_id', '=', 'e.message_id').on('c.outcome', '=', 'accepted'),
      )
      .select(['c.client_address as name', n.as('n')])
      .groupBy('c.client_address')
      .orderBy(sql`count(distinct e.message_id)`, 'desc')
      .orderBy('c.client_address')
      .limit(top)
      .execute(),
  ]);
  return {
    report,
    days: chartDays(q.period, report, new Map(delivered.map((r) => [Number(r.day), Number(r.n)]))),
    topRecipients: ranked(recipients.rows),
    topSenderDomains: ranked(domains),
    topClients: ranked(clients),
  };
}

/**
 * Recipients by the messages they got, one row per element of `rcpt_to` (store/dialect.ts);
 * with an agency in scope, only recipients in that agency's domains.
 */
function topRecipientRows(db: Db, q: DashboardQuery, top: number) {
  const w = [sql`e.time >= ${q.period.start}`, sql`e.time < ${q.period.end}`];
  if (q.agency !== undefined) {
    w.push(sql`e.agency = ${q.agency}`);
    const domains = q.agencyDomains ?? [];
    w.push(
      domains.length === 0
        ? sql`1 = 0`
        : sql`(${sql.join(
            domains.map(
              (d) => sql`lower(r.value) like ${`%@${escapeLike(d.toLowerCase())}`} escape '!'`,
            ),
            sql` or `,
          )})`,
    );
  }
  return sql<{ name: string; n: number }>`select lower(r.value) as name,
    count(distinct e.message_id) as n
    from events e inner join messages m on m.id = e.message_id,
    ${jsonTextElements(db, sql.ref('m.rcpt_to'), 'r')}
    where ${sql.join(w, sql` and `)}
    group by lower(r.value) order by n desc, name limit ${top}`.execute(db);
}

function ranked(rows: { name: string; n: number }[]): Ranked[] {
  return rows.map((r) => ({ name: r.name, count: Number(r.n) }));
}

/** The report's days (every day of the period, zeros included) with delivered added. */
function chartDays(p: Period, report: ReportData, delivered: Map<number, number>): DashboardDay[] {
  const byDate = new Map(report.daily.map((d) => [d.date, d]));
  const out: DashboardDay[] = [];
  for (let d = localDayNumber(p.start); d < localDayNumber(p.end); d++) {
    const date = dateOfDayNumber(d);
    const r = byDate.get(date);
    out.push({
      date,
      received: r ? r.clean + r.spam + r.phishing + r.malware + r.policy : 0,
      delivered: delivered.get(d) ?? 0,
      spam: r?.spam ?? 0,
      phishing: r?.phishing ?? 0,
      malware: r?.malware ?? 0,
    });
  }
  return out;
}
