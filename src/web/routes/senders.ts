import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify';
import { authOf } from '../auth.js';
import {
  addForUser,
  listForUser,
  readAddBody,
  removeForUser,
  senderAgencies,
  type SendersDeps,
} from '../senders-service.js';
import { translator, type MessageKey } from '../views/i18n.js';
import { messagePage, type PageCtx } from '../views/pages.js';
import { sendersPage, type SendersView } from '../views/senders.js';
import { idParam } from './params.js';

function ctxOf(req: FastifyRequest): PageCtx {
  const { user, session } = authOf(req);
  return { t: translator(user.lang), lang: user.lang, user, csrf: session.csrf };
}

function send(reply: FastifyReply, page: string, code = 200): FastifyReply {
  return reply.code(code).type('text/html; charset=utf-8').send(page);
}

function notFound(req: FastifyRequest, reply: FastifyReply): FastifyReply {
  const ctx = ctxOf(req);
  return send(reply, messagePage(ctx, ctx.t('notFound'), ctx.t('notFound'), 'notice error'), 404);
}

const NOTICES: Record<string, MessageKey> = { added: 'entryAdded', removed: 'entryRemoved' };

/**
 * The sender lists page (issue #13): list, add with a note, remove; an officer's own
 * agencies only, an admin's all (web/policies.ts `checkSenderList`). Changes are audited
 * (src/senders/manage.ts) and reach the scan workers within `senderLists.refreshMs`.
 */
export function registerSenderRoutes(
  app: FastifyInstance,
  deps: SendersDeps,
  requireAuth: preHandlerAsyncHookHandler,
): void {
  const opts = { preHandler: requireAuth };

  const render = async (
    req: FastifyRequest,
    reply: FastifyReply,
    agency: string,
    extra: Pick<SendersView, 'notice' | 'form'> = {},
    code = 200,
  ): Promise<FastifyReply> => {
    const { user } = authOf(req);
    const entries = await listForUser(deps, user, agency || undefined);
    if (entries === 'not-found') return notFound(req, reply);
    return send(
      reply,
      sendersPage(ctxOf(req), { entries, agencies: senderAgencies(deps, user), agency, ...extra }),
      code,
    );
  };

  app.get('/senders', opts, async (req, reply) => {
    const q = req.query as { agency?: unknown; done?: unknown };
    const agency = typeof q.agency === 'string' ? q.agency : '';
    const key = typeof q.done === 'string' ? NOTICES[q.done] : undefined;
    return render(req, reply, agency, key ? { notice: { key, ok: true } } : {});
  });

  app.post('/senders', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const input = readAddBody(req.body);
    if (!input) return notFound(req, reply);
    const r = await addForUser(deps, user, actor, input);
    if (r.ok)
      return reply.redirect(`/senders?agency=${encodeURIComponent(input.agency)}&done=added`, 303);
    if (r.error === 'not-found') return notFound(req, reply);
    const key: MessageKey = r.error === 'exists' ? 'entryExists' : `pattern_${r.problem}`;
    return render(req, reply, input.agency, { notice: { key, ok: false }, form: input }, 400);
  });

  app.post('/senders/:id/delete', opts, async (req, reply) => {
    const { user, actor } = authOf(req);
    const r = await removeForUser(deps, user, actor, idParam(req));
    if (r === 'not-found') return notFound(req, reply);
    return reply.redirect(`/senders?agency=${encodeURIComponent(r.agency)}&done=removed`, 303);
  });
}
