import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { join } from 'node:path';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { createLogger, type Logger } from '../core/logger.js';
import { MailshieldError, errorMessage } from '../core/errors.js';
import { openDb } from '../store/db.js';
import { checkRules } from '../scan/rules/index.js';
import { agencyPdb, prepareClamdDatabase } from '../scan/clamav-database.js';
import { loadDirectory } from '../directory/directory.js';
import {
  spoolDir,
  startGateway,
  startMonthlyRun,
  startWeb,
  startWorkers,
  type Closable,
} from './runtime.js';
import { listDamaged } from '../spool/segment-repair.js';
import {
  childCommand,
  startWorkerProcesses,
  type WorkerProcesses,
  WEB_READY_MESSAGE,
  WORKER_READY_MESSAGE,
} from './worker-processes.js';
import { cmdQuarantineAction, cmdUser, QUARANTINE_ACTION_USAGE, USER_USAGE } from './web.js';
import {
  clamdAnswers,
  redisAnswers,
  startLocalClamd,
  startLocalRedis,
  type ClamdAddress,
  type LocalService,
} from './services.js';
import { quarantineList, quarantineShow } from './quarantine.js';
import { buildSink } from './sink.js';
import { cmdEval, EVAL_USAGE } from './eval.js';
import { cmdLearn, LEARN_USAGE } from './learn.js';
import { cmdReport } from './report.js';
import { cmdSenders, SENDERS_USAGE } from './senders.js';

const USAGE = `mailshield — email security gateway

Usage:
  mailshield start [--no-services] [--workers N]
                                            gateway, scan and deliver workers in one process,
                                            or the workers in N child processes, and the web
                                            in a child process of its own; starts clamd (and
                                            a local Redis) when none answers
  mailshield gateway                        SMTP ingress only
  mailshield worker [--queues scan,deliver] [--concurrency N]
  mailshield quarantine list [--json] [--limit N] [--offset N] [--category C]
  mailshield quarantine show ID [--json] [--raw]
${QUARANTINE_ACTION_USAGE}
  mailshield web                            quarantine web UI and JSON API (start runs it as a
                                            child process)
${USER_USAGE}
${SENDERS_USAGE}
  mailshield rules check [--dir DIR]
  mailshield rules pdb [--out FILE]         clamd phishing database (agencies.pdb) for the
                                            agency directory (start makes its own)
${EVAL_USAGE}
${LEARN_USAGE}
  mailshield sink [--port 2526] [--dir var/sink]   capturing SMTP server for demos
  mailshield spool damaged [--json]         damaged spool records the gateway moved aside at
                                            start (spool/damaged/), with the id each held
  mailshield report --month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD
                    [--agency CODE] [--format text|csv|json|html] [--lang vi|en] [--out FILE]

Configuration: mailshield.yaml (or MAILSHIELD_CONFIG); see README "Configuration".`;

/**
 * The usage lines of one command (an entry starts with `  mailshield CMD`, its
 * continuation lines are indented further); the whole text for an unknown one.
 */
export function usageFor(cmd: string): string {
  const entries: string[][] = [];
  for (const line of USAGE.split('\n')) {
    if (line.startsWith('  mailshield ')) entries.push([line]);
    else if (/^ {3,}\S/.test(line) && entries.length > 0) entries[entries.length - 1]!.push(line);
  }
  const mine = entries.filter((e) => e[0]!.split(/\s+/)[2] === cmd);
  if (mine.length === 0) return USAGE;
  return `Usage:\n${mine.map((e) => e.join('\n')).join('\n')}\n\nSee README "Commands".`;
}

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  // `--help` on any command prints its usage: the commands' own argument parsers are
  // strict and would throw on an option they do not know (issue #15).
  if (cmd !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(`${usageFor(cmd)}\n`);
    return 0;
  }
  switch (cmd) {
    case 'start':
      return cmdStart(rest);
    case 'gateway':
      return cmdGateway();
    case 'worker':
      return cmdWorker(rest);
    case 'quarantine':
      return cmdQuarantine(rest);
    case 'web':
      return cmdWeb();
    case 'user':
      return cmdUser(rest);
    case 'senders':
      return cmdSenders(rest);
    case 'rules':
      return cmdRules(rest);
    case 'eval':
      return cmdEval(rest);
    case 'learn':
      return cmdLearn(rest);
    case 'sink':
      return cmdSink(rest);
    case 'report':
      return cmdReport(rest);
    case 'spool':
      return cmdSpool(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return cmd === undefined ? 2 : 0;
    default:
      process.stderr.write(`mailshield: unknown command "${cmd}"\n\n${USAGE}\n`);
      return 2;
  }
}

