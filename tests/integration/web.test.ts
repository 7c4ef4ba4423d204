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
  spoolFiles,
  ROOT,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';

const RCPT = 'vanthu@stttt.songhong.gov.vn';
const SENDER = 'partner@example.com';
const PASSWORD = 'integration-password-1';

function cli(env: TestEnv, args: string[], input = ''): { status: number | null; out: string } {
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
}

interface Session {
  cookie: string;
  csrf: string;
}

describe('web API on the real pipeline: release and delete held mail', () => {
  let sink: Sink;
  let env: TestEnv;
  let ms: MailshieldProc;
  let base: string;

  beforeAll(async () => {
    sink = await startSink();
    env = makeTestEnv({
      sinkPort: sink.port,
      redisUrl: inject('redisUrl'),
      clamd: { socket: inject('clamdSocket') },
    });
    ms = await runMailshield(env, ['start', '--no-services']);
    const web = ms.logs.find((l) => l.event === 'web.listening');
    base = `http://127.0.0.1:${Number(web?.port)}`;
  });

  afterAll(async () => {
    await ms?.kill();
    await sink?.close();
    if (env) await cleanupTestEnv(env);
  });

  const api = async (
    s: Session | undefined,
    method: 'GET' | 'POST',
    path: string,
    body?: unknown,
  ): Promise<Response> =>
    fetch(`${base}${path}`, {
      method,
      headers: {
        ...(s ? { cookie: s.cookie, 'x-csrf-token': s.csrf } : {}),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const login = async (name: string, password: string): Promise<Session | undefined> => {
    const res = await api(undefined, 'POST', '/api/login', { name, password });
    if (res.status !== 200) return undefined;
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ms_session='))!;
    return { cookie: cookie.split(';')[0]!, csrf: ((await res.json()) as { csrf: string }).csrf };
  };

  const received = (id: string): Buffer[] =>
    sink.messages.filter((m) => m.raw.toString('latin1').includes(` id ${id}`)).map((m) => m.raw);

  it('creates the first admin from the CLI only, refusing a short password', async () => {
    expect((await api(undefined, 'GET', '/healthz')).status).toBe(200);
    const short = cli(
      env,
      ['user', 'add', 'admin1', '--role', 'admin', '--password-stdin'],
      'short\n',
    );
    expect(short.status).not.toBe(0);
    expect(short.out).toMatch(/too short/);
    expect(await login('admin1', 'short')).toBeUndefined();
    const ok = cli(
      env,
      ['user', 'add', 'admin1', '--role', 'admin', '--password-stdin'],
      `${PASSWORD}\n`,
    );
    expect(ok.out).toMatch(/added/);
    expect(ok.status).toBe(0);
    expect(await login('admin1', PASSWORD)).toBeDefined();
  });

  it('releases a held message to the next hop exactly once and deletes another, both audited', async () => {
    const spam = await smtpSend(ms.port, { from: SENDER, to: [RCPT] }, sample('spam/gtube.eml'));
    const mal = await smtpSend(
      ms.port,
      { from: SENDER, to: [RCPT] },
      sample('malware/eicar-plain.eml'),
    );
    expect(spam.code).toBe(250);
    expect(mal.code).toBe(250);
    const s = (await login('admin1', PASSWORD))!;
    const held = async (): Promise<string[]> => {
      const res = await api(s, 'GET', '/api/quarantine?limit=100');
      return ((await res.json()) as { items: { id: string }[] }).items.map((i) => i.id);
    };
    await waitFor(
      async () => {
        const ids = await held();
        return ids.includes(spam.id!) && ids.includes(mal.id!);
      },
      30_000,
      'both messages held',
    );
    expect(received(spam.id!)).toHaveLength(0);

    const detail = (await (await api(s, 'GET', `/api/quarantine/${spam.id!}`)).json()) as {
      category: string;
      hits: { rule: string; description: string }[];
    };
    expect(detail.category).toBe('spam');
    expect(detail.hits.length).toBeGreaterThan(0);

    const rel = await api(s, 'POST', `/api/quarantine/${spam.id!}/release`, {
      reason: 'test release',
    });
    expect(rel.status).toBe(200);
    await waitFor(() => received(spam.id!).length > 0, 30_000, 'released message at the sink');
    await waitFor(() => spoolFiles(env).length === 0, 15_000, 'spool emptied');
    const got = received(spam.id!);
    expect(got).toHaveLength(1);
    const text = got[0]!.toString('utf8');
    expect(text).toMatch(/^X-Mailshield-Verdict: spam\r\n/m);
    expect(text).toMatch(/^X-Mailshield-Score: /m);
    const after = (await (await api(s, 'GET', `/api/quarantine/${spam.id!}`)).json()) as {
      state: string;
      releasedAt: string | null;
    };
    expect(after.state).toBe('delivered');
    expect(after.releasedAt).not.toBeNull();

    const del = await api(s, 'POST', `/api/quarantine/${mal.id!}/delete`, { reason: 'eicar' });
    expect(del.status).toBe(200);
    expect(await held()).not.toContain(mal.id!);
    expect(received(mal.id!)).toHaveLength(0);

    const audit = (await (await api(s, 'GET', '/api/audit')).json()) as {
      rows: { action: string; message_id: string | null; actor: string; address: string }[];
    };
    expect(audit.rows).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          action: 'release',
          message_id: spam.id,
          actor: 'admin1',
          address: '127.0.0.1',
        }),
        expect.objectContaining({ action: 'delete', message_id: mal.id, actor: 'admin1' }),
      ]),
    );
    const metrics = await (await api(undefined, 'GET', '/metrics')).text();
    expect(metrics).toMatch(
      /mailshield_messages_total\{category="malware",action="quarantine"\} 1/,
    );
    expect(metrics).toMatch(/mailshield_queue_jobs\{queue="deliver",state="waiting"\} \d+/);
  });

  it('releases from the CLI with the same function', async () => {
    const spam = await smtpSend(ms.port, { from: SENDER, to: [RCPT] }, sample('spam/gtube.eml'));
    const s = (await login('admin1', PASSWORD))!;
    await waitFor(
      async () => {
        const res = await api(s, 'GET', `/api/quarantine/${spam.id!}`);
        return (
          res.status === 200 && ((await res.json()) as { state: string }).state === 'quarantined'
        );
      },
      30_000,
      'held',
    );
    const r = cli(env, ['quarantine', 'release', spam.id!, '--reason', 'from cli']);
    expect(r.status).toBe(0);
    await waitFor(() => received(spam.id!).length > 0, 30_000, 'CLI-released message at the sink');
    const audit = (await (await api(s, 'GET', `/api/audit?message=${spam.id!}`)).json()) as {
      rows: { action: string; actor: string; reason: string }[];
    };
    expect(audit.rows[0]).toMatchObject({ action: 'release', reason: 'from cli' });
    expect(audit.rows[0]?.actor).toMatch(/^cli:/);
  });
});
