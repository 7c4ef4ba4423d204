import { simpleParser } from 'mailparser';
import { afterAll, beforeAll, describe, expect, it, inject } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { startSink, type Sink } from '../helpers/sink-smtp.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  sample,
  spoolFiles,
  ROOT,
  type TestEnv,
} from '../helpers/start-gateway.js';

/**
 * Issue 5, "done when": a known mix through the real pipeline (SMTP, spool, clamd,
 * rules, store), accepted at 23:59 and 00:01 local time on both sides of two month ends,
 * then `mailshield report` checked figure by figure.
 *
 * The acceptance time comes from the gateway's clock, so the gateway runs under
 * libfaketime (Debian's faketime package; scripts/test.sh installs it): each phase starts
 * `mailshield start` with the clock set to the phase's local time, in Asia/Ho_Chi_Minh.
 * Redis and clamd run on the real clock; nothing in the pipeline compares the two.
 */
const LIBFAKETIME = readdirSync('/usr/lib')
  .map((d) => `/usr/lib/${d}/faketime/libfaketime.so.1`)
  .find((p) => existsSync(p));

const CLEAN = 'ham/plain-text-en.eml';
const CLEAN_VI = 'ham/vi-utf8-base64.eml';
const SPAM = 'spam/gtube.eml';
const EICAR = 'malware/eicar-plain.eml';
const EICAR_ZIP = 'malware/eicar-in-zip.eml';
// Caught by URI_IP_LITERAL and wording rules, no DNS needed (tests/rules/samples.test.ts).
const PHISH = 'phishing/vi-ip-literal-url.eml';
const SENDER = 'partner@example.com';
const REPORT_TO = 'antt@stttt.songhong.gov.vn';

interface Send {
  file: string;
  to: string[];
}

/** Phases: the local time the gateway's clock starts at, and what it receives then. */
const PHASES: { at: string; mail: Send[]; mailsReport?: string }[] = [
  {
    at: '2024-01-31 23:59:00',
    mail: [
      { file: CLEAN, to: ['vanthu@stttt.songhong.gov.vn', 'ketoan@stc.songhong.gov.vn'] },
      { file: CLEAN_VI, to: ['a@syt.songhong.gov.vn', 'b@syt.songhong.gov.vn'] },
      { file: SPAM, to: ['x@stttt.songhong.gov.vn'] },
      { file: SPAM, to: ['x@syt.songhong.gov.vn', 'vanphong@songhong.gov.vn'] },
      { file: EICAR, to: ['z@stc.songhong.gov.vn'] },
    ],
  },
  {
    at: '2024-02-01 00:01:00',
    mailsReport: '2024-01',
    mail: [
      { file: CLEAN, to: ['vanthu@stttt.songhong.gov.vn'] },
      { file: SPAM, to: ['a@stc.songhong.gov.vn', 'b@edu.songhong.gov.vn'] },
      { file: EICAR_ZIP, to: ['c@stttt.songhong.gov.vn', 'd@syt.songhong.gov.vn'] },
      { file: EICAR, to: ['e@hoanglong.songhong.gov.vn'] },
      { file: PHISH, to: ['thuquy@stc.songhong.gov.vn'] },
    ],
  },
  {
    at: '2024-02-29 23:59:00',
    mail: [
      { file: CLEAN_VI, to: ['x@anphu.hoanglong.songhong.gov.vn', 'y@bengiang.songhong.gov.vn'] },
      { file: SPAM, to: ['a@stttt.songhong.gov.vn'] },
    ],
  },
  {
    at: '2024-03-01 00:01:00',
    mailsReport: '2024-02',
    mail: [
      { file: EICAR_ZIP, to: ['a@stttt.songhong.gov.vn', 'b@stc.songhong.gov.vn'] },
      { file: CLEAN, to: ['a@snv.songhong.gov.vn'] },
    ],
  },
];

