import type { RetrySchedule } from '../config/schema.js';

/** Exponential backoff capped at maxDelayMs: attempt 1 waits baseDelayMs. */
export function backoffDelay(attemptsMade: number, schedule: RetrySchedule): number {
  const exp = Math.min(Math.max(attemptsMade - 1, 0), 40);
  return Math.min(schedule.baseDelayMs * 2 ** exp, schedule.maxDelayMs);
}
