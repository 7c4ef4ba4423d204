import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attemptLogin } from '../../../src/web/accounts/login.js';
import { hashPassword, verifyPassword } from '../../../src/web/accounts/password.js';
import { lookupSession, createSession } from '../../../src/web/accounts/sessions.js';
import { findUserByName } from '../../../src/web/accounts/users-repo.js';
import { listAudit } from '../../../src/quarantine/audit.js';
import { PASSWORD, addHeld, addUser, login, webFixture, type WebFixture } from './helpers.js';

describe('accounts, sessions and CSRF', () => {
  let fx: WebFixture;
  beforeAll(async () => {
    fx = await webFixture({ loginAttemptsPerMinute: 1000 });
    await addUser(fx.db, 'admin1', 'admin');
    await addUser(fx.db, 'victim', 'officer', ['STTTT']);
    await addUser(fx.db, 'officer1', 'officer', ['STTTT']);
  });
  afterAll(async () => fx.close());

  it('stores scrypt hashes with their parameters and verifies them', async () => {
    const h = await hashPassword('a long password');
    expect(h).toMatch(/^scrypt\$32768\$8\$1\$/);
    expect(await verifyPassword('a long password', h)).toBe(true);
    expect(await verifyPassword('a long passwore', h)).toBe(false);
  });

  it('sets an HttpOnly SameSite=Strict session cookie and stores only its hash', async () => {
    const res = await fx.app.inject({
      method: 'POST',
      url: '/login',
      payload: `name=admin1&password=${encodeURIComponent(PASSWORD)}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.statusCode).toBe(303);
    const c = res.cookies.find((x) => x.name === 'ms_session')!;
    expect(c.httpOnly).toBe(true);
    expect(c.sameSite).toBe('Strict');
    expect(c.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const rows = await fx.db.selectFrom('sessions').select('id_hash').execute();
    expect(rows.some((r) => r.id_hash === c.value)).toBe(false);
  });

  it('refuses a login posted from another site', async () => {
    const res = await fx.app.inject({
      method: 'POST',
      url: '/login',
      payload: `name=admin1&password=${encodeURIComponent(PASSWORD)}`,
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
    });
    expect(res.statusCode).toBe(401);
    expect(res.cookies.find((x) => x.name === 'ms_session')).toBeUndefined();
  });

  it('marks the cookie Secure when the config says so', async () => {
    const fx2 = await webFixture({ secureCookies: true });
    try {
      await addUser(fx2.db, 'a', 'admin');
      const res = await fx2.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { name: 'a', password: PASSWORD },
      });
      expect(res.cookies.find((x) => x.name === 'ms_session')?.secure).toBe(true);
    } finally {
      await fx2.close();
    }
  });

  it('locks the account after five wrong passwords, even for the right one, then unlocks', async () => {
    for (let i = 0; i < 5; i++) {
      const res = await fx.app.inject({
        method: 'POST',
        url: '/api/login',
        payload: { name: 'victim', password: `wrong password ${i}` },
      });
      expect(res.statusCode).toBe(401);
    }
    const locked = await fx.app.inject({
      method: 'POST',
      url: '/api/login',
      payload: { name: 'victim', password: PASSWORD },
    });
    expect(locked.statusCode).toBe(401);
    const user = (await findUserByName(fx.db, 'victim'))!;
    expect(user.lockedUntil).toBeGreaterThan(Date.now() + 14 * 60_000);
    // After the lock time the right password works again.
    const later = await attemptLogin(
      fx.db,
      'victim',
      PASSWORD,
      { attempts: 5, lockMs: 15 * 60_000 },
      user.lockedUntil! + 1,
    );
    expect(later.ok).toBe(true);
    const audit = await listAudit(fx.db, { limit: 100, offset: 0, actor: 'victim' });
    expect(audit.rows.filter((r) => r.action === 'login-failed')).toHaveLength(6);
  });

  it('refuses a forged form without the CSRF token, and with a wrong one', async () => {
    const id = await addHeld(fx);
    const s = await login(fx.app, 'officer1');
    const forged = await fx.app.inject({
      method: 'POST',
      url: `/quarantine/${id}/delete`,
      headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'reason=x',
    });
    expect(forged.statusCode).toBe(403);
    const wrong = await fx.app.inject({
      method: 'POST',
      url: `/api/quarantine/${id}/delete`,
      headers: { cookie: s.cookie, 'x-csrf-token': 'A'.repeat(43) },
      payload: {},
    });
    expect(wrong.statusCode).toBe(403);
    const crossSite = await fx.app.inject({
      method: 'POST',
      url: `/quarantine/${id}/delete`,
      headers: {
        cookie: s.cookie,
        origin: 'https://evil.example',
        'content-type': 'application/x-www-form-urlencoded',
      },
      payload: `_csrf=${s.csrf}`,
    });
    expect(crossSite.statusCode).toBe(403);
    const row = await fx.db
      .selectFrom('messages')
      .select('state')
      .where('id', '=', id)
      .executeTakeFirst();
    expect(row?.state).toBe('quarantined');
    const ok = await fx.app.inject({
      method: 'POST',
      url: `/quarantine/${id}/delete`,
      headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${s.csrf}`,
    });
    expect(ok.statusCode).toBe(303);
  });

  it('ends the session at logout', async () => {
    const s = await login(fx.app, 'officer1');
    const out = await fx.app.inject({
      method: 'POST',
      url: '/api/logout',
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
    });
    expect(out.statusCode).toBe(200);
    const after = await fx.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: s.cookie },
    });
    expect(after.statusCode).toBe(401);
  });

  it('expires sessions when idle and after the absolute lifetime', async () => {
    const user = (await findUserByName(fx.db, 'officer1'))!;
    const times = { idleMs: 30 * 60_000, maxMs: 12 * 3_600_000 };
    const a = await createSession(fx.db, user.id, '127.0.0.1');
    expect(await lookupSession(fx.db, a.cookie, times)).toBeDefined();
    expect(await lookupSession(fx.db, a.cookie, times, Date.now() + 31 * 60_000)).toBeUndefined();
    const b = await createSession(fx.db, user.id, '127.0.0.1');
    let now = Date.now();
    // Kept busy every 20 minutes, it still ends after 12 hours.
    for (let i = 0; i < 35; i++) {
      now += 20 * 60_000;
      expect(await lookupSession(fx.db, b.cookie, times, now)).toBeDefined();
    }
    // 12 h 5 min after login, 25 minutes after its last use: over the absolute lifetime only.
    expect(await lookupSession(fx.db, b.cookie, times, now + 25 * 60_000)).toBeUndefined();
  });

  it('rate-limits logins per client address', async () => {
    const fx2 = await webFixture({ loginAttemptsPerMinute: 3 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await fx2.app.inject({
          method: 'POST',
          url: '/api/login',
          payload: { name: 'nobody', password: 'whatever-long' },
        });
        codes.push(r.statusCode);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await fx2.close();
    }
  });
});
