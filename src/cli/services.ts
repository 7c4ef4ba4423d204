import { spawn, type ChildProcess } from 'node:child_process';
import {
  closeSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { Redis } from 'ioredis';
import { MailshieldError } from '../core/errors.js';

/** True when Redis answers PING within the timeout. */
export async function redisAnswers(url: string, timeoutMs = 2_000): Promise<boolean> {
  const r = new Redis(url, {
    lazyConnect: true,
    enableOfflineQueue: false,
    maxRetriesPerRequest: 0,
    connectTimeout: timeoutMs,
    retryStrategy: () => null,
  });
  r.on('error', () => undefined);
  try {
    await r.connect();
    return (await r.ping()) === 'PONG';
  } catch {
    return false;
  } finally {
    r.disconnect();
  }
}

export type ClamdAddress = { socket: string } | { host: string; port: number };

/** True when clamd answers PING with PONG (the clamd protocol's own liveness check). */
export function clamdAnswers(addr: ClamdAddress, timeoutMs = 2_000): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = 'socket' in addr ? connect(addr.socket) : connect(addr.port, addr.host);
    let answer = '';
    const done = (ok: boolean): void => {
      sock.destroy();
      resolve(ok);
    };
    sock.setTimeout(timeoutMs, () => done(false));
    sock.on('error', () => done(false));
    sock.on('connect', () => sock.write('zPING\0'));
    sock.on('data', (d) => {
      answer += d.toString('latin1');
      if (answer.includes('\0') || answer.includes('\n')) done(answer.startsWith('PONG'));
    });
    sock.on('end', () => done(answer.startsWith('PONG')));
  });
}

function which(bin: string): string | undefined {
  for (const dir of (process.env.PATH ?? '')
    .split(':')
    .concat(['/usr/sbin', '/usr/bin', '/sbin'])) {
    const p = join(dir, bin);
    if (dir && existsSync(p)) return p;
  }
  return undefined;
}

export const CLAMD_MISSING =
  'clamd is not installed. On Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y clamav-daemon ' +
  '(mailshield starts its own clamd on the signatures in rules/clamav; no freshclam run is needed to try it).';

export const REDIS_MISSING =
  'Redis is not answering and redis-server is not installed. On Debian or Ubuntu: ' +
  'sudo apt-get install -y redis-server, or set REDIS_URL to a running Redis.';

/** A service process this mailshield started (clamd, Redis). */
export interface LocalService {
  /** The service's own pid (not its watchdog's). */
  pid: number;
  /** Asks it to stop (SIGTERM); `exited` settles once it has. */
  stop(): void;
  exited: Promise<void>;
}

export interface LocalClamd extends LocalService {
  socket: string;
  /** clamd itself, or its watchdog shell when started `tied`. */
  process: ChildProcess;
}

/**
 * Runs `bin args` under a watchdog shell tied to this process (issue #15): the shell holds
 * a pipe from us on its stdin and stops the service when that pipe closes, which happens
 * when we stop it and also when we die in any way (SIGKILL included; Node has no
 * parent-death signal). Its own process group, so a Ctrl-C in the terminal reaches only
 * mailshield, which stops its services after the workers finished.
 */
const WATCHDOG = [
  '"$0" "$@" &',
  'child=$!',
  'echo "$child" > "$MAILSHIELD_WATCHDOG_PIDFILE"',
  'trap \'kill -TERM "$child" 2>/dev/null\' TERM',
  // EOF on stdin: the mailshield that started us stopped or died.
  'read -r _ || true',
  'kill -TERM "$child" 2>/dev/null',
  'wait "$child"',
].join('\n');

function spawnTied(
  bin: string,
  args: string[],
  workDir: string,
  name: string,
  log: number,
): { child: ChildProcess; pidFile: string; exited: Promise<void>; stop: () => void } {
  const pidFile = join(workDir, `${name}.watchdog.pid`);
  rmSync(pidFile, { force: true });
  const child = spawn('sh', ['-c', WATCHDOG, bin, ...args], {
    stdio: ['pipe', log, log],
    detached: true,
    env: { ...process.env, MAILSHIELD_WATCHDOG_PIDFILE: pidFile },
  });
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  // A stop while the pipe is already gone must not throw.
  child.stdin?.on('error', () => undefined);
  return { child, pidFile, exited, stop: () => child.stdin?.end() };
}

