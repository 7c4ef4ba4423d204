import type { FastifyInstance, FastifyReply, preHandlerAsyncHookHandler } from 'fastify';
import { z } from 'zod';
import { auditCsv, listAudit } from '../../quarantine/audit.js';
import { getMark } from '../../quarantine/marks.js';
import { searchQuarantine } from '../../quarantine/search.js';
import { toItem } from '../../quarantine/items.js';
import { idParam } from './params.js';
import { isId } from '../../core/ids.js';
import type { WebDeps } from '../deps.js';
import { authOf } from '../auth.js';
import { pickQuery, toSearch } from '../list-query.js';
import { canGlobal } from '../policies.js';
import * as service from '../service.js';
import {
  addForUser,
  entryJson,
  listForUser,
  readAddBody,
  removeForUser,
} from '../senders-service.js';
import type { Failure, Outcome } from '../service.js';

const STATUS: Record<Failure, number> = {
  'not-found': 404,
  forbidden: 403,
  'reason-required': 400,
  conflict: 409,
  unavailable: 503,
};

const reasonBody = z.object({ reason: z.string().max(2000).optional() }).passthrough();
const markBody = z.object({ mark: z.enum(['spam', 'ham']) }).passthrough();
const bulkBody = z
  .object({
    op: z.enum(['release', 'delete']),
    ids: z.array(z.string()).max(500),
    reason: z.string().max(2000).optional(),
  })
  .passthrough();

function fail(reply: FastifyReply, error: Failure): FastifyReply {
  return reply.code(STATUS[error]).send({ error });
}

function done(reply: FastifyReply, r: Outcome): FastifyReply {
  return r.ok ? reply.send({ ok: true }) : fail(reply, r.error);
}

/**
 * JSON API for scripts: the same operations and the same policy as the pages. Auth is
 * the session cookie from POST /api/login plus its CSRF token in `x-csrf-token` on
 * every POST.
 */
export function registerApiRoutes(
  app: FastifyInstance,
  deps: WebDeps,
  svc: service.QuarantineService,
  requireAuth: preHandlerAsyncHookHandler,
): void {
  const opts = { preHandler: requireAuth };
  app.get('/api/me', opts, async (req, reply) => {
    const { user, session } = authOf(req);
    return reply.send({
      name: user.name,
      role: user.role,
      agencies: user.agencies,
      lang: user.lang,
      csrf: session.csrf,
    });
  });

  app.get('/api/quarantine', opts, async (req, reply) => {
    const { user } = authOf(req);
    const search = toSearch(pickQuery(req.query), user, deps.agencies);
    const found = await searchQuarantine(deps.db, search);
    const rows = await service.scopedRows(svc, user, found.rows);
    const total = found.total;
    return reply.send({
      total,
      page: search.page,
      limit: search.limit,
      items: rows.map((r) => ({ ...toItem(r), state: r.state })),
    });
  });

  app.get('/api/quarantine/:id', opts, async (req, reply) => {
    const { user } = authOf(req);
    const id = idParam(req);
    const r = await service.viewMessage(svc, user, id);
    if (!r.ok) return fail(reply, r.error);
    return reply.send({ ...r.value, mark: (await getMark(deps.db, id)) ?? null });
  });

  app.post('/api/quarantine/:id/release', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const body = reasonBody.safeParse(req.body ?? {});
    if (!body.success) return reply.code(400).send({ error: 'bad request' });
    return done(
      reply,
      await service.release(svc, user, actor, idParam(req), body.data.reason ?? null),
    );
  });

  app.post('/api/quarantine/:id/delete', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const body = reasonBody.safeParse(req.body ?? {});
    if (!body.success) return reply.code(400).send({ error: 'bad request' });
    return done(
      reply,
      await service.remove(svc, user, actor, idParam(req), body.data.reason ?? null),
    );
  });

  app.post('/api/quarantine/:id/mark', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const body = markBody.safeParse(req.body ?? {});
    if (!body.success) return reply.code(400).send({ error: 'bad request' });
    return done(reply, await service.mark(svc, user, actor, idParam(req), body.data.mark));
  });

  app.post('/api/quarantine/bulk', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const body = bulkBody.safeParse(req.body ?? {});
    if (!body.success) return reply.code(400).send({ error: 'bad request' });
    const ids = body.data.ids.filter(isId);
    return reply.send(
      await service.bulk(svc, user, actor, body.data.op, ids, body.data.reason ?? null),
    );
  });

  app.get('/api/quarantine/:id/raw', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const r = await service.download(svc, user, actor, idParam(req));
    if (!r.ok) return fail(reply, r.error);
    return reply.type('message/rfc822').send(r.value);
  });

  // Sender allow/deny lists per agency (issue #13), scoped as the pages: another agency's
  // list or entry is 404.
  app.get('/api/senders', opts, async (req, reply) => {
    const { user } = authOf(req);
    const agency = (req.query as { agency?: unknown }).agency;
    const rows = await listForUser(
      deps,
      user,
      typeof agency === 'string' && agency ? agency : undefined,
    );
    if (rows === 'not-found') return fail(reply, 'not-found');
    return reply.send({ entries: rows.map(entryJson) });
  });

  app.post('/api/senders', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const input = readAddBody(req.body);
    if (!input) return reply.code(400).send({ error: 'bad request' });
    const r = await addForUser(deps, user, actor, input);
    if (r.ok) return reply.code(201).send({ entry: entryJson(r.entry) });
    if (r.error === 'not-found') return fail(reply, 'not-found');
    if (r.error === 'bad-pattern')
      return reply.code(400).send({ error: r.error, problem: r.problem });
    return reply.code(409).send({ error: 'exists', entry: entryJson(r.entry) });
  });

  app.post('/api/senders/:id/delete', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const r = await removeForUser(deps, user, actor, idParam(req));
    if (r === 'not-found') return fail(reply, 'not-found');
    return reply.send({ ok: true, removed: entryJson(r) });
  });

  app.get('/api/audit', opts, async (req, reply) => {
    const { user } = authOf(req);
    if (!canGlobal(user, 'audit')) return fail(reply, 'forbidden');
    const q = req.query as { limit?: string; offset?: string; message?: string };
    const limit = Math.min(1000, Math.max(1, Number(q.limit) || 100));
    const offset = Math.max(0, Number(q.offset) || 0);
    return reply.send(await listAudit(deps.db, { limit, offset, messageId: q.message }));
  });

  app.get('/api/audit.csv', opts, async (req, reply) => {
    const { user } = authOf(req);
    if (!canGlobal(user, 'audit')) return fail(reply, 'forbidden');
    const { rows } = await listAudit(deps.db, { limit: 1_000_000, offset: 0 });
    return reply.type('text/csv; charset=utf-8').send(auditCsv(rows));
  });
}
