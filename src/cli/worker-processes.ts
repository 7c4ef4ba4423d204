import { spawn, type ChildProcess } from 'node:child_process';
import type { Logger } from '../core/logger.js';
import type { LogEvent } from '../core/events.js';
import { MailshieldError } from '../core/errors.js';
import { backoffDelay } from '../queue/backoff.js';
import type { Closable } from './runtime.js';

/** What a `mailshield worker` started by a supervisor sends over IPC once it takes jobs. */
export const WORKER_READY_MESSAGE = 'mailshield:worker.ready';
/** What a `mailshield web` started by a supervisor sends over IPC once it listens. */
export const WEB_READY_MESSAGE = 'mailshield:web.ready';

/**
 * What the children are: `worker` (scan and deliver) or `web` (the UI and API, issue #15:
 * nothing an officer asks may share an event loop with the SMTP ingress). It names the
 * log events (`worker.exited`, `web.restarted`…) and the pid fields (`workerPid`, `webPid`).
 */
export type ChildRole = 'worker' | 'web';

export interface WorkerProcessOptions {
  count: number;
  /** @defaultValue 'worker' */
  role?: ChildRole;
  /**
   * Added to this process's environment for every child: the service addresses `start`
   * settled on (a clamd or Redis it started itself), as the overrides of config/load.ts.
   */
  env: Record<string, string>;
  /** The command of a child; by default this process's own launch with `worker`. */
  command?: { file: string; args: string[] };
  /** Delay before restarting a child that exited: base, doubling, capped. */
  restartBaseMs?: number;
  restartMaxMs?: number;
  /** A child that ran this long before it exited is restarted after the base delay again. */
  stableMs?: number;
  /** Every child must report ready within this at start, or start fails. */
  readyTimeoutMs?: number;
  /** After SIGTERM a child has this long to finish its jobs before SIGKILL. */
  stopTimeoutMs?: number;
}

export interface WorkerProcesses extends Closable {
  /** SIGKILL whatever child still runs: the last resort when shutdown overran. */
  kill(): void;
}

interface Slot {
  index: number;
  child: ChildProcess | undefined;
  startedAt: number;
  /** Exits in a row of children that did not reach stableMs. */
  failures: number;
  restarts: number;
  timer: NodeJS.Timeout | undefined;
}

/**
 * How this process was launched (node, its flags such as tsx's loader, the entry script:
 * bin/mailshield.js or src/cli/main.ts), running `worker` instead. Debugger flags are
 * left out: children would fight over the inspector port or wait for a debugger.
 */
export function workerCommand(): { file: string; args: string[] } {
  return childCommand(['worker', '--queues', 'scan,deliver']);
}

/** This process's own launch running `mailshield <args>` (see workerCommand). */
export function childCommand(args: string[]): { file: string; args: string[] } {
  const entry = process.argv[1];
  if (!entry) {
    throw new MailshieldError('MS_ERR_CONFIG', 'cannot tell the entry script to start children');
  }
  const flags: string[] = [];
  const execArgv = process.execArgv;
  for (let i = 0; i < execArgv.length; i++) {
    const a = execArgv[i]!;
    if (a === '--inspect-port' || a === '--debug-port') i++;
    else if (!a.startsWith('--inspect') && !a.startsWith('--debug')) flags.push(a);
  }
  return {
    file: process.execPath,
    args: [...flags, entry, ...args],
  };
}

const alive = (c: ChildProcess | undefined): c is ChildProcess =>
  c !== undefined && c.exitCode === null && c.signalCode === null;

/**
 * Runs the scan and deliver workers in `count` child processes of `mailshield worker`,
 * as a supervisor: a child that exits is restarted after a growing delay (never in a
 * tight loop); close() sends SIGTERM, waits, then SIGKILLs. Each child has an IPC channel
 * to this process and stops when it closes, so no child outlives a killed supervisor.
 * Children get their own process group: a terminal's Ctrl-C reaches this process only,
 * which stops the gateway before the workers.
 */
