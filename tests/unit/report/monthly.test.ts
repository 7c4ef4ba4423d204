import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Db } from '../../../src/store/db.js';
import { createLogger } from '../../../src/core/logger.js';
import { AgencyDirectory } from '../../../src/directory/directory.js';
import {
  monthlyFiles,
  monthlyTick,
  purgeOldEvents,
  type MonthlyDeps,
} from '../../../src/report/monthly.js';
import { buildReportMail } from '../../../src/report/mail.js';
import { addMessages, tempStore, JANUARY } from './store-fixture.js';

const directory = new AgencyDirectory([
  {
    code: 'STTTT',
    name: 'Sở TTTT',
    domains: ['stttt.example'],
    nextHop: { host: '127.0.0.1', port: 1 },
  },
]);

describe('monthly report run', () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  let dir: string;
  let now: number;
  let deps: MonthlyDeps;
  beforeEach(async () => {
    ({ db, cleanup } = await tempStore());
    await addMessages(db, JANUARY);
    dir = mkdtempSync(join(tmpdir(), 'ms-reports-'));
    now = Date.parse('2024-01-31T17:30:00Z'); // 00:30 on 1 February, local time
    deps = {
      db,
      directory,
      dir,
      lang: 'vi',
      retentionMonths: 13,
      mailTo: [],
      log: createLogger('silent'),
      now: () => now,
    };
  });
  afterEach(async () => {
    await cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes the previous month's four files on the 1st, once", async () => {
    await monthlyTick(deps, {});
    const files = monthlyFiles(dir, '2024-01');
    expect(files.map((f) => f.slice(dir.length + 1))).toEqual([
      '2024-01.txt',
      '2024-01.csv',
      '2024-01.json',
      '2024-01.html',
    ]);
    for (const f of files) expect(existsSync(f)).toBe(true);
    const json = JSON.parse(readFileSync(files[2]!, 'utf8')) as { totals: { received: number } };
    expect(json.totals.received).toBe(9);
    const before = readFileSync(files[0]!, 'utf8');
    now += 3_600_000;
    await monthlyTick(deps, {});
    expect(readFileSync(files[0]!, 'utf8')).toBe(before);
  });

  it('writes nothing for a month before anything was recorded (a new installation)', async () => {
    now = Date.parse('2023-12-01T00:00:00Z');
    await monthlyTick(deps, {});
    expect(existsSync(monthlyFiles(dir, '2023-11')[0]!)).toBe(false);
  });

  it('purges event rows older than the retention, keeping 13 whole months', async () => {
    now = Date.parse('2025-02-10T00:00:00Z'); // cutoff: 1 January 2024, local
    expect(await purgeOldEvents(deps)).toBe(2); // the two December 2023 messages
    now = Date.parse('2025-03-10T00:00:00Z');
    expect(await purgeOldEvents(deps)).toBe(12); // January rows; m03 (1 February) stays
  });

  it('builds the report mail with every file attached and an encoded subject', async () => {
    const raw = await buildReportMail({
      from: 'postmaster@mx.example',
      to: ['a@stttt.example'],
      subject: 'Báo cáo thống kê thư điện tử tháng 01/2024',
      body: 'Từ ngày 01/01/2024',
      attachments: [{ filename: 'r.csv', contentType: 'text/csv', content: '\uFEFFa,b\r\n' }],
      hostname: 'mx.example',
      now: new Date('2024-02-01T00:00:00Z'),
    });
    expect(raw).toMatch(/^Subject: =\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=\r\n =\?UTF-8\?B\?/m);
    expect(raw).toMatch(/^Content-Disposition: attachment; filename="?r\.csv"?\r$/m);
    const mail = await simpleParser(Buffer.from(raw, 'utf8'));
    expect(mail.subject).toBe('Báo cáo thống kê thư điện tử tháng 01/2024');
    expect(mail.text?.trim()).toBe('Từ ngày 01/01/2024');
    expect(mail.headers.get('auto-submitted')).toBe('auto-generated');
    expect(mail.attachments.map((a) => [a.filename, a.content.toString('utf8')])).toEqual([
      ['r.csv', '\uFEFFa,b\r\n'],
    ]);
    expect(raw.split('\r\n').every((l) => l.length <= 998)).toBe(true);
    expect(raw).not.toMatch(/[^\r]\n/);
  });
});
