import { existsSync, readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, inject } from 'vitest';
import { startSink, type Sink } from '../helpers/sink-smtp.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import { copiesAt } from '../helpers/pipeline.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  sample,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';

const RCPT = 'vanthu@stttt.songhong.gov.vn';
const SENDER = 'partner@example.com';

/** Whether the process runs (a zombie left for a non-reaping init counts as gone). */
function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (existsSync(stat)) {
    try {
      return readFileSync(stat, 'utf8').split(') ')[1]?.[0] !== 'Z';
    } catch {
      return false;
    }
  }
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

const events = (ms: MailshieldProc, event: string): Record<string, unknown>[] =>
  ms.logs.filter((l) => l.event === event);

/**
 * `mailshield start --workers N`: the scan and deliver workers run in N child processes
 * of `mailshield worker`, supervised by the start process (gateway, web, monthly run).
 */
describe('start --workers N: worker child processes', () => {
  const cleanup: (() => Promise<void>)[] = [];
  const childPids = new Set<number>();
  afterEach(async () => {
    for (const c of cleanup.reverse()) await c().catch(() => undefined);
    cleanup.length = 0;
    // A failed test must not leave the children it started behind.
    for (const pid of childPids) if (running(pid)) process.kill(pid, 'SIGKILL');
    childPids.clear();
  });

  async function setup(workers: number): Promise<{ sink: Sink; env: TestEnv; ms: MailshieldProc }> {
    const sink = await startSink();
    cleanup.push(() => sink.close());
    const env = makeTestEnv({
      sinkPort: sink.port,
      redisUrl: inject('redisUrl'),
      clamd: { socket: inject('clamdSocket') },
      // No DNS waits in the scan: this test is about processes.
      config: { detection: { auth: { enabled: false } } },
    });
    cleanup.push(() => cleanupTestEnv(env));
    const ms = await runMailshield(env, ['start', '--no-services', '--workers', String(workers)]);
    cleanup.push(() => ms.kill('SIGKILL'));
    for (const l of events(ms, 'worker.started')) childPids.add(Number(l.workerPid));
    return { sink, env, ms };
  }

  async function sendSome(port: number, n: number): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < n; i++) {
      const r = await smtpSend(port, { from: SENDER, to: [RCPT] }, sample('ham/plain-text-en.eml'));
      expect(r.code).toBe(250);
      ids.push(r.id!);
    }
    return ids;
  }

  it('delivers through two children, restarts one SIGKILLed, and stops them all on SIGTERM', async () => {
    const { sink, ms } = await setup(2);
    const pids = events(ms, 'worker.started').map((l) => Number(l.workerPid));
    expect(pids).toHaveLength(2);
    expect(pids).not.toContain(ms.child.pid);
    for (const pid of pids) expect(running(pid)).toBe(true);
    // Each child logged its own worker.ready (the start process none of its own).
    await waitFor(
      () => pids.every((pid) => events(ms, 'worker.ready').some((l) => l.pid === pid)),
      5_000,
      'worker.ready from both children',
    );
    expect(events(ms, 'worker.ready').some((l) => l.pid === ms.child.pid)).toBe(false);

    const first = await sendSome(ms.port, 4);
    await waitFor(
      () => first.every((id) => copiesAt(sink, id).length === 1),
      15_000,
      'delivery by the worker processes',
    );
    // Scans ran in the children, not in the start process.
    const scanned = await waitFor(
      () => {
        const v = events(ms, 'scan.verdict').filter((l) => first.includes(String(l.id)));
        return v.length === 4 ? v : undefined;
      },
      5_000,
      'the verdicts logged',
    );
    for (const l of scanned) expect(pids).toContain(l.pid);

    process.kill(pids[0]!, 'SIGKILL');
    const restarted = await waitFor(
      () => events(ms, 'worker.restarted').find((l) => l.previousWorkerPid === pids[0]),
      10_000,
      'the killed worker process restarted',
    );
    const exited = events(ms, 'worker.exited').find((l) => l.workerPid === pids[0]);
    expect(exited).toMatchObject({ signal: 'SIGKILL', slot: 0 });
    const newPid = Number(restarted.workerPid);
    childPids.add(newPid);
    expect(running(pids[0]!)).toBe(false);
    await waitFor(
      () => events(ms, 'worker.ready').some((l) => l.pid === newPid),
      15_000,
      'the new worker process ready',
    );

    const second = await sendSome(ms.port, 4);
    await waitFor(
      () => second.every((id) => copiesAt(sink, id).length === 1),
      15_000,
      'delivery after the restart',
    );

    await ms.kill('SIGTERM');
    expect(ms.child.exitCode).toBe(0);
    for (const pid of [pids[1]!, newPid]) expect(running(pid)).toBe(false);
    const stopped = events(ms, 'worker.stopped').map((l) => l.workerPid);
    expect(stopped).toEqual(expect.arrayContaining([pids[1], newPid]));
  }, 120_000); // start (with its web child), two rounds of mail and a restart: slow on a busy machine

  it('an explicit --workers 1 runs one child, which stops when the start process is SIGKILLed', async () => {
    const { sink, ms } = await setup(1);
    const pids = events(ms, 'worker.started').map((l) => Number(l.workerPid));
    expect(pids).toHaveLength(1);
    const [id] = await sendSome(ms.port, 1);
    await waitFor(() => copiesAt(sink, id!).length === 1, 15_000, 'delivery');
    await ms.kill('SIGKILL');
    await waitFor(() => !running(pids[0]!), 15_000, 'the orphaned worker process to stop');
    // The web child (issue #15) follows start the same way.
    const webPid = Number(events(ms, 'web.started')[0]?.webPid);
    expect(webPid).toBeGreaterThan(0);
    await waitFor(() => !running(webPid), 15_000, 'the orphaned web process to stop');
  });
});
