/**
 * What every report counts, in one place: the query, every renderer and docs/reports.md
 * follow these definitions. The province's security report uses two figures, "loại bỏ
 * ... thư rác" (spam removed) and "chặn, xử lý ... thư chứa mã độc" (malware blocked);
 * the rest explain where the other mail went.
 */
import { MailshieldError } from '../core/errors.js';

/** Reports are in the province's local time; Vietnam has had no daylight saving since 1975. */
export const REPORT_TIME_ZONE = 'Asia/Ho_Chi_Minh';
/** UTC+7, fixed: a local calendar day is [00:00, 24:00) at this offset. */
export const REPORT_UTC_OFFSET_MS = 7 * 3_600_000;
const DAY_MS = 86_400_000;

/** Verdict categories of an event row (src/verdict/decide.ts). */
export const CATEGORIES = ['clean', 'spam', 'phishing', 'malware', 'policy'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Actions that take a message away from its recipients ("loại bỏ"). */
export const REMOVING_ACTIONS = ['quarantine', 'reject'] as const;
/** Actions that hand a message to the agency's server. */
export const DELIVERING_ACTIONS = ['deliver', 'tag'] as const;

/**
 * The counters of a report row. Province totals count each message once; an agency row
 * counts a message once for that agency (a message to two agencies is in both rows).
 */
export interface Counters {
  /** Every message that got a verdict, whatever it was. */
  received: number;
  /** Handed to the agency's server: clean plus tagged (action deliver or tag). */
  delivered: number;
  /** Delivered with the spam flag and subject prefix (action tag); part of delivered. */
  tagged: number;
  /** "Loại bỏ": category spam or phishing, and quarantined (or rejected before queue). */
  spamRemoved: number;
  /** Part of spamRemoved whose category is phishing. */
  phishingRemoved: number;
  /** "Chặn, xử lý thư chứa mã độc": category malware (ClamAV hit or a malware rule). */
  malwareBlocked: number;
  /**
   * Held by policy (banned content, too large to scan, unparseable). Not in the
   * province headline: such mail is not known to be spam or malware.
   */
  policyHeld: number;
  /** Held messages of the period that an officer released afterwards. */
  released: number;
}

export const COUNTER_KEYS = [
  'received',
  'delivered',
  'tagged',
  'spamRemoved',
  'phishingRemoved',
  'malwareBlocked',
  'policyHeld',
  'released',
] as const satisfies readonly (keyof Counters)[];

export function zeroCounters(): Counters {
  return {
    received: 0,
    delivered: 0,
    tagged: 0,
    spamRemoved: 0,
    phishingRemoved: 0,
    malwareBlocked: 0,
    policyHeld: 0,
    released: 0,
  };
}

/**
 * A period of whole local calendar days, both ends included (`to` is the last day).
 * `start` and `end` are epoch ms in UTC, end exclusive.
 */
export interface Period {
  from: string; // YYYY-MM-DD
  to: string; // YYYY-MM-DD
  start: number;
  end: number;
}

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

/**
 * The years a report period may name. The gateway records nothing before 2000, and a
 * year like 0100 or 9999 is a typing mistake or a probe (issue #15: `from=0100-01-01&
 * to=9999-12-31` asked for 3.6 million days); refusing it says so instead of answering
 * with millions of empty days.
 */
export const REPORT_MIN_YEAR = 2000;
export const REPORT_MAX_YEAR = 2100;
/**
 * The longest period a report covers, in calendar years (issue #15): five years is more
 * than the 13 months of events kept by default, and bounds a report's work (one row per
 * day at most 1,827 days, and the events of five years) whatever an officer asks.
 */
export const REPORT_MAX_YEARS = 5;

/** Why a period was refused; labels.ts words each one in Vietnamese and English. */
export type PeriodProblem =
  | { kind: 'date'; field: 'from' | 'to'; value: string }
  | { kind: 'month'; value: string }
  | { kind: 'year'; field: 'from' | 'to' | 'month'; value: string }
  | { kind: 'order'; from: string; to: string }
  | { kind: 'span'; from: string; to: string; lastTo: string }
  | { kind: 'future'; from: string };

/**
 * A report period that cannot be served; `problem` says why, so the web form, the export
 * routes and the CLI can say it in the user's language (`periodProblemText`).
 */
export class ReportPeriodError extends MailshieldError {
  readonly problem: PeriodProblem;
  constructor(problem: PeriodProblem, message: string) {
    super('MS_ERR_REPORT_PERIOD', message);
    this.problem = problem;
  }
}

/** Day number (days since 1970-01-01) of a valid YYYY-MM-DD, or undefined. */
function dayNumber(date: string): number | undefined {
  const m = DATE_RE.exec(date);
  if (!m) return undefined;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  // Date.UTC rolls 2024-02-30 over to March; refuse such dates instead.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) {
    return undefined;
  }
  return ms / DAY_MS;
}

