import Fastify, { type FastifyBaseLogger, type FastifyInstance, type RouteOptions } from 'fastify';
import cookie from '@fastify/cookie';
import formbody from '@fastify/formbody';
import rateLimit from '@fastify/rate-limit';
import type { WebDeps } from './deps.js';
import { makeRequireAuth } from './auth.js';
import { registerLoginRoutes } from './routes/login.js';
import { registerUiRoutes } from './routes/ui.js';
import { registerApiRoutes } from './routes/api.js';
import { registerReportRoutes } from './routes/reports.js';
import { registerSenderRoutes } from './routes/senders.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerTraceRoutes } from './routes/trace.js';
import { registerDashboardRoutes } from './routes/dashboard.js';
import type { QuarantineService } from './service.js';

export type { WebConfig, WebDeps } from './deps.js';

/** One registered route, as the route-table test sees it. */
export interface RouteRecord {
  method: string;
  url: string;
  preHandlers: unknown[];
}

declare module 'fastify' {
  interface FastifyInstance {
    routeRecords: RouteRecord[];
  }
}

/**
 * The app's Content-Security-Policy: no script at all (the UI needs none), nothing from
 * another origin, no framing of the app. The preview iframe adds its own, stricter CSP.
 */
export const APP_CSP = [
  "default-src 'self'",
  "script-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  "img-src 'self' data:",
].join('; ');

/**
 * Builds the web UI and JSON API, unstarted (STYLE §5.8): `cli/` listens, tests inject.
 */
export async function buildWebApp(deps: WebDeps): Promise<FastifyInstance> {
  // Typed as fastify's logger so the app keeps fastify's default instance type.
  const logger: FastifyBaseLogger = deps.log.child({ component: 'web' });
  const app = Fastify({
    // Fastify's own errors (a failing hook, a bad plugin) go to the gateway's log with their
    // stack; one line per request would cost more than it tells (the API logs what matters).
    loggerInstance: logger,
    disableRequestLogging: true,
    trustProxy: trustProxyOption(deps.config.trustProxy),
    bodyLimit: 1024 * 1024,
  });
  app.decorate('routeRecords', [] as RouteRecord[]);
  app.addHook('onRoute', (route: RouteOptions) => {
    const ph = route.preHandler;
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      app.routeRecords.push({
        method,
        url: route.url,
        preHandlers: ph === undefined ? [] : Array.isArray(ph) ? [...ph] : [ph],
      });
    }
  });
  app.addHook('onSend', async (req, reply, payload) => {
    reply.header('content-security-policy', APP_CSP);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('x-frame-options', 'DENY');
    // same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on our own
    // form posts, which the CSRF origin check must refuse.
    reply.header('referrer-policy', 'same-origin');
    reply.header('cache-control', 'no-store');
    return payload;
  });
  app.setErrorHandler(async (err, req, reply) => {
    const status = (err as { statusCode?: number }).statusCode ?? 500;
    if (status >= 500)
      deps.log.error(
        // The error itself: pino's serializer keeps its type, message and stack.
        { err, url: req.url },
        'web error',
      );
    await reply
      .code(status)
      .send(
        status >= 500
          ? { error: 'internal' }
          : { error: err instanceof Error ? err.message : 'error' },
      );
  });
  await app.register(cookie);
  await app.register(formbody);
  await app.register(rateLimit, { global: false });

  const requireAuth = makeRequireAuth(deps.db, {
    idleMs: deps.config.sessionIdleMinutes * 60_000,
    maxMs: deps.config.sessionMaxHours * 3_600_000,
  });
  const svc: QuarantineService = {
    db: deps.db,
    limits: deps.limits,
    release: deps.release,
    learn: deps.learn,
    agencyOf: recipientAgency(deps),
  };
  registerLoginRoutes(app, deps, requireAuth);
  registerUiRoutes(app, deps, svc, requireAuth);
  registerApiRoutes(app, deps, svc, requireAuth);
  registerReportRoutes(app, deps, requireAuth);
  registerSenderRoutes(app, deps, requireAuth);
  registerTraceRoutes(app, deps, svc.agencyOf, requireAuth);
  registerDashboardRoutes(app, deps, requireAuth);
  if (deps.serveHealth !== false) registerHealthRoutes(app, deps.db, deps.queueCounts);
  return app;
}

/** Recipient → agency code, from the directory's domains (exact domain, as at ingress). */
function recipientAgency(deps: WebDeps): (rcpt: string) => string | undefined {
  const byDomain = new Map<string, string>();
  for (const a of deps.agencies)
    for (const d of a.domains ?? []) byDomain.set(d.toLowerCase(), a.code);
  const directory = deps.release?.directory;
  return (rcpt) => {
    const domain = rcpt.slice(rcpt.lastIndexOf('@') + 1).toLowerCase();
    return byDomain.get(domain) ?? directory?.byRecipientDomain(domain)?.code;
  };
}

/**
 * fastify's trustProxy from the config: only the listed proxies (or the given number of
 * hops) may set X-Forwarded-*; a peer outside them is the client, whatever it claims
 * (issue #15). `true` never gets here: the config refuses it.
 */
function trustProxyOption(
  v: WebDeps['config']['trustProxy'],
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof v === 'number') return (_address, hop) => hop < v;
  return v;
}
