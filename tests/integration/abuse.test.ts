import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startSink, type Sink } from '../helpers/sink-smtp.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import { beginData, rawSession, type RawSession } from '../helpers/raw-smtp.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  sample,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';

const RCPT = 'vanthu@snv.songhong.gov.vn';
const SENDER = 'partner@example.com';

describe('SMTP abuse: never an open relay, no smuggling, bounded sessions', () => {
  let sink: Sink;
  let env: TestEnv;
  let ms: MailshieldProc;
  const open: RawSession[] = [];

  beforeAll(async () => {
    sink = await startSink();
    env = makeTestEnv({
      sinkPort: sink.port,
      redisUrl: inject('redisUrl'),
      clamd: { socket: inject('clamdSocket') },
      config: { smtp: { host: '127.0.0.1', port: 0, maxClients: 12, maxConnectionsPerIp: 100 } },
    });
    ms = await runMailshield(env, ['start', '--no-services']);
  });

  afterAll(async () => {
    for (const s of open) s.close();
    await ms?.kill();
    await sink?.close();
    if (env) await cleanupTestEnv(env);
  });

  async function session(): Promise<RawSession> {
    const s = rawSession(ms.port);
    open.push(s);
    expect(await s.next()).toMatch(/^220 /);
    s.send('EHLO client.example');
    expect(await s.next()).toMatch(/^250 /);
    return s;
  }

  it('answers RCPT before MAIL with 503', async () => {
    const s = await session();
    s.send(`RCPT TO:<${RCPT}>`);
    expect(await s.next()).toMatch(/^503 /);
    s.close();
  });

  it.each([
    '"user@other.example"@snv.songhong.gov.vn',
    'user%other.example@snv.songhong.gov.vn',
    'other.example!user@snv.songhong.gov.vn',
    'user@snv.songhong.gov.vn.',
    'user@[127.0.0.1]',
    'user@other.example',
    // IDN lookalike of an agency domain (ô for o): a different domain, refused.
    'user@snv.sônghong.gov.vn',
    'user@xn--snv-songhong-gov-vn-abc.example',
  ])('refuses the forward path <%s>', async (rcpt) => {
    const s = await session();
    s.send(`MAIL FROM:<${SENDER}>`);
    expect(await s.next()).toMatch(/^250 /);
    s.send(`RCPT TO:<${rcpt}>`);
    expect(await s.next()).toMatch(/^5\d\d /);
    s.close();
  });

  it('treats a source route as the agency mailbox it ends in, never as a relay (RFC 5321 §4.1.2)', async () => {
    const r = await smtpSend(
      ms.port,
      { from: SENDER, to: ['@relay.example,@other.example:routed@snv.songhong.gov.vn'] },
      sample('ham/plain-text-en.eml'),
    );
    if (r.code === 250) {
      const got = await waitFor(
        () => sink.messages.find((m) => m.raw.toString('latin1').includes(` id ${r.id!}`)),
        20_000,
        'delivery',
      );
      expect(got.to).toEqual(['routed@snv.songhong.gov.vn']);
    } else {
      expect(r.code).toBeGreaterThanOrEqual(500);
    }
  });

  it('refuses AUTH (an MX takes none) and a CR/LF smuggled into its argument', async () => {
    const s = await session();
    s.sock.write('AUTH PLAIN dGVzdAB0ZXN0AHRlc3Q=\r\n');
    expect(await s.next()).toMatch(/^5\d\d /);
    s.sock.write('AUTH LOGIN\rX-Injected: yes\r\n');
    expect(await s.next()).toMatch(/^5\d\d /);
    s.close();
  });

  it('refuses a bare CR or LF inside MAIL FROM', async () => {
    const s = await session();
    s.sock.write(`MAIL FROM:<a\rb@example.com>\r\n`);
    expect(await s.next()).toMatch(/^5\d\d /);
    s.close();
  });

  it('keeps a header injected through HELO out of the message headers', async () => {
    const s = rawSession(ms.port);
    open.push(s);
    expect(await s.next()).toMatch(/^220 /);
    s.sock.write('EHLO evil.example\nX-Injected: yes\r\n');
    // Whatever the server makes of it (one command, two, an error), drain its replies.
    s.send('RSET');
    let reply = await s.next();
    while (!/^250 .*Flushed/i.test(reply) && reply !== '') reply = await s.next();
    expect(reply).not.toBe('');
    s.send(`MAIL FROM:<${SENDER}>`);
    expect(await s.next()).toMatch(/^250 /);
    s.send(`RCPT TO:<${RCPT}>`);
    expect(await s.next()).toMatch(/^250 /);
    s.send('DATA');
    expect(await s.next()).toMatch(/^354 /);
    s.sock.write('From: a@example.com\r\nSubject: helo injection\r\n\r\nbody\r\n.\r\n');
    const done = await s.next();
    expect(done).toMatch(/^250 /);
    const id = /queued as ([0-9a-z]+)/.exec(done)![1]!;
    s.close();
    const got = await waitFor(
      () => sink.messages.find((m) => m.raw.toString('latin1').includes(` id ${id}`)),
      20_000,
      'delivery',
    );
    const headers = got.raw.toString('latin1').split('\r\n\r\n')[0]!;
    expect(headers).not.toMatch(/^X-Injected:/m);
  });

  it('answers an over-long command line with an error and keeps serving others', async () => {
    const s = await session();
    s.sock.write(`MAIL FROM:<${'a'.repeat(100_000)}@example.com>\r\n`);
    const reply = await s.next();
    // An error reply (smtp-server: 421 and close) or a closed connection: never accepted.
    expect(reply === '' || /^[45]\d\d /.test(reply), reply).toBe(true);
    s.close();
    const r = await smtpSend(
      ms.port,
      { from: SENDER, to: [RCPT] },
      sample('ham/plain-text-en.eml'),
    );
    expect(r.code).toBe(250);
  });

  it('accepts 1,000 of a 10,000-recipient envelope and answers 452 for the rest', async () => {
    const s = await session();
    const rcpts = Array.from({ length: 10_000 }, (_, i) => `user${i}@snv.songhong.gov.vn`);
    s.sock.write(`MAIL FROM:<${SENDER}>\r\n${rcpts.map((r) => `RCPT TO:<${r}>\r\n`).join('')}`);
    expect(await s.next()).toMatch(/^250 /);
    const replies: string[] = [];
    for (let i = 0; i < rcpts.length; i++) replies.push(await s.next());
    expect(replies.filter((r) => r.startsWith('250 '))).toHaveLength(1000);
    expect(replies.slice(1000).every((r) => r.startsWith('452 '))).toBe(true);
    s.close();
  });

  it('delivers exactly one message when the client tries SMTP smuggling with bare LF and CR', async () => {
    const before = sink.messages.length;
    const s = await beginData(ms.port, SENDER, RCPT);
    open.push(s);
    s.sock.write(
      'From: a@example.com\r\nSubject: smuggling\r\n\r\nhello\n.\nMAIL FROM:<ceo@snv.songhong.gov.vn>\nRCPT TO:<' +
        RCPT +
        '>\nDATA\nSubject: smuggled\n\nsmuggled body\r.\r\nQUIT\r\nmore\r\n.\r\n',
    );
    const done = await s.next();
    expect(done).toMatch(/^250 /);
    const id = /queued as ([0-9a-z]+)/.exec(done)![1]!;
    s.send('QUIT');
    await waitFor(
      () => sink.messages.some((m) => m.raw.toString('latin1').includes(` id ${id}`)),
      20_000,
      'delivery',
    );
    // Let a second, smuggled message show up if there were one.
    await new Promise((r) => setTimeout(r, 1500));
    const mine = sink.messages
      .slice(before)
      .filter((m) => m.raw.toString('latin1').includes('smuggl'));
    expect(mine).toHaveLength(1);
    const text = mine[0]!.raw.toString('latin1');
    expect(text).toContain('MAIL FROM:<ceo@snv.songhong.gov.vn>');
    expect(text).toContain('smuggled body');
    expect(mine[0]!.from).toBe(SENDER);
  });

  it('serves a normal client while slow clients dribble one byte at a time', async () => {
    const slow: RawSession[] = [];
    const timers: NodeJS.Timeout[] = [];
    for (let i = 0; i < 4; i++) {
      const s = await session();
      slow.push(s);
      const text = `MAIL FROM:<slow${i}@example.com>\r\n`;
      let k = 0;
      timers.push(setInterval(() => s.sock.write(text[k++ % text.length]!), 200));
    }
    const r = await smtpSend(
      ms.port,
      { from: SENDER, to: [RCPT] },
      sample('ham/plain-text-en.eml'),
    );
    expect(r.code).toBe(250);
    for (const t of timers) clearInterval(t);
    for (const s of slow) s.close();
  });

  it('answers 421 to connections beyond maxClients and serves again once they close', async () => {
    const flood: RawSession[] = [];
    for (let i = 0; i < 12; i++) flood.push(rawSession(ms.port));
    const first = await Promise.all(flood.map((s) => s.next()));
    expect(first.filter((l) => l.startsWith('220 ')).length).toBeLessThanOrEqual(12);
    const extra = rawSession(ms.port);
    open.push(extra, ...flood);
    expect(await extra.next()).toMatch(/^421 /);
    for (const s of flood) s.close();
    await waitFor(
      async () =>
        (await smtpSend(ms.port, { from: SENDER, to: [RCPT] }, sample('ham/plain-text-en.eml')))
          .code === 250,
      20_000,
      'service after the flood',
    );
  });
});
