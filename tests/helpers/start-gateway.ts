import { spawn, type ChildProcess } from 'node:child_process';
import {
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
  existsSync,
  readdirSync,
  statSync,
} from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { Redis } from 'ioredis';
import type { Envelope } from '../../src/core/envelope.js';
import { Spool } from '../../src/spool/spool.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** The node id of the test configs (issue #16): it names the queues tests look into. */
export const TEST_NODE = 'node-a';

export interface TestEnv {
  dir: string;
  dataDir: string;
  configPath: string;
  prefix: string;
  redisUrl: string;
}

export interface TestEnvOptions {
  sinkPort: number;
  redisUrl: string;
  clamd: { socket: string } | { host: string; port: number };
  /** Merged over the generated config (deep for one level). */
  config?: Record<string, unknown>;
}

/**
 * A config for one test file: its own data dir, BullMQ prefix and agency directory
 * (seeds/agencies.yaml with every next hop pointed at the test sink). The thresholds
 * and rules are the shipped ones.
 */
export function makeTestEnv(opts: TestEnvOptions): TestEnv {
  const dir = mkdtempSync(join(tmpdir(), 'ms-test-'));
  const prefix = `ms-test-${randomUUID()}`;
  const seeds = parse(readFileSync(join(ROOT, 'seeds/agencies.yaml'), 'utf8')) as {
    agencies: { nextHop: string }[];
  };
  for (const a of seeds.agencies) a.nextHop = `127.0.0.1:${opts.sinkPort}`;
  writeFileSync(join(dir, 'agencies.yaml'), stringify(seeds));
  const shipped = parse(readFileSync(join(ROOT, 'mailshield.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  const base: Record<string, unknown> = {
    dataDir: join(dir, 'data'),
    hostname: 'mx.test.invalid',
    nodeId: TEST_NODE,
    logLevel: 'info',
    smtp: { host: '127.0.0.1', port: 0 },
    // `start` also serves the web UI: an ephemeral port, so test files never collide.
    web: { host: '127.0.0.1', port: 0 },
    redis: { url: opts.redisUrl },
    queue: { prefix },
    clamd: { ...opts.clamd, timeoutMs: 5000 },
    agencies: join(dir, 'agencies.yaml'),
    rules: { dir: join(ROOT, 'rules') },
    thresholds: shipped.thresholds,
    worker: {
      scanConcurrency: 2,
      deliverConcurrency: 4,
      scanRetry: { attempts: 1000, baseDelayMs: 300, maxDelayMs: 1000 },
    },
    deliver: {
      retry: { attempts: 6, baseDelayMs: 300, maxDelayMs: 1500 },
      timeoutMs: 5000,
      dsnRelay: `127.0.0.1:${opts.sinkPort}`,
    },
  };
  for (const [k, v] of Object.entries(opts.config ?? {})) {
    const cur = base[k];
    base[k] = cur && typeof cur === 'object' && v && typeof v === 'object' ? { ...cur, ...v } : v;
  }
  const configPath = join(dir, 'mailshield.yaml');
  writeFileSync(configPath, stringify(base));
  return { dir, dataDir: join(dir, 'data'), configPath, prefix, redisUrl: opts.redisUrl };
}

export async function cleanupTestEnv(env: TestEnv): Promise<void> {
  rmSync(env.dir, { recursive: true, force: true });
  const r = new Redis(env.redisUrl, {
    maxRetriesPerRequest: 1,
    lazyConnect: true,
    retryStrategy: () => null,
  });
  r.on('error', () => undefined);
  try {
    await r.connect();
    await deleteKeys(r, `${env.prefix}:*`);
  } catch {
    // Redis may be the test's own, already stopped.
  } finally {
    r.disconnect();
  }
}

export async function deleteKeys(r: Redis, pattern: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await r.scan(cursor, 'MATCH', pattern, 'COUNT', 1000);
    cursor = next;
    if (keys.length) await r.del(...keys);
  } while (cursor !== '0');
}

export interface MailshieldProc {
  child: ChildProcess;
  /** SMTP port (for start and gateway). */
  port: number;
  logs: Record<string, unknown>[];
  /** Sends the signal and waits for the process to exit. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

/** Runs `mailshield <command>` from source as a real process and waits until it is ready. */
export async function runMailshield(
  env: TestEnv,
  args: string[],
  extraEnv: Record<string, string> = {},
  opts: { waitForWeb?: boolean } = {},
): Promise<MailshieldProc> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        MAILSHIELD_CONFIG: env.configPath,
        MAILSHIELD_LOG_LEVEL: 'debug',
        ...extraEnv,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  let buf = '';
  child.stdout.on('data', (d: Buffer) => {
    buf += d.toString('utf8');
    let nl: number;
    while ((nl = buf.indexOf('\n')) >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      try {
        logs.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        logs.push({ msg: line });
      }
    }
  });
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString('utf8')));
  const exited = new Promise<void>((r) => child.once('exit', () => r()));
  const wantsSmtp = args[0] === 'start' || args[0] === 'gateway';
  const wantsWorker = args[0] === 'start' || args[0] === 'worker';
  // Under start the web is a child process, whose log lines come on their own schedule.
  const wantsWeb = (args[0] === 'start' && opts.waitForWeb !== false) || args[0] === 'web';
  // start loads the gateway, the web child and any worker children: tens of seconds on a
  // machine busy with other test files.
  const deadline = Date.now() + 60_000;
  let port = 0;
  for (;;) {
    const listening = logs.find((l) => l.event === 'ingress.listening');
    const ready = logs.find((l) => l.event === 'worker.ready');
    const web = logs.find((l) => l.event === 'web.listening');
    if ((!wantsSmtp || listening) && (!wantsWorker || ready) && (!wantsWeb || web)) {
      port = Number(listening?.port ?? 0);
      break;
    }
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(
        `mailshield ${args.join(' ')} did not start:\n${stderr}\n${JSON.stringify(logs.slice(-5))}`,
      );
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    child,
    port,
    logs,
    async kill(signal: NodeJS.Signals = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** Files in the spool queue and tmp folders. */
/**
 * What the spool holds: `tmp/<file>` (writes under way), `queue/<id>.msg` (messages in a
 * file of their own) and `seg/<id>` (live records of segments, src/spool/segment-index.ts).
 * Synchronous, for waitFor() conditions.
 */
export function spoolFiles(env: TestEnv): string[] {
  const out: string[] = [];
  for (const sub of ['queue', 'tmp']) {
    const d = join(env.dataDir, 'spool', sub);
    if (existsSync(d) && statSync(d).isDirectory()) {
      out.push(...readdirSync(d).map((f) => `${sub}/${f}`));
    }
  }
  const seg = join(env.dataDir, 'spool', 'seg');
  if (!existsSync(seg)) return out;
  for (const name of readdirSync(seg).filter((n) => n.endsWith('.seg'))) {
    const key = name.slice(0, -4);
    const donePath = join(seg, `${key}.done`);
    const done = new Set(
      existsSync(donePath) ? readFileSync(donePath, 'latin1').split('\n').filter(Boolean) : [],
    );
    const bytes = readFileSync(join(seg, name));
    let off = 0;
    while (off < bytes.length) {
      const nl = bytes.indexOf(0x0a, off);
      if (nl < 0) break;
      const [magic, id, envLen, rawLen] = bytes.subarray(off, nl).toString('latin1').split(' ');
      // A damaged record the gateway moved aside (src/spool/segment-repair.ts).
      if (magic === 'MSKP1' && id) {
        off += Number(id);
        continue;
      }
      if (magic !== 'MSEG1' || !id) break;
      const end = nl + 1 + Number(envLen) + 1 + Number(rawLen) + 1;
      if (end > bytes.length) break;
      if (!done.has(id)) out.push(`seg/${id}`);
      off = end;
    }
  }
  return out;
}

/** Whether the message is still spooled, in a file of its own or in a segment. */
export function isSpooled(env: TestEnv, id: string): boolean {
  return spoolFiles(env).some((f) => f === `queue/${id}.msg` || f === `seg/${id}`);
}

/** A spooled message as a worker reads it: envelope and raw bytes. */
export async function spooledMessage(
  env: TestEnv,
  id: string,
): Promise<{ envelope: Envelope; raw: Buffer }> {
  const spool = new Spool(join(env.dataDir, 'spool'));
  try {
    const entry = await spool.read(id);
    const parts: Buffer[] = [];
    for await (const c of spool.openRaw(entry)) parts.push(c as Buffer);
    return { envelope: entry.envelope, raw: Buffer.concat(parts) };
  } finally {
    // It keeps segments open for further reads (a test may unmount the spool's disk).
    await spool.close();
  }
}

export function sample(path: string): Buffer {
  return readFileSync(join(ROOT, 'samples', path));
}

export { ROOT };
