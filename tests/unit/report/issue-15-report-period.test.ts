import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  periodFromTo,
  periodOfMonth,
  ReportPeriodError,
  type PeriodProblem,
} from '../../../src/report/definitions.js';
import { periodProblemText } from '../../../src/report/labels.js';
import { queryReport } from '../../../src/report/query.js';
import { renderReport, reportChunks } from '../../../src/report/render/index.js';
import { QueryTimeoutError } from '../../../src/store/query-deadline.js';
import { parseReportArgs } from '../../../src/cli/report.js';
import { seedEvents } from '../../helpers/seed-events.js';
import { addUser, login, webFixture, type Login, type WebFixture } from '../web/helpers.js';
import { JANUARY, addMessages, tempStore } from './store-fixture.js';

const AGENCIES = [
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông' },
  { code: 'SYT', name: 'Sở Y tế' },
];

function problemOf(fn: () => unknown): PeriodProblem {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(ReportPeriodError);
    expect((err as ReportPeriodError).code).toBe('MS_ERR_REPORT_PERIOD');
    return (err as ReportPeriodError).problem;
  }
  throw new Error('expected the period to be refused');
}

describe('issue #15: report periods are capped and their dates strict', () => {
  it('refuses years outside 2000-2100, as asked by the reproduction (0100 to 9999)', () => {
    expect(problemOf(() => periodFromTo('0100-01-01', '9999-12-31'))).toEqual({
      kind: 'year',
      field: 'from',
      value: '0100-01-01',
    });
    expect(problemOf(() => periodFromTo('2024-01-01', '9999-12-31'))).toMatchObject({
      kind: 'year',
      field: 'to',
    });
    expect(problemOf(() => periodOfMonth('1999-12'))).toMatchObject({ kind: 'year' });
  });

  it('allows five years to the day before, and refuses one day more', () => {
    const p = periodFromTo('2020-01-01', '2024-12-31');
    expect(p.end - p.start).toBe(1827 * 86_400_000);
    expect(problemOf(() => periodFromTo('2020-01-01', '2025-01-01'))).toEqual({
      kind: 'span',
      from: '2020-01-01',
      to: '2025-01-01',
      lastTo: '2024-12-31',
    });
    // 29 February plus five years is 1 March; the last day allowed is 28 February.
    expect(periodFromTo('2020-02-29', '2025-02-28').to).toBe('2025-02-28');
    expect(problemOf(() => periodFromTo('2020-02-29', '2025-03-01'))).toMatchObject({
      kind: 'span',
      lastTo: '2025-02-28',
    });
  });

  it('accepts only real dates written YYYY-MM-DD', () => {
    for (const bad of ['2024-02-30', '2024-1-1', '24-01-01', '2024-01-01T00:00', ' 2024-01-01']) {
      expect(problemOf(() => periodFromTo(bad, '2024-12-31'))).toEqual({
        kind: 'date',
        field: 'from',
        value: bad,
      });
    }
    expect(problemOf(() => periodFromTo('2024-03-01', '2024-02-01'))).toMatchObject({
      kind: 'order',
    });
  });

  it('says why in Vietnamese and in English', () => {
    const span = problemOf(() => periodFromTo('2020-01-01', '2030-01-01'));
    expect(periodProblemText(span, 'vi')).toBe(
      'Mỗi báo cáo chỉ tính tối đa 5 năm: bắt đầu từ 01/01/2020, hãy chọn ngày kết thúc không muộn hơn 31/12/2024.',
    );
    expect(periodProblemText(span, 'en')).toBe(
      'A report covers at most 5 years: from 1 Jan 2020, choose an end date no later than 31 Dec 2024.',
    );
    const year = problemOf(() => periodFromTo('0100-01-01', '2024-01-01'));
    expect(periodProblemText(year, 'vi')).toBe('"0100-01-01": năm phải từ 2000 đến 2100.');
    expect(periodProblemText(year, 'en')).toBe(
      '"0100-01-01": the year must be between 2000 and 2100.',
    );
  });

  it('mailshield report prints the reason in the language of --lang', () => {
    const args = ['--from', '2020-01-01', '--to', '2026-01-01'];
    expect(() => parseReportArgs([...args, '--lang', 'vi'])).toThrow(
      /^Mỗi báo cáo chỉ tính tối đa 5 năm: .*31\/12\/2024\.\nusage: mailshield report/,
    );
    expect(() => parseReportArgs([...args, '--lang', 'en'])).toThrow(
      /^A report covers at most 5 years: .*31 Dec 2024\.\nusage: mailshield report/,
    );
    expect(() => parseReportArgs(['--from', '0100-01-01', '--to', '9999-12-31'])).toThrow(
      /năm phải từ 2000 đến 2100/,
    );
    expect(parseReportArgs(['--from', '2020-01-01', '--to', '2024-12-31']).period.to).toBe(
      '2024-12-31',
    );
  });
});