export async function startWorkerProcesses(
  log: Logger,
  opts: WorkerProcessOptions,
): Promise<WorkerProcesses> {
  const role: ChildRole = opts.role ?? 'worker';
  const command = opts.command ?? workerCommand();
  const readyMessage = role === 'web' ? WEB_READY_MESSAGE : WORKER_READY_MESSAGE;
  // Log fields named after the role: `workerPid`, `previousWebPid`…
  const pidKey = `${role}Pid`;
  const previousPidKey = `previous${role === 'web' ? 'Web' : 'Worker'}Pid`;
  const ev = (name: 'started' | 'exited' | 'restarted' | 'stopped'): LogEvent => `${role}.${name}`;
  const baseMs = opts.restartBaseMs ?? 1_000;
  const schedule = {
    attempts: Infinity,
    baseDelayMs: baseMs,
    maxDelayMs: opts.restartMaxMs ?? 60_000,
  };
  const stableMs = opts.stableMs ?? 30_000;
  const stopTimeoutMs = opts.stopTimeoutMs ?? 20_000;
  const env = { ...process.env, ...opts.env };
  let stopping = false;
  // Until every child has reported ready once, an exit fails the start instead.
  let starting = true;
  let failStart: ((err: Error) => void) | undefined;
  const readyOnce = new Set<number>();
  let onReady: (() => void) | undefined;

  const slots: Slot[] = Array.from({ length: opts.count }, (_, index) => ({
    index,
    child: undefined,
    startedAt: 0,
    failures: 0,
    restarts: 0,
    timer: undefined,
  }));

  const spawnChild = (slot: Slot): ChildProcess => {
    const child = spawn(command.file, command.args, {
      env,
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      detached: true,
    });
    slot.child = child;
    slot.startedAt = Date.now();
    let exited = false;
    const onExit = (code: number | null, signal: NodeJS.Signals | null): void => {
      if (exited) return;
      exited = true;
      handleExit(slot, child, code, signal);
    };
    child.on('message', (m: unknown) => {
      if (m !== readyMessage) return;
      readyOnce.add(slot.index);
      onReady?.();
    });
    child.on('exit', onExit);
    child.on('error', (err) => {
      log.error({ slot: slot.index, err }, `${role} process error`);
      // A child that could not be spawned never emits 'exit'.
      if (child.pid === undefined) onExit(null, null);
    });
    return child;
  };

  const handleExit = (
    slot: Slot,
    child: ChildProcess,
    code: number | null,
    signal: NodeJS.Signals | null,
  ): void => {
    const ranMs = Date.now() - slot.startedAt;
    if (stopping) {
      log.info(
        { event: ev('stopped'), slot: slot.index, [pidKey]: child.pid, code, signal },
        `${role} process stopped`,
      );
      return;
    }
    if (starting) {
      log.error(
        { event: ev('exited'), slot: slot.index, [pidKey]: child.pid, code, signal, ranMs },
        `${role} process exited at start`,
      );
      failStart?.(
        new MailshieldError(
          'MS_ERR_INTERNAL',
          `${role} process ${slot.index} exited at start (code ${code}, signal ${signal}); see its log above`,
        ),
      );
      return;
    }
    slot.failures = ranMs >= stableMs ? 1 : slot.failures + 1;
    const delayMs = backoffDelay(slot.failures, schedule);
    log.warn(
      {
        event: ev('exited'),
        slot: slot.index,
        [pidKey]: child.pid,
        code,
        signal,
        ranMs,
        delayMs,
      },
      `${role} process exited; restarting`,
    );
    slot.timer = setTimeout(() => {
      slot.timer = undefined;
      if (stopping) return;
      slot.restarts++;
      const next = spawnChild(slot);
      log.info(
        {
          event: ev('restarted'),
          slot: slot.index,
          [pidKey]: next.pid,
          [previousPidKey]: child.pid,
          restarts: slot.restarts,
        },
        `${role} process restarted`,
      );
    }, delayMs);
  };

  const killAll = (signal: NodeJS.Signals): void => {
    for (const s of slots) if (alive(s.child)) s.child.kill(signal);
  };

  const stop = async (): Promise<void> => {
    stopping = true;
    for (const s of slots) {
      if (s.timer) clearTimeout(s.timer);
      s.timer = undefined;
    }
    const exits = slots
      .map((s) => s.child)
      .filter(alive)
      .map((c) => new Promise<void>((r) => c.once('exit', () => r())));
    killAll('SIGTERM');
    let timer: NodeJS.Timeout | undefined;
    const overran = await Promise.race([
      Promise.all(exits).then(() => false),
      new Promise<boolean>((r) => (timer = setTimeout(() => r(true), stopTimeoutMs))),
    ]);
    clearTimeout(timer);
    if (overran) {
      log.error(
        {
          [`${pidKey}s`]: slots
            .map((s) => s.child)
            .filter(alive)
            .map((c) => c.pid),
        },
        `${role} processes did not stop in time; killing them`,
      );
      killAll('SIGKILL');
      await Promise.all(exits);
    }
  };

  for (const slot of slots) {
    const child = spawnChild(slot);
    log.info(
      { event: ev('started'), slot: slot.index, [pidKey]: child.pid },
      `${role} process started`,
    );
  }
  try {
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          reject(
            new MailshieldError(
              'MS_ERR_INTERNAL',
              `${role} processes not ready within ${(opts.readyTimeoutMs ?? 60_000) / 1000} s`,
            ),
          ),
        opts.readyTimeoutMs ?? 60_000,
      );
      failStart = (err) => {
        clearTimeout(timer);
        reject(err);
      };
      onReady = () => {
        if (readyOnce.size < slots.length) return;
        clearTimeout(timer);
        resolve();
      };
      onReady();
    });
  } catch (err) {
    await stop();
    throw err;
  }
  starting = false;
  onReady = undefined;
  failStart = undefined;

  return {
    kill: () => killAll('SIGKILL'),
    close: stop,
  };
}
