/**
 * `npm run bench`: measures the whole pipeline on this machine against the limits of the
 * parts it stands on, in one run, and prints ratios (comparable from run to run) as well
 * as absolute figures. Writes bench-results/bench-<time>.json.
 *
 * Options (env): BENCH_CONCURRENCY="1,8,32"  BENCH_INGRESS_SECONDS=10  BENCH_E2E_SECONDS=60
 *                BENCH_QUICK=1 (short smoke run: 3 s phases, small counts)
 */
import { spawn, type ChildProcess } from 'node:child_process';
import {
  createReadStream,
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
import { Readable } from 'node:stream';
import { MailParser } from 'mailparser';
import { stringify, parse } from 'yaml';
import { Spool } from '../src/spool/spool.js';
import { newId } from '../src/core/ids.js';
import { parseMessage } from '../src/scan/parse.js';
import { defaultLimits } from '../src/core/limits.js';
import { ClamavScanner } from '../src/scan/scanners/clamav.js';
import { createLogger } from '../src/core/logger.js';
import { startLocalClamd, redisAnswers } from '../src/cli/services.js';
import type { ScanContext } from '../src/scan/types.js';

const ROOT = resolve(import.meta.dirname, '..');
const QUICK = process.env.BENCH_QUICK === '1';
const LEVELS = (process.env.BENCH_CONCURRENCY ?? '1,8,32').split(',').map(Number);
const INGRESS_MS = Number(process.env.BENCH_INGRESS_SECONDS ?? (QUICK ? 3 : 10)) * 1000;
const E2E_MS = Number(process.env.BENCH_E2E_SECONDS ?? (QUICK ? 5 : 60)) * 1000;
const work = mkdtempSync(join(tmpdir(), 'ms-bench-'));
const children: ChildProcess[] = [];
const results: Record<string, unknown> = {
  machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
};

function log(msg: string): void {
  process.stderr.write(`bench: ${msg}\n`);
}

// ---------- the message mix ----------
const RCPTS = [
  'vanthu@stttt.songhong.gov.vn',
  'ketoan@stc.songhong.gov.vn',
  'bgd@syt.songhong.gov.vn',
  'vp@hoanglong.songhong.gov.vn',
];

function buildMix(): { typical: string[]; mix: string[]; big25: string } {
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
  mix.push(withAttachment(1, 1), withAttachment(QUICK ? 1 : 5, 2));
  // Spread the special ones through the cycle.
  mix.sort((a, b) => hash(a + mix.indexOf(a)) - hash(b + mix.indexOf(b)));
  return { typical, mix, big25: withAttachment(QUICK ? 5 : 18, 25) }; // 18 MB base64'd ≈ 25 MB
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return h >>> 0;
}

// ---------- process helpers ----------
function procStats(pid: number): { rssMb: number; hwmMb: number; cpuMs: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string): number => Number(new RegExp(`${k}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  const ticks = Number(stat[11]) + Number(stat[12]);
  return { rssMb: kb('VmRSS') / 1024, hwmMb: kb('VmHWM') / 1024, cpuMs: ticks * 10 };
}

function startNode(args: string[], env: Record<string, string> = {}, ipc = false): ChildProcess {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ipc ? ['ignore', 'pipe', 'pipe', 'ipc'] : ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  return child;
}

function firstLine(child: ChildProcess): Promise<string> {
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
function collectLogs(child: ChildProcess): {
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

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface LoadResult {
  sent: number;
  accepted: number;
  refused: number;
  errors: number;
  latenciesMs: number[];
  ids: { id: string; t: number }[];
  elapsedMs: number;
}

async function load(
  port: number,
  concurrency: number,
  durationMs: number,
  files: string[],
  opts: { newConnection?: boolean; maxMessages?: number } = {},
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

function pct(values: number[], p: number): number {
  if (values.length === 0) return NaN;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))]!;
}

const r1 = (n: number): number => Math.round(n * 10) / 10;
const r2 = (n: number): number => Math.round(n * 100) / 100;

// ---------- the stack ----------
interface Stack {
  redisUrl: string;
  clamdSocket: string;
  clamdPid: number;
}

async function startStack(): Promise<Stack> {
  const redisPort = 20000 + (process.pid % 10000);
  const redisUrl = `redis://127.0.0.1:${redisPort}`;
  const redis = spawn(
    'redis-server',
    [
      '--port',
      String(redisPort),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--maxmemory-policy',
      'noeviction',
    ],
    { stdio: 'ignore' },
  );
  children.push(redis);
  for (let i = 0; i < 100 && !(await redisAnswers(redisUrl, 300)); i++) await sleep(50);
  const clamd = await startLocalClamd({
    workDir: join(work, 'clamd'),
    signatureDir: join(ROOT, 'rules/clamav'),
    maxStreamBytes: defaultLimits.clamdMaxStreamBytes,
  });
  children.push(clamd.process);
  return { redisUrl, clamdSocket: clamd.socket, clamdPid: clamd.process.pid! };
}

function writeConfig(name: string, stack: Stack, sinkPort: number): string {
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
  };
  const path = join(dir, 'mailshield.yaml');
  writeFileSync(path, stringify(cfg));
  return path;
}

async function mailshield(
  cmd: string[],
  config: string,
): Promise<{ child: ChildProcess; logs: ReturnType<typeof collectLogs> }> {
  const child = startNode([join(ROOT, 'dist/cli/main.js'), ...cmd], { MAILSHIELD_CONFIG: config });
  const logs = collectLogs(child);
  await logs.waitFor(cmd[0] === 'gateway' ? 'ingress.listening' : 'worker.ready');
  return { child, logs };
}

// ---------- phases ----------
async function baselines(mix: string[], typical: string[], stack: Stack): Promise<void> {
  log('baseline: mailparser alone');
  const bufs = mix.map((f) => readFileSync(f));
  const totalBytes = bufs.reduce((s, b) => s + b.length, 0);
  let t = performance.now();
  const rounds = QUICK ? 1 : 3;
  for (let r = 0; r < rounds; r++) {
    for (const b of bufs) {
      await new Promise<void>((res, rej) => {
        const p = new MailParser();
        p.on('data', (d: { type: string; content?: Readable; release?: () => void }) => {
          if (d.type === 'attachment') {
            d.content!.resume();
            d.content!.on('end', () => d.release!());
          }
        });
        p.on('end', () => res());
        p.on('error', rej);
        p.end(b);
      });
    }
  }
  const mpSec = (performance.now() - t) / 1000;
  t = performance.now();
  for (let r = 0; r < rounds; r++)
    for (const f of mix) await parseMessage(createReadStream(f), { limits: defaultLimits });
  const ourSec = (performance.now() - t) / 1000;
  results.mailparser = {
    mbPerSec: r1((totalBytes * rounds) / 1e6 / mpSec),
    parseMessageMbPerSec: r1((totalBytes * rounds) / 1e6 / ourSec),
  };

  log('baseline: clamd INSTREAM alone');
  const scanner = new ClamavScanner({
    socket: stack.clamdSocket,
    host: '',
    port: 0,
    timeoutMs: 60000,
    maxStreamBytes: defaultLimits.clamdMaxStreamBytes,
  });
  const logger = createLogger('silent');
  const ctx = (f: string, size: number): ScanContext => ({
    id: 'x',
    envelope: { mailFrom: '', rcptTo: [], clientAddress: '', helo: '', receivedAt: '', tls: false },
    raw: () => createReadStream(f),
    size,
    mail: undefined as never,
    log: logger,
    signal: new AbortController().signal,
  });
  const before = procStats(stack.clamdPid).cpuMs;
  t = performance.now();
  const n = QUICK ? 200 : 1000;
  for (let i = 0; i < n; i++) {
    const f = typical[i % typical.length]!;
    await scanner.scan(ctx(f, bufs[0]!.length));
  }
  const clamSec = (performance.now() - t) / 1000;
  results.clamd = {
    typicalPerSec: r1(n / clamSec),
    msPerMessage: r2((clamSec * 1000) / n),
    clamdCpuMsPerMessage: r2((procStats(stack.clamdPid).cpuMs - before) / n),
  };

  log('baseline: spool write with fsync alone');
  const spool = new Spool(join(work, 'spool-baseline'));
  await spool.init();
  const typicalBuf = readFileSync(typical[0]!);
  const count = QUICK ? 300 : 2000;
  t = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: 32 }, async () => {
      while (next < count) {
        next++;
        await spool.write(
          newId(),
          {
            mailFrom: 'a@b.c',
            rcptTo: [RCPTS[0]!],
            clientAddress: '127.0.0.1',
            helo: 'x',
            receivedAt: new Date().toISOString(),
            tls: false,
          },
          Buffer.alloc(0),
          Readable.from([typicalBuf]),
        );
      }
    }),
  );
  results.spoolFsync = { perSec32: r1(count / ((performance.now() - t) / 1000)) };

  log('baseline: bare smtp-server to nowhere');
  const bare = startNode(['--import', 'tsx', join(ROOT, 'bench/bare-smtp.ts')]);
  const barePort = Number(await firstLine(bare));
  const bareRes = await load(barePort, 32, INGRESS_MS, typical);
  results.bareSmtp = {
    perSec32: r1(bareRes.accepted / (bareRes.elapsedMs / 1000)),
    p99Ms: r1(pct(bareRes.latenciesMs, 99)),
  };
  const bareNew = await load(barePort, 8, INGRESS_MS, typical, { newConnection: true });
  (results.bareSmtp as Record<string, number>).newConnPerSec8 = r1(
    bareNew.accepted / (bareNew.elapsedMs / 1000),
  );
  bare.kill();
}

