import type { FastifyInstance, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../../store/db.js';
import { localDay, periodFromTo } from '../../report/definitions.js';
import { queryDashboard } from '../../report/dashboard.js';
import { QueryTimeoutError } from '../../store/query-deadline.js';
import { authOf } from '../auth.js';
import { visibleAgencies } from '../policies.js';
import { dashboardPage } from '../views/dashboard.js';
import { messagePage } from '../views/pages.js';
import { translator } from '../views/i18n.js';
import { traceText } from '../views/trace-text.js';

/** What the dashboard needs of the app's deps (WebDeps has them). */
export interface DashboardRouteDeps {
  db: Db;
  agencies: { code: string; name: string; domains?: string[] }[];
  /** Time limit of the report's queries (reports.queryTimeoutMs). @defaultValue 20000 */
  reportTimeoutMs?: number;
}

/** Days the dashboard shows, today included. */
export const DASHBOARD_DAYS = 30;

/**
 * The dashboard (issue #17): the last 30 local days, today included, in the scope the
 * reports use (an admin: the province or one agency; an officer: one of their agencies,
 * the first by default; another agency is 404). Its figures are the report's
 * (report/dashboard.ts runs report/query.ts for the same period and agency).
 */
export function registerDashboardRoutes(
  app: FastifyInstance,
  deps: DashboardRouteDeps,
  requireAuth: preHandlerAsyncHookHandler,
): void {
  const opts = { preHandler: requireAuth };
  app.get('/', opts, async (_req, reply) => reply.redirect('/dashboard', 302));

  app.get('/dashboard', opts, async (req, reply) => {
    const { user, session } = authOf(req);
    const ctx = { t: translator(user.lang), lang: user.lang, user, csrf: session.csrf };
    const allowed = visibleAgencies(user);
    const choices =
      allowed === undefined ? deps.agencies : deps.agencies.filter((a) => allowed.includes(a.code));
    const wanted = (req.query as { agency?: unknown } | undefined)?.agency;
    let agency: string | undefined;
    if (typeof wanted === 'string' && wanted !== '') {
      if (!choices.some((a) => a.code === wanted)) {
        return reply
          .code(404)
          .type('text/html; charset=utf-8')
          .send(messagePage(ctx, ctx.t('notFound'), ctx.t('notFound'), 'notice error'));
      }
      agency = wanted;
    } else if (allowed !== undefined) {
      agency = choices[0]?.code;
      if (agency === undefined) {
        return reply
          .code(404)
          .type('text/html; charset=utf-8')
          .send(messagePage(ctx, ctx.t('notFound'), ctx.t('notFound'), 'notice error'));
      }
    }
    const now = Date.now();
    const to = localDay(now);
    const from = localDay(now - (DASHBOARD_DAYS - 1) * 86_400_000);
    try {
      const data = await queryDashboard(deps.db, {
        period: periodFromTo(from, to),
        agencies: deps.agencies,
        ...(agency !== undefined
          ? {
              agency,
              agencyDomains: deps.agencies.find((a) => a.code === agency)?.domains ?? [],
            }
          : {}),
        now,
        timeoutMs: deps.reportTimeoutMs ?? 20_000,
      });
      return reply
        .type('text/html; charset=utf-8')
        .send(dashboardPage(ctx, { data, choices, province: allowed === undefined, agency }));
    } catch (err) {
      if (err instanceof QueryTimeoutError) {
        return reply
          .code(503)
          .type('text/html; charset=utf-8')
          .send(
            messagePage(
              ctx,
              traceText(ctx.lang)('dashTitle'),
              traceText(ctx.lang)('dashTimeout'),
              'notice error',
            ),
          );
      }
      throw err;
    }
  });
}
