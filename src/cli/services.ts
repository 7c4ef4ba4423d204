import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync, openSync } from 'node:fs';
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

export interface LocalClamd {
  socket: string;
  process: ChildProcess;
  stop(): void;
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
  const child = spawn(bin, ['--config-file', conf], { stdio: ['ignore', log, log] });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const deadline = Date.now() + (opts.timeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (exited) {
      throw new MailshieldError(
        'MS_ERR_CLAMD',
        `clamd exited at start; see ${join(opts.workDir, 'clamd.log')}`,
      );
    }
    if (existsSync(socket) && (await clamdAnswers({ socket }, 1_000))) {
      return { socket, process: child, stop: () => child.kill('SIGTERM') };
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  child.kill('SIGKILL');
  throw new MailshieldError('MS_ERR_CLAMD', 'clamd did not answer within the start timeout');
}

/** Starts a local redis-server daemon on the port of `url` (loopback only, no persistence). */
export async function startLocalRedis(url: string, workDir: string): Promise<void> {
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
  const res = spawnSync(bin, [
    '--port',
    u.port || '6379',
    '--bind',
    '127.0.0.1',
    '--daemonize',
    'yes',
    '--save',
    '',
    '--appendonly',
    'no',
    // BullMQ requires noeviction: an evicted job key is a lost message.
    '--maxmemory-policy',
    'noeviction',
    '--dir',
    workDir,
    '--logfile',
    join(workDir, 'redis.log'),
  ]);
  if (res.status !== 0) {
    throw new MailshieldError(
      'MS_ERR_CONFIG',
      `redis-server failed to start: ${res.stderr.toString()}`,
    );
  }
  for (let i = 0; i < 50; i++) {
    if (await redisAnswers(url, 500)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new MailshieldError('MS_ERR_CONFIG', 'redis-server started but does not answer');
}
