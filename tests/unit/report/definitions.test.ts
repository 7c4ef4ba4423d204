import { describe, expect, it } from 'vitest';
import {
  localDay,
  periodFromTo,
  periodOfMonth,
  previousMonth,
  previousPeriod,
  retentionCutoff,
} from '../../../src/report/definitions.js';

describe('report periods in Asia/Ho_Chi_Minh (UTC+7)', () => {
  it('covers 2023-12-31T17:00Z up to 2024-06-30T17:00Z for 01/01/2024 - 30/06/2024', () => {
    const p = periodFromTo('2024-01-01', '2024-06-30');
    expect(new Date(p.start).toISOString()).toBe('2023-12-31T17:00:00.000Z');
    expect(new Date(p.end).toISOString()).toBe('2024-06-30T17:00:00.000Z');
  });

  it('puts 2024-01-31T16:59:59Z in January and 17:00:00Z in February', () => {
    const jan = periodOfMonth('2024-01');
    const feb = periodOfMonth('2024-02');
    const before = Date.parse('2024-01-31T16:59:59.999Z');
    const after = Date.parse('2024-01-31T17:00:00.000Z');
    expect(before >= jan.start && before < jan.end).toBe(true);
    expect(after >= jan.start && after < jan.end).toBe(false);
    expect(after >= feb.start && after < feb.end).toBe(true);
    expect(localDay(before)).toBe('2024-01-31');
    expect(localDay(after)).toBe('2024-02-01');
  });

  it('knows leap February and the month lengths', () => {
    expect(periodOfMonth('2024-02').to).toBe('2024-02-29');
    expect(periodOfMonth('2023-02').to).toBe('2023-02-28');
    expect(periodOfMonth('2024-12').to).toBe('2024-12-31');
  });

  it('refuses impossible dates and months rather than rolling them over', () => {
    expect(() => periodFromTo('2024-02-30', '2024-03-01')).toThrow(/--from/);
    expect(() => periodFromTo('2024-03-02', '2024-03-01')).toThrow(/before/);
    expect(() => periodOfMonth('2024-13')).toThrow(/--month/);
    expect(() => periodOfMonth('24-01')).toThrow(/--month/);
  });

  it('compares a month with the previous calendar month', () => {
    expect(previousPeriod(periodOfMonth('2024-03'))).toMatchObject({
      from: '2024-02-01',
      to: '2024-02-29',
    });
    expect(previousPeriod(periodOfMonth('2024-01'))).toMatchObject({
      from: '2023-12-01',
      to: '2023-12-31',
    });
  });

  it('names the previous local month, also just after local midnight of the 1st', () => {
    expect(previousMonth(Date.parse('2024-01-31T17:00:00Z'))).toBe('2024-01');
    expect(previousMonth(Date.parse('2024-01-31T16:59:59Z'))).toBe('2023-12');
  });

  it('keeps at least 13 whole months before the current one', () => {
    const cut = retentionCutoff(Date.parse('2024-03-15T05:00:00Z'), 13);
    expect(new Date(cut).toISOString()).toBe('2023-01-31T17:00:00.000Z');
  });
});