async function ingress(stack: Stack, typical: string[]): Promise<void> {
  const rows: Record<string, number>[] = [];
  for (const c of LEVELS) {
    log(`ingress: durable accept at ${c} connections`);
    const cfg = writeConfig(`ingress-${c}`, stack, 9);
    const gw = await mailshield(['gateway'], cfg);
    const port = Number(gw.logs.lines.find((l) => l.event === 'ingress.listening')!.port);
    const res = await load(port, c, INGRESS_MS, typical);
    rows.push({
      connections: c,
      perSec: r1(res.accepted / (res.elapsedMs / 1000)),
      p50Ms: r1(pct(res.latenciesMs, 50)),
      p99Ms: r1(pct(res.latenciesMs, 99)),
      errors: res.errors + res.refused,
      rssMb: r1(procStats(gw.child.pid!).hwmMb),
    });
    if (c === Math.max(...LEVELS)) {
      const nc = await load(port, 8, INGRESS_MS, typical, { newConnection: true });
      results.newConnection = { perSec8: r1(nc.accepted / (nc.elapsedMs / 1000)) };
    }
    gw.child.kill('SIGTERM');
    await new Promise((r) => gw.child.once('exit', r));
  }
  results.ingress = rows;
}

async function endToEnd(
  stack: Stack,
  mix: string[],
  workers: number,
): Promise<Record<string, number>> {
  log(`end to end: ${workers} worker process(es), ${E2E_MS / 1000} s of load`);
  const sink = startNode(['--import', 'tsx', join(ROOT, 'bench/sink.ts')], {}, true);
  const sinkPort = Number(await firstLine(sink));
  const cfg = writeConfig(`e2e-${workers}`, stack, sinkPort);
  const gw = await mailshield(['gateway'], cfg);
  const port = Number(gw.logs.lines.find((l) => l.event === 'ingress.listening')!.port);
  const ws = [];
  for (let i = 0; i < workers; i++) ws.push(await mailshield(['worker'], cfg));
  const clamBefore = procStats(stack.clamdPid).cpuMs;
  const res = await load(port, 32, E2E_MS, mix);
  // Wait for every accepted message to reach its final place.
  const finals = new Map<string, number>();
  const deadline = Date.now() + 5 * 60_000;
  while (Date.now() < deadline) {
    for (const w of ws)
      for (const l of w.logs.lines)
        if (l.event === 'quarantine.held' || l.event === 'deliver.sent')
          finals.set(String(l.id), Number(l.time));
    if (finals.size >= res.accepted) break;
    await sleep(250);
  }
  const accepts = new Map(res.ids.map((x) => [x.id, x.t]));
  const lat = [...finals].filter(([id]) => accepts.has(id)).map(([id, t]) => t - accepts.get(id)!);
  const first = Math.min(...accepts.values());
  const last = Math.max(...finals.values());
  const verdicts = ws.flatMap((w) => w.logs.lines.filter((l) => l.event === 'scan.verdict'));
  const avg = (k: string): number =>
    r2(
      verdicts.reduce((s, l) => s + Number((l.ms as Record<string, number>)[k] ?? 0), 0) /
        Math.max(verdicts.length, 1),
    );
  const workerCpu = ws.reduce((s, w) => s + procStats(w.child.pid!).cpuMs, 0);
  const row = {
    workers,
    accepted: res.accepted,
    final: finals.size,
    perSec: r1(finals.size / ((last - first) / 1000)),
    p50Ms: r1(pct(lat, 50)),
    p99Ms: r1(pct(lat, 99)),
    parseMs: avg('parse'),
    clamdMs: avg('clamav'),
    rulesMs: avg('rules'),
    actMs: avg('act'),
    workerCpuMsPerMessage: r2(workerCpu / Math.max(verdicts.length, 1)),
    clamdCpuMsPerMessage: r2(
      (procStats(stack.clamdPid).cpuMs - clamBefore) / Math.max(verdicts.length, 1),
    ),
    gatewayRssMb: r1(procStats(gw.child.pid!).hwmMb),
    workerRssMb: r1(Math.max(...ws.map((w) => procStats(w.child.pid!).hwmMb))),
  };
  for (const c of [gw.child, ...ws.map((w) => w.child), sink]) c.kill('SIGTERM');
  await sleep(500);
  return row;
}

