import type {
  FastifyInstance,
  FastifyReply,
  FastifyRequest,
  preHandlerAsyncHookHandler,
} from 'fastify';
import { z } from 'zod';
import { writeAudit } from '../../quarantine/audit.js';
import { attemptLogin } from '../accounts/login.js';
import { createSession, destroySession } from '../accounts/sessions.js';
import type { User } from '../accounts/users-repo.js';
import { authOf, sameOrigin, SESSION_COOKIE } from '../auth.js';
import type { WebDeps } from '../deps.js';
import { translator } from '../views/i18n.js';
import { loginPage } from '../views/pages.js';
import { APP_CSS } from '../views/css.js';

const credentials = z.object({
  name: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

/** Login, logout and the style sheet: the only UI routes reachable without a session. */
export function registerLoginRoutes(
  app: FastifyInstance,
  deps: WebDeps,
  requireAuth: preHandlerAsyncHookHandler,
): void {
  const rateLimit = { max: deps.config.loginAttemptsPerMinute, timeWindow: 60_000 };
  const policy = {
    attempts: deps.config.lockoutAttempts,
    lockMs: deps.config.lockoutMinutes * 60_000,
  };

  const login = async (
    req: FastifyRequest,
    reply: FastifyReply,
  ): Promise<{ user: User; csrf: string } | undefined> => {
    // Login CSRF: another site must not log the browser into an account of its choosing.
    if (!sameOrigin(req.headers.origin, req.headers.host)) return undefined;
    const parsed = credentials.safeParse(req.body);
    if (!parsed.success) return undefined;
    const { name, password } = parsed.data;
    const result = await attemptLogin(deps.db, name, password, policy);
    if (!result.ok) {
      await writeAudit(deps.db, { name, address: req.ip }, 'login-failed', null, result.reason);
      return undefined;
    }
    const { cookie, csrf } = await createSession(deps.db, result.user.id, req.ip);
    void reply.setCookie(SESSION_COOKIE, cookie, {
      path: '/',
      httpOnly: true,
      sameSite: 'strict',
      secure: deps.config.secureCookies || req.protocol === 'https',
    });
    await writeAudit(deps.db, { name, address: req.ip }, 'login', null);
    return { user: result.user, csrf };
  };

  app.get('/static/app.css', async (_req, reply) =>
    reply.type('text/css; charset=utf-8').header('cache-control', 'max-age=3600').send(APP_CSS),
  );

  app.get('/login', async (req, reply) => {
    const lang = (req.query as { lang?: string }).lang === 'en' ? 'en' : 'vi';
    return reply
      .type('text/html; charset=utf-8')
      .send(loginPage({ t: translator(lang), lang }, false));
  });

  app.post('/login', { config: { rateLimit } }, async (req, reply) => {
    const ok = await login(req, reply);
    if (ok) return reply.redirect('/quarantine', 303);
    return reply
      .code(401)
      .type('text/html; charset=utf-8')
      .send(loginPage({ t: translator('vi'), lang: 'vi' }, true));
  });

  app.post('/api/login', { config: { rateLimit } }, async (req, reply) => {
    const ok = await login(req, reply);
    if (!ok) return reply.code(401).send({ error: 'login failed' });
    return reply.send({
      csrf: ok.csrf,
      user: {
        name: ok.user.name,
        role: ok.user.role,
        agencies: ok.user.agencies,
        lang: ok.user.lang,
      },
    });
  });

  const logout = async (req: FastifyRequest, reply: FastifyReply): Promise<void> => {
    const { session, actor } = authOf(req);
    await destroySession(deps.db, session.idHash);
    await writeAudit(deps.db, actor, 'logout', null);
    void reply.clearCookie(SESSION_COOKIE, { path: '/' });
  };

  app.post('/logout', { preHandler: requireAuth }, async (req, reply) => {
    await logout(req, reply);
    return reply.redirect('/login', 303);
  });

  app.post('/api/logout', { preHandler: requireAuth }, async (req, reply) => {
    await logout(req, reply);
    return reply.send({ ok: true });
  });
}