async function readPid(pidFile: string, exited: () => boolean): Promise<number> {
  for (let i = 0; i < 100 && !exited(); i++) {
    try {
      const pid = Number(readFileSync(pidFile, 'utf8').trim());
      if (Number.isInteger(pid) && pid > 0) return pid;
    } catch {
      // Not written yet.
    }
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new MailshieldError('MS_ERR_CONFIG', `service pid not found in ${pidFile}`);
}

/**
 * Starts clamd in the foreground as our child, on exactly the signature files in
 * `signatureDir` (rules/clamav), listening on a Unix socket in `workDir`.
 * `StreamMaxLength` matches limits.clamdMaxStreamBytes so oversize is decided by us.
 */
export async function startLocalClamd(opts: {
  workDir: string;
  signatureDir: string;
  maxStreamBytes: number;
  tcpPort?: number;
  timeoutMs?: number;
  /** Stop clamd when this process stops or dies (`mailshield start`). @defaultValue false */
  tied?: boolean;
}): Promise<LocalClamd> {
  const bin = which('clamd');
  if (!bin) throw new MailshieldError('MS_ERR_CONFIG', CLAMD_MISSING);
  mkdirSync(opts.workDir, { recursive: true });
  const socket = join(opts.workDir, 'clamd.sock');
  const conf = join(opts.workDir, 'clamd.conf');
  const mb = Math.ceil(opts.maxStreamBytes / (1024 * 1024));
  writeFileSync(
    conf,
    [
      `DatabaseDirectory ${opts.signatureDir}`,
      `LocalSocket ${socket}`,
      'LocalSocketMode 660',
      ...(opts.tcpPort ? [`TCPSocket ${opts.tcpPort}`, 'TCPAddr 127.0.0.1'] : []),
      'Foreground yes',
      `PidFile ${join(opts.workDir, 'clamd.pid')}`,
      `StreamMaxLength ${mb}M`,
      'MaxThreads 4',
      // Scoring signals for the rules; off by default in clamd (DESIGN.md).
      'AlertEncrypted yes',
      'AlertOLE2Macros yes',
      // A zip bomb or an archive nested past MaxRecursion is otherwise scanned only up to
      // the limit and reported OK; with this clamd names it Heuristics.Limits.Exceeded.*
      // and the message is held rather than delivered half-scanned.
      'AlertExceedsMax yes',
      'LogTime yes',
      '',
    ].join('\n'),
  );
  const log = openSync(join(opts.workDir, 'clamd.log'), 'a');
  const tied = opts.tied
    ? spawnTied(bin, ['--config-file', conf], opts.workDir, 'clamd', log)
    : undefined;
  const child = tied?.child ?? spawn(bin, ['--config-file', conf], { stdio: ['ignore', log, log] });
  closeSync(log);
  let exited = false;
  const exitedPromise = new Promise<void>((r) =>
    child.once('exit', () => {
      exited = true;
      r();
    }),
  );
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exited) {
      throw new MailshieldError(
        'MS_ERR_CLAMD',
        `clamd exited at start; see ${join(opts.workDir, 'clamd.log')}`,
      );
    }
    if (existsSync(socket) && (await clamdAnswers({ socket }, 1_000))) {
      const pid = tied ? await readPid(tied.pidFile, () => exited) : child.pid!;
      return {
        socket,
        process: child,
        pid,
        stop: tied ? tied.stop : () => child.kill('SIGTERM'),
        exited: exitedPromise,
      };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  if (tied) tied.stop();
  child.kill('SIGKILL');
  throw new MailshieldError('MS_ERR_CLAMD', 'clamd did not answer within the start timeout');
}

/**
 * Starts a local redis-server on the port of `url` (loopback only) for `mailshield start`,
 * tied to this process: it stops when mailshield stops, on SIGTERM or SIGINT, and when
 * mailshield dies (issue #15: it used to keep running, daemonized, after the gateway had
 * gone). It keeps nothing on disk: mail is safe in the spool, which re-queues every message
 * on the next start (README "What nothing lost means here").
 */
export async function startLocalRedis(url: string, workDir: string): Promise<LocalService> {
  const bin = which('redis-server');
  if (!bin) throw new MailshieldError('MS_ERR_CONFIG', REDIS_MISSING);
  const u = new URL(url);
  if (!['127.0.0.1', 'localhost', '::1'].includes(u.hostname)) {
    throw new MailshieldError(
      'MS_ERR_CONFIG',
      `Redis at ${u.host} does not answer (not local: not started here)`,
    );
  }
  mkdirSync(workDir, { recursive: true });
  const log = openSync(join(workDir, 'redis.log'), 'a');
  const tied = spawnTied(
    bin,
    [
      '--port',
      u.port || '6379',
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      // BullMQ requires noeviction: an evicted job key is a lost message.
      '--maxmemory-policy',
      'noeviction',
      '--dir',
      workDir,
    ],
    workDir,
    'redis',
    log,
  );
  closeSync(log);
  let exited = false;
  void tied.exited.then(() => {
    exited = true;
  });
  for (let i = 0; i < 100 && !exited; i++) {
    if (await redisAnswers(url, 500)) {
      const pid = await readPid(tied.pidFile, () => exited);
      return { pid, stop: tied.stop, exited: tied.exited };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  tied.stop();
  throw new MailshieldError(
    'MS_ERR_CONFIG',
    `redis-server did not start; see ${join(workDir, 'redis.log')}`,
  );
}
