import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { startSink, type Sink } from '../helpers/sink-smtp.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  spoolFiles,
  ROOT,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';
import { locate } from '../../src/spool/segment-format.js';

const RCPT = 'vanthu@stc.songhong.gov.vn';
const SENDER = 'partner@example.com';

const message = (i: number): Buffer =>
  Buffer.from(
    `From: partner@example.com\r\nTo: ${RCPT}\r\nSubject: record ${i}\r\n` +
      `Message-ID: <record-${i}@example.com>\r\n\r\nOrdinary text of message ${i}.\r\n`,
  );

describe('issue #15: a flipped byte in record 4 of 10 loses at most record 4, across a restart', () => {
  let sink: Sink;
  let env: TestEnv;
  const procs: MailshieldProc[] = [];

  beforeAll(async () => {
    sink = await startSink();
    env = makeTestEnv({
      sinkPort: sink.port,
      redisUrl: inject('redisUrl'),
      clamd: { socket: inject('clamdSocket') },
    });
  });

  afterAll(async () => {
    for (const p of procs) await p.kill('SIGKILL');
    await sink?.close();
    if (env) await cleanupTestEnv(env);
  });

  it('keeps and delivers the 9 intact records, moves record 4 aside and reports it', async () => {
    // The gateway alone: the ten acknowledged messages stay in the segment.
    const gw = await runMailshield(env, ['gateway']);
    procs.push(gw);
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      const r = await smtpSend(gw.port, { from: SENDER, to: [RCPT] }, message(i));
      expect(r.code).toBe(250);
      ids.push(r.id!);
    }
    await gw.kill('SIGKILL');
    const segDir = join(env.dataDir, 'spool', 'seg');
    const segs = readdirSync(segDir).filter((n) => n.endsWith('.seg'));
    expect(segs).toHaveLength(1);
    const seg = join(segDir, segs[0]!);
    const bytes = readFileSync(seg);
    const fourth = locate(ids[3]!).offset;
    const fifth = locate(ids[4]!).offset;
    // One bit in the middle of record 4's message text.
    bytes[Math.floor((fourth + fifth) / 2)]! ^= 0x04;
    writeFileSync(seg, bytes);

    const ms = await runMailshield(env, ['start', '--no-services']);
    procs.push(ms);
    const damaged = ms.logs.filter((l) => l.event === 'spool.damaged');
    expect(damaged).toEqual([
      expect.objectContaining({ id: ids[3], offset: fourth, length: fifth - fourth }),
    ]);
    const subjects = (): string[] =>
      sink.messages.map((m) => /^Subject: (.*)$/m.exec(m.raw.toString('latin1'))?.[1] ?? '');
    await waitFor(() => sink.messages.length >= 9, 60_000, 'the nine intact messages delivered');
    await waitFor(() => spoolFiles(env).length === 0, 15_000, 'spool emptied');
    expect(subjects().sort()).toEqual([0, 1, 2, 4, 5, 6, 7, 8, 9].map((i) => `record ${i}`).sort());

    // Moved aside, byte for byte, and visible to an admin: CLI and /metrics.
    const moved = readdirSync(join(env.dataDir, 'spool', 'damaged'));
    expect(moved.sort()).toEqual([
      `${segs[0]!.slice(0, -4)}-${fourth}.bin`,
      `${segs[0]!.slice(0, -4)}-${fourth}.json`,
    ]);
    const out = execFileSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), 'spool', 'damaged', '--json'],
      { cwd: ROOT, env: { ...process.env, MAILSHIELD_CONFIG: env.configPath }, encoding: 'utf8' },
    );
    const listed = JSON.parse(out) as { id: string; file: string }[];
    expect(listed).toEqual([expect.objectContaining({ id: ids[3] })]);
    expect(readFileSync(listed[0]!.file)).toEqual(bytes.subarray(fourth, fifth));
    const web = `http://127.0.0.1:${Number(ms.logs.find((l) => l.event === 'web.listening')?.port)}`;
    expect(await (await fetch(`${web}/metrics`)).text()).toMatch(
      /^mailshield_spool_damaged_records_total 1$/m,
    );
  }, 180_000);
});
