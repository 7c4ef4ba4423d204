import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startSink, type Sink } from '../helpers/sink-smtp.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  sample,
  ROOT,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';

const A_RCPT = 'vanthu@stttt.songhong.gov.vn';
const B_RCPT = 'ketoan@stc.songhong.gov.vn';
const SENDER = 'partner@example.com';
const PASSWORD = 'integration-password-15';

interface Session {
  cookie: string;
  csrf: string;
}

interface Detail {
  state: string;
  to: string[];
  content?: unknown;
}

describe('issue #15: a two-agency message held per agency, on the real pipeline', () => {
  let sink: Sink;
  let env: TestEnv;
  let ms: MailshieldProc;
  let base: string;
  let a: Session;
  let b: Session;

  const cli = (args: string[], input = ''): { status: number | null; out: string } => {
    const r = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, MAILSHIELD_CONFIG: env.configPath },
        input,
        encoding: 'utf8',
      },
    );
    return { status: r.status, out: `${r.stdout}${r.stderr}` };
  };
  const api = (s: Session, method: 'GET' | 'POST', path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method,
      headers: {
        cookie: s.cookie,
        'x-csrf-token': s.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  const login = async (name: string): Promise<Session> => {
    const res = await fetch(`${base}/api/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ name, password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ms_session='))!;
    return { cookie: cookie.split(';')[0]!, csrf: ((await res.json()) as { csrf: string }).csrf };
  };
  const detail = async (s: Session, id: string): Promise<Detail> =>
    (await (await api(s, 'GET', `/api/quarantine/${id}`)).json()) as Detail;
  const atSink = (id: string) =>
    sink.messages.filter((m) => m.raw.toString('latin1').includes(` id ${id}`));
  const sendHeld = async (): Promise<string> => {
    const r = await smtpSend(
      ms.port,
      { from: SENDER, to: [A_RCPT, B_RCPT] },
      sample('spam/gtube.eml'),
    );
    expect(r.code).toBe(250);
    await waitFor(
      async () => (await api(a, 'GET', `/api/quarantine/${r.id!}`)).status === 200,
      30_000,
      'held',
    );
    return r.id!;
  };

  beforeAll(async () => {
    sink = await startSink();
    env = makeTestEnv({
      sinkPort: sink.port,
      redisUrl: inject('redisUrl'),
      clamd: { socket: inject('clamdSocket') },
    });
    ms = await runMailshield(env, ['start', '--no-services']);
    base = `http://127.0.0.1:${Number(ms.logs.find((l) => l.event === 'web.listening')?.port)}`;
    for (const [name, agency] of [
      ['officer-a', 'STTTT'],
      ['officer-b', 'STC'],
    ] as const) {
      const r = cli(
        ['user', 'add', name, '--role', 'officer', '--agency', agency, '--password-stdin'],
        `${PASSWORD}\n`,
      );
      expect(r.status, r.out).toBe(0);
    }
    a = await login('officer-a');
    b = await login('officer-b');
  });

  afterAll(async () => {
    await ms?.kill();
    await sink?.close();
    if (env) await cleanupTestEnv(env);
  });

  it('a release by A reaches only A’s recipient; B still holds it and releases it to B only', async () => {
    const id = await sendHeld();
    expect((await detail(a, id)).to).toEqual([A_RCPT]);
    expect((await api(a, 'POST', `/api/quarantine/${id}/release`, {})).status).toBe(200);
    await waitFor(() => atSink(id).length > 0, 30_000, 'A’s copy at the sink');
    await waitFor(async () => (await detail(a, id)).state === 'delivered', 15_000, 'delivered');
    expect(atSink(id).map((m) => m.to)).toEqual([[A_RCPT]]);
    const held = await detail(b, id);
    expect(held.state).toBe('quarantined');
    expect(held.to).toEqual([B_RCPT]);
    expect(held.content).toBeDefined();

    expect((await api(b, 'POST', `/api/quarantine/${id}/release`, {})).status).toBe(200);
    await waitFor(() => atSink(id).length > 1, 30_000, 'B’s copy at the sink');
    await waitFor(async () => (await detail(b, id)).state === 'delivered', 15_000, 'delivered');
    expect(atSink(id).map((m) => m.to)).toEqual([[A_RCPT], [B_RCPT]]);
  });

  it('a delete by A leaves B’s copy, which B can still release', async () => {
    const id = await sendHeld();
    expect((await api(a, 'POST', `/api/quarantine/${id}/delete`, {})).status).toBe(200);
    expect((await detail(a, id)).state).toBe('deleted');
    expect((await detail(b, id)).state).toBe('quarantined');
    expect((await api(b, 'POST', `/api/quarantine/${id}/release`, {})).status).toBe(200);
    await waitFor(() => atSink(id).length > 0, 30_000, 'B’s copy at the sink');
    await waitFor(async () => (await detail(b, id)).state === 'delivered', 15_000, 'delivered');
    expect(atSink(id).map((m) => m.to)).toEqual([[B_RCPT]]);
  });
});
