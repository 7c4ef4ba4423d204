import { parseArgs } from 'node:util';
import { MailshieldError } from '../core/errors.js';
import { setup } from './command-setup.js';
import { runUntilSignal } from './run-until-signal.js';
import { startGateway, startWeb, startWorkers } from './runtime.js';
import { WEB_READY_MESSAGE, WORKER_READY_MESSAGE } from './worker-processes.js';

/*
 * Responsibility: the commands that run one part alone (`gateway`, `worker`, `web`), as a
 * deployment over several hosts does and as the children of `start` are.
 */

/**
 * `mailshield web`: alone, or as the web child of `start`, which it tells once it listens
 * (and which it follows: it stops when the IPC channel to start closes).
 */
export async function cmdWeb(): Promise<number> {
  const { cfg, log } = setup();
  // A supervisor gone while this child still starts (start killed, or failing): nothing
  // to close yet, so leave at once rather than come up with no one to stop it.
  const orphaned = (): never => process.exit(1);
  if (process.channel) process.once('disconnect', orphaned);
  const web = await startWeb(cfg, log);
  process.off('disconnect', orphaned);
  if (process.send && process.connected) process.send(WEB_READY_MESSAGE);
  return runUntilSignal(log, [web]);
}

/** `mailshield gateway [--node-id ID]`: SMTP ingress only. */
export async function cmdGateway(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'node-id': { type: 'string' } } });
  const { cfg, log } = setup(values['node-id']);
  const gateway = await startGateway(cfg, log);
  return runUntilSignal(log, [gateway]);
}

/** `mailshield worker [--queues scan,deliver] [--concurrency N] [--node-id ID]`. */
export async function cmdWorker(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      queues: { type: 'string', default: 'scan,deliver' },
      concurrency: { type: 'string' },
      'node-id': { type: 'string' },
    },
  });
  const { cfg, log } = setup(values['node-id']);
  const queues = (values.queues ?? '')
    .split(',')
    .map((q) => q.trim())
    .filter(Boolean);
  for (const q of queues) {
    if (q !== 'scan' && q !== 'deliver')
      throw new MailshieldError('MS_ERR_CONFIG', `unknown queue "${q}" (scan, deliver)`);
  }
  const conc = values.concurrency ? Number(values.concurrency) : undefined;
  // As the web child: a supervisor gone while this worker still starts (start killed
  // before it was ready) leaves it nothing to answer to; it takes no job yet, so it leaves.
  const orphaned = (): never => process.exit(1);
  if (process.channel) process.once('disconnect', orphaned);
  const workers = await startWorkers(cfg, log, {
    queues: queues as ('scan' | 'deliver')[],
    scanConcurrency: conc ?? cfg.worker.scanConcurrency,
    deliverConcurrency: conc ?? cfg.worker.deliverConcurrency,
  });
  process.off('disconnect', orphaned);
  // Under `start --workers N`: tell the supervisor this worker takes jobs.
  if (process.send && process.connected) process.send(WORKER_READY_MESSAGE);
  return runUntilSignal(log, [workers]);
}