describe('issue #15: the web refuses an over-wide period in the officer language', () => {
  let fx: WebFixture;
  let vi: Login;
  let en: Login;
  beforeAll(async () => {
    fx = await webFixture();
    await addMessages(fx.db, JANUARY);
    await addUser(fx.db, 'admin-vi', 'admin', [], 'vi');
    await addUser(fx.db, 'admin-en', 'admin', [], 'en');
    vi = await login(fx.app, 'admin-vi');
    en = await login(fx.app, 'admin-en');
  });
  afterAll(async () => fx.close());

  const get = (s: Login, url: string) =>
    fx.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  const WIDE = 'from=0100-01-01&to=9999-12-31';
  const SIX_YEARS = 'from=2019-01-01&to=2024-12-31';

  it('answers the form again with the reason (400)', async () => {
    const page = await get(vi, `/reports?${SIX_YEARS}`);
    expect(page.statusCode).toBe(400);
    expect(page.headers['content-type']).toContain('text/html');
    expect(page.body).toContain('<form method="get" action="/reports"');
    expect(page.body).toContain('value="2019-01-01"');
    expect(page.body).toContain(
      'Mỗi báo cáo chỉ tính tối đa 5 năm: bắt đầu từ 01/01/2019, hãy chọn ngày kết thúc không muộn hơn 31/12/2023.',
    );
    const enPage = await get(en, `/reports?${WIDE}`);
    expect(enPage.statusCode).toBe(400);
    expect(enPage.body).toContain(
      '&quot;0100-01-01&quot;: the year must be between 2000 and 2100.',
    );
  });

  it('answers the export routes 400 with the reason: JSON for .json, text otherwise', async () => {
    const json = await get(en, `/reports/file.json?${SIX_YEARS}`);
    expect(json.statusCode).toBe(400);
    expect(json.json()).toEqual({
      error: 'MS_ERR_REPORT_PERIOD',
      message:
        'A report covers at most 5 years: from 1 Jan 2019, choose an end date no later than 31 Dec 2023.',
    });
    for (const ext of ['csv', 'html', 'txt']) {
      const res = await get(vi, `/reports/file.${ext}?${WIDE}`);
      expect(res.statusCode, ext).toBe(400);
      expect(res.headers['content-type']).toContain('text/plain');
      expect(res.body).toBe('"0100-01-01": năm phải từ 2000 đến 2100.\n');
    }
  });

  it('serves the widest period allowed, one row per day, streamed', async () => {
    const res = await get(en, '/reports/file.json?from=2020-01-01&to=2024-12-31');
    expect(res.statusCode).toBe(200);
    const data = res.json<{ daily: { date: string }[]; totals: { received: number } }>();
    expect(data.daily).toHaveLength(1827);
    // Every message of the fixture (December 2023 and January 2024) is in these five years.
    expect(data.totals.received).toBe(12);
  });
});

describe('issue #15: report queries stop at their time limit', () => {
  let store: Awaited<ReturnType<typeof tempStore>>;
  beforeAll(async () => {
    store = await tempStore();
    const period = periodFromTo('2020-01-01', '2024-12-31');
    await seedEvents(store.db, {
      start: period.start,
      spanMs: period.end - period.start,
      messages: 40_000,
      agencies: ['STTTT', 'SYT'],
    });
  });
  afterAll(async () => store.cleanup());

  it('stops a report past its limit with MS_ERR_REPORT_TIMEOUT, and serves it within one', async () => {
    const q = {
      period: periodFromTo('2020-01-01', '2024-12-31'),
      agencies: AGENCIES,
      now: Date.parse('2025-01-02T00:00:00Z'),
    };
    const err = await queryReport(store.db, { ...q, timeoutMs: 1 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(QueryTimeoutError);
    expect((err as QueryTimeoutError).code).toBe('MS_ERR_REPORT_TIMEOUT');
    // The store is still usable, and the same report within a generous limit is whole.
    const r = await queryReport(store.db, { ...q, timeoutMs: 60_000 });
    expect(r.totals.received).toBe(40_000);
  });
});

describe('issue #15: streamed exports are the same bytes as the whole files', () => {
  it('joins CSV lines and JSON pieces into exactly renderReport', async () => {
    const { db, cleanup } = await tempStore();
    try {
      await addMessages(db, JANUARY);
      const r = await queryReport(db, {
        period: periodOfMonth('2024-01'),
        agencies: AGENCIES,
        now: Date.parse('2024-02-01T00:00:00Z'),
      });
      for (const format of ['csv', 'json', 'text', 'html'] as const) {
        for (const lang of ['vi', 'en'] as const) {
          const pieces = [...reportChunks(r, format, lang)];
          expect(pieces.join(''), format).toBe(renderReport(r, format, lang));
          if (format === 'csv') expect(pieces.length).toBe(r.agencies.length + 2);
          if (format === 'json') expect(pieces.length).toBeGreaterThan(r.daily.length);
        }
      }
      // The JSON is the document JSON.stringify(…, null, 2) wrote before it was streamed.
      const parsed: unknown = JSON.parse(renderReport(r, 'json', 'vi'));
      expect(renderReport(r, 'json', 'vi')).toBe(`${JSON.stringify(parsed, null, 2)}\n`);
    } finally {
      await cleanup();
    }
  });
});
