import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { waitFor } from '../../helpers/smtp-send.js';
import type { Logger } from '../../../src/core/logger.js';
import {
  startWorkerProcesses,
  WORKER_READY_MESSAGE,
  type WorkerProcessOptions,
} from '../../../src/cli/worker-processes.js';

type Line = Record<string, unknown>;

/** A logger whose lines land in an array. */
function capture(): { log: Logger; lines: Line[] } {
  const lines: Line[] = [];
  const out = new Writable({
    write(chunk: Buffer, _enc, cb) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean))
        lines.push(JSON.parse(l) as Line);
      cb();
    },
  });
  return { log: pino({ level: 'debug' }, out), lines };
}

/** A stand-in for `mailshield worker`: node running `body`, then reporting ready. */
function child(body: string, ready = true): WorkerProcessOptions['command'] {
  const send = ready ? `process.send(${JSON.stringify(WORKER_READY_MESSAGE)});` : '';
  return { file: process.execPath, args: ['-e', `${body}${send}`] };
}

const of = (lines: Line[], event: string): Line[] => lines.filter((l) => l.event === event);

describe('startWorkerProcesses: the supervisor of `start --workers N`', () => {
  it('restarts a child that keeps exiting with a doubling, capped delay', async () => {
    const { log, lines } = capture();
    const pool = await startWorkerProcesses(log, {
      count: 1,
      env: {},
      command: child('setTimeout(() => process.exit(1), 20);'),
      restartBaseMs: 100,
      restartMaxMs: 400,
      stableMs: 60_000,
    });
    try {
      await waitFor(() => of(lines, 'worker.exited').length >= 4, 10_000, 'four exits');
    } finally {
      await pool.close();
    }
    const exits = of(lines, 'worker.exited').slice(0, 4);
    expect(exits.map((l) => l.delayMs)).toEqual([100, 200, 400, 400]);
    expect(exits.every((l) => l.code === 1)).toBe(true);
    // Each restart waited at least the delay announced with the exit before it.
    const restarts = of(lines, 'worker.restarted');
    for (const [i, r] of restarts.slice(0, 3).entries()) {
      expect(r.previousWorkerPid).toBe(exits[i]!.workerPid);
      expect(Number(r.time) - Number(exits[i]!.time)).toBeGreaterThanOrEqual(
        Number(exits[i]!.delayMs) - 5,
      );
    }
  });

  it('fails the start when a child exits before it is ready', async () => {
    const { log, lines } = capture();
    await expect(
      startWorkerProcesses(log, { count: 1, env: {}, command: child('process.exit(3);', false) }),
    ).rejects.toThrow(/exited at start \(code 3/);
    expect(of(lines, 'worker.restarted')).toHaveLength(0);
  });

  it('passes the service environment to the children', async () => {
    const { log } = capture();
    // Ready only when the child sees the variable; otherwise it exits and start fails.
    const pool = await startWorkerProcesses(log, {
      count: 1,
      env: { CLAMD_SOCKET: '/run/test/clamd.sock' },
      command: child(
        "if (process.env.CLAMD_SOCKET !== '/run/test/clamd.sock') process.exit(5);" +
          `process.send(${JSON.stringify(WORKER_READY_MESSAGE)}); setInterval(() => {}, 1000);`,
        false,
      ),
    });
    await pool.close();
  });

  it('SIGKILLs a child that does not stop within the stop timeout', async () => {
    const { log, lines } = capture();
    const pool = await startWorkerProcesses(log, {
      count: 2,
      env: {},
      command: child("process.on('SIGTERM', () => {}); setInterval(() => {}, 1000);"),
      stopTimeoutMs: 300,
    });
    const started = Date.now();
    await pool.close();
    expect(Date.now() - started).toBeGreaterThanOrEqual(290);
    const stopped = of(lines, 'worker.stopped');
    expect(stopped).toHaveLength(2);
    expect(stopped.every((l) => l.signal === 'SIGKILL')).toBe(true);
    expect(of(lines, 'worker.restarted')).toHaveLength(0);
  });
});
