import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readdirSync, renameSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import nodemailer from 'nodemailer';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import { beginData, rawSession } from '../helpers/raw-smtp.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  sample,
  spoolFiles,
  spooledMessage,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';

const RCPT = 'vanthu@syt.songhong.gov.vn';
const SENDER = 'partner@example.com';

describe('ingress: limits, TLS and the durable path (gateway only, spool inspected)', () => {
  let env: TestEnv;
  let gw: MailshieldProc;

  beforeAll(async () => {
    env = makeTestEnv({
      sinkPort: 9, // no worker runs: nothing is delivered
      redisUrl: inject('redisUrl'),
      clamd: { socket: inject('clamdSocket') },
      config: {
        smtp: { host: '127.0.0.1', port: 0, maxConnectionsPerIp: 3 },
        limits: { maxMessageBytes: 64 * 1024 },
        // Messages over 16 KiB get a file of their own (spool/tmp, then spool/queue);
        // smaller ones go to a segment (spool/seg): both paths are exercised below.
        spool: { recordMaxBytes: 16 * 1024 },
      },
    });
    gw = await runMailshield(env, ['gateway']);
  });

  afterAll(async () => {
    await gw?.kill();
    if (env) await cleanupTestEnv(env);
  });

  const queued = (): string[] => spoolFiles(env).filter((f) => !f.startsWith('tmp/'));

  it('offers STARTTLS and records ESMTPS in the Received header', async () => {
    const t = nodemailer.createTransport({
      host: '127.0.0.1',
      port: gw.port,
      secure: false,
      requireTLS: true,
      tls: { rejectUnauthorized: false },
    });
    const info = await t.sendMail({
      envelope: { from: SENDER, to: [RCPT] },
      raw: sample('ham/plain-text-en.eml'),
    });
    t.close();
    const id = /queued as ([0-9a-z]+)/.exec(info.response)![1]!;
    const { envelope, raw } = await spooledMessage(env, id);
    expect(raw.toString('latin1')).toMatch(/with ESMTPS id /);
    expect(envelope.tls).toBe(true);
  });

  it('answers 552 over the SIZE limit and keeps no file', async () => {
    const before = queued().length;
    const big =
      `From: a@example.com\r\nTo: ${RCPT}\r\nSubject: big\r\n\r\n${'x'.repeat(998)}\r\n`.repeat(
        100,
      );
    const r = await smtpSend(gw.port, { from: SENDER, to: [RCPT] }, big);
    expect(r.code).toBe(552);
    expect(queued()).toHaveLength(before);
    expect(spoolFiles(env).filter((f) => f.startsWith('tmp/'))).toEqual([]);
  });

  it('refuses a client address past maxConnectionsPerIp with 421', async () => {
    // Sessions of earlier tests may still be counted for a moment after their clients
    // closed (the gateway greets at once): until three are served together.
    const sessions = await waitFor(
      async () => {
        const open = [rawSession(gw.port), rawSession(gw.port), rawSession(gw.port)];
        const greetings = await Promise.all(open.map((s) => s.next()));
        if (greetings.every((g) => g.startsWith('220 '))) return open;
        for (const s of open) s.sock.destroy();
        return undefined;
      },
      10_000,
      'three sessions served',
    );
    const extra = rawSession(gw.port);
    expect(await extra.next()).toMatch(/^421 4\.7\.0 /);
    for (const s of [...sessions, extra]) s.sock.destroy();
    // The gateway greets at once (greetWaitMs 0): the next test's session could arrive
    // before these closes are counted. Wait until a session is served again.
    await waitFor(
      async () => {
        const probe = rawSession(gw.port);
        const ok = (await probe.next()).startsWith('220 ');
        probe.send('QUIT');
        await probe.next();
        probe.sock.destroy();
        return ok;
      },
      10_000,
      'the closed sessions to be counted',
    );
  });

  it('rewrites bare LF and bare CR so no line "." can end the message at the next hop', async () => {
    const s = await beginData(gw.port, SENDER, RCPT, 'smuggler.example');
    s.sock.write(
      `From: a@example.com\r\nTo: ${RCPT}\r\nSubject: smuggle\r\n\r\nfirst\n.\nMAIL FROM:<x@evil.example>\r\nsecond\r.\r\nthird\r\n.\r\n`,
    );
    const reply = await s.next();
    expect(reply).toMatch(/^250 2\.0\.0 Ok: queued as /);
    const id = /queued as ([0-9a-z]+)/.exec(reply)![1]!;
    s.send('QUIT');
    s.sock.destroy();
    const { raw } = await spooledMessage(env, id);
    const body = raw.subarray(raw.indexOf('Subject: smuggle')).toString('latin1');
    expect(body).not.toMatch(/[^\r]\n/);
    expect(body).not.toMatch(/\r(?!\n)/);
    expect(body).toContain('first\r\n.\r\nMAIL FROM:<x@evil.example>\r\nsecond\r\n.\r\nthird\r\n');
  });

  /** A message past recordMaxBytes: spooled in a file of its own. */
  const large = (): string =>
    `From: a@example.com\r\nTo: ${RCPT}\r\nSubject: large\r\n\r\n${'y'.repeat(998)}\r\n`.repeat(30);

  it('answers 451 and leaves no file when the spool cannot be written (own file)', async () => {
    const tmp = join(env.dataDir, 'spool/tmp');
    const before = queued().length;
    // Replace the spool's tmp folder with a file: opening a message file there fails.
    renameSync(tmp, `${tmp}.moved`);
    writeFileSync(tmp, 'not a folder');
    try {
      const r = await smtpSend(gw.port, { from: SENDER, to: [RCPT] }, large());
      expect(r.code).toBe(451);
      expect(r.response).toContain('4.3.0');
      expect(queued()).toHaveLength(before);
    } finally {
      rmSync(tmp);
      renameSync(`${tmp}.moved`, tmp);
    }
    expect(readdirSync(tmp)).toEqual([]);
    // And it keeps serving once the spool is writable again.
    const ok = await smtpSend(gw.port, { from: SENDER, to: [RCPT] }, large());
    expect(ok.code).toBe(250);
    expect(readdirSync(join(env.dataDir, 'spool/queue'))).toContain(`${ok.id!}.msg`);
  });

  it('answers 451 when the segment cannot be written, leaves no partial record, then recovers', async (ctx) => {
    const seg = join(env.dataDir, 'spool/seg');
    const small = (): Promise<{ code: number; id?: string; response: string }> =>
      smtpSend(gw.port, { from: SENDER, to: [RCPT] }, sample('ham/plain-text-en.eml'));
    expect((await small()).code).toBe(250);
    const segments = readdirSync(seg).filter((n) => n.endsWith('.seg'));
    expect(segments.length).toBeGreaterThan(0);
    const before = queued();
    // An immutable file (ext4 and most Linux file systems): every write to it fails.
    try {
      for (const n of segments) execFileSync('chattr', ['+i', join(seg, n)]);
    } catch {
      ctx.skip('chattr +i is not supported here (needs root and ext2/3/4, xfs or btrfs)');
    }
    try {
      const r = await small();
      expect(r.code).toBe(451);
      expect(queued()).toEqual(before);
    } finally {
      for (const n of segments) execFileSync('chattr', ['-i', join(seg, n)]);
    }
    // The gateway leaves the failed segment and writes the next message to a new one.
    const ok = await small();
    expect(ok.code).toBe(250);
    expect(queued().sort()).toEqual([...before, `seg/${ok.id!}`].sort());
    expect(readdirSync(seg).filter((n) => n.endsWith('.seg')).length).toBe(segments.length + 1);
  });
});
