import type { FastifyInstance, FastifyReply, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../../store/db.js';
import { holdsOf } from '../../store/holds-repo.js';
import { getSmtpTrace } from '../../store/trace-repo.js';
import { viewerState } from '../../quarantine/search.js';
import { searchTrace, type TraceFilters } from '../../trace/search.js';
import { loadMessageTrace } from '../../trace/detail.js';
import { authOf } from '../auth.js';
import {
  checkTraceRow,
  check,
  visibleAgencies,
  visibleRecipients,
  type PolicyUser,
} from '../policies.js';
import { parseDay } from '../views/format.js';
import { messagePage } from '../views/pages.js';
import { traceListPage, traceMessagePage, traceRefusalPage } from '../views/trace.js';
import { traceText } from '../views/trace-text.js';
import { translator } from '../views/i18n.js';

/** What the trace routes need of the app's deps (WebDeps has them). */
export interface TraceRouteDeps {
  db: Db;
  agencies: { code: string; name: string; domains?: string[] }[];
}

const PAGE_SIZE = 50;
const KEYS = [
  'from',
  'to',
  'sender',
  'recipient',
  'subject',
  'messageId',
  'queueId',
  'client',
  'kind',
  'page',
] as const;

function pick(raw: unknown): Record<string, string> {
  const q = (raw ?? {}) as Record<string, unknown>;
  const out: Record<string, string> = {};
  for (const k of KEYS) {
    const v = q[k];
    if (typeof v === 'string' && v.trim().length > 0) out[k] = v.trim().slice(0, 200);
  }
  return out;
}

function filters(q: Record<string, string>): TraceFilters {
  const to = parseDay(q.to);
  return {
    from: parseDay(q.from),
    // The "to" day is inclusive: up to the start of the next day.
    to: to === undefined ? undefined : to + 86_400_000,
    sender: q.sender,
    recipient: q.recipient,
    subject: q.subject,
    messageId: q.messageId,
    queueId: q.queueId,
    client: q.client,
    kind: q.kind === 'accepted' || q.kind === 'refused' ? q.kind : 'all',
  };
}

/**
 * The message trace (issue #17): `/trace` searches every message and SMTP refusal,
 * `/trace/m/:id` shows one message per recipient, `/trace/s/:id` one SMTP-phase row.
 * Scope exactly as the quarantine's (web/policies.ts): an officer finds only messages to
 * their agencies, sees only their agencies' recipients on them (never another agency's,
 * even on a message to both) and only the refusals of their agencies' recipients.
 */
export function registerTraceRoutes(
  app: FastifyInstance,
  deps: TraceRouteDeps,
  agencyOf: (rcpt: string) => string | undefined,
  requireAuth: preHandlerAsyncHookHandler,
): void {
  const opts = { preHandler: requireAuth };
  const domains = new Map(deps.agencies.map((a) => [a.code, a.domains ?? []]));
  const ctxOf = (req: Parameters<typeof authOf>[0]) => {
    const { user, session } = authOf(req);
    return { t: translator(user.lang), lang: user.lang, user, csrf: session.csrf };
  };
  const notFound = (req: Parameters<typeof authOf>[0], reply: FastifyReply): FastifyReply => {
    const ctx = ctxOf(req);
    const text = traceText(ctx.lang)('notFound');
    return reply
      .code(404)
      .type('text/html; charset=utf-8')
      .send(messagePage(ctx, text, text, 'notice error'));
  };

  app.get('/trace', opts, async (req, reply) => {
    const { user } = authOf(req);
    const query = pick(req.query);
    const page = Math.max(1, Math.floor(Number(query.page) || 1));
    const scope = visibleAgencies(user);
    const found = await searchTrace(deps.db, {
      ...filters(query),
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
      scope,
      agencyDomains: domains,
    });
    const holds = await holdsOf(
      deps.db,
      found.rows.filter((r) => r.kind === 'message').map((r) => r.id),
    );
    const rows = found.rows.map((r) =>
      r.kind === 'message'
        ? {
            ...r,
            recipients: visibleRecipients(user, r.recipients, agencyOf),
            state: viewerState(r.state, holds.get(r.id) ?? [], scope),
          }
        : r,
    );
    return reply
      .type('text/html; charset=utf-8')
      .send(
        traceListPage(ctxOf(req), { rows, total: found.total, page, pageSize: PAGE_SIZE, query }),
      );
  });

  app.get('/trace/m/:id', opts, async (req, reply) => {
    const { user } = authOf(req);
    const id = String((req.params as { id: string }).id).slice(0, 200);
    const m = await loadMessageTrace(deps.db, id, agencyOf);
    if (!m) return notFound(req, reply);
    if (check(user, 'view', { agencies: m.agencies, category: m.category ?? '' }) !== 'ok') {
      return notFound(req, reply);
    }
    const scoped = scopeMessage(user, m, agencyOf);
    const held = m.action === 'quarantine';
    return reply
      .type('text/html; charset=utf-8')
      .send(traceMessagePage(ctxOf(req), scoped, { quarantineLink: held }));
  });

  app.get('/trace/s/:id', opts, async (req, reply) => {
    const { user } = authOf(req);
    const id = String((req.params as { id: string }).id).slice(0, 100);
    const row = await getSmtpTrace(deps.db, id);
    if (!row || checkTraceRow(user, row.agency) !== 'ok') return notFound(req, reply);
    return reply.type('text/html; charset=utf-8').send(traceRefusalPage(ctxOf(req), row));
  });
}

/** The message as this user may see it: their recipients and their SMTP rows only. */
function scopeMessage<
  M extends {
    recipients: { address: string }[];
    smtp: { agency: string | null }[];
    agencies: string[];
  },
>(user: PolicyUser, m: M, agencyOf: (rcpt: string) => string | undefined): M {
  const mine = new Set(
    visibleRecipients(
      user,
      m.recipients.map((r) => r.address),
      agencyOf,
    ),
  );
  return {
    ...m,
    recipients: m.recipients.filter((r) => mine.has(r.address)),
    smtp: m.smtp.filter((s) => checkTraceRow(user, s.agency) === 'ok'),
    agencies: m.agencies.filter((a) => checkTraceRow(user, a) === 'ok'),
  };
}
