import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { Redis } from 'ioredis';
import { startPipeline, copiesAt, type Pipeline } from '../helpers/pipeline.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import { startSink, type Sink } from '../helpers/sink-smtp.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  spoolFiles,
  type MailshieldProc,
  type TestEnv,
} from '../helpers/start-gateway.js';
import { eicar, mailWithAttachment, plain } from '../helpers/hostile.js';
import { loadConfig } from '../../src/config/load.js';
import { openDb } from '../../src/store/db.js';
import { queryReport } from '../../src/report/query.js';
import { periodFromTo } from '../../src/report/definitions.js';
import { readCounters } from '../../src/store/counters-repo.js';
import { decisionKey } from '../../src/queue/before-queue.js';

const RCPT = 'vanthu@stttt.songhong.gov.vn';
const FROM = 'partner@example.com';
const GTUBE = 'XJS*C4JDBQADN1.NSBN3*2IDNEN*GTUBE-STANDARD-ANTI-UBE-TEST-EMAIL*C.34X';

function cleanMail(n: number): Buffer {
  return plain(
    `Subject: Lich hop ${n}\r\nMessage-ID: <bq${n}.${Date.now()}@example.com>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0700\r\n`,
    'Kinh gui anh chi, lich hop tuan sau gui kem.\r\n',
  );
}

/** What the store says about one message, and the report of today around it. */
async function stored(env: TestEnv, id: string) {
  const db = await openDb(loadConfig({ MAILSHIELD_CONFIG: env.configPath }).database.path);
  try {
    const message = await db
      .selectFrom('messages')
      .select(['state', 'action', 'category'])
      .where('id', '=', id)
      .executeTakeFirst();
    const events = await db
      .selectFrom('events')
      .select(['agency', 'action', 'category'])
      .where('message_id', '=', id)
      .execute();
    const holds = await db
      .selectFrom('quarantine_holds')
      .select('agency')
      .where('message_id', '=', id)
      .execute();
    const day = (d: number): string => new Date(Date.now() + 7 * 3_600_000 + d).toISOString();
    const report = await queryReport(db, {
      period: periodFromTo(day(-86_400_000).slice(0, 10), day(86_400_000).slice(0, 10)),
      agencies: [],
      now: Date.now(),
    });
    const counters = await readCounters(db);
    return { message, events, holds, totals: report.totals, counters };
  } finally {
    await db.destroy();
  }
}

/**
 * Issue #14 item 6, through real SMTP to the running gateway: before-queue mode answers
 * 550 5.7.1 for malware and for a score at or above thresholds.reject, 250 for the rest,
 * and 250 with the after-queue path when the verdict takes longer than the bound.
 */
