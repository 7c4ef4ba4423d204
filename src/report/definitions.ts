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

/** The period from the local midnight starting `from` to the one ending `to`. */
export function periodFromTo(from: string, to: string): Period {
  const a = dayNumber(from);
  const b = dayNumber(to);
  if (a === undefined) throw badArg(`--from ${from}: expected a date YYYY-MM-DD`);
  if (b === undefined) throw badArg(`--to ${to}: expected a date YYYY-MM-DD`);
  if (b < a) throw badArg(`--to ${to} is before --from ${from}`);
  return periodOfDays(a, b);
}

function periodOfDays(first: number, last: number): Period {
  return {
    from: dateOfDayNumber(first),
    to: dateOfDayNumber(last),
    start: first * DAY_MS - REPORT_UTC_OFFSET_MS,
    end: (last + 1) * DAY_MS - REPORT_UTC_OFFSET_MS,
  };
}

/** A local calendar month, `YYYY-MM`. */
export function periodOfMonth(month: string): Period {
  const m = MONTH_RE.exec(month);
  const y = Number(m?.[1]);
  const mo = Number(m?.[2]);
  if (!m || mo < 1 || mo > 12) throw badArg(`--month ${month}: expected YYYY-MM`);
  const first = Date.UTC(y, mo - 1, 1) / DAY_MS;
  const last = Date.UTC(y, mo, 1) / DAY_MS - 1;
  return periodOfDays(first, last);
}

/** Whether the period is exactly one calendar month. */
export function isWholeMonth(p: Period): boolean {
  return p.from.endsWith('-01') && periodOfMonth(p.from.slice(0, 7)).to === p.to;
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
    return periodOfMonth(prev);
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
  return periodOfMonth(month).start;
}

function badArg(message: string): MailshieldError {
  return new MailshieldError('MS_ERR_CONFIG', message);
}