async function bigMessage(stack: Stack, big: string): Promise<void> {
  log('memory: one worker handling a ~25 MB message');
  const sink = startNode(['--import', 'tsx', join(ROOT, 'bench/sink.ts')], {}, true);
  const sinkPort = Number(await firstLine(sink));
  const cfg = writeConfig('big', stack, sinkPort);
  const gw = await mailshield(['gateway'], cfg);
  const port = Number(gw.logs.lines.find((l) => l.event === 'ingress.listening')!.port);
  const w = await mailshield(['worker', '--concurrency', '1'], cfg);
  await sleep(500);
  const before = procStats(w.child.pid!).rssMb;
  const size = readFileSync(big).length;
  await load(port, 1, 60_000, [big], { maxMessages: 1 });
  for (
    let i = 0;
    i < 600 &&
    !w.logs.lines.some((l) => l.event === 'deliver.sent' || l.event === 'quarantine.held');
    i++
  )
    await sleep(100);
  const after = procStats(w.child.pid!);
  results.bigMessage = {
    sizeMb: r1(size / 1e6),
    workerRssBeforeMb: r1(before),
    workerPeakMb: r1(after.hwmMb),
    extraOverSize: r2((after.hwmMb - before) / (size / 1048576)),
  };
  for (const c of [gw.child, w.child, sink]) c.kill('SIGTERM');
}

