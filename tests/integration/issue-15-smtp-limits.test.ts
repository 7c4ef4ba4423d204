import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startSink, type Sink } from '../helpers/sink-smtp.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import { beginData, rawSession, type RawSession } from '../helpers/raw-smtp.js';
import { loadConfig } from '../../src/config/load.js';
import { openDb } from '../../src/store/db.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  sample,
  spoolFiles,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';

const RCPT = 'vanthu@snv.songhong.gov.vn';
const SENDER = 'partner@example.com';

describe('issue #15: control characters, DATA and session deadlines, forged X-Forwarded-For', () => {
  let sink: Sink;
  let env: TestEnv;
  let ms: MailshieldProc;
  let web: string;
  const open: RawSession[] = [];

  beforeAll(async () => {
    sink = await startSink();
    env = makeTestEnv({
      sinkPort: sink.port,
      redisUrl: inject('redisUrl'),
      clamd: { socket: inject('clamdSocket') },
      config: {
        smtp: {
          host: '127.0.0.1',
          port: 0,
          socketTimeoutMs: 3000,
          dataDeadlineMs: 5000,
          sessionDeadlineMs: 9000,
        },
        web: { host: '127.0.0.1', port: 0, trustProxy: ['10.1.2.3'], loginAttemptsPerMinute: 3 },
      },
    });
    ms = await runMailshield(env, ['start', '--no-services']);
    web = `http://127.0.0.1:${Number(ms.logs.find((l) => l.event === 'web.listening')?.port)}`;
  });

  afterAll(async () => {
    for (const s of open) s.close();
    await ms?.kill();
    await sink?.close();
    if (env) await cleanupTestEnv(env);
  });

  const metric = async (name: string): Promise<number> => {
    const text = await (await fetch(`${web}/metrics`)).text();
    const m = new RegExp(`^${name} (\\d+)$`, 'm').exec(text);
    return m ? Number(m[1]) : NaN;
  };

  it('answers 501 to MAIL FROM with a bare CR, NUL or another control character, and runs none', async () => {
    const s = rawSession(ms.port);
    open.push(s);
    expect(await s.next()).toMatch(/^220 /);
    s.send('EHLO client.example');
    expect(await s.next()).toMatch(/^250 /);
    for (const line of [
      'MAIL FROM:<a@example.org>\rX-Injected: yes>',
      'MAIL FROM:<a@example.org>\u0000',
      'MAIL FROM:<a@example.org>\u0008',
    ]) {
      s.sock.write(`${line}\r\n`);
      expect(await s.next()).toMatch(/^501 5\.5\.2 /);
    }
    s.send(`RCPT TO:<${RCPT}>`);
    expect(await s.next()).toMatch(/^503 /);
    s.send(`MAIL FROM:<${SENDER}>`);
    expect(await s.next()).toMatch(/^250 /);
    s.sock.write(`RCPT TO:<${RCPT}>\r\u0000\r\n`);
    expect(await s.next()).toMatch(/^501 /);
    s.close();
  });

  it('ends a one-byte-every-second DATA at the deadline with 421 4.4.2 and keeps nothing', async () => {
    const before = await metric('mailshield_smtp_data_deadline_total');
    const s = await beginData(ms.port, SENDER, RCPT);
    open.push(s);
    s.sock.write('Subject: drip\r\n\r\n');
    // Under the 3 s idle timeout every time: only the DATA deadline can end this.
    const drip = setInterval(() => s.sock.write('x'), 1000);
    let reply: string;
    try {
      reply = await s.next();
    } finally {
      clearInterval(drip);
    }
    expect(reply).toMatch(/^421 4\.4\.2 DATA took too long/);
    expect(await s.next()).toBe('');
    expect(spoolFiles(env)).toEqual([]);
    await waitFor(
      async () => (await metric('mailshield_smtp_data_deadline_total')) === before + 1,
      10_000,
      'deadline counted on /metrics',
    );
    // The gateway writes its log in batches: the line may come a little after the count.
    await waitFor(
      () => ms.logs.some((l) => l.event === 'ingress.deadline' && l.phase === 'data'),
      10_000,
      'deadline logged',
    );
    // Normal mail still flows, and the idle timeout is still there.
    const ok = await smtpSend(
      ms.port,
      { from: SENDER, to: [RCPT] },
      sample('ham/plain-text-en.eml'),
    );
    expect(ok.code).toBe(250);
    const idle = rawSession(ms.port);
    open.push(idle);
    expect(await idle.next()).toMatch(/^220 /);
    expect(await idle.next()).toMatch(/^421 .*Timeout/);
  });

  it('ends a session kept busy past the session deadline with 421 4.4.2', async () => {
    const s = rawSession(ms.port);
    open.push(s);
    expect(await s.next()).toMatch(/^220 /);
    let reply = '';
    for (let i = 0; i < 40 && !reply.startsWith('421'); i++) {
      s.send('NOOP');
      reply = await s.next();
      if (!reply.startsWith('421')) await new Promise((r) => setTimeout(r, 1000));
    }
    expect(reply).toMatch(/^421 4\.4\.2 Session lasted too long/);
    await waitFor(
      async () => (await metric('mailshield_smtp_session_deadline_total')) >= 1,
      10_000,
      'session deadline counted',
    );
  });

  it('keeps the login rate limit and audits the real peer under a rotating forged X-Forwarded-For', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await fetch(`${web}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': `203.0.113.${i}` },
        body: JSON.stringify({ name: 'nobody', password: 'wrong-password-1' }),
      });
      codes.push(res.status);
    }
    expect(codes).toEqual([401, 401, 401, 429, 429]);
    const db = await openDb(loadConfig({ MAILSHIELD_CONFIG: env.configPath }).database.path);
    try {
      const rows = await db.selectFrom('audit').select(['action', 'address']).execute();
      expect(rows).toEqual([0, 1, 2].map(() => ({ action: 'login-failed', address: '127.0.0.1' })));
    } finally {
      await db.destroy();
    }
  });
});
