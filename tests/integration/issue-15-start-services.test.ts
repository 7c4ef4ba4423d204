import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, inject } from 'vitest';
import { startSink, type Sink } from '../helpers/sink-smtp.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import { freePort } from '../helpers/processes.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  sample,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';

/** Whether the process runs (a zombie left for a non-reaping init counts as gone). */
function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  try {
    return readFileSync(stat, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

/**
 * `mailshield start` with no Redis and no clamd answering starts both itself; they must
 * stop with it, however it ends (issue #15: a daemonized redis-server outlived it).
 */
describe('issue #15: start leaves no Redis or clamd behind', () => {
  const cleanup: (() => Promise<void>)[] = [];
  const pids = new Set<number>();
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c().catch(() => undefined);
    cleanup.length = 0;
    for (const pid of pids) if (running(pid)) process.kill(pid, 'SIGKILL');
    pids.clear();
  });

  async function start(): Promise<{
    ms: MailshieldProc;
    redis: number;
    clamd: number;
    env: TestEnv;
    sink: Sink;
  }> {
    const sink = await startSink();
    cleanup.push(() => sink.close());
    const env = makeTestEnv({
      sinkPort: sink.port,
      // Nothing answers on either: start launches its own.
      redisUrl: `redis://127.0.0.1:${await freePort()}`,
      clamd: { socket: join('/nonexistent', inject('clamdSocket')) },
    });
    cleanup.push(() => cleanupTestEnv(env));
    const ms = await runMailshield(env, ['start']);
    cleanup.push(() => ms.kill('SIGKILL'));
    const started = ms.logs.filter((l) => l.event === 'service.started');
    const pidOf = (service: string): number =>
      Number(started.find((l) => l.service === service)?.pid);
    const redis = pidOf('redis');
    const clamd = pidOf('clamd');
    for (const pid of [redis, clamd]) {
      expect(pid).toBeGreaterThan(0);
      pids.add(pid);
      expect(running(pid)).toBe(true);
    }
    return { ms, redis, clamd, env, sink };
  }

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops the Redis and clamd it started on %s, after mail went through them',
    async (signal) => {
      const { ms, redis, clamd, sink } = await start();
      const r = await smtpSend(
        ms.port,
        { from: 'partner@example.com', to: ['vanthu@stttt.songhong.gov.vn'] },
        sample('ham/plain-text-en.eml'),
      );
      expect(r.code).toBe(250);
      await waitFor(() => sink.messages.length === 1, 30_000, 'delivered');
      await ms.kill(signal);
      expect(ms.child.exitCode).toBe(0);
      await waitFor(() => !running(redis) && !running(clamd), 15_000, 'services gone');
      // Both are stopped (in no set order: they stop together) and each says so.
      expect(
        ms.logs
          .filter((l) => l.event === 'service.stopped')
          .map((l) => String(l.service))
          .sort(),
      ).toEqual(['clamd', 'redis']);
    },
  );

  it('stops them when start is SIGKILLed', async () => {
    const { ms, redis, clamd } = await start();
    await ms.kill('SIGKILL');
    await waitFor(() => !running(redis) && !running(clamd), 15_000, 'services gone');
  });
});
