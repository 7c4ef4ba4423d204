import { appendFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, inject } from 'vitest';
import { encodeRecord, locate, segmentId } from '../../src/spool/segment-format.js';
import { startSink, type Sink } from '../helpers/sink-smtp.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  sample,
  spoolFiles,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';
import { clamdProxy } from '../helpers/processes.js';
import { beginData } from '../helpers/raw-smtp.js';

const RCPT = 'vanthu@sgddt.songhong.gov.vn';
const SENDER = 'partner@example.com';

/**
 * A worker killed with SIGKILL mid-scan or mid-delivery: once a worker runs again, the
 * message ends delivered exactly once (BullMQ takes the job up when its lock expires).
 */
describe('crash: worker killed in the middle of a job', () => {
  const cleanup: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c().catch(() => undefined);
    cleanup.length = 0;
  });

  async function setup(
    clamd: { host: string; port: number } | { socket: string },
    spool: { recordMaxBytes?: number } = {},
  ): Promise<{ sink: Sink; env: TestEnv; gw: MailshieldProc }> {
    const sink = await startSink();
    cleanup.push(() => sink.close());
    const env = makeTestEnv({
      sinkPort: sink.port,
      redisUrl: inject('redisUrl'),
      clamd,
      config: {
        worker: { lockDurationMs: 2000, scanConcurrency: 2, deliverConcurrency: 2 },
        spool,
      },
    });
    cleanup.push(() => cleanupTestEnv(env));
    const gw = await runMailshield(env, ['gateway']);
    cleanup.push(() => gw.kill('SIGKILL'));
    return { sink, env, gw };
  }

  async function worker(env: TestEnv): Promise<MailshieldProc> {
    const w = await runMailshield(env, ['worker']);
    cleanup.push(() => w.kill('SIGKILL'));
    return w;
  }

  const copies = (sink: Sink, id: string): number =>
    sink.messages.filter((m) => m.raw.toString('latin1').includes(` id ${id}`)).length;

  it('delivers once after the worker is killed during the clamd scan', async () => {
    const proxy = await clamdProxy(inject('clamdSocket'));
    await proxy.up();
    cleanup.push(() => proxy.down());
    proxy.delayMs = 60_000; // clamd "hangs": the scan is in progress when the worker dies
    const { sink, env, gw } = await setup({ host: '127.0.0.1', port: proxy.port });
    const w1 = await worker(env);
    const r = await smtpSend(
      gw.port,
      { from: SENDER, to: [RCPT] },
      sample('ham/plain-text-en.eml'),
    );
    expect(r.code).toBe(250);
    const id = r.id!;
    await waitFor(
      () => w1.logs.some((l) => l.event === 'scan.start' && l.id === id),
      20_000,
      'the scan to start',
    );
    await w1.kill('SIGKILL');
    expect(copies(sink, id)).toBe(0);
    proxy.delayMs = 0;
    await worker(env);
    await waitFor(() => copies(sink, id) === 1, 30_000, 'delivery by the new worker');
    await waitFor(() => spoolFiles(env).length === 0, 10_000, 'spool emptied');
    expect(copies(sink, id)).toBe(1);
  });

  it('delivers once after the worker is killed while the next hop has not answered DATA yet', async () => {
    const { sink, env, gw } = await setup({ socket: inject('clamdSocket') });
    sink.behaviour.replyDelayMs = 3000;
    const w1 = await worker(env);
    const r = await smtpSend(
      gw.port,
      { from: SENDER, to: [RCPT] },
      sample('ham/plain-text-en.eml'),
    );
    expect(r.code).toBe(250);
    const id = r.id!;
    // The message is being transferred (the first attempt, made by the scan job right
    // after the verdict): the sink holds its reply.
    await waitFor(() => sink.received >= 1, 20_000, 'DATA at the next hop');
    expect(copies(sink, id)).toBe(0);
    await w1.kill('SIGKILL');
    sink.behaviour.replyDelayMs = 0;
    await worker(env);
    await waitFor(() => copies(sink, id) === 1, 30_000, 'delivery by the new worker');
    await waitFor(() => spoolFiles(env).length === 0, 10_000, 'spool emptied');
    expect(copies(sink, id)).toBe(1);
  });

  it('keeps nothing and delivers nothing when the gateway is SIGKILLed in the middle of DATA (large message, own file)', async () => {
    // Past recordMaxBytes a message streams to a file of its own in spool/tmp.
    const { sink, env, gw } = await setup(
      { socket: inject('clamdSocket') },
      { recordMaxBytes: 16 * 1024 },
    );
    const s = await beginData(gw.port, SENDER, RCPT);
    s.sock.write(`From: a@example.com\r\nSubject: half\r\n\r\n${'x'.repeat(64 * 1024)}\r\n`);
    // The gateway has the first part of the message in spool/tmp when it dies.
    await waitFor(
      () => spoolFiles(env).some((f) => f.startsWith('tmp/')),
      10_000,
      'a file in spool/tmp',
    );
    await gw.kill('SIGKILL');
    // The client never saw a 250 for this message.
    expect(await s.next()).toBe('');
    const restarted = await runMailshield(env, ['start', '--no-services']);
    cleanup.push(() => restarted.kill('SIGKILL'));
    expect(restarted.logs.some((l) => l.event === 'spool.recovered')).toBe(true);
    expect(spoolFiles(env)).toEqual([]);
    expect(sink.received).toBe(0);
  });

  it('cuts the torn tail a crash left in a segment at its offset, and delivers every accepted message once', async () => {
    // The gateway alone: no worker takes the messages, so their records stay in the segment.
    const { sink, env, gw } = await setup({ socket: inject('clamdSocket') });
    const accepted: string[] = [];
    for (let n = 0; n < 3; n++) {
      const r = await smtpSend(
        gw.port,
        { from: SENDER, to: [RCPT] },
        sample('ham/plain-text-en.eml'),
      );
      expect(r.code).toBe(250);
      accepted.push(r.id!);
    }
    await gw.kill('SIGKILL');

    // What a SIGKILL during an append leaves: the first bytes of a well-formed record for
    // the next offset (its header whole, naming that offset), never acknowledged. A small
    // message is appended only after its final dot, in one write, so no sleep during DATA
    // produces one: it is written here, at a known size, with the spool's own format.
    const segDir = join(env.dataDir, 'spool', 'seg');
    const [segment] = readdirSync(segDir).filter((n) => n.endsWith('.seg'));
    expect(segment).toBeDefined();
    const key = segment!.slice(0, -4);
    const path = join(segDir, segment!);
    const whole = statSync(path).size;
    expect(accepted.map((id) => locate(id).key)).toEqual([key, key, key]);
    const record = encodeRecord(
      segmentId(key, whole),
      {
        mailFrom: SENDER,
        rcptTo: [RCPT],
        clientAddress: '127.0.0.1',
        helo: 'torn.example',
        receivedAt: new Date().toISOString(),
        tls: false,
      },
      [Buffer.from('Subject: never acknowledged\r\n\r\nhalf\r\n')],
    );
    const bytes = Buffer.concat(record.parts);
    const torn = bytes.subarray(0, Math.floor(bytes.length * 0.6));
    expect(torn.indexOf(0x0a)).toBeGreaterThan(0); // the header line is whole
    appendFileSync(path, torn);
    expect(statSync(path).size).toBe(whole + torn.length);

    // The gateway's start-up check cuts exactly the torn bytes, before it listens.
    const restarted = await runMailshield(env, ['gateway']);
    cleanup.push(() => restarted.kill('SIGKILL'));
    expect(statSync(path).size).toBe(whole);

    await worker(env);
    await waitFor(
      () => accepted.every((id) => copies(sink, id) === 1),
      30_000,
      'every accepted message delivered',
    );
    await waitFor(() => spoolFiles(env).length === 0, 10_000, 'spool emptied');
    expect(accepted.map((id) => copies(sink, id))).toEqual([1, 1, 1]);
    expect(sink.received).toBe(accepted.length);
  });
});
