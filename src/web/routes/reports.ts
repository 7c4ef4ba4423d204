import type { FastifyInstance, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import { MailshieldError } from '../../core/errors.js';
import {
  localDay,
  periodFromTo,
  periodOfMonth,
  previousMonth,
  type Period,
} from '../../report/definitions.js';
import { labels, TABLE_COUNTERS } from '../../report/labels.js';
import { queryReport } from '../../report/query.js';
import { EXTENSIONS, renderReport, type ReportFormat } from '../../report/render/index.js';
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
}

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
    const resolved = resolveParams(req, deps);
    if ('status' in resolved) return reply.code(resolved.status).send(resolved.message);
    const { period, agency, allowed } = resolved;
    const { user, session } = authOf(req);
    const lang = user.lang === 'en' ? 'en' : 'vi';
    const l = labels(lang);
    const data = await queryReport(deps.db, {
      period,
      agencies: deps.agencies,
      ...(agency !== undefined ? { agency } : {}),
      now: Date.now(),
    });
    const query = new URLSearchParams({ from: period.from, to: period.to });
    if (agency !== undefined) query.set('agency', agency);
    const link = (f: ReportFormat): string => `/reports/file.${EXTENSIONS[f]}?${query.toString()}`;
    const choices =
      allowed === undefined ? deps.agencies : deps.agencies.filter((a) => allowed.includes(a.code));
    const body = html`<h1>${l.title}</h1>
      <form method="get" action="/reports" class="filters">
        <label>${l.from} <input type="date" name="from" value="${period.from}" /></label>
        <label>${l.to} <input type="date" name="to" value="${period.to}" /></label>
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
      </form>
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
    const ctx = { t: translator(user.lang), lang: user.lang, user, csrf: session.csrf };
    return reply.type('text/html; charset=utf-8').send(layout(ctx, l.title, body));
  });

  app.get('/reports/file.:ext', opts, async (req, reply) => {
    const ext = (req.params as { ext: string }).ext;
    const format = (Object.keys(EXTENSIONS) as ReportFormat[]).find((f) => EXTENSIONS[f] === ext);
    if (!format) return reply.code(404).send('Not found');
    const resolved = resolveParams(req, deps);
    if ('status' in resolved) return reply.code(resolved.status).send(resolved.message);
    const { period, agency } = resolved;
    const { user } = authOf(req);
    const data = await queryReport(deps.db, {
      period,
      agencies: deps.agencies,
      ...(agency !== undefined ? { agency } : {}),
      now: Date.now(),
    });
    const name = `mailshield-${period.from}_${period.to}${agency ? `-${agency}` : ''}.${ext}`;
    return reply
      .type(CONTENT_TYPES[format])
      .header('content-disposition', `attachment; filename="${name}"`)
      .send(renderReport(data, format, user.lang === 'en' ? 'en' : 'vi'));
  });
}

type Resolved =
  | { period: Period; agency: string | undefined; allowed: string[] | undefined }
  | { status: number; message: string };

/**
 * Period (default: the previous month) and agency from the query, within the user's
 * scope: an agency outside it is answered 404, as in the quarantine, so its figures are
 * not disclosed; an officer without `agency` gets their first agency, never the province.
 */
function resolveParams(req: FastifyRequest, deps: ReportRouteDeps): Resolved {
  const q = req.query as ReportParams;
  const { user } = authOf(req);
  let period: Period;
  try {
    if (q.month) period = periodOfMonth(q.month);
    else if (q.from && q.to) period = periodFromTo(q.from, q.to);
    else period = periodOfMonth(previousMonth(Date.now()));
  } catch (err) {
    return { status: 400, message: err instanceof MailshieldError ? err.message : 'bad period' };
  }
  // Nothing is recorded in the future; a period starting there is a typing mistake.
  const today = localDay(Date.now());
  if (period.from > today) return { status: 400, message: 'period starts in the future' };
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
