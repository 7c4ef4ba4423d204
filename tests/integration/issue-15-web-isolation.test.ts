import { existsSync, readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { openDb } from '../../src/store/db.js';
import { localDay, periodFromTo } from '../../src/report/definitions.js';
import { hashPassword } from '../../src/web/accounts/password.js';
import { insertUser } from '../../src/web/accounts/users-repo.js';
import { seedEvents } from '../helpers/seed-events.js';
import { waitFor } from '../helpers/smtp-send.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';

const PASSWORD = 'correct horse battery';
/** Messages seeded over the five years of the widest report (one to three agencies each). */
const SEEDED = 250_000;

function running(pid: number): boolean {
  const stat = `/proc/${pid}/stat`;
  if (!existsSync(stat)) return false;
  try {
    return readFileSync(stat, 'utf8').split(') ')[1]?.[0] !== 'Z';
  } catch {
    return false;
  }
}

/** Peak resident memory of a process so far (VmHWM), in MB. */
function peakRssMb(pid: number): number {
  const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return Number(m?.[1] ?? 0) / 1024;
}

/** Milliseconds from connect to the end of the 220 greeting line. */
function greeting(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const sock = connect(port, '127.0.0.1');
    let buf = '';
    sock.setEncoding('utf8');
    sock.on('data', (d: string) => {
      buf += d;
      if (!buf.includes('\r\n')) return;
      const ms = performance.now() - started;
      sock.end('QUIT\r\n');
      if (buf.startsWith('220')) resolve(ms);
      else reject(new Error(`greeting: ${buf}`));
    });
    sock.on('error', reject);
  });
}

const events = (ms: MailshieldProc, event: string): Record<string, unknown>[] =>
  ms.logs.filter((l) => l.event === event);

/**
 * Issue #15, "the web cannot slow the mail": under `mailshield start` the web runs in a
 * child process of its own. While officers export the widest report allowed (five years
 * of events, seeded straight into the store) and ask for refused wider ones, the SMTP
 * greeting is measured over and over; the web child is then killed (restarted) and start
 * stopped (no web child left).
 */