describe('issue 14: before-queue mode', () => {
  describe('with a worker running', () => {
    let p: Pipeline;

    beforeAll(async () => {
      p = await startPipeline({ smtp: { beforeQueue: { enabled: true, waitMs: 20_000 } } });
    });

    afterAll(async () => {
      await p?.close();
    });

    it('answers 550 5.7.1 for EICAR at DATA; nothing delivered or held, counted as blocked', async () => {
      const raw = mailWithAttachment('eicar.com', eicar(), 'application/octet-stream');
      const r = await smtpSend(p.ms.port, { from: FROM, to: [RCPT] }, raw);
      expect(r.code, r.response).toBe(550);
      expect(r.response).toMatch(/^550 5\.7\.1 Message refused: it carries malware \(id \w+\)/);
      const id = /\(id (\w+)\)/.exec(r.response)![1]!;
      const refused = await waitFor(
        () => p.ms.logs.find((l) => l.event === 'ingress.refused' && l.id === id),
        5_000,
        'the refusal logged',
      );
      expect(refused).toMatchObject({ category: 'malware' });
      // Finished in the spool, recorded once as refused, no hold an officer could release.
      await waitFor(() => !spoolFiles(p.env).some((f) => f.includes(id)), 10_000, 'spool done');
      const s = await stored(p.env, id);
      expect(s.message).toEqual({ state: 'rejected', action: 'reject', category: 'malware' });
      expect(s.events).toEqual([{ agency: 'STTTT', action: 'reject', category: 'malware' }]);
      expect(s.holds).toEqual([]);
      expect(s.totals.malwareBlocked).toBe(1);
      expect(s.totals.delivered).toBe(0);
      expect(s.counters.before_queue_refused).toBe(1);
      // No backscatter: nothing reached the next hop or the DSN relay (the same sink).
      await new Promise((r) => setTimeout(r, 500));
      expect(copiesAt(p.sink, id)).toEqual([]);
      expect(p.sink.messages.filter((m) => m.from === '')).toEqual([]);
    });

    it('answers 550 for a score at or above thresholds.reject (GTUBE)', async () => {
      const raw = plain(
        `Subject: test\r\nMessage-ID: <g${Date.now()}@example.com>\r\nDate: Mon, 23 Nov 2026 09:00:00 +0700\r\n`,
        `${GTUBE}\r\n`,
      );
      const r = await smtpSend(p.ms.port, { from: FROM, to: [RCPT] }, raw);
      expect(r.code, r.response).toBe(550);
      expect(r.response).toMatch(/classified as spam/);
      const id = /\(id (\w+)\)/.exec(r.response)![1]!;
      const s = await stored(p.env, id);
      expect(s.message).toMatchObject({ state: 'rejected', action: 'reject', category: 'spam' });
      expect(s.totals.spamRemoved).toBe(1);
    });

    it('answers 250 for clean mail once its verdict is in, and delivers it once', async () => {
      const r = await smtpSend(p.ms.port, { from: FROM, to: [RCPT] }, cleanMail(1));
      expect(r.code, r.response).toBe(250);
      const id = r.id!;
      // The 250 came once the verdict was recorded (the worker's notice), not at the bound.
      const s = await stored(p.env, id);
      expect(s.message).toMatchObject({ category: 'clean', action: 'deliver' });
      expect(s.counters.before_queue_timeout).toBe(0);
      await waitFor(() => copiesAt(p.sink, id).length === 1, 20_000, 'delivery');
    });
  });

  describe('when the verdict takes longer than the bound', () => {
    let sink: Sink;
    let env: TestEnv;
    let gateway: MailshieldProc | undefined;
    let worker: MailshieldProc | undefined;

    beforeAll(async () => {
      sink = await startSink();
      env = makeTestEnv({
        sinkPort: sink.port,
        redisUrl: inject('redisUrl'),
        clamd: { socket: inject('clamdSocket') },
        config: {
          smtp: { host: '127.0.0.1', port: 0, beforeQueue: { enabled: true, waitMs: 1500 } },
        },
      });
      // The gateway alone: no worker runs, so no verdict can come within the bound.
      gateway = await runMailshield(env, ['gateway']);
    });

    afterAll(async () => {
      await worker?.kill();
      await gateway?.kill();
      await sink?.close();
      if (env) await cleanupTestEnv(env);
    });

    it('answers 250, then holds EICAR after queue when a worker comes (never refused late)', async () => {
      const raw = mailWithAttachment('eicar.com', eicar(), 'application/octet-stream');
      const clean = cleanMail(2);
      const [r, c] = await Promise.all([
        smtpSend(gateway!.port, { from: FROM, to: [RCPT] }, raw),
        smtpSend(gateway!.port, { from: FROM, to: [RCPT] }, clean),
      ]);
      expect(r.code, r.response).toBe(250);
      expect(c.code, c.response).toBe(250);
      const id = r.id!;
      await waitFor(
        () => gateway!.logs.find((l) => l.event === 'ingress.wait-ended' && l.id === id),
        5_000,
        'the end of the wait logged',
      );
      // The session decided "accept": the worker must take the after-queue path.
      const redis = new Redis(env.redisUrl);
      try {
        expect(await redis.get(decisionKey(env.prefix, id))).toBe('accept');
      } finally {
        redis.disconnect();
      }
      worker = await runMailshield(env, ['worker']);
      await waitFor(
        () => worker!.logs.find((l) => l.event === 'quarantine.held' && l.id === id),
        30_000,
        'EICAR held after queue',
      );
      await waitFor(() => copiesAt(sink, c.id!).length === 1, 30_000, 'clean mail delivered');
      const s = await stored(env, id);
      expect(s.message).toEqual({
        state: 'quarantined',
        action: 'quarantine',
        category: 'malware',
      });
      expect(s.events).toEqual([{ agency: 'STTTT', action: 'quarantine', category: 'malware' }]);
      expect(s.holds).toEqual([{ agency: 'STTTT' }]);
      expect(s.totals.malwareBlocked).toBe(1);
      expect(s.counters.before_queue_timeout).toBe(2);
      expect(s.counters.before_queue_refused).toBe(0);
      expect(copiesAt(sink, id)).toEqual([]);
    });
  });
});
