import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { listAudit } from '../../src/quarantine/audit.js';
import { openDb, type Db } from '../../src/store/db.js';
import { getMessage, type MessageRow } from '../../src/store/messages-repo.js';
import { hashPassword } from '../../src/web/accounts/password.js';
import { insertUser } from '../../src/web/accounts/users-repo.js';
import { startDnsServer, type DnsServer } from '../helpers/dns-server.js';
import { startPipeline, type Pipeline } from '../helpers/pipeline.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import { ROOT, sample } from '../helpers/start-gateway.js';

/**
 * Issue #13, the sender lists through the running gateway: real SMTP into `mailshield
 * start`, real clamd, the capturing next hop, entries made with the real CLI while the
 * gateway runs (the workers pick them up within `senderLists.refreshMs`, no restart), and
 * the web on its real port.
 *
 * Authentication: the gateway's auth scanner asks a DNS server of the test's own on
 * 127.0.0.1 (`detection.auth.dnsServers`), which publishes `v=spf1 ip4:127.0.0.1 -all` for
 * partner.example: mail from 127.0.0.1 with that envelope gets a real SPF pass from
 * mailauth. forged.example publishes nothing (SPF none): an allow entry for it is not
 * verified. DMARC pass needs DKIM signing and is proven at rule level
 * (tests/unit/senders/decide.test.ts).
 */
const A = 'vanthu@stttt.songhong.gov.vn'; // agency STTTT
const B = 'ketoan@stc.songhong.gov.vn'; // agency STC
const GTUBE = 'XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X';
const PASSWORD = 'integration-password-13';

function letter(from: string, to: string, subject: string, body: string): string {
  return [
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    `Date: ${new Date().toUTCString()}`,
    `Message-ID: <${randomUUID()}@${from.slice(from.lastIndexOf('@') + 1).replace('>', '')}>`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: 8bit',
    '',
    body,
    '',
  ].join('\r\n');
}

const HAM_BODY =
  'Kính gửi Sở,\r\n\r\nChúng tôi xin gửi lịch làm việc tuần tới để Quý cơ quan sắp xếp.\r\n\r\nTrân trọng.';

interface Session {
  cookie: string;
  csrf: string;
}

