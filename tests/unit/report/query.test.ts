import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import type { Db } from '../../../src/store/db.js';
import { periodFromTo, periodOfMonth, zeroCounters } from '../../../src/report/definitions.js';
import { queryReport, type ReportData } from '../../../src/report/query.js';
import { addMessages, tempStore, JANUARY } from './store-fixture.js';

const AGENCIES = [
  { code: 'UBND', name: 'Văn phòng UBND tỉnh' },
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông' },
  { code: 'STC', name: 'Sở Tài chính' },
  { code: 'SYT', name: 'Sở Y tế' },
  { code: 'SNV', name: 'Sở Nội vụ' },
];
const NOW = Date.parse('2024-02-01T01:00:00Z');

describe('report query over event rows', () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  beforeEach(async () => {
    ({ db, cleanup } = await tempStore());
    await addMessages(db, JANUARY);
  });
  afterEach(async () => cleanup());

  const january = (agency?: string): Promise<ReportData> =>
    queryReport(db, {
      period: periodOfMonth('2024-01'),
      agencies: AGENCIES,
      now: NOW,
      ...(agency ? { agency } : {}),
    });

  it('counts each message once in the province totals, local month edges included', async () => {
    const r = await january();
    expect(r.totals).toEqual({
      received: 9,
      delivered: 3,
      tagged: 1,
      spamRemoved: 3,
      phishingRemoved: 1,
      malwareBlocked: 2,
      policyHeld: 1,
      released: 1,
    });
    expect(r.period).toEqual({
      from: '2024-01-01',
      to: '2024-01-31',
      timeZone: 'Asia/Ho_Chi_Minh',
      start: '2023-12-31T17:00:00.000Z',
      end: '2024-01-31T17:00:00.000Z',
    });
  });

  it('counts a message in the row of every agency among its recipients', async () => {
    const r = await january();
    const row = (code: string) => {
      const { code: _c, name: _n, ...c } = r.agencies.find((a) => a.code === code)!;
      return c;
    };
    expect(r.agencies.map((a) => a.code)).toEqual([
      'UBND',
      'STTTT',
      'STC',
      'SYT',
      'SNV',
      'UNKNOWN',
    ]);
    expect(row('STTTT')).toEqual({ ...zeroCounters(), received: 2, delivered: 1, spamRemoved: 1 });
    expect(row('STC')).toEqual({
      ...zeroCounters(),
      received: 3,
      delivered: 1,
      spamRemoved: 1,
      phishingRemoved: 1,
      policyHeld: 1,
    });
    expect(row('SYT')).toEqual({
      ...zeroCounters(),
      received: 3,
      spamRemoved: 1,
      phishingRemoved: 1,
      malwareBlocked: 2,
    });
    expect(row('UBND')).toEqual({
      ...zeroCounters(),
      received: 3,
      delivered: 1,
      tagged: 1,
      spamRemoved: 1,
      malwareBlocked: 1,
      released: 1,
    });
    expect(row('SNV')).toEqual(zeroCounters());
    expect(row('UNKNOWN')).toEqual({ ...zeroCounters(), received: 1, delivered: 1 });
    expect(r.agencies.find((a) => a.code === 'UNKNOWN')!.name).toBe('UNKNOWN');
  });

  it('ranks virus names and rules by messages, and fills every day of the period', async () => {
    const r = await january();
    expect(r.topViruses).toEqual([
      { name: 'Eicar-Test-Signature', count: 2 },
      { name: 'Other.Virus', count: 1 },
    ]);
    expect(r.topRules).toEqual([
      { name: 'GTUBE', count: 3 },
      { name: 'BANNED_EXE', count: 1 },
      { name: 'PHISH_A', count: 1 },
      { name: 'PHISH_B', count: 1 },
      { name: 'SMALL_NEG', count: 1 },
    ]);
    expect(r.daily).toHaveLength(31);
    const day = (d: string) => r.daily.find((x) => x.date === d);
    expect(day('2024-01-01')).toEqual({
      date: '2024-01-01',
      clean: 1,
      spam: 0,
      phishing: 0,
      malware: 0,
      policy: 0,
    });
    expect(day('2024-01-10')).toMatchObject({ phishing: 1, malware: 1 });
    expect(day('2024-01-31')).toMatchObject({ spam: 1 });
    const sum = r.daily.reduce(
      (s, d) => s + d.clean + d.spam + d.phishing + d.malware + d.policy,
      0,
    );
    expect(sum).toBe(r.totals.received);
  });

  it('compares with the previous calendar month', async () => {
    const r = await january();
    expect(r.previous.period).toEqual({ from: '2023-12-01', to: '2023-12-31' });
    expect(r.previous.totals).toEqual({
      ...zeroCounters(),
      received: 2,
      delivered: 1,
      spamRemoved: 1,
    });
  });

  it('limits every figure to one agency with --agency', async () => {
    const r = await january('SYT');
    expect(r.agency).toEqual({ code: 'SYT', name: 'Sở Y tế' });
    expect(r.agencies.map((a) => a.code)).toEqual(['SYT']);
    expect(r.totals).toMatchObject({ received: 3, malwareBlocked: 2, spamRemoved: 1 });
    expect(r.topViruses[0]).toEqual({ name: 'Eicar-Test-Signature', count: 2 });
    expect(r.previous.totals.received).toBe(0);
  });

  it('counts a redelivered release per agency: only the agency whose copy was released', async () => {
    // m04 went to STC and SYT; STC's officer released STC's copy (issue #15).
    await sql`update messages set state = 'delivered', released_at = 1 where id = 'm04'`.execute(
      db,
    );
    await sql`update quarantine_holds set state = 'released', released_at = 1 where message_id = 'm04' and agency = 'STC'`.execute(
      db,
    );
    const r = await january();
    expect(r.totals.released).toBe(2);
    expect(r.agencies.find((a) => a.code === 'STC')!.released).toBe(1);
    expect(r.agencies.find((a) => a.code === 'SYT')!.released).toBe(0);
  });

  it('reports a period of days across the year end', async () => {
    const r = await queryReport(db, {
      period: periodFromTo('2023-12-31', '2024-01-01'),
      agencies: AGENCIES,
      now: NOW,
    });
    // m11 at 23:59 on 31/12 and m12 at 00:00 on 01/01, local time.
    expect(r.totals.received).toBe(2);
    expect(r.previous.period).toEqual({ from: '2023-12-29', to: '2023-12-30' });
  });
});
