import { Readable } from 'node:stream';
import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify';
import {
  checkNotFuture,
  localDay,
  periodFromTo,
  periodOfMonth,
  previousMonth,
  ReportPeriodError,
  type Period,
  type PeriodProblem,
} from '../../report/definitions.js';
import { labels, periodProblemText, TABLE_COUNTERS, type Lang } from '../../report/labels.js';
import { queryReport, type ReportData } from '../../report/query.js';
import { EXTENSIONS, reportChunks, type ReportFormat } from '../../report/render/index.js';
import { QueryTimeoutError } from '../../store/query-deadline.js';
import type { Logger } from '../../core/logger.js';
import type { Db } from '../../store/db.js';
import { authOf } from '../auth.js';
import { visibleAgencies } from '../policies.js';
import { html } from '../views/html.js';
import { layout } from '../views/pages.js';
import { translator } from '../views/i18n.js';

/** What the report routes need of the app's deps (WebDeps has them). */
export interface ReportRouteDeps {
  db: Db;
  agencies: { code: string; name: string }[];
  /** Time limit of a report's queries (reports.queryTimeoutMs). @defaultValue 20000 */
  reportTimeoutMs?: number;
  log?: Logger;
}

/** @defaultValue of ReportRouteDeps.reportTimeoutMs, as in the config schema. */
const DEFAULT_REPORT_TIMEOUT_MS = 20_000;

interface ReportParams {
  month?: string;
  from?: string;
  to?: string;
  agency?: string;
}

const CONTENT_TYPES: Record<ReportFormat, string> = {
  text: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
};

/**
 * The reports page: a period picker, the headline and per-agency table, and the report
 * files (html, csv, json, text) as downloads. Scope as in the quarantine: an admin sees
 * the province or any agency, an officer only the agencies of their account.
 *
 * The html report is served as a download: the app's CSP forbids the inline style the
 * self-contained report needs, and the downloaded file prints on its own.
 */