describe('issue #13: per-agency sender lists on the running gateway', () => {
  let dns: DnsServer;
  let p: Pipeline;
  let db: Db;
  let web: string;
  let a: Session;
  let b: Session;

  const api = (s: Session, method: 'GET' | 'POST', path: string, body?: unknown) =>
    fetch(`${web}${path}`, {
      method,
      headers: {
        cookie: s.cookie,
        'x-csrf-token': s.csrf,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  const cli = (
    args: string[],
    input = '',
  ): Promise<{ status: number | null; stdout: string; stderr: string }> =>
    new Promise((resolve, reject) => {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args],
        {
          cwd: ROOT,
          env: { ...process.env, MAILSHIELD_CONFIG: p.env.configPath },
          stdio: ['pipe', 'pipe', 'pipe'],
        },
      );
      let stdout = '';
      let stderr = '';
      child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.once('error', reject);
      child.once('close', (status) => resolve({ status, stdout, stderr }));
      child.stdin.end(input);
    });

  /** Sends, then waits for the verdict row of the message. */
  const send = async (from: string, to: string[], raw: string | Buffer): Promise<MessageRow> => {
    const r = await smtpSend(p.ms.port, { from, to }, raw);
    expect(r.code, r.response).toBe(250);
    return waitFor(
      async () => {
        const row = await getMessage(db, r.id!);
        return row?.category ? row : undefined;
      },
      30_000,
      `verdict of ${r.id!}`,
    );
  };
  const atSink = (id: string) =>
    waitFor(
      () => p.sink.messages.find((m) => m.raw.toString('latin1').includes(` id ${id}`)),
      30_000,
      `${id} at the next hop`,
    );
  const rules = (row: MessageRow): { rule: string; score: number; detail?: string }[] =>
    JSON.parse(row.hits) as { rule: string; score: number; detail?: string }[];

  beforeAll(async () => {
    dns = await startDnsServer({
      'partner.example': 'v=spf1 ip4:127.0.0.1 -all',
      'spammer.example': 'v=spf1 ip4:127.0.0.1 -all',
    });
    p = await startPipeline({
      detection: {
        auth: { enabled: true, timeoutMs: 2000, dnsServers: [`127.0.0.1:${dns.port}`] },
      },
      senderLists: { refreshMs: 300 },
    });
    db = await openDb(loadConfig({ MAILSHIELD_CONFIG: p.env.configPath }).database.path);
    web = `http://127.0.0.1:${Number(p.ms.logs.find((l) => l.event === 'web.listening')?.port)}`;
    // Accounts straight into the store (the user CLI has its own tests): fewer processes.
    await insertUser(db, {
      name: 'officer-a',
      role: 'officer',
      agencies: ['STTTT'],
      lang: 'vi',
      passwordHash: await hashPassword(PASSWORD),
    });
    await insertUser(db, {
      name: 'officer-b',
      role: 'officer',
      agencies: ['STC'],
      lang: 'en',
      passwordHash: await hashPassword(PASSWORD),
    });
    const login = async (name: string): Promise<Session> => {
      const res = await fetch(`${web}/api/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name, password: PASSWORD }),
      });
      expect(res.status).toBe(200);
      const cookie = res.headers.getSetCookie().find((c) => c.startsWith('ms_session='))!;
      return { cookie: cookie.split(';')[0]!, csrf: ((await res.json()) as { csrf: string }).csrf };
    };
    a = await login('officer-a');
    b = await login('officer-b');
  });

  afterAll(async () => {
    await db?.destroy();
    await p?.close();
    await dns?.close();
  });

  it('holds a sender on A’s deny list for A, added while the gateway runs; B still gets it', async () => {
    const before = await send(
      'news@spammer.example',
      [A],
      letter('news@spammer.example', A, 'Lịch làm việc', HAM_BODY),
    );
    expect(before).toMatchObject({ category: 'clean', action: 'deliver' });
    await atSink(before.id);

    const add = await cli([
      'senders',
      'add',
      '--agency',
      'STTTT',
      '--deny',
      'spammer.example',
      '--note',
      'quảng cáo hàng loạt',
    ]);
    expect(add.status, add.stderr).toBe(0);
    expect(add.stdout).toContain('STTTT: added deny spammer.example');
    // The workers poll the lists' version every 300 ms here: no restart.
    await new Promise((r) => setTimeout(r, 1000));

    const held = await send(
      'bounce@mail.spammer.example',
      [A],
      letter('news@spammer.example', A, 'Lịch làm việc', HAM_BODY),
    );
    expect(held).toMatchObject({ category: 'spam', action: 'quarantine', state: 'quarantined' });
    const denied = rules(held).find((h) => h.rule === 'SENDER_DENIED');
    expect(denied?.detail).toContain('STTTT: deny spammer.example');
    expect(denied?.detail).toContain('quảng cáo hàng loạt');

    const forB = await send(
      'news@spammer.example',
      [B],
      letter('news@spammer.example', B, 'Lịch làm việc', HAM_BODY),
    );
    expect(forB).toMatchObject({ category: 'clean', action: 'deliver' });
    await atSink(forB.id);

    // To A and B: one verdict, the safe reading.
    const both = await send(
      'news@spammer.example',
      [A, B],
      letter('news@spammer.example', A, 'Lịch làm việc', HAM_BODY),
    );
    expect(both).toMatchObject({ category: 'spam', action: 'quarantine' });
  });

  it('delivers an allow-listed sender’s GTUBE to A when SPF passes, never when unverified', async () => {
    const r = await cli([
      'senders',
      'add',
      '--agency',
      'STTTT',
      '--allow',
      'partner.example',
      '--note',
      'đối tác',
    ]);
    expect(r.status, r.stderr).toBe(0);
    // The other through the web, on its real port, as officer A.
    const added = await api(a, 'POST', '/api/senders', {
      agency: 'STTTT',
      kind: 'allow',
      pattern: 'forged.example',
      note: 'đối tác',
    });
    expect(added.status).toBe(201);
    await new Promise((r) => setTimeout(r, 1000));

    const allowed = await send(
      'news@partner.example',
      [A],
      letter('Bản tin đối tác <news@partner.example>', A, 'Bản tin', `${HAM_BODY}\r\n${GTUBE}`),
    );
    expect(allowed).toMatchObject({ category: 'clean', action: 'deliver' });
    const hits = rules(allowed);
    expect(hits.map((h) => h.rule)).toEqual(expect.arrayContaining(['GTUBE', 'SENDER_ALLOWED']));
    expect(hits.find((h) => h.rule === 'SENDER_ALLOWED')?.detail).toContain(
      'STTTT: allow partner.example (MAIL FROM news@partner.example; đối tác), SPF pass',
    );
    await atSink(allowed.id);

    // The same mail to A and B: B keeps no allow entry, so it is held.
    const toBoth = await send(
      'news@partner.example',
      [A, B],
      letter('news@partner.example', A, 'Bản tin', `${HAM_BODY}\r\n${GTUBE}`),
    );
    expect(toBoth).toMatchObject({ category: 'spam', action: 'quarantine' });
    expect(rules(toBoth).map((h) => h.rule)).toContain('SENDER_ALLOWED_NOT_APPLIED');

    // A passing envelope carrying a forged From of another domain.
    const forgedFrom = await send(
      'news@partner.example',
      [A],
      letter('Giám đốc Sở <giamdoc@stc.songhong.gov.vn>', A, 'Gấp', `${HAM_BODY}\r\n${GTUBE}`),
    );
    expect(forgedFrom).toMatchObject({ category: 'spam', action: 'quarantine' });

    // Allowed, but forged.example publishes no SPF: the score is lowered, nothing more.
    const unverified = await send(
      'news@forged.example',
      [A],
      letter('news@forged.example', A, 'Bản tin', `${HAM_BODY}\r\n${GTUBE}`),
    );
    expect(unverified).toMatchObject({ category: 'spam', action: 'quarantine' });
    const lowered = rules(unverified).find((h) => h.rule === 'SENDER_ALLOWED_UNVERIFIED');
    expect(lowered?.score).toBe(-2);
    expect(lowered?.detail).toContain('not verified: SPF none');
    expect(unverified.score).toBe(rules(unverified).reduce((s, h) => s + h.score, 0));
  });

  it('still holds an allow-listed, authenticated sender’s EICAR as malware', async () => {
    const raw = sample('malware/eicar-attachment-base64.eml')
      .toString('latin1')
      .replace(/^From: .*$/m, 'From: Bản tin đối tác <news@partner.example>');
    const row = await send('news@partner.example', [A], Buffer.from(raw, 'latin1'));
    expect(row).toMatchObject({ category: 'malware', action: 'quarantine', state: 'quarantined' });
    expect(JSON.parse(row.viruses)).toEqual(
      expect.arrayContaining([expect.stringMatching(/Eicar/i)]),
    );
    expect(rules(row).find((h) => h.rule === 'SENDER_ALLOWED')?.detail).toContain('SPF pass');
  });

  it('keeps B’s officer out of A’s list on the real web port', async () => {
    const listA = (await (await api(a, 'GET', '/api/senders?agency=STTTT')).json()) as {
      entries: { id: string; pattern: string }[];
    };
    expect(listA.entries.map((e) => e.pattern).sort()).toEqual([
      'forged.example',
      'partner.example',
      'spammer.example',
    ]);
    expect((await api(b, 'GET', '/api/senders?agency=STTTT')).status).toBe(404);
    const pageB = await (await api(b, 'GET', '/senders')).text();
    expect(pageB).not.toContain('spammer.example');
    const target = listA.entries[0]!.id;
    expect((await api(b, 'POST', `/api/senders/${target}/delete`)).status).toBe(404);
    const still = (await (await api(a, 'GET', '/api/senders?agency=STTTT')).json()) as {
      entries: unknown[];
    };
    expect(still.entries).toHaveLength(3);
  });

  it('removes with the CLI (audited as cli:<login>), and the next message is delivered', async () => {
    const removed = await cli([
      'senders',
      'remove',
      '--agency',
      'STTTT',
      '--deny',
      'spammer.example',
    ]);
    expect(removed.status, removed.stderr).toBe(0);
    const listed = await cli(['senders', 'list', '--agency', 'STTTT', '--json']);
    expect(
      (JSON.parse(listed.stdout) as { pattern: string }[]).map((e) => e.pattern).sort(),
    ).toEqual(['forged.example', 'partner.example']);
    await new Promise((r) => setTimeout(r, 1000));
    const after = await send(
      'news@spammer.example',
      [A],
      letter('news@spammer.example', A, 'Lịch làm việc', HAM_BODY),
    );
    expect(after).toMatchObject({ category: 'clean', action: 'deliver' });

    const { rows } = await listAudit(db, { limit: 100, offset: 0 });
    const changes = rows
      .filter((r) => r.action.startsWith('sender-'))
      .map((r) => [r.action, r.agency, r.reason]);
    expect(changes).toEqual([
      ['sender-remove', 'STTTT', 'deny spammer.example — quảng cáo hàng loạt'],
      ['sender-add', 'STTTT', 'allow forged.example — đối tác'],
      ['sender-add', 'STTTT', 'allow partner.example — đối tác'],
      ['sender-add', 'STTTT', 'deny spammer.example — quảng cáo hàng loạt'],
    ]);
    const actors = rows.filter((r) => r.action.startsWith('sender-')).map((r) => r.actor);
    expect(actors[1]).toBe('officer-a');
    expect(actors.filter((x) => x !== 'officer-a').every((x) => x.startsWith('cli:'))).toBe(true);
  });
});