const ZERO = {
  received: 0,
  delivered: 0,
  tagged: 0,
  spamRemoved: 0,
  phishingRemoved: 0,
  malwareBlocked: 0,
  policyHeld: 0,
  released: 0,
};
const AGENCY_ORDER = ['UBND', 'STTTT', 'STC', 'SYT', 'SGDDT', 'SNV', 'HL', 'TPBG', 'XAP'];

interface ReportJson {
  period: { from: string; to: string; start: string; end: string };
  headline: string;
  totals: typeof ZERO;
  agencies: ({ code: string; name: string } & typeof ZERO)[];
  daily: { date: string; clean: number; spam: number; phishing: number; malware: number }[];
  topViruses: { name: string; count: number }[];
  previous: { period: { from: string; to: string }; totals: typeof ZERO };
}

describe('report figures from mail sent through the real pipeline at month ends', () => {
  let sink: Sink;
  let env: TestEnv;
  const ids: string[] = [];

  beforeAll(async () => {
    if (!LIBFAKETIME) {
      throw new Error('libfaketime is missing: apt-get install -y faketime (npm test installs it)');
    }
    sink = await startSink();
    env = makeTestEnv({
      sinkPort: sink.port,
      redisUrl: inject('redisUrl'),
      clamd: { socket: inject('clamdSocket') },
      config: { reports: { mailTo: [REPORT_TO] } },
    });
    const db = (): SQLite.Database =>
      new SQLite(join(env.dataDir, 'mailshield.db'), { readonly: true, fileMustExist: true });
    for (const phase of PHASES) {
      const ms = await runMailshield(env, ['start', '--no-services'], {
        LD_PRELOAD: LIBFAKETIME,
        FAKETIME: `@${phase.at}`,
        TZ: 'Asia/Ho_Chi_Minh',
      });
      try {
        const sent: string[] = [];
        for (const m of phase.mail) {
          const r = await smtpSend(ms.port, { from: SENDER, to: m.to }, sample(m.file));
          expect(r.code, r.response).toBe(250);
          sent.push(r.id!);
        }
        ids.push(...sent);
        // Every verdict recorded and every message delivered or held.
        await waitFor(
          () => {
            const d = db();
            try {
              const n = d
                .prepare(
                  `select count(distinct message_id) n from events where message_id in (${sent.map(() => '?').join(',')})`,
                )
                .get(...sent) as { n: number };
              return n.n === sent.length && spoolFiles(env).length === 0;
            } finally {
              d.close();
            }
          },
          60_000,
          `verdicts of the ${phase.at} phase`,
        );
        // On the 1st the previous month's report is mailed through the deliver path.
        if (phase.mailsReport) {
          const month = phase.mailsReport;
          await waitFor(
            () => reportMails(month).length > 0 && spoolFiles(env).length === 0,
            60_000,
            `the ${month} report at the sink`,
          );
        }
      } finally {
        await ms.kill();
      }
    }
    // Four gateway starts and their mail: longer than the default hook timeout on a busy machine.
  }, 300_000);

  /** Report mails captured by the sink for `month`. */
  const reportMails = (month: string) =>
    sink.messages.filter(
      (m) =>
        m.to.includes(REPORT_TO) &&
        // Quoted or not: MailComposer quotes a parameter only when it must (RFC 2045 §5.1).
        new RegExp(`filename="?mailshield-${month}\\.json"?`).test(m.raw.toString('utf8')),
    );

  afterAll(async () => {
    await sink?.close();
    if (env) await cleanupTestEnv(env);
  });

  /** `mailshield report`, as a user runs it; TZ=UTC shows the machine's zone plays no part. */
  const report = (...args: string[]): string => cli('report', ...args);
  const cli = (...args: string[]): string => {
    const res = spawnSync(
      process.execPath,
      ['--import', 'tsx', join(ROOT, 'src/cli/main.ts'), ...args],
      {
        cwd: ROOT,
        env: { ...process.env, MAILSHIELD_CONFIG: env.configPath, TZ: 'UTC' },
        encoding: 'utf8',
      },
    );
    if (res.status !== 0) throw new Error(`${args.join(' ')} failed: ${res.stderr}`);
    return res.stdout;
  };
  const json = (...args: string[]): ReportJson =>
    JSON.parse(report(...args, '--format', 'json')) as ReportJson;
  const rows = (r: ReportJson): Record<string, typeof ZERO> =>
    Object.fromEntries(r.agencies.map(({ code, name: _n, ...c }) => [code, c]));
  const agencyRows = (counts: Record<string, Partial<typeof ZERO>>): Record<string, typeof ZERO> =>
    Object.fromEntries(AGENCY_ORDER.map((code) => [code, { ...ZERO, ...counts[code] }]));

  it('accepted every message at the faked local time', () => {
    const d = new SQLite(join(env.dataDir, 'mailshield.db'), { readonly: true });
    const times = d.prepare('select distinct message_id, time from events').all() as {
      time: number;
    }[];
    d.close();
    expect(times).toHaveLength(14);
    const local = (t: number): string =>
      new Date(t + 7 * 3_600_000).toISOString().slice(0, 16).replace('T', ' ');
    expect(new Set(times.map((t) => local(t.time).slice(0, 15)))).toEqual(
      new Set(['2024-01-31 23:5', '2024-02-01 00:0', '2024-02-29 23:5', '2024-03-01 00:0']),
    );
  });

  it('counts January (23:59 on the 31st included, 00:01 on 1 February not)', () => {
    const r = json('--month', '2024-01');
    expect(r.period).toMatchObject({
      from: '2024-01-01',
      to: '2024-01-31',
      start: '2023-12-31T17:00:00.000Z',
      end: '2024-01-31T17:00:00.000Z',
    });
    expect(r.totals).toEqual({
      ...ZERO,
      received: 5,
      delivered: 2,
      spamRemoved: 2,
      malwareBlocked: 1,
    });
    expect(rows(r)).toEqual(
      agencyRows({
        UBND: { received: 1, spamRemoved: 1 },
        STTTT: { received: 2, delivered: 1, spamRemoved: 1 },
        STC: { received: 2, delivered: 1, malwareBlocked: 1 },
        SYT: { received: 2, delivered: 1, spamRemoved: 1 },
      }),
    );
    expect(r.agencies.find((a) => a.code === 'SYT')!.name).toBe('Sở Y tế');
    expect(r.daily).toHaveLength(31);
    expect(r.daily.filter((d) => d.clean + d.spam + d.phishing + d.malware > 0)).toEqual([
      { date: '2024-01-31', clean: 2, spam: 2, phishing: 0, malware: 1, policy: 0 },
    ]);
    expect(r.topViruses).toHaveLength(1);
    expect(r.topViruses[0]!.count).toBe(1);
    expect(r.topViruses[0]!.name).toContain('Eicar-Test-Signature');
    expect(r.previous).toEqual({ period: { from: '2023-12-01', to: '2023-12-31' }, totals: ZERO });
  });

  it('counts February, leap day 23:59 included, against January', () => {
    const r = json('--month', '2024-02');
    expect(r.totals).toEqual({
      ...ZERO,
      received: 7,
      delivered: 2,
      spamRemoved: 3,
      phishingRemoved: 1,
      malwareBlocked: 2,
    });
    expect(rows(r)).toEqual(
      agencyRows({
        STTTT: { received: 3, delivered: 1, spamRemoved: 1, malwareBlocked: 1 },
        STC: { received: 2, spamRemoved: 2, phishingRemoved: 1 },
        SGDDT: { received: 1, spamRemoved: 1 },
        SYT: { received: 1, malwareBlocked: 1 },
        HL: { received: 1, malwareBlocked: 1 },
        XAP: { received: 1, delivered: 1 },
        TPBG: { received: 1, delivered: 1 },
      }),
    );
    expect(r.daily.filter((d) => d.clean + d.spam + d.phishing + d.malware > 0)).toEqual([
      { date: '2024-02-01', clean: 1, spam: 1, phishing: 1, malware: 2, policy: 0 },
      { date: '2024-02-29', clean: 1, spam: 1, phishing: 0, malware: 0, policy: 0 },
    ]);
    expect(r.topViruses.map((v) => v.count)).toEqual([2]);
    expect(r.previous.totals).toEqual({
      ...ZERO,
      received: 5,
      delivered: 2,
      spamRemoved: 2,
      malwareBlocked: 1,
    });
  });

  it('counts March from 00:01 on the 1st', () => {
    const r = json('--month', '2024-03');
    expect(r.totals).toEqual({ ...ZERO, received: 2, delivered: 1, malwareBlocked: 1 });
    expect(rows(r)).toEqual(
      agencyRows({
        STTTT: { received: 1, malwareBlocked: 1 },
        STC: { received: 1, malwareBlocked: 1 },
        SNV: { received: 1, delivered: 1 },
      }),
    );
  });

  it('counts a period of days across the month end, and one agency with --agency', () => {
    const r = json('--from', '2024-01-31', '--to', '2024-02-01');
    expect(r.totals).toEqual({
      ...ZERO,
      received: 10,
      delivered: 3,
      spamRemoved: 4,
      phishingRemoved: 1,
      malwareBlocked: 3,
    });
    const stttt = json('--from', '2024-01-01', '--to', '2024-03-31', '--agency', 'STTTT');
    expect(stttt.totals).toEqual({
      ...ZERO,
      received: 6,
      delivered: 2,
      spamRemoved: 2,
      malwareBlocked: 2,
    });
    expect(stttt.agencies.map((a) => a.code)).toEqual(['STTTT']);
  });

  it('prints the province headline in the text report', () => {
    expect(report('--month', '2024-02')).toContain(
      'Từ 01/02/2024 - 29/02/2024, hệ thống đã loại bỏ 3 và chặn, xử lý 2 thư chứa mã độc.',
    );
    expect(report('--from', '2024-01-01', '--to', '2024-03-31', '--lang', 'en')).toContain(
      'From 1 Jan 2024 to 31 Mar 2024, the system removed 5 spam messages and blocked 4 messages carrying malware.',
    );
  });

  it("wrote January's monthly files when the gateway ran on 1 February", () => {
    const dir = join(env.dataDir, 'reports');
    for (const ext of ['txt', 'csv', 'json', 'html']) {
      expect(existsSync(join(dir, `2024-01.${ext}`))).toBe(true);
    }
    const file = JSON.parse(readFileSync(join(dir, '2024-01.json'), 'utf8')) as ReportJson;
    const cli = json('--month', '2024-01');
    expect(file.totals).toEqual(cli.totals);
    expect(file.agencies).toEqual(cli.agencies);
    // February's files were written when the gateway ran on 1 March.
    expect(existsSync(join(dir, '2024-02.json'))).toBe(true);
  });

  it('mailed each monthly report once, with the four files attached', async () => {
    for (const month of ['2024-01', '2024-02']) {
      const got = reportMails(month);
      expect(got).toHaveLength(1);
      const raw = got[0]!.raw.toString('latin1');
      expect(got[0]!.from).toBe('postmaster@mx.test.invalid');
      // Read as a mail program reads it: the four files attached, by name.
      const mail = await simpleParser(got[0]!.raw);
      expect(mail.attachments.map((a) => a.filename)).toEqual(
        ['txt', 'csv', 'json', 'html'].map((ext) => `mailshield-${month}.${ext}`),
      );
      // No verdict headers: the gateway's own mail is not scanned or counted.
      expect(raw).not.toMatch(/^X-Mailshield-Verdict:/m);
    }
  });

  // Last: it changes January's figures.
  it('counts a message released afterwards by an officer, still as removed', () => {
    const id = ids[3]!; // the spam of 31 January to SYT and UBND
    cli('quarantine', 'release', id, '--reason', 'report test');
    const r = json('--month', '2024-01');
    expect(r.totals).toEqual({
      ...ZERO,
      received: 5,
      delivered: 2,
      spamRemoved: 2,
      malwareBlocked: 1,
      released: 1,
    });
    expect(rows(r).SYT!.released).toBe(1);
    expect(rows(r).UBND!.released).toBe(1);
    expect(rows(r).STTTT!.released).toBe(0);
  });
});
