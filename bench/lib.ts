/** Shared by bench/run.ts and bench/soak.ts: the stack, processes, load and figures. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import {
  accessSync,
  constants as fsConstants,
  createWriteStream,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { defaultLimits } from '../src/core/limits.js';
import { startLocalClamd } from '../src/cli/services.js';
import { startRedis } from '../tests/helpers/processes.js';

export const ROOT = resolve(import.meta.dirname, '..');
/**
 * The run's data (spool, store, quarantine): BENCH_DIR, else /var/tmp. Where it lives is
 * part of what is measured: on this project's CI machines creating a file under /tmp costs
 * about 0.9 ms of kernel time (ext4 inode allocation in a crowded block group), 30-40x what
 * it costs under /var/tmp, and the spool creates one file per message.
 */
export const work = mkdtempSync(join(process.env.BENCH_DIR ?? benchBase(), 'ms-bench-'));

function benchBase(): string {
  try {
    accessSync('/var/tmp', fsConstants.W_OK);
    return '/var/tmp';
  } catch {
    return tmpdir();
  }
}
export const children: ChildProcess[] = [];
/** Stops for services that are not plain children (the Redis of the run). */
const stops: (() => Promise<void>)[] = [];

/** Ends every process the run started and removes its work folder. */
export async function cleanup(): Promise<void> {
  for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
  for (const stop of stops) await stop().catch(() => undefined);
  // BENCH_KEEP=1 leaves the run's data (spool, store, logs) for a look afterwards.
  if (process.env.BENCH_KEEP === '1') log(`data kept in ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
export const RCPTS = [
  'vanthu@stttt.songhong.gov.vn',
  'ketoan@stc.songhong.gov.vn',
  'bgd@syt.songhong.gov.vn',
  'vp@hoanglong.songhong.gov.vn',
];

export function log(msg: string): void {
  process.stderr.write(`bench: ${msg}\n`);
}

// ---------- process helpers ----------
export function procStats(pid: number): { rssMb: number; hwmMb: number; cpuMs: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string): number => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024, cpuMs: ticks * 10 };
}

export function startNode(
  args: string[],
  env: Record<string, string> = {},
  ipc = false,
): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

export function firstLine(child: ChildProcess): Promise<string> {
  return new Promise((res, rej) => {
    let buf = '';
    child.stdout!.on('data', function on(d: Buffer) {
      buf += d.toString();
      const i = buf.indexOf('\n');
      if (i >= 0) {
        child.stdout!.off('data', on);
        res(buf.slice(0, i));
      }
    });
    child.once('exit', (c) => rej(new Error(`exited ${c}`)));
  });
}

/** Collects JSON log lines of a mailshield process; resolves when `event` appears. */
export function collectLogs(child: ChildProcess): {
  lines: Record<string, unknown>[];
  waitFor: (event: string) => Promise<void>;
} {
  const lines: Record<string, unknown>[] = [];
  let buf = '';
  child.stdout!.on('data', (d: Buffer) => {
    buf += d.toString();
    let i: number;
    while ((i = buf.indexOf('\n')) >= 0) {
      try {
        lines.push(JSON.parse(buf.slice(0, i)) as Record<string, unknown>);
      } catch {
        /* not JSON */
      }
      buf = buf.slice(i + 1);
    }
  });
  return {
    lines,
    waitFor: async (event) => {
      for (let i = 0; i < 600; i++) {
        if (lines.some((l) => l.event === event)) return;
        if (child.exitCode !== null) throw new Error(`process exited before ${event}`);
        await sleep(100);
      }
      throw new Error(`timeout waiting for ${event}`);
    },
  };
}

export const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

export interface LoadResult {
  sent: number;
  accepted: number;
  refused: number;
  errors: number;
  latenciesMs: number[];
  ids: { id: string; t: number; mid?: string }[];
  elapsedMs: number;
}

export async function load(
  port: number,
  concurrency: number,
  durationMs: number,
  files: string[],
  opts: { newConnection?: boolean; maxMessages?: number; uniqueIds?: boolean } = {},
): Promise<LoadResult> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(ROOT, 'bench/load.ts'),
      JSON.stringify({
        port,
        concurrency,
        durationMs,
        maxMessages: opts.maxMessages ?? 1e9,
        newConnection: opts.newConnection ?? false,
        uniqueIds: opts.uniqueIds ?? false,
        files,
        rcpts: RCPTS,
      }),
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  await new Promise((r) => child.once('exit', r));
  return JSON.parse(out) as LoadResult;
}

export function pct(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

export const r1 = (n: number): number => Math.round(n * 10) / 10;
export const r2 = (n: number): number => Math.round(n * 100) / 100;

// ---------- the stack ----------
export interface Stack {
  redisUrl: string;
  clamdSocket: string;
  clamdPid: number;
  /** Stops Redis (SIGKILL: its data is lost) and starts it again, empty. */
  killRedis(): Promise<void>;
  startRedis(): Promise<void>;
}

export async function startStack(): Promise<Stack> {
  const redis = await startRedis(20000 + (process.pid % 10000));
  stops.push(() => redis.stop());
  const clamd = await startLocalClamd({
    workDir: join(work, 'clamd'),
    signatureDir: join(ROOT, 'rules/clamav'),
    maxStreamBytes: defaultLimits.clamdMaxStreamBytes,
  });
  children.push(clamd.process);
  return {
    redisUrl: redis.url,
    clamdSocket: clamd.socket,
    clamdPid: clamd.process.pid!,
    killRedis: () => redis.stop(),
    startRedis: () => redis.start(),
  };
}

export function writeConfig(
  name: string,
  stack: Stack,
  sinkPort: number,
  extra: Record<string, unknown> = {},
): string {
  const dir = join(work, name);
  mkdirSync(dir, { recursive: true });
  const seeds = parse(readFileSync(join(ROOT, 'seeds/agencies.yaml'), 'utf8')) as {
    agencies: { nextHop: string }[];
  };
  for (const a of seeds.agencies) a.nextHop = `127.0.0.1:${sinkPort}`;
  writeFileSync(join(dir, 'agencies.yaml'), stringify(seeds));
  const shipped = parse(readFileSync(join(ROOT, 'mailshield.yaml'), 'utf8')) as Record<
    string,
    unknown
  >;
  const cfg = {
    ...shipped,
    dataDir: join(dir, 'data'),
    logLevel: 'info',
    smtp: { host: '127.0.0.1', port: 0, maxClients: 1000, maxConnectionsPerIp: 1000 },
    redis: { url: stack.redisUrl },
    queue: { prefix: `bench-${name}` },
    clamd: { socket: stack.clamdSocket, timeoutMs: 60000 },
    agencies: join(dir, 'agencies.yaml'),
    rules: { dir: join(ROOT, 'rules') },
    // Sender authentication waits on DNS; on a machine without it (this sandbox: each
    // lookup fails after about 1 s) that, not the pipeline, would be measured. BENCH_AUTH=1
    // includes it.
    detection: {
      ...(shipped.detection as Record<string, unknown>),
      auth: {
        ...((shipped.detection as { auth?: Record<string, unknown> }).auth ?? {}),
        enabled: process.env.BENCH_AUTH === '1',
      },
    },
    ...extra,
  };
  const path = join(dir, 'mailshield.yaml');
  writeFileSync(path, stringify(cfg));
  return path;
}

export async function mailshield(
  cmd: string[],
  config: string,
): Promise<{ child: ChildProcess; logs: ReturnType<typeof collectLogs> }> {
  // BENCH_FROM_SOURCE=1 runs the CLI from src/ (tests), else the built dist/ (figures).
  // BENCH_NODE_ARGS adds Node flags to the mailshield processes, e.g. "--cpu-prof
  // --cpu-prof-dir=/tmp/prof" (see bench/profile.ts).
  const nodeArgs = (process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const entry =
    process.env.BENCH_FROM_SOURCE === '1'
      ? ['--import', 'tsx', join(ROOT, 'src/cli/main.ts')]
      : [join(ROOT, 'dist/cli/main.js')];
  const child = startNode([...nodeArgs, ...entry, ...cmd], { MAILSHIELD_CONFIG: config });
  if (process.env.BENCH_KEEP === '1') {
    child.stdout!.pipe(createWriteStream(join(work, `${cmd[0]}-${child.pid}.log`)));
  }
  const logs = collectLogs(child);
  await logs.waitFor(cmd[0] === 'gateway' ? 'ingress.listening' : 'worker.ready');
  return { child, logs };
}

// ---------- the message mix ----------

export function buildMix(quick: boolean): { typical: string[]; mix: string[]; big25: string } {
  const dir = join(work, 'mix');
  mkdirSync(dir);
  const sample = (p: string): string => readFileSync(join(ROOT, 'samples', p), 'latin1');
  const filler = readFileSync(join(ROOT, 'samples/ham/vi-utf8-quoted-printable.eml'), 'latin1')
    .split(/\r?\n\r?\n/)
    .slice(1)
    .join('\r\n');
  const typical: string[] = [];
  const hams = readdirSync(join(ROOT, 'samples/ham')).filter((f) => f.endsWith('.eml'));
  // ~20 KB typical messages: ham samples padded with their own kind of text.
  hams.forEach((f, i) => {
    let text = sample(`ham/${f}`);
    const [head, ...rest] = text.split('\r\n\r\n');
    let body = rest.join('\r\n\r\n');
    if (!/multipart/i.test(head ?? '')) {
      while (body.length < 20_000) body += `\r\n${filler}`;
    }
    text = `${head}\r\n\r\n${body}`;
    const p = join(dir, `ham-${i}.eml`);
    writeFileSync(p, text, 'latin1');
    typical.push(p);
  });
  const withAttachment = (mb: number, i: number): string => {
    const data = randomBytes(mb * 1024 * 1024)
      .toString('base64')
      .replace(/.{76}/g, '$&\r\n');
    const p = join(dir, `attach-${i}.eml`);
    writeFileSync(
      p,
      `From: partner@example.com\r\nTo: ${RCPTS[0]}\r\nSubject: report ${i}\r\nMessage-ID: <a${i}@example.com>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0700\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nPlease find the report attached.\r\n--b\r\nContent-Type: application/pdf; name="report.pdf"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="report.pdf"\r\n\r\n${data}\r\n--b--\r\n`,
      'latin1',
    );
    return p;
  };
  const spam = readdirSync(join(ROOT, 'samples/spam')).map((f) => join(ROOT, 'samples/spam', f));
  const malware = readdirSync(join(ROOT, 'samples/malware')).map((f) =>
    join(ROOT, 'samples/malware', f),
  );
  const phish = readdirSync(join(ROOT, 'samples/phishing')).map((f) =>
    join(ROOT, 'samples/phishing', f),
  );
  // 100 slots: 85 typical, 8 spam, 3 malware, 2 phishing, 2 with 1-5 MB attachments.
  const mix: string[] = [];
  for (let i = 0; i < 85; i++) mix.push(typical[i % typical.length]!);
  for (let i = 0; i < 8; i++) mix.push(spam[i % spam.length]!);
  for (let i = 0; i < 3; i++) mix.push(malware[i % malware.length]!);
  for (let i = 0; i < 2; i++) mix.push(phish[i % phish.length]!);
  mix.push(withAttachment(1, 1), withAttachment(quick ? 1 : 5, 2));
  // Spread the special ones through the cycle.
  mix.sort((a, b) => hash(a + mix.indexOf(a)) - hash(b + mix.indexOf(b)));
  // The 25 MB message carries an 18 MB 7z archive (stored, random content): the worker
  // parses it to its scan folder, 7-Zip extracts the member, clamd scans raw, archive and
  // member (issue #14); the bench measures the peak RSS of that.
  const bigArchive = (mb: number): string => {
    const tmp = join(dir, 'big-archive');
    mkdirSync(tmp, { recursive: true });
    writeFileSync(join(tmp, 'scan.tif'), randomBytes(mb * 1024 * 1024));
    execFileSync('7z', ['a', '-bd', '-bso0', '-mx0', join(tmp, 'scans.7z'), 'scan.tif'], {
      cwd: tmp,
    });
    const data = readFileSync(join(tmp, 'scans.7z')).toString('base64').replace(/.{76}/g, '$&\r\n');
    const p = join(dir, 'attach-25-archive.eml');
    writeFileSync(
      p,
      `From: partner@example.com\r\nTo: ${RCPTS[0]}\r\nSubject: scans\r\nMessage-ID: <big-archive@example.com>\r\nDate: Mon, 23 Nov 2026 10:00:00 +0700\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nScans attached.\r\n--b\r\nContent-Type: application/x-7z-compressed; name="scans.7z"\r\nContent-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="scans.7z"\r\n\r\n${data}\r\n--b--\r\n`,
      'latin1',
    );
    return p;
  };
  return { typical, mix, big25: bigArchive(quick ? 5 : 18) }; // 18 MB base64'd ≈ 25 MB
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}
