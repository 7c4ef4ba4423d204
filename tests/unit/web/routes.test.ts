import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isAuthHandler } from '../../../src/web/auth.js';
import { webFixture, type WebFixture } from './helpers.js';

/** Routes reachable without a session; everything else must carry requireAuth. */
const PUBLIC = new Set([
  'GET /login',
  'HEAD /login',
  'POST /login',
  'POST /api/login',
  'GET /static/app.css',
  'HEAD /static/app.css',
  'GET /healthz',
  'HEAD /healthz',
  'GET /metrics',
  'HEAD /metrics',
]);

describe('web route table', () => {
  let fx: WebFixture;
  beforeAll(async () => {
    fx = await webFixture();
  });
  afterAll(async () => fx.close());

  it('has the authentication pre-handler on every route but login, static CSS and health', () => {
    const routes = fx.app.routeRecords;
    expect(routes.length).toBeGreaterThan(20);
    const unguarded = routes
      .filter((r) => !r.preHandlers.some(isAuthHandler))
      .map((r) => `${r.method} ${r.url}`)
      .filter((r) => !PUBLIC.has(r));
    expect(unguarded).toEqual([]);
    // And the public list names only routes that exist.
    const all = new Set(routes.map((r) => `${r.method} ${r.url}`));
    for (const p of PUBLIC) if (!p.startsWith('HEAD')) expect(all.has(p)).toBe(true);
  });

  it('answers every guarded route without a session with 401 (API) or a redirect to login', async () => {
    for (const r of fx.app.routeRecords) {
      if (PUBLIC.has(`${r.method} ${r.url}`) || r.method === 'HEAD') continue;
      const url = r.url.replace(':id', '0123456789abcdefghjkmn');
      const res = await fx.app.inject({ method: r.method as 'GET', url, payload: {} });
      if (url.startsWith('/api/')) expect(res.statusCode, `${r.method} ${url}`).toBe(401);
      else {
        expect(res.statusCode, `${r.method} ${url}`).toBe(302);
        expect(res.headers.location).toBe('/login');
      }
    }
  });

  it('sends a strict CSP without inline script on every page', async () => {
    const res = await fx.app.inject({ method: 'GET', url: '/login' });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.body).not.toMatch(/<script/i);
  });
});