function setup(): { cfg: LoadedConfig; log: Logger } {
  const cfg = loadConfig();
  const log = createLogger(cfg.logLevel);
  // Fail at start, with file and reason, rather than on the first message.
  loadDirectory(cfg.agencies);
  return { cfg, log };
}

/**
 * Runs until SIGINT/SIGTERM, then closes in order: stop accepting, finish jobs. A process
 * started by a supervisor (`start --workers N`) also stops when its IPC channel to the
 * supervisor closes, as it does when the supervisor dies, even by SIGKILL.
 */
function runUntilSignal(
  log: Logger,
  parts: Closable[],
  after?: () => Promise<void> | void,
): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      if (signal === 'disconnect') log.warn({ signal }, 'supervisor gone; stopping');
      else log.info({ signal }, 'stopping');
      const finish = async (): Promise<void> => {
        await Promise.resolve(after?.()).catch((err: unknown) =>
          log.warn({ err: errorMessage(err) }, 'stopping services failed'),
        );
      };
      const timer = setTimeout(() => {
        log.error('shutdown took too long; exiting');
        void finish().then(() => resolve(1));
      }, 30_000);
      timer.unref();
      void (async () => {
        for (const p of parts)
          await p
            .close()
            .catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'close failed'));
        await finish();
        clearTimeout(timer);
        resolve(0);
      })();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    if (process.channel) {
      if (process.connected) process.once('disconnect', () => stop('disconnect'));
      else stop('disconnect');
    }
  });
}

async function cmdStart(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      'no-services': { type: 'boolean', default: false },
      workers: { type: 'string' },
    },
  });
  const { cfg, log } = setup();
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
    if (!(await redisAnswers(cfg.redis.url))) {
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
  return cfg.clamd.socket
    ? { REDIS_URL: cfg.redis.url, CLAMD_SOCKET: cfg.clamd.socket }
    : { REDIS_URL: cfg.redis.url, CLAMD_HOST: cfg.clamd.host, CLAMD_PORT: String(cfg.clamd.port) };
}

/**
 * `mailshield web`: alone, or as the web child of `start`, which it tells once it listens
 * (and which it follows: it stops when the IPC channel to start closes).
 */
async function cmdWeb(): Promise<number> {
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

async function cmdGateway(): Promise<number> {
  const { cfg, log } = setup();
  const gateway = await startGateway(cfg, log);
  return runUntilSignal(log, [gateway]);
}

async function cmdWorker(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      queues: { type: 'string', default: 'scan,deliver' },
      concurrency: { type: 'string' },
    },
  });
  const { cfg, log } = setup();
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

async function cmdQuarantine(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'release' || sub === 'delete' || sub === 'purge')
    return cmdQuarantineAction(sub, rest);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      raw: { type: 'boolean', default: false },
      limit: { type: 'string', default: '100' },
      offset: { type: 'string', default: '0' },
      category: { type: 'string' },
    },
  });
  const cfg = loadConfig();
  const db = await openDb(cfg.database);
  try {
    if (sub === 'list') {
      const out = await quarantineList(db, {
        json: Boolean(values.json),
        limit: Number(values.limit),
        offset: Number(values.offset),
        category: values.category,
      });
      process.stdout.write(`${out}\n`);
      return 0;
    }
    if (sub === 'show' && positionals[0]) {
      const out = await quarantineShow(db, positionals[0], {
        json: Boolean(values.json),
        raw: Boolean(values.raw),
      });
      if (out === undefined) {
        process.stderr.write(`mailshield: no quarantined message ${positionals[0]}\n`);
        return 1;
      }
      process.stdout.write(`${out}\n`);
      return 0;
    }
    process.stderr.write(`${USAGE}\n`);
    return 2;
  } finally {
    await db.destroy();
  }
}

