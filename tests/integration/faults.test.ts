import { afterEach, describe, expect, it, inject } from 'vitest';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { startSink, type Sink } from '../helpers/sink-smtp.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  sample,
  spoolFiles,
  isSpooled,
  ROOT,
  type MailshieldProc,
  type TestEnv,
  TEST_NODE,
} from '../helpers/start-gateway.js';
import { scanQueueName } from '../../src/queue/jobs.js';
import { clamdProxy, startRedis, type RedisProc } from '../helpers/processes.js';
import { startLocalClamd } from '../../src/cli/services.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const RCPT = 'vanthu@stc.songhong.gov.vn';
const SENDER = 'partner@example.com';
const ham = (): Buffer => sample('ham/plain-text-en.eml');

describe('faults: nothing lost, nothing delivered unscanned', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c().catch(() => undefined);
    cleanup.length = 0;
  });

  async function setup(
    opts: {
      redisUrl?: string;
      clamd?: { host: string; port: number } | { socket: string };
      config?: Record<string, unknown>;
    } = {},
  ): Promise<{ sink: Sink; env: TestEnv }> {
    const sink = await startSink();
    cleanup.push(() => sink.close());
    const env = makeTestEnv({
      sinkPort: sink.port,
      redisUrl: opts.redisUrl ?? inject('redisUrl'),
      clamd: opts.clamd ?? { socket: inject('clamdSocket') },
      ...(opts.config ? { config: opts.config } : {}),
    });
    cleanup.push(() => cleanupTestEnv(env));
    return { sink, env };
  }

  async function run(env: TestEnv, args: string[]): Promise<MailshieldProc> {
    const p = await runMailshield(env, args);
    cleanup.push(() => p.kill('SIGKILL'));
    return p;
  }

  const deliveredIds = (sink: Sink, id: string): number =>
    sink.messages.filter((m) => m.raw.toString('latin1').includes(` id ${id}`)).length;

  it('answers 451 and keeps no spool file when Redis is down', async () => {
    const redis: RedisProc = await startRedis();
    cleanup.push(() => redis.stop());
    const { env } = await setup({ redisUrl: redis.url });
    const gw = await run(env, ['gateway']);
    const ok = await smtpSend(gw.port, { from: SENDER, to: [RCPT] }, ham());
    expect(ok.code).toBe(250);
    await redis.stop();
    const before = spoolFiles(env).length;
    const r = await smtpSend(gw.port, { from: SENDER, to: [RCPT] }, ham());
    expect(r.ok).toBe(false);
    expect(r.code).toBe(451);
    expect(r.response).toContain('4.3.0');
    expect(spoolFiles(env)).toHaveLength(before);
    expect(spoolFiles(env).filter((f) => f.startsWith('tmp/'))).toEqual([]);
  });

  it('keeps the message spooled while clamd is down and delivers it once clamd is back', async () => {
    const proxy = await clamdProxy(inject('clamdSocket'));
    cleanup.push(() => proxy.down());
    const { sink, env } = await setup({ clamd: { host: '127.0.0.1', port: proxy.port } });
    const ms = await run(env, ['start', '--no-services']);
    const r = await smtpSend(ms.port, { from: SENDER, to: [RCPT] }, ham());
    expect(r.code).toBe(250);
    const id = r.id!;
    // Several scan attempts fail against the closed port...
    await waitFor(
      () => ms.logs.filter((l) => l.event === 'scan.tempfail' && l.id === id).length >= 2,
      20_000,
      'failed scan attempts',
    );
    expect(deliveredIds(sink, id)).toBe(0);
    expect(isSpooled(env, id)).toBe(true);
    // ...then clamd answers and the message goes through, once.
    await proxy.up();
    await waitFor(() => deliveredIds(sink, id) === 1, 20_000, 'delivery after clamd is back');
    await waitFor(() => spoolFiles(env).length === 0, 10_000, 'spool emptied');
    expect(deliveredIds(sink, id)).toBe(1);
  });

  it('processes a message accepted before a SIGKILL of the gateway, even when Redis lost its job', async () => {
    const { sink, env } = await setup();
    const gw = await run(env, ['gateway']);
    const r = await smtpSend(gw.port, { from: SENDER, to: [RCPT] }, ham());
    expect(r.code).toBe(250);
    const id = r.id!;
    await gw.kill('SIGKILL');
    expect(isSpooled(env, id)).toBe(true);
    // Redis restarted empty: the job is gone, only the spool knows the message.
    const conn = new Redis(env.redisUrl, { maxRetriesPerRequest: 1 });
    const q = new Queue(scanQueueName(TEST_NODE), { connection: conn, prefix: env.prefix });
    await q.obliterate({ force: true });
    await q.close();
    conn.disconnect();
    await run(env, ['start', '--no-services']);
    await waitFor(() => deliveredIds(sink, id) === 1, 20_000, 'delivery after restart');
    await waitFor(() => spoolFiles(env).length === 0, 10_000, 'spool emptied');
    expect(deliveredIds(sink, id)).toBe(1);
  });

  it('receives and delivers mail while the web UI cannot start (its port taken)', async () => {
    const taken = createServer();
    await new Promise<void>((r) => taken.listen(0, '127.0.0.1', () => r()));
    cleanup.push(() => new Promise<void>((r) => taken.close(() => r())));
    const webPort = (taken.address() as AddressInfo).port;
    const { sink, env } = await setup({ config: { web: { host: '127.0.0.1', port: webPort } } });
    const ms = await runMailshield(env, ['start', '--no-services'], {}, { waitForWeb: false });
    cleanup.push(() => ms.kill('SIGKILL'));
    const r = await smtpSend(ms.port, { from: SENDER, to: [RCPT] }, ham());
    expect(r.code).toBe(250);
    await waitFor(() => deliveredIds(sink, r.id!) === 1, 20_000, 'delivery without the web');
    await waitFor(
      () => ms.logs.some((l) => l.event === 'web.failed'),
      30_000,
      'the web failure logged',
    );
    expect(ms.logs.some((l) => l.event === 'web.listening')).toBe(false);
  });

  it('retries after a 451 from the next hop and delivers once', async () => {
    const { sink, env } = await setup();
    sink.behaviour.onData = (n) => (n === 1 ? [451, '4.3.0 try again later'] : undefined);
    const ms = await run(env, ['start', '--no-services']);
    const r = await smtpSend(ms.port, { from: SENDER, to: [RCPT] }, ham());
    expect(r.code).toBe(250);
    await waitFor(() => deliveredIds(sink, r.id!) === 1, 20_000, 'delivery after retry');
    await waitFor(() => spoolFiles(env).length === 0, 10_000, 'spool emptied');
    expect(sink.attempts).toBe(2);
    expect(deliveredIds(sink, r.id!)).toBe(1);
    expect(ms.logs.some((l) => l.event === 'deliver.tempfail' && l.id === r.id)).toBe(true);
  });

  it('sends one delivery status notification to the sender when the next hop answers 550', async () => {
    const { sink, env } = await setup();
    sink.behaviour.onRcpt = (rcpt) =>
      rcpt.startsWith('nobody@') ? [550, '5.1.1 <nobody> user unknown'] : undefined;
    const ms = await run(env, ['start', '--no-services']);
    const r = await smtpSend(ms.port, { from: SENDER, to: ['nobody@stc.songhong.gov.vn'] }, ham());
    expect(r.code).toBe(250);
    const dsn = await waitFor(
      () => sink.messages.find((m) => m.to.includes(SENDER)),
      20_000,
      'the DSN',
    );
    expect(dsn.from).toBe('');
    const text = dsn.raw.toString('utf8');
    expect(text).toContain('multipart/report; report-type=delivery-status');
    expect(text).toContain('Final-Recipient: rfc822; nobody@stc.songhong.gov.vn');
    expect(text).toContain('Status: 5.1.1');
    await waitFor(() => spoolFiles(env).length === 0, 10_000, 'spool emptied');
    expect(sink.messages.filter((m) => m.to.includes(SENDER))).toHaveLength(1);
    expect(sink.messages.filter((m) => m.to.includes('nobody@stc.songhong.gov.vn'))).toHaveLength(
      0,
    );
    // The DSN quotes the original header section, our Received: line with the id included.
    expect(text).toContain(`id ${r.id!}`);
  });

  it('sends no DSN for a bounced message from the null sender', async () => {
    const { sink, env } = await setup();
    sink.behaviour.onRcpt = () => [550, '5.1.1 user unknown'];
    const ms = await run(env, ['start', '--no-services']);
    const r = await smtpSend(ms.port, { from: '', to: ['nobody@stc.songhong.gov.vn'] }, ham());
    expect(r.code).toBe(250);
    await waitFor(
      () => ms.logs.some((l) => l.event === 'deliver.bounced' && l.id === r.id),
      20_000,
      'the bounce',
    );
    await waitFor(() => spoolFiles(env).length === 0, 10_000, 'spool emptied');
    expect(sink.messages).toHaveLength(0);
  });

  it('never delivers while clamd answers slower than the scan timeout, and delivers once it is fast again', async () => {
    const proxy = await clamdProxy(inject('clamdSocket'));
    await proxy.up();
    cleanup.push(() => proxy.down());
    proxy.delayMs = 30_000; // beyond clamd.timeoutMs (5 s in the test config)
    const { sink, env } = await setup({ clamd: { host: '127.0.0.1', port: proxy.port } });
    const ms = await run(env, ['start', '--no-services']);
    const r = await smtpSend(ms.port, { from: SENDER, to: [RCPT] }, ham());
    expect(r.code).toBe(250);
    const id = r.id!;
    await waitFor(
      () => ms.logs.some((l) => l.event === 'scan.tempfail' && l.id === id),
      30_000,
      'a scan that timed out',
    );
    expect(deliveredIds(sink, id)).toBe(0);
    expect(isSpooled(env, id)).toBe(true);
    proxy.delayMs = 0;
    await waitFor(() => deliveredIds(sink, id) === 1, 30_000, 'delivery once clamd is fast');
    await waitFor(() => spoolFiles(env).length === 0, 10_000, 'spool emptied');
    expect(deliveredIds(sink, id)).toBe(1);
  });

  it('holds as policy a message larger than clamd accepts (INSTREAM size limit exceeded), with no retry loop', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ms-clamd-small-'));
    const small = await startLocalClamd({
      workDir: dir,
      signatureDir: join(ROOT, 'rules/clamav'),
      maxStreamBytes: 1024 * 1024, // clamd's StreamMaxLength 1M; mailshield still sends 100 MB
    });
    cleanup.push(() => {
      small.stop();
      rmSync(dir, { recursive: true, force: true });
      return Promise.resolve();
    });
    const { sink, env } = await setup({ clamd: { socket: small.socket } });
    const ms = await run(env, ['start', '--no-services']);
    const big = `From: a@example.com\r\nTo: ${RCPT}\r\nSubject: big\r\n\r\n${`${'z'.repeat(998)}\r\n`.repeat(2048)}`;
    const r = await smtpSend(ms.port, { from: SENDER, to: [RCPT] }, big);
    expect(r.code).toBe(250);
    const held = await waitFor(
      () => ms.logs.find((l) => l.event === 'quarantine.held' && l.id === r.id),
      30_000,
      'the hold',
    );
    expect(held.category).toBe('policy');
    // clamd may reset the connection while the stream is still being written (a race in
    // the clamscan client) before a later attempt reads its explicit answer: a few
    // retries at most, never a loop and never a delivery.
    expect(
      ms.logs.filter((l) => l.event === 'scan.tempfail' && l.id === r.id).length,
    ).toBeLessThanOrEqual(3);
    expect(deliveredIds(sink, r.id!)).toBe(0);
  });

  it('follows the retry schedule while the next hop is down, then delivers once', async () => {
    const { sink, env } = await setup();
    const port = sink.port;
    await sink.close();
    const ms = await run(env, ['start', '--no-services']);
    const r = await smtpSend(ms.port, { from: SENDER, to: [RCPT] }, ham());
    expect(r.code).toBe(250);
    const id = r.id!;
    const fails = (): Record<string, unknown>[] =>
      ms.logs.filter((l) => l.event === 'deliver.tempfail' && l.id === id);
    await waitFor(() => fails().length >= 3, 30_000, 'three failed attempts');
    // deliver.retry in the test config: 300 ms doubling, at most 1,500 ms.
    const times = fails().map((l) => Number(l.time));
    const expected = [300, 600];
    for (let i = 0; i < expected.length; i++) {
      expect(times[i + 1]! - times[i]!).toBeGreaterThanOrEqual(expected[i]! - 50);
    }
    expect(fails().map((l) => l.attempt)).toEqual(expect.arrayContaining([1, 2, 3]));
    const back = await startSink({}, port);
    cleanup.push(() => back.close());
    await waitFor(() => deliveredIds(back, id) === 1, 30_000, 'delivery once the next hop is up');
    await waitFor(() => spoolFiles(env).length === 0, 10_000, 'spool emptied');
    expect(deliveredIds(back, id)).toBe(1);
  });

  it('retries when the next hop drops the connection after DATA, and delivers once', async () => {
    const { sink, env } = await setup();
    sink.behaviour.dropAfterData = (n) => n === 1;
    const ms = await run(env, ['start', '--no-services']);
    const r = await smtpSend(ms.port, { from: SENDER, to: [RCPT] }, ham());
    expect(r.code).toBe(250);
    await waitFor(() => deliveredIds(sink, r.id!) === 1, 30_000, 'delivery after the drop');
    await waitFor(() => spoolFiles(env).length === 0, 10_000, 'spool emptied');
    expect(sink.received).toBe(2);
    expect(deliveredIds(sink, r.id!)).toBe(1);
    expect(ms.logs.some((l) => l.event === 'deliver.tempfail' && l.id === r.id)).toBe(true);
  });
});