function printTable(): void {
  const ing = results.ingress as Record<string, number>[];
  const bare = results.bareSmtp as Record<string, number>;
  const e2e = results.e2e as Record<string, number>[];
  const top = ing.find((r) => r.connections === Math.max(...LEVELS))!;
  const lines = [
    '',
    'mailshield benchmark' + (QUICK ? ' (QUICK smoke run: figures are not meaningful)' : ''),
    '',
    'baselines (same run)',
    `  bare smtp-server, 32 conns         ${bare.perSec32} msg/s (p99 ${bare.p99Ms} ms); new conn per msg, 8 conns: ${bare.newConnPerSec8} msg/s`,
    `  spool write + fsync alone, 32      ${(results.spoolFsync as Record<string, number>).perSec32} msg/s`,
    `  clamd INSTREAM alone, typical      ${(results.clamd as Record<string, number>).typicalPerSec} msg/s, clamd CPU ${(results.clamd as Record<string, number>).clamdCpuMsPerMessage} ms/msg`,
    `  mailparser alone                   ${(results.mailparser as Record<string, number>).mbPerSec} MB/s (our parseMessage: ${(results.mailparser as Record<string, number>).parseMessageMbPerSec} MB/s)`,
    '',
    'ingress (durable: fsync + job before 250)',
    '  conns   msg/s    p50 ms   p99 ms   errors   RSS MB',
    ...ing.map(
      (r) =>
        `  ${String(r.connections).padStart(5)} ${String(r.perSec).padStart(8)} ${String(r.p50Ms).padStart(8)} ${String(r.p99Ms).padStart(8)} ${String(r.errors).padStart(8)} ${String(r.rssMb).padStart(8)}`,
    ),
    `  ratio to bare smtp-server at ${top.connections} conns: ${r2(top.perSec! / bare.perSec32!)} (target >= 0.25); p99 ${top.p99Ms} ms (target < 50)`,
    `  new connection per message, 8 conns: ${(results.newConnection as Record<string, number>).perSec8} msg/s`,
    '',
    'end to end (accepted -> delivered or quarantined), typical mix',
    '  workers  msg/s   p50 ms   p99 ms  parse  clamd  rules   act  worker CPU ms/msg  clamd CPU ms/msg  worker RSS MB',
    ...e2e.map(
      (r) =>
        `  ${String(r.workers).padStart(7)} ${String(r.perSec).padStart(6)} ${String(r.p50Ms).padStart(8)} ${String(r.p99Ms).padStart(8)} ${String(r.parseMs).padStart(6)} ${String(r.clamdMs).padStart(6)} ${String(r.rulesMs).padStart(6)} ${String(r.actMs).padStart(5)} ${String(r.workerCpuMsPerMessage).padStart(18)} ${String(r.clamdCpuMsPerMessage).padStart(17)} ${String(r.workerRssMb).padStart(14)}`,
    ),
    e2e.length > 1
      ? `  scaling 2 workers / 1 worker: ${r2(e2e[1]!.perSec! / e2e[0]!.perSec!)} (target >= 1.6)`
      : '',
    '',
    `memory: 25 MB message: worker ${(results.bigMessage as Record<string, number>).workerRssBeforeMb} -> ${(results.bigMessage as Record<string, number>).workerPeakMb} MB peak, extra ${(results.bigMessage as Record<string, number>).extraOverSize}x the message size (target <= 3)`,
    '',
  ];
  process.stdout.write(lines.join('\n'));
}

async function main(): Promise<void> {
  const stack = await startStack();
  const { typical, mix, big25 } = buildMix();
  await baselines(mix, typical, stack);
  await ingress(stack, typical);
  results.e2e = [await endToEnd(stack, mix, 1), await endToEnd(stack, mix, 2)];
  await bigMessage(stack, big25);
  printTable();
  mkdirSync(join(ROOT, 'bench-results'), { recursive: true });
  const out = join(
    ROOT,
    'bench-results',
    `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
  );
  writeFileSync(out, JSON.stringify(results, null, 2));
  process.stdout.write(`results: ${out}\n`);
}

main()
  .catch((err: unknown) => {
    process.stderr.write(
      `bench failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
    );
    process.exitCode = 1;
  })
  .finally(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  });