function cmdRules(args: string[]): number {
  const [sub, ...rest] = args;
  if (sub === 'pdb') return cmdRulesPdb(rest);
  const { values } = parseArgs({ args: rest, options: { dir: { type: 'string' } } });
  if (sub !== 'check') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const cfg = loadConfig();
  const dir = values.dir ?? cfg.rules.dir;
  const directory = loadDirectory(cfg.agencies);
  const problems = checkRules(dir, { lists: { agency_domains: directory.domains() } });
  for (const p of problems) process.stdout.write(`${p.file}:${p.line}: ${p.message}\n`);
  process.stdout.write(
    problems.length === 0 ? `rules in ${dir}: OK\n` : `${problems.length} problem(s)\n`,
  );
  return problems.length === 0 ? 0 : 1;
}

/** `rules pdb`: clamd's phishing database for the agency directory, to stdout or a file. */
function cmdRulesPdb(args: string[]): number {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const cfg = loadConfig();
  const text = agencyPdb(loadDirectory(cfg.agencies).domains());
  if (values.out === undefined) process.stdout.write(text);
  else writeFileSync(values.out, text);
  return 0;
}

/** `spool damaged`: what repair moved aside, for an admin to look at (issue #15). */
async function cmdSpool(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: { json: { type: 'boolean', default: false } },
  });
  if (sub !== 'damaged') {
    process.stderr.write(`${usageFor('spool')}\n`);
    return 2;
  }
  const cfg = loadConfig();
  const damaged = await listDamaged(join(spoolDir(cfg), 'damaged'));
  if (values.json) {
    process.stdout.write(`${JSON.stringify(damaged, null, 2)}\n`);
    return 0;
  }
  if (damaged.length === 0) {
    process.stdout.write('No damaged spool records.\n');
    return 0;
  }
  for (const d of damaged) {
    process.stdout.write(
      `${d.detectedAt}  segment ${d.segment} offset ${d.offset} (${d.length} bytes)  ` +
        `id ${d.id ?? 'unreadable'}  ${d.file}\n`,
    );
  }
  return 0;
}

async function cmdSink(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '2526' },
      dir: { type: 'string', default: 'var/sink' },
    },
  });
  const log = createLogger('info', 'mailshield-sink');
  const sink = buildSink(values.dir ?? 'var/sink');
  // Clients that drop the connection must not end the sink.
  sink.on('error', (err) => log.debug({ err: err.message }, 'sink connection error'));
  await new Promise<void>((r) => sink.listen(Number(values.port), '127.0.0.1', r));
  log.info({ port: Number(values.port), dir: values.dir }, 'sink listening on 127.0.0.1');
  return runUntilSignal(log, [{ close: () => new Promise<void>((r) => sink.close(() => r())) }]);
}

/**
 * Exits once stdout and stderr have flushed. On Linux a write to a pipe is asynchronous:
 * `process.exit` right after a large write cut `quarantine list --json | jq` at the pipe's
 * 64 KiB buffer, with exit status 0 (issue #15). An empty write's callback runs after
 * every write before it.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const done = (): void => {
    if (--pending === 0) process.exit(code);
  };
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.destroyed || !stream.writable) done();
    // A reader that went away (EPIPE) ends the wait as well.
    else stream.write('', () => done());
  }
}

main(process.argv.slice(2)).then(
  (code) => exitWhenFlushed(code),
  (err: unknown) => {
    // Mistakes of the user (config, arguments, a report period or time limit): the message.
    if (
      err instanceof MailshieldError &&
      (err.code === 'MS_ERR_CONFIG' || err.code.startsWith('MS_ERR_REPORT_'))
    ) {
      process.stderr.write(`mailshield: ${err.message}\n`);
    } else {
      process.stderr.write(
        `mailshield: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
    }
    exitWhenFlushed(1);
  },
);
