import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify';
import { auditCsv, listAudit } from '../../quarantine/audit.js';
import { getMark } from '../../quarantine/marks.js';
import { searchQuarantine } from '../../quarantine/search.js';
import { idParam } from './params.js';
import { isId } from '../../core/ids.js';
import type { WebDeps } from '../deps.js';
import { authOf } from '../auth.js';
import { pickQuery, toSearch } from '../list-query.js';
import { canGlobal, check, releaseNeedsReason } from '../policies.js';
import * as service from '../service.js';
import type { Failure } from '../service.js';
import { translator } from '../views/i18n.js';
import {
  auditPage,
  bulkNotice,
  detailPage,
  downloadWarningPage,
  listPage,
  messagePage,
  type PageCtx,
} from '../views/pages.js';

type Body = Record<string, unknown>;

function str(body: unknown, key: string): string {
  const v = (body as Body | undefined)?.[key];
  return typeof v === 'string' ? v : '';
}

function ctxOf(req: FastifyRequest): PageCtx {
  const { user, session } = authOf(req);
  return { t: translator(user.lang), lang: user.lang, user, csrf: session.csrf };
}

function send(reply: FastifyReply, page: string, code = 200): FastifyReply {
  return reply.code(code).type('text/html; charset=utf-8').send(page);
}

const STATUS: Record<Failure, number> = {
  'not-found': 404,
  forbidden: 403,
  'reason-required': 400,
  conflict: 409,
  unavailable: 503,
};

function failPage(req: FastifyRequest, reply: FastifyReply, error: Failure): FastifyReply {
  const ctx = ctxOf(req);
  const text =
    error === 'not-found'
      ? ctx.t('notFound')
      : error === 'forbidden'
        ? ctx.t('forbidden')
        : error === 'reason-required'
          ? ctx.t('reasonRequired')
          : error;
  return send(reply, messagePage(ctx, text, text, 'notice error'), STATUS[error]);
}

/** Server-rendered pages; every route carries requireAuth. */
export function registerUiRoutes(
  app: FastifyInstance,
  deps: WebDeps,
  svc: service.QuarantineService,
  requireAuth: preHandlerAsyncHookHandler,
): void {
  const opts = { preHandler: requireAuth };
  app.get('/quarantine', opts, async (req, reply) => {
    const { user } = authOf(req);
    const query = pickQuery(req.query);
    const search = toSearch(query, user, deps.agencies);
    const found = await searchQuarantine(deps.db, search);
    const rows = await service.scopedRows(svc, user, found.rows);
    const total = found.total;
    const scope = search.scope;
    return send(
      reply,
      listPage(ctxOf(req), {
        rows,
        total,
        page: search.page,
        pageSize: search.limit,
        query,
        agencies: scope ? deps.agencies.filter((a) => scope.includes(a.code)) : deps.agencies,
        sort: search.sort,
        dir: search.dir,
      }),
    );
  });

  app.post('/quarantine/bulk', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const body = req.body as Body | undefined;
    const raw = body?.ids;
    const ids = (Array.isArray(raw) ? raw : [raw]).filter(
      (v): v is string => typeof v === 'string' && isId(v),
    );
    const op =
      str(body, 'op') === 'release'
        ? 'release'
        : str(body, 'op') === 'delete'
          ? 'delete'
          : undefined;
    if (!op) return failPage(req, reply, 'not-found');
    const result = await service.bulk(svc, user, actor, op, ids, str(body, 'reason') || null);
    const query = pickQuery({});
    const search = toSearch(query, user, deps.agencies);
    const found = await searchQuarantine(deps.db, search);
    const rows = await service.scopedRows(svc, user, found.rows);
    const total = found.total;
    return send(
      reply,
      listPage(ctxOf(req), {
        rows,
        total,
        page: 1,
        pageSize: search.limit,
        query,
        agencies: deps.agencies,
        sort: search.sort,
        dir: search.dir,
        notice: bulkNotice(ctxOf(req).t, result),
      }),
    );
  });

  app.get('/quarantine/:id', opts, async (req, reply) => {
    const { user } = authOf(req);
    const id = idParam(req);
    const r = await service.viewMessage(svc, user, id);
    if (!r.ok) return failPage(req, reply, r.error);
    const item = { agencies: r.value.agencies, category: r.value.category };
    return send(
      reply,
      detailPage(ctxOf(req), r.value, {
        canDownload: check(user, 'download', item) === 'ok',
        needsReason: releaseNeedsReason(item),
        mark: await getMark(deps.db, id),
      }),
    );
  });

  app.post('/quarantine/:id/release', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const id = idParam(req);
    const r = await service.release(svc, user, actor, id, str(req.body, 'reason') || null);
    if (!r.ok) return failPage(req, reply, r.error);
    return reply.redirect(`/quarantine/${id}`, 303);
  });

  app.post('/quarantine/:id/delete', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const id = idParam(req);
    const r = await service.remove(svc, user, actor, id, str(req.body, 'reason') || null);
    if (!r.ok) return failPage(req, reply, r.error);
    return reply.redirect('/quarantine', 303);
  });

  app.post('/quarantine/:id/mark', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const id = idParam(req);
    const m = str(req.body, 'mark');
    if (m !== 'spam' && m !== 'ham') return failPage(req, reply, 'not-found');
    const r = await service.mark(svc, user, actor, id, m);
    if (!r.ok) return failPage(req, reply, r.error);
    return reply.redirect(`/quarantine/${id}`, 303);
  });

  app.get('/quarantine/:id/raw', opts, async (req, reply) => {
    const { user } = authOf(req);
    const id = idParam(req);
    const r = await service.viewMessage(svc, user, id);
    if (!r.ok) return failPage(req, reply, r.error);
    const decision = check(user, 'download', {
      agencies: r.value.agencies,
      category: r.value.category,
    });
    if (decision !== 'ok') return failPage(req, reply, decision);
    return send(reply, downloadWarningPage(ctxOf(req), id));
  });

  app.get('/quarantine/:id/raw.eml', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const id = idParam(req);
    const r = await service.download(svc, user, actor, id);
    if (!r.ok) return failPage(req, reply, r.error);
    return reply
      .type('application/octet-stream')
      .header('content-disposition', `attachment; filename="${id}.eml"`)
      .send(r.value);
  });

  app.get('/audit', opts, async (req, reply) => {
    const { user } = authOf(req);
    if (!canGlobal(user, 'audit')) return failPage(req, reply, 'forbidden');
    const page = Math.max(1, Math.floor(Number((req.query as { page?: string }).page) || 1));
    const { rows, total } = await listAudit(deps.db, { limit: 100, offset: (page - 1) * 100 });
    return send(reply, auditPage(ctxOf(req), rows, page, Math.max(1, Math.ceil(total / 100))));
  });

  app.get('/audit.csv', opts, async (req, reply) => {
    const { user } = authOf(req);
    if (!canGlobal(user, 'audit')) return failPage(req, reply, 'forbidden');
    const { rows } = await listAudit(deps.db, { limit: 1_000_000, offset: 0 });
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', 'attachment; filename="mailshield-audit.csv"')
      .send(auditCsv(rows));
  });
}
