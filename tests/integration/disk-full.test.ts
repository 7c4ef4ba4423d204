import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { smtpSend } from '../helpers/smtp-send.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  spoolFiles,
  spooledMessage,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';

const RCPT = 'vanthu@stc.songhong.gov.vn';

/** Mounts a small tmpfs for the data folder; undefined when this machine does not allow it. */
function smallDisk(): string | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const dir = mkdtempSync(join(tmpdir(), 'ms-full-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=3m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return undefined;
  }
}

function message(kb: number): string {
  const line = `${'x'.repeat(998)}\r\n`;
  return `From: a@example.com\r\nTo: ${RCPT}\r\nSubject: size ${kb} KB\r\n\r\n${line.repeat(kb)}`;
}

const disk = smallDisk();

describe.skipIf(!disk)(
  'disk full: the spool answers 452 and keeps serving once space returns (needs root to mount a tmpfs)',
  () => {
    let env: TestEnv;
    let gw: MailshieldProc;

    beforeAll(async () => {
      env = makeTestEnv({
        sinkPort: 9,
        redisUrl: inject('redisUrl'),
        clamd: { socket: inject('clamdSocket') },
        config: { dataDir: disk! },
      });
      gw = await runMailshield(env, ['gateway']);
    });

    afterAll(async () => {
      await gw?.kill();
      if (env) await cleanupTestEnv(env);
      execFileSync('umount', [disk!]);
      rmSync(disk!, { recursive: true, force: true });
    });

    const queue = (): string[] => readdirSync(join(disk!, 'spool/queue'));
    const tmp = (): string[] => readdirSync(join(disk!, 'spool/tmp'));
    const spooled = (): string[] =>
      spoolFiles({ ...env, dataDir: disk! }).filter((f) => !f.startsWith('tmp/'));

    it('answers 452 4.3.1 when the message does not fit, leaves no half-written file, then accepts again', async () => {
      // 1.8 MB: past recordMaxBytes, so a file of its own.
      const first = await smtpSend(gw.port, { from: 'a@example.com', to: [RCPT] }, message(1800));
      expect(first.code).toBe(250);
      const full = await smtpSend(gw.port, { from: 'a@example.com', to: [RCPT] }, message(1800));
      expect(full.code).toBe(452);
      expect(full.response).toContain('4.3.1');
      expect(queue()).toEqual([`${first.id!}.msg`]);
      expect(tmp()).toEqual([]);
      // Small messages go to a segment until that is full too: 452, and no partial record.
      const small: string[] = [];
      let refused: { code: number; response: string } | undefined;
      for (let i = 0; i < 40 && !refused; i++) {
        const r = await smtpSend(gw.port, { from: 'a@example.com', to: [RCPT] }, message(100));
        if (r.code === 250) small.push(r.id!);
        else refused = r;
      }
      expect(refused?.code).toBe(452);
      expect(refused?.response).toContain('4.3.1');
      expect(small.length).toBeGreaterThan(0);
      expect(spooled().sort()).toEqual(
        [`queue/${first.id!}.msg`, ...small.map((id) => `seg/${id}`)].sort(),
      );
      for (const id of small) {
        const { raw } = await spooledMessage({ ...env, dataDir: disk! }, id);
        expect(raw.length).toBeGreaterThan(100_000);
      }
      // Space returns (the first message delivered and removed): service resumes.
      unlinkSync(join(disk!, 'spool/queue', `${first.id!}.msg`));
      const againSmall = await smtpSend(
        gw.port,
        { from: 'a@example.com', to: [RCPT] },
        message(100),
      );
      expect(againSmall.code).toBe(250);
      const again = await smtpSend(gw.port, { from: 'a@example.com', to: [RCPT] }, message(1000));
      expect(again.code).toBe(250);
    });
  },
);
