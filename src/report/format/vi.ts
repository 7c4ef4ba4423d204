/**
 * Vietnamese number and date formats of the province's reports: 115.692 (a dot groups
 * thousands), 8,5 (a comma before decimals), and dates as the province's form writes them,
 * "01/01/2024 - 30/6/2024": Decree 30/2020/NĐ-CP on administrative documents (Appendix I,
 * "địa danh và thời gian ban hành văn bản") writes day, month and year in Arabic digits and
 * puts a 0 before a day under 10 and before the months 1 and 2 only (so "01/01", "05/02",
 * "30/6", "15/12"): a lone 1 or 2 in the month could be turned into 11 or 12 by hand.
 * Written by hand rather than with Intl so a Node built without full ICU prints the same.
 */

const DAY_MS = 86_400_000;
/** Vietnam time, UTC+7 without daylight saving (as report/definitions.ts). */
const VN_OFFSET_MS = 7 * 3_600_000;

/** 115692 -> "115.692"; 8.5 -> "8,5"; negative numbers keep their sign. */
export function formatNumberVi(n: number): string {
  return groupDigits(n, '.', ',');
}

/** 115692 -> "115,692" (English reports). */
export function formatNumberEn(n: number): string {
  return groupDigits(n, ',', '.');
}

/**
 * A number rounded to at most `digits` decimals, in the reader's separators: 0.1 + 0.2 is
 * "0,3", never "0,30000000000000004". @defaultValue digits 1
 */
export function formatDecimal(n: number, lang: 'vi' | 'en', digits = 1): string {
  const f = 10 ** digits;
  const rounded = Math.round(n * f) / f;
  return lang === 'vi' ? formatNumberVi(rounded) : formatNumberEn(rounded);
}

/** A size in bytes, binary units, one decimal: 1638 -> "1,6 KiB" (vi), "1.6 KiB" (en). */
export function formatBytes(bytes: number, lang: 'vi' | 'en'): string {
  const units = ['B', 'KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes;
  let i = 0;
  while (Math.abs(v) >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${formatDecimal(v, lang, i === 0 ? 0 : 1)} ${units[i]}`;
}

function groupDigits(n: number, group: string, decimal: string): string {
  const sign = n < 0 ? '-' : '';
  // toString gives exponents from 1e21 and below 1e-6; fixed notation keeps the digits.
  const abs = Math.abs(n);
  const plain = abs >= 1e21 || (abs > 0 && abs < 1e-6) ? abs.toFixed(6) : abs.toString();
  const [int = '0', frac] = plain.split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${frac ? `${decimal}${frac}` : ''}`;
}

/** "2024-06-30" -> "30/06/2024": two digits throughout (form fields, CSV-like lists). */
export function formatDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/**
 * "2024-06-30" -> "30/6/2024", "2024-01-01" -> "01/01/2024", "2024-02-05" -> "05/02/2024":
 * the date of an administrative document (Decree 30/2020/NĐ-CP, see the top of this file),
 * as the province's report form writes its period.
 */
export function formatDateDoc(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${dayDoc(d)}/${monthDoc(m)}/${y}`;
}

/** "2024-06-30" -> "30/6": day and month of a chart axis, written as formatDateDoc. */
export function formatDayMonthDoc(isoDate: string): string {
  const [, m, d] = isoDate.split('-');
  return `${dayDoc(d)}/${monthDoc(m)}`;
}

function dayDoc(d: string | undefined): string {
  return String(Number(d)).padStart(2, '0');
}

function monthDoc(m: string | undefined): string {
  const n = Number(m);
  return n <= 2 ? String(n).padStart(2, '0') : String(n);
}

/**
 * An instant as Vietnam's local date and time, for "figures as of" lines:
 * "2024-07-01T00:30:00Z" -> "07:30 ngày 01/7/2024" (vi), "1 Jul 2024 07:30" (en).
 */
export function formatLocalDateTime(iso: string, lang: 'vi' | 'en'): string {
  const local = Date.parse(iso) + VN_OFFSET_MS;
  const day = new Date(Math.floor(local / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
  const t = new Date(local).toISOString().slice(11, 16);
  return lang === 'vi' ? `${t} ngày ${formatDateDoc(day)}` : `${formatDateEn(day)} ${t}`;
}

/** "2024-06-30" -> "30 Jun 2024" (English reports). */
export function formatDateEn(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return `${Number(d)} ${months[Number(m) - 1] ?? m} ${y}`;
}

/** A change against the previous period: "+12,5%" / "-3%"; "—" when there is no base. */
export function formatChange(now: number, before: number, lang: 'vi' | 'en'): string {
  if (before === 0) return now === 0 ? '0%' : '—';
  const pct = Math.round(((now - before) / before) * 1000) / 10;
  const text = lang === 'vi' ? formatNumberVi(pct) : formatNumberEn(pct);
  return `${pct > 0 ? '+' : ''}${text}%`;
}
