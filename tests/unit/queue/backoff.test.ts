import { describe, expect, it } from 'vitest';
import { backoffDelay } from '../../../src/queue/backoff.js';

const schedule = { attempts: 100, baseDelayMs: 1_000, maxDelayMs: 60_000 };

describe('backoffDelay', () => {
  it('waits the base delay before the first retry', () => {
    expect(backoffDelay(1, schedule)).toBe(1_000);
  });

  it('doubles the delay with each attempt', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => backoffDelay(n, schedule))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000, 32_000,
    ]);
  });

  it('caps the delay at maxDelayMs', () => {
    expect(backoffDelay(7, schedule)).toBe(60_000);
    expect(backoffDelay(50, schedule)).toBe(60_000);
  });

  it('stays capped and finite for any number of attempts', () => {
    for (const n of [100, 1_000, 2_000, Number.MAX_SAFE_INTEGER]) {
      expect(backoffDelay(n, schedule)).toBe(60_000);
    }
  });

  it('never grows as attempts increase past the cap, and never shrinks before it', () => {
    let previous = 0;
    for (let n = 1; n <= 200; n++) {
      const d = backoffDelay(n, schedule);
      expect(d).toBeGreaterThanOrEqual(previous);
      expect(d).toBeLessThanOrEqual(schedule.maxDelayMs);
      previous = d;
    }
  });

  it('treats zero or negative attempts like the first', () => {
    expect(backoffDelay(0, schedule)).toBe(1_000);
    expect(backoffDelay(-3, schedule)).toBe(1_000);
  });

  it('matches the shipped delivery schedule: 1 minute doubling up to 1 hour', () => {
    const deliver = { attempts: 130, baseDelayMs: 60_000, maxDelayMs: 3_600_000 };
    expect(backoffDelay(1, deliver)).toBe(60_000);
    expect(backoffDelay(6, deliver)).toBe(1_920_000);
    expect(backoffDelay(7, deliver)).toBe(3_600_000);
    expect(backoffDelay(130, deliver)).toBe(3_600_000);
  });

  it('uses maxDelayMs when it is below the base delay', () => {
    expect(backoffDelay(1, { attempts: 3, baseDelayMs: 5_000, maxDelayMs: 2_000 })).toBe(2_000);
  });
});
