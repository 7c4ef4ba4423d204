import { describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/quarantine/audit.js';
import { addUser, PASSWORD, webFixture } from './helpers.js';

const PEER = '192.0.2.50';

describe('web.trustProxy: a forged X-Forwarded-For from an untrusted peer changes nothing (issue #15)', () => {
  const attempt = (
    fx: Awaited<ReturnType<typeof webFixture>>,
    forwarded: string,
    password = 'wrong-password-1',
  ) =>
    fx.app.inject({
      method: 'POST',
      url: '/api/login',
      remoteAddress: PEER,
      headers: { 'x-forwarded-for': forwarded },
      payload: { name: 'officer', password },
    });

  it('keeps the login rate limit and audits the real peer when the header rotates', async () => {
    const fx = await webFixture({ loginAttemptsPerMinute: 3, trustProxy: ['10.0.0.1'] });
    try {
      await addUser(fx.db, 'officer', 'officer', ['STTTT']);
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) codes.push((await attempt(fx, `203.0.113.${i}`)).statusCode);
      expect(codes).toEqual([401, 401, 401, 429, 429]);
      const { rows } = await listAudit(fx.db, { limit: 10, offset: 0 });
      expect(rows.map((r) => r.address)).toEqual([PEER, PEER, PEER]);
    } finally {
      await fx.close();
    }
  });

  it('takes the client address from a listed proxy', async () => {
    const fx = await webFixture({ trustProxy: [PEER] });
    try {
      await addUser(fx.db, 'officer', 'officer', ['STTTT']);
      expect((await attempt(fx, '203.0.113.7', PASSWORD)).statusCode).toBe(200);
      const { rows } = await listAudit(fx.db, { limit: 1, offset: 0 });
      expect(rows[0]).toMatchObject({ action: 'login', address: '203.0.113.7' });
    } finally {
      await fx.close();
    }
  });

  it('with a hop count, trusts that many proxies and no more', async () => {
    const fx = await webFixture({ trustProxy: 1 });
    try {
      await addUser(fx.db, 'officer', 'officer', ['STTTT']);
      // The client put a forged address first; the one proxy appended the real one.
      expect((await attempt(fx, '198.51.100.9, 203.0.113.8', PASSWORD)).statusCode).toBe(200);
      const { rows } = await listAudit(fx.db, { limit: 1, offset: 0 });
      expect(rows[0]?.address).toBe('203.0.113.8');
    } finally {
      await fx.close();
    }
  });
});
