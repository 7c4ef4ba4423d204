import { COUNTER_KEYS } from '../definitions.js';
import type { ReportData } from '../query.js';
import { labels, type Lang } from '../labels.js';

/** Spreadsheet programs read UTF-8 (and so Vietnamese) correctly only after this mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * The per-agency table as CSV (RFC 4180: CRLF, quoted fields), one row per agency and a
 * last row `*` with the province totals (each message once; absent with `--agency`). Dates are ISO (YYYY-MM-DD) and
 * numbers plain integers, so a spreadsheet can compute with them in any locale.
 */
export function renderCsv(r: ReportData, lang: Lang = 'vi'): string {
  return [...csvChunks(r, lang)].join('');
}

/** renderCsv line by line (the BOM with the header), for a streamed export. */
export function* csvChunks(r: ReportData, lang: Lang = 'vi'): Generator<string> {
  const l = labels(lang);
  const line = (row: (string | number)[]): string => `${row.map(csvField).join(',')}\r\n`;
  yield (
    UTF8_BOM +
    line([l.from, l.to, l.agencyCode, l.agencyName, ...COUNTER_KEYS.map((k) => l.counters[k])])
  );
  for (const a of r.agencies) {
    yield line([r.period.from, r.period.to, a.code, a.name, ...COUNTER_KEYS.map((k) => a[k])]);
  }
  // Scoped to one agency, its row already is the total.
  if (r.agency === null) {
    yield line([
      r.period.from,
      r.period.to,
      '*',
      l.provinceTotal,
      ...COUNTER_KEYS.map((k) => r.totals[k]),
    ]);
  }
}

function csvField(v: string | number): string {
  if (typeof v === 'number') return String(v);
  // A leading = + - @ makes spreadsheets evaluate the cell as a formula (CSV injection).
  const safe = /^[=+\-@\t\r]/.test(v) ? `'${v}` : v;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