export function registerReportRoutes(
  app: FastifyInstance,
  deps: ReportRouteDeps,
  requireAuth: preHandlerAsyncHookHandler,
): void {
  const opts = { preHandler: requireAuth };

  app.get('/reports', opts, async (req, reply) => {
    const { user, session } = authOf(req);
    const lang: Lang = user.lang === 'en' ? 'en' : 'vi';
    const l = labels(lang);
    const ctx = { t: translator(user.lang), lang: user.lang, user, csrf: session.csrf };
    const resolved = resolveParams(req, deps);
    if ('status' in resolved && resolved.problem === undefined) {
      return reply.code(resolved.status).send(resolved.message);
    }
    const allowed = visibleAgencies(user);
    const choices =
      allowed === undefined ? deps.agencies : deps.agencies.filter((a) => allowed.includes(a.code));
    const q = reportParams(req);
    // A refused period comes back as the form, with what was typed and why, in the
    // officer's language (issue #15).
    const form = (from: string, to: string, agency: string | undefined) =>
      html`<h1>${l.title}</h1>
        <form method="get" action="/reports" class="filters">
          <label>${l.from} <input type="date" name="from" value="${from}" /></label>
          <label>${l.to} <input type="date" name="to" value="${to}" /></label>
          <label
            >${l.agencyName}
            <select name="agency">
              ${
                allowed === undefined
                  ? html`<option value="" ${agency === undefined ? 'selected' : ''}>
                      ${l.provinceTotal}
                    </option>`
                  : ''
              }
              ${choices.map(
                (a) =>
                  html`<option value="${a.code}" ${a.code === agency ? 'selected' : ''}>
                    ${a.name}
                  </option>`,
              )}
            </select></label
          >
          <button type="submit">OK</button>
        </form>`;
    const refuse = (status: number, message: string) =>
      reply
        .code(status)
        .type('text/html; charset=utf-8')
        .send(
          layout(
            ctx,
            l.title,
            html`${form(q.from ?? '', q.to ?? '', q.agency || undefined)}
              <p class="error" role="alert">${message}</p>`,
          ),
        );
    if ('status' in resolved)
      return refuse(resolved.status, periodProblemText(resolved.problem!, lang));
    const { period, agency } = resolved;
    let data: ReportData;
    try {
      data = await report(deps, period, agency);
    } catch (err) {
      if (err instanceof QueryTimeoutError) return refuse(503, timeoutText(err, lang));
      throw err;
    }
    const query = new URLSearchParams({ from: period.from, to: period.to });
    if (agency !== undefined) query.set('agency', agency);
    const link = (f: ReportFormat): string => `/reports/file.${EXTENSIONS[f]}?${query.toString()}`;
    const body = html`${form(period.from, period.to, agency)}
      <p class="headline"><strong>${l.headline(data)}</strong></p>
      <p>
        <a href="${link('html')}">HTML</a> · <a href="${link('csv')}">CSV</a> ·
        <a href="${link('json')}">JSON</a> · <a href="${link('text')}">TXT</a>
      </p>
      <table>
        <thead>
          <tr>
            <th>${l.agencyCode}</th>
            <th>${l.agencyName}</th>
            ${TABLE_COUNTERS.map((k) => html`<th>${l.counters[k]}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${data.agencies.map(
            (a) =>
              html`<tr>
                <td>${a.code}</td>
                <td>${a.name}</td>
                ${TABLE_COUNTERS.map((k) => html`<td class="num">${l.number(a[k])}</td>`)}
              </tr>`,
          )}
          <tr>
            <td></td>
            <td><strong>${data.agency ? data.agency.name : l.provinceTotal}</strong></td>
            ${TABLE_COUNTERS.map(
              (k) => html`<td class="num"><strong>${l.number(data.totals[k])}</strong></td>`,
            )}
          </tr>
        </tbody>
      </table>
      <p class="muted">${l.footnote}</p>`;
    return reply.type('text/html; charset=utf-8').send(layout(ctx, l.title, body));
  });

  /**
   * The report files. The figures are aggregated in the database first (bounded: one row
   * per agency and per day of at most five years); the file is then streamed, CSV a line
   * and JSON an element at a time, so no request holds the whole body as one string.
   * A refused period is 400 and a report past its time limit 503, both with the reason
   * in the officer's language: JSON `{ error, message }` for the JSON file, text otherwise.
   */
  app.get('/reports/file.:ext', opts, async (req, reply) => {
    const ext = (req.params as { ext: string }).ext;
    const format = (Object.keys(EXTENSIONS) as ReportFormat[]).find((f) => EXTENSIONS[f] === ext);
    if (!format) return reply.code(404).send('Not found');
    const { user } = authOf(req);
    const lang: Lang = user.lang === 'en' ? 'en' : 'vi';
    const refuse = (status: number, code: string, message: string): FastifyReply =>
      format === 'json'
        ? reply.code(status).type(CONTENT_TYPES.json).send({ error: code, message })
        : reply.code(status).type(CONTENT_TYPES.text).send(`${message}\n`);
    const resolved = resolveParams(req, deps);
    if ('status' in resolved) {
      if (resolved.problem === undefined) return reply.code(resolved.status).send(resolved.message);
      return refuse(
        resolved.status,
        'MS_ERR_REPORT_PERIOD',
        periodProblemText(resolved.problem, lang),
      );
    }
    const { period, agency } = resolved;
    let data: ReportData;
    try {
      data = await report(deps, period, agency);
    } catch (err) {
      if (err instanceof QueryTimeoutError) {
        return refuse(503, 'MS_ERR_REPORT_TIMEOUT', timeoutText(err, lang));
      }
      throw err;
    }
    const name = `mailshield-${period.from}_${period.to}${agency ? `-${agency}` : ''}.${ext}`;
    return reply
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(Readable.from(reportChunks(data, format, lang)));
  });
}

async function report(
  deps: ReportRouteDeps,
  period: Period,
  agency: string | undefined,
): Promise<ReportData> {
  const timeoutMs = deps.reportTimeoutMs ?? DEFAULT_REPORT_TIMEOUT_MS;
  try {
    return await queryReport(deps.db, {
      period,
      agencies: deps.agencies,
      ...(agency !== undefined ? { agency } : {}),
      now: Date.now(),
      timeoutMs,
    });
  } catch (err) {
    if (err instanceof QueryTimeoutError) {
      deps.log?.warn(
        { event: 'report.timeout', from: period.from, to: period.to, agency, timeoutMs },
        'report stopped at its time limit',
      );
    }
    throw err;
  }
}

function timeoutText(err: QueryTimeoutError, lang: Lang): string {
  const s = Math.round(err.timeoutMs / 100) / 10;
  return lang === 'en'
    ? `The report took longer than ${s} s and was stopped: choose a shorter period or one agency.`
    : `Báo cáo cần hơn ${String(s).replace('.', ',')} giây nên đã dừng: hãy chọn khoảng thời gian ngắn hơn hoặc một đơn vị.`;
}

/** The query's parameters that are single strings (a repeated one is ignored). */
function reportParams(req: FastifyRequest): ReportParams {
  const raw = (req.query ?? {}) as Record<string, unknown>;
  const out: ReportParams = {};
  for (const k of ['month', 'from', 'to', 'agency'] as const) {
    const v = raw[k];
    if (typeof v === 'string') out[k] = v;
  }
  return out;
}

type Resolved =
  | { period: Period; agency: string | undefined; allowed: string[] | undefined }
  | { status: number; message: string; problem?: PeriodProblem };

/**
 * Period (default: the previous month) and agency from the query, within the user's
 * scope: an agency outside it is answered 404, as in the quarantine, so its figures are
 * not disclosed; an officer without `agency` gets their first agency, never the province.
 */
function resolveParams(req: FastifyRequest, deps: ReportRouteDeps): Resolved {
  const q = reportParams(req);
  const { user } = authOf(req);
  let period: Period;
  try {
    if (q.month) period = periodOfMonth(q.month);
    else if (q.from && q.to) period = periodFromTo(q.from, q.to);
    else period = periodOfMonth(previousMonth(Date.now()));
    // Nothing is recorded in the future; a period starting there is a typing mistake.
    checkNotFuture(period, localDay(Date.now()));
  } catch (err) {
    if (err instanceof ReportPeriodError) {
      return { status: 400, message: err.message, problem: err.problem };
    }
    throw err;
  }
  const allowed = visibleAgencies(user);
  const wanted = q.agency ? q.agency : undefined;
  if (wanted !== undefined) {
    if (!deps.agencies.some((a) => a.code === wanted)) return notFound();
    if (allowed !== undefined && !allowed.includes(wanted)) return notFound();
    return { period, agency: wanted, allowed };
  }
  if (allowed === undefined) return { period, agency: undefined, allowed };
  const first = allowed[0];
  return first === undefined ? notFound() : { period, agency: first, allowed };
}

function notFound(): { status: number; message: string } {
  return { status: 404, message: 'Not found' };
}
