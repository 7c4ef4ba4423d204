import '@fastify/cookie';
import type { FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Db } from '../store/db.js';
import type { Actor } from '../quarantine/audit.js';
import { lookupSession, sameToken, type Session, type SessionTimes } from './accounts/sessions.js';
import { findUserById, type User } from './accounts/users-repo.js';

export const SESSION_COOKIE = 'ms_session';

export interface AuthContext {
  user: User;
  session: Session;
  actor: Actor;
}

declare module 'fastify' {
  interface FastifyRequest {
    auth?: AuthContext;
  }
}

/** Marks the one authentication pre-handler; the route-table test looks for it. */
export const AUTH_HANDLER = Symbol('mailshield.requireAuth');

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isApi(req: FastifyRequest): boolean {
  return req.url.startsWith('/api/');
}

/** The auth context of a request that passed requireAuth. */
export function authOf(req: FastifyRequest): AuthContext {
  if (!req.auth) throw new Error('route without requireAuth');
  return req.auth;
}

/**
 * Builds the pre-handler every route but login, static CSS and health carries:
 * a live session (else 302 to /login, or 401 for /api), and for every state-changing
 * method the session's CSRF token in the `x-csrf-token` header or the `_csrf` form field
 * (else 403). A cross-site Origin is refused too, as a second line behind SameSite=Strict.
 */
export function makeRequireAuth(db: Db, times: SessionTimes): preHandlerAsyncHookHandler {
  const handler = async function requireAuth(
    req: FastifyRequest,
    reply: FastifyReply,
  ): Promise<void> {
    const cookie = req.cookies[SESSION_COOKIE];
    const session = cookie ? await lookupSession(db, cookie, times) : undefined;
    const user = session ? await findUserById(db, session.userId) : undefined;
    if (!session || !user || user.disabled) {
      if (isApi(req)) {
        await reply.code(401).send({ error: 'unauthenticated' });
      } else {
        await reply.redirect('/login', 302);
      }
      return;
    }
    if (!SAFE_METHODS.has(req.method)) {
      const body = req.body as Record<string, unknown> | undefined;
      const header = req.headers['x-csrf-token'];
      const token =
        typeof header === 'string' ? header : typeof body?._csrf === 'string' ? body._csrf : '';
      const crossOrigin = !sameOrigin(req.headers.origin, req.headers.host);
      if (!token || !sameToken(token, session.csrf) || crossOrigin) {
        await reply
          .code(403)
          .send(isApi(req) ? { error: 'csrf' } : 'Forbidden: missing or wrong CSRF token');
        return;
      }
    }
    req.auth = { user, session, actor: { name: user.name, address: req.ip } };
  };
  Object.defineProperty(handler, AUTH_HANDLER, { value: true });
  return handler;
}

export function isAuthHandler(fn: unknown): boolean {
  return (
    typeof fn === 'function' && (fn as unknown as Record<symbol, unknown>)[AUTH_HANDLER] === true
  );
}

/** An absent Origin is fine (same-origin GET forms, scripts); a present one must match Host. */
export function sameOrigin(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