describe('issue #15: the web runs in its own process under start', () => {
  let env: TestEnv;
  let ms: MailshieldProc;
  const pids = new Set<number>();

  beforeAll(async () => {
    env = makeTestEnv({
      sinkPort: 9, // no mail is sent in this test
      redisUrl: inject('redisUrl'),
      clamd: { socket: inject('clamdSocket') },
      config: {
        detection: { auth: { enabled: false } },
        // Keep the five seeded years: the monthly run purges events past retention at start.
        reports: { retentionMonths: 72 },
      },
    });
    // Five years of events and two accounts, written before start as the gateway would.
    const t0 = performance.now();
    const db = await openDb(join(env.dataDir, 'mailshield.db'));
    const today = localDay(Date.now());
    const period = widest(today);
    await seedEvents(db, {
      start: period.start,
      spanMs: Date.now() - period.start,
      messages: SEEDED,
      agencies: ['UBND', 'STTTT', 'STC', 'SYT', 'SNV'],
      seed: 15,
      // Events only: message rows of held mail years old would keep the web's retention
      // purge busy at start (it runs before the web listens).
    });
    const passwordHash = await hashPassword(PASSWORD);
    await insertUser(db, {
      name: 'officer-a',
      role: 'officer',
      agencies: ['STTTT'],
      lang: 'vi',
      passwordHash,
    });
    await insertUser(db, { name: 'admin1', role: 'admin', agencies: [], lang: 'en', passwordHash });
    await db.destroy();
    console.log(`issue-15 web isolation: seeded in ${Math.round(performance.now() - t0)} ms`);
    ms = await runMailshield(env, ['start', '--no-services']);
    for (const l of events(ms, 'web.started')) pids.add(Number(l.webPid));
  }, 120_000);

  afterAll(async () => {
    await ms?.kill('SIGKILL');
    for (const pid of pids) if (running(pid)) process.kill(pid, 'SIGKILL');
    if (env) await cleanupTestEnv(env);
  });

  /** From the day five years before today, plus one, to today: the widest period allowed. */
  function widest(today: string): { from: string; to: string; start: number } {
    const [y, m, d] = today.split('-').map(Number) as [number, number, number];
    const from = new Date(Date.UTC(y - 5, m - 1, d) + 86_400_000).toISOString().slice(0, 10);
    return { from, to: today, start: periodFromTo(from, today).start };
  }

  async function webPort(pid: number): Promise<number> {
    const l = await waitFor(
      () => events(ms, 'web.listening').find((x) => x.pid === pid),
      20_000,
      `web.listening from ${pid}`,
    );
    return Number(l.port);
  }

  async function loginAs(port: number, name: string): Promise<string> {
    const res = await fetch(`http://127.0.0.1:${port}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = /ms_session=[^;]+/.exec(res.headers.get('set-cookie') ?? '')?.[0];
    expect(cookie).toBeDefined();
    return cookie!;
  }

  it('keeps the SMTP greeting under 1 s while officers export the widest report, in a web child', async () => {
    const [webPid] = [...pids];
    expect(pids.size).toBe(1);
    expect(webPid).not.toBe(ms.child.pid);
    expect(running(webPid!)).toBe(true);
    // The web listens in the child, not in the start process.
    const port = await webPort(webPid!);
    expect(events(ms, 'web.listening').some((l) => l.pid === ms.child.pid)).toBe(false);

    const officer = await loginAs(port, 'officer-a');
    const admin = await loginAs(port, 'admin1');
    const { from, to } = widest(localDay(Date.now()));
    const rssBefore = peakRssMb(webPid!);

    // Greetings measured back to back for as long as the exports run.
    const greetings: number[] = [];
    let exporting = true;
    const prober = (async () => {
      while (exporting) {
        greetings.push(await greeting(ms.port));
        await new Promise((r) => setTimeout(r, 20));
      }
    })();
    const timings: Record<string, number> = {};
    const get = async (name: string, cookie: string, url: string) => {
      const t0 = performance.now();
      const res = await fetch(`http://127.0.0.1:${port}${url}`, { headers: { cookie } });
      const body = await res.text();
      timings[name] = Math.round(performance.now() - t0);
      return { status: res.status, body, type: res.headers.get('content-type') ?? '' };
    };
    let results: Awaited<ReturnType<typeof get>>[];
    try {
      results = [
        await get('province.json', admin, `/reports/file.json?from=${from}&to=${to}`),
        await get('officer.json', officer, `/reports/file.json?from=${from}&to=${to}`),
        await get('officer.csv', officer, `/reports/file.csv?from=${from}&to=${to}`),
        await get('province.html', admin, `/reports/file.html?from=${from}&to=${to}`),
        await get('refused.json', officer, '/reports/file.json?from=0100-01-01&to=9999-12-31'),
        await get(
          'refused-six-years',
          admin,
          `/reports?from=${Number(from.slice(0, 4)) - 1}${from.slice(4)}&to=${to}`,
        ),
      ];
    } finally {
      exporting = false;
      await prober;
    }
    const [province, officerJson, officerCsv, html, refused, sixYears] = results;

    expect(province!.status).toBe(200);
    const data = JSON.parse(province!.body) as {
      totals: { received: number };
      daily: unknown[];
      agencies: { code: string; received: number }[];
    };
    expect(data.totals.received).toBe(SEEDED);
    expect(data.daily.length).toBeGreaterThanOrEqual(1826);
    expect(officerJson!.status).toBe(200);
    const scoped = JSON.parse(officerJson!.body) as {
      agency: { code: string };
      totals: { received: number };
    };
    expect(scoped.agency.code).toBe('STTTT');
    expect(scoped.totals.received).toBe(data.agencies.find((a) => a.code === 'STTTT')?.received);
    expect(officerCsv!.status).toBe(200);
    expect(officerCsv!.body.split('\r\n')[1]).toContain('STTTT');
    expect(html!.status).toBe(200);
    expect(html!.body).toContain('<svg');
    // The over-wide ones are refused, in the user's language.
    expect(refused!.status).toBe(400);
    expect(JSON.parse(refused!.body)).toEqual({
      error: 'MS_ERR_REPORT_PERIOD',
      message: '"0100-01-01": năm phải từ 2000 đến 2100.',
    });
    expect(sixYears!.status).toBe(400);
    expect(sixYears!.body).toContain('A report covers at most 5 years');

    const worst = Math.max(...greetings);
    const rssPeak = peakRssMb(webPid!);
    console.log(
      `issue-15 web isolation: ${SEEDED} messages over five years; exports ${JSON.stringify(timings)} ms; ` +
        `${greetings.length} greetings during them, worst ${worst.toFixed(1)} ms, ` +
        `median ${greetings.sort((a, b) => a - b)[Math.floor(greetings.length / 2)]!.toFixed(1)} ms; ` +
        `web child peak RSS ${rssPeak.toFixed(0)} MB (before the exports ${rssBefore.toFixed(0)} MB)`,
    );
    expect(greetings.length).toBeGreaterThanOrEqual(5);
    expect(worst).toBeLessThan(1_000);
    expect(rssPeak).toBeLessThanOrEqual(400);
  }, 120_000);

  it('restarts the web child when it dies, and start stopped leaves no web child', async () => {
    const [first] = [...pids];
    process.kill(first!, 'SIGKILL');
    const restarted = await waitFor(
      () => events(ms, 'web.restarted').find((l) => l.previousWebPid === first),
      15_000,
      'the killed web process restarted',
    );
    expect(events(ms, 'web.exited').find((l) => l.webPid === first)).toMatchObject({
      signal: 'SIGKILL',
    });
    const second = Number(restarted.webPid);
    pids.add(second);
    expect(running(first!)).toBe(false);
    // The new child serves: a login works on the port it now listens on.
    const port = await webPort(second);
    await loginAs(port, 'officer-a');
    // SMTP never stopped.
    expect(await greeting(ms.port)).toBeLessThan(1_000);

    await ms.kill('SIGTERM');
    expect(ms.child.exitCode).toBe(0);
    expect(running(second)).toBe(false);
    expect(events(ms, 'web.stopped').map((l) => l.webPid)).toContain(second);
  }, 60_000);
});
