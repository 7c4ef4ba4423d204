import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { LoadedConfig } from '../config/load.js';
import { MailshieldError } from '../core/errors.js';
import { loadDirectory } from '../directory/directory.js';
import { prepareClamdDatabase } from '../scan/clamav-database.js';
import { openDb } from '../store/db.js';
import { setup } from './command-setup.js';
import { runUntilSignal } from './run-until-signal.js';
import { startGateway, startMonthlyRun, startWorkers, type Closable } from './runtime.js';
import {
  clamdAnswers,
  redisAnswers,
  startLocalClamd,
  startLocalRedis,
  type ClamdAddress,
  type LocalService,
} from './services.js';
import { childCommand, startWorkerProcesses, type WorkerProcesses } from './worker-processes.js';

/*
 * Responsibility: `mailshield start`, the one-machine supervisor: local services when none
 * answers, the web and worker children, the gateway, and their orderly stop.
 */

/** `mailshield start [--no-services] [--workers N]`. */
export async function cmdStart(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'no-services': { type: 'boolean', default: false },
      workers: { type: 'string' },
      'node-id': { type: 'string' },
    },
  });
  const { cfg, log } = setup(values['node-id']);
  // 0: workers in this process (the default, worker.processes 1); an explicit --workers N
  // always runs N child processes.
  const children =
    values.workers !== undefined
      ? processCount(values.workers)
      : cfg.worker.processes > 1
        ? cfg.worker.processes
        : 0;
  // Services this process started; they stop when it stops (or dies): issue #15.
  const services: { name: string; service: LocalService }[] = [];
  const stopServices = async (): Promise<void> => {
    for (const { name, service } of services.reverse()) {
      service.stop();
      const gone = await Promise.race([
        service.exited.then(() => true),
        new Promise<false>((r) => setTimeout(() => r(false), 10_000).unref()),
      ]);
      log.info(
        { event: 'service.stopped', service: name, pid: service.pid, gone },
        `local ${name} stopped`,
      );
    }
  };
  if (!values['no-services']) {
    if (cfg.redis.sentinels === undefined && !(await redisAnswers(cfg.redis.url))) {
      log.warn(
        { event: 'service.missing', service: 'redis', url: cfg.redis.url },
        'Redis not answering; starting a local one',
      );
      const redis = await startLocalRedis(cfg.redis.url, join(cfg.dataDir, 'redis'));
      services.push({ name: 'redis', service: redis });
      log.info(
        { event: 'service.started', service: 'redis', pid: redis.pid, persistent: false },
        'local Redis started; it stops with mailshield and keeps nothing on disk ' +
          '(the spool re-queues every message at the next start)',
      );
    }
    const addr: ClamdAddress = cfg.clamd.socket
      ? { socket: cfg.clamd.socket }
      : { host: cfg.clamd.host, port: cfg.clamd.port };
    if (!(await clamdAnswers(addr))) {
      log.warn(
        { event: 'service.missing', service: 'clamd', addr },
        'clamd not answering; starting one on rules/clamav and the agency directory',
      );
      // The shipped signatures, with agencies.pdb made from this site's directory.
      const workDir = join(cfg.dataDir, 'clamd');
      const clamd = await startLocalClamd({
        tied: true,
        workDir,
        signatureDir: prepareClamdDatabase({
          source: join(cfg.rules.dir, 'clamav'),
          target: join(workDir, 'db'),
          domains: loadDirectory(cfg.agencies).domains(),
        }),
        maxStreamBytes: cfg.limits.clamdMaxStreamBytes,
      });
      cfg.clamd.socket = clamd.socket;
      services.push({ name: 'clamd', service: clamd });
      log.info(
        { event: 'service.started', service: 'clamd', socket: clamd.socket, pid: clamd.pid },
        'local clamd started; it stops with mailshield',
      );
    }
  }
  // The store's migrations run here, once, before the children start: N workers and the
  // web opening a new SQLite file together would each try to create its tables.
  await (await openDb(cfg.database)).destroy();
  // The web in a child process of its own (issue #15): a report, an export or a search
  // runs on another event loop (and, with two cores, another core) than the SMTP
  // ingress, so nothing an officer asks can delay a greeting. Supervised like the worker
  // children: restarted when it exits, stopped with start. It starts alongside the
  // workers (each child loads for seconds on a busy machine), but the mail never waits
  // for it: the gateway listens once the workers are up, and a web that fails to start
  // is logged (web.failed) while the mail flows on.
  const webStart = startWorkerProcesses(log, {
    count: 1,
    role: 'web',
    env: serviceEnv(cfg),
    command: childCommand(['web']),
  });
  let workers: Closable;
  try {
    workers = await (children > 0
      ? startWorkerProcesses(log, { count: children, env: serviceEnv(cfg) })
      : startWorkers(cfg, log, {
          queues: ['scan', 'deliver'],
          scanConcurrency: cfg.worker.scanConcurrency,
          deliverConcurrency: cfg.worker.deliverConcurrency,
        }));
  } catch (err) {
    // Stop what the web start started, then fail the start with the workers' reason.
    await webStart.then((w) => w.close()).catch(() => undefined);
    await stopServices();
    throw err;
  }
  const pool = children > 0 ? (workers as WorkerProcesses) : undefined;
  const gateway = await startGateway(cfg, log);
  const web = await webStart.catch((err: unknown) => {
    log.error(
      { event: 'web.failed', err },
      'the web UI did not start; mail is received and delivered without it',
    );
    return undefined;
  });
  const reports = await startMonthlyRun(cfg, log);
  // The gateway first (no new mail), then the workers finish their jobs; children still
  // running when shutdown overran are killed, and clamd and Redis stop last.
  const closables =
    web === undefined ? [gateway, workers, reports] : [gateway, web, workers, reports];
  return runUntilSignal(log, closables, async () => {
    pool?.kill();
    web?.kill();
    await stopServices();
  });
}

function processCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 64) {
    throw new MailshieldError('MS_ERR_CONFIG', `--workers ${value}: expected 1 to 64`);
  }
  return n;
}

/**
 * The Redis and clamd addresses this process uses, as the environment overrides of
 * config/load.ts, so worker processes reach the same services (a clamd that start
 * launched itself has a socket no config file names).
 */
function serviceEnv(cfg: LoadedConfig): Record<string, string> {
  // The node id too: worker children serve this node's queues and spool (issue #16).
  const common = { REDIS_URL: cfg.redis.url, MAILSHIELD_NODE_ID: cfg.nodeId };
  return cfg.clamd.socket
    ? { ...common, CLAMD_SOCKET: cfg.clamd.socket }
    : { ...common, CLAMD_HOST: cfg.clamd.host, CLAMD_PORT: String(cfg.clamd.port) };
}