function dateOfDayNumber(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** Local calendar day (YYYY-MM-DD in Asia/Ho_Chi_Minh) of an instant. */
export function localDay(epochMs: number): string {
  return dateOfDayNumber(Math.floor((epochMs + REPORT_UTC_OFFSET_MS) / DAY_MS));
}

/** Local day number of an instant; the same arithmetic as the SQL in query.ts. */
export function localDayNumber(epochMs: number): number {
  return Math.floor((epochMs + REPORT_UTC_OFFSET_MS) / DAY_MS);
}

export { dateOfDayNumber };

/**
 * The period from the local midnight starting `from` to the one ending `to`: both real
 * calendar dates written YYYY-MM-DD, years REPORT_MIN_YEAR to REPORT_MAX_YEAR, `to` not
 * before `from` and less than REPORT_MAX_YEARS years after it.
 * @throws ReportPeriodError otherwise.
 */
export function periodFromTo(from: string, to: string): Period {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === undefined) {
    throw periodError(
      { kind: 'date', field: 'from', value: from },
      `--from ${from}: expected a date YYYY-MM-DD`,
    );
  }
  if (b === undefined) {
    throw periodError(
      { kind: 'date', field: 'to', value: to },
      `--to ${to}: expected a date YYYY-MM-DD`,
    );
  }
  checkYear(from, 'from');
  checkYear(to, 'to');
  if (b < a) throw periodError({ kind: 'order', from, to }, `--to ${to} is before --from ${from}`);
  const last = lastDayFrom(from);
  if (b > last) {
    const lastTo = dateOfDayNumber(last);
    throw periodError(
      { kind: 'span', from, to, lastTo },
      `${from} to ${to}: a report covers at most ${REPORT_MAX_YEARS} years (to ${lastTo} at the latest)`,
    );
  }
  return periodOfDays(a, b);
}

/** The last day a period starting on `from` may end: REPORT_MAX_YEARS calendar years on, less a day. */
function lastDayFrom(from: string): number {
  const [y, mo, d] = from.split('-').map(Number) as [number, number, number];
  // 29 February plus five years rolls over to 1 March; the day before is 28 February.
  return Date.UTC(y + REPORT_MAX_YEARS, mo - 1, d) / DAY_MS - 1;
}

function checkYear(value: string, field: 'from' | 'to' | 'month'): void {
  const y = Number(value.slice(0, 4));
  if (y < REPORT_MIN_YEAR || y > REPORT_MAX_YEAR) {
    throw periodError(
      { kind: 'year', field, value },
      `--${field} ${value}: the year must be ${REPORT_MIN_YEAR} to ${REPORT_MAX_YEAR}`,
    );
  }
}

/** Refuses a period that starts after `today` (YYYY-MM-DD): nothing is recorded there yet. */
export function checkNotFuture(p: Period, today: string): void {
  if (p.from > today) {
    throw periodError(
      { kind: 'future', from: p.from },
      `${p.from}: the period starts in the future`,
    );
  }
}

function periodOfDays(first: number, last: number): Period {
  return {
    from: dateOfDayNumber(first),
    to: dateOfDayNumber(last),
    start: first * DAY_MS - REPORT_UTC_OFFSET_MS,
    end: (last + 1) * DAY_MS - REPORT_UTC_OFFSET_MS,
  };
}

/**
 * A local calendar month, `YYYY-MM`, years REPORT_MIN_YEAR to REPORT_MAX_YEAR.
 * @throws ReportPeriodError otherwise.
 */
export function periodOfMonth(month: string): Period {
  const p = monthPeriod(month);
  checkYear(month, 'month');
  return p;
}

/** A month without the year check: the previous month of the first one allowed is fine. */
function monthPeriod(month: string): Period {
  const m = MONTH_RE.exec(month);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  if (!m || mo < 1 || mo > 12) {
    throw periodError({ kind: 'month', value: month }, `--month ${month}: expected YYYY-MM`);
  }
  const first = Date.UTC(y, mo - 1, 1) / DAY_MS;
  const last = Date.UTC(y, mo, 1) / DAY_MS - 1;
  return periodOfDays(first, last);
}

/** Whether the period is exactly one calendar month. */
export function isWholeMonth(p: Period): boolean {
  return p.from.endsWith('-01') && monthPeriod(p.from.slice(0, 7)).to === p.to;
}

/**
 * The period compared with: the previous calendar month for a whole month (so January
 * compares with December, not with 31 days that start on 1 December), otherwise the same
 * number of days just before.
 */
export function previousPeriod(p: Period): Period {
  if (isWholeMonth(p)) {
    const [y, mo] = p.from.split('-').map(Number) as [number, number];
    const prev = mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
    return monthPeriod(prev);
  }
  const a = dayNumber(p.from)!;
  const b = dayNumber(p.to)!;
  const len = b - a + 1;
  return periodOfDays(a - len, a - 1);
}

/** The local calendar month (YYYY-MM) before the one containing `now`. */
export function previousMonth(now: number): string {
  const [y, mo] = localDay(now).split('-').map(Number) as [number, number];
  return mo === 1 ? `${y - 1}-12` : `${y}-${String(mo - 1).padStart(2, '0')}`;
}

/**
 * First instant kept by the retention purge: local midnight on the first day of the
 * month `months` months before the current local month, so at least `months` whole
 * months before the current one survive.
 */
export function retentionCutoff(now: number, months: number): number {
  const [y, mo] = localDay(now).split('-').map(Number) as [number, number];
  const index = y * 12 + (mo - 1) - months;
  const month = `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
  return monthPeriod(month).start;
}

function periodError(problem: PeriodProblem, message: string): ReportPeriodError {
  return new ReportPeriodError(problem, message);
}
