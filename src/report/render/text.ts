import type { Counters } from '../definitions.js';
import type { Ranked, ReportData } from '../query.js';
import { COMPARED_COUNTERS, TABLE_COUNTERS, labels, type Lang } from '../labels.js';
import { formatChange } from '../format/vi.js';
import { DEFAULT_REPORT_DOCUMENT, type ReportDocument } from '../document.js';

/**
 * Plain-text report: headline, per-agency table, top ten lists, comparison, and when the
 * figures were taken in Vietnam time. The body of the monthly mail; the html file is the
 * document to sign.
 */
export function renderText(
  r: ReportData,
  lang: Lang = 'vi',
  doc: ReportDocument = DEFAULT_REPORT_DOCUMENT,
): string {
  const l = labels(lang);
  const n = l.number;
  const out: string[] = [];
  out.push(l.title.toUpperCase(), '', l.headline(r, doc.systemName), l.scope(r), '');

  out.push(l.byAgency);
  const head = [l.agencyCode, l.agencyName, ...TABLE_COUNTERS.map((k) => l.counters[k])];
  const row = (code: string, name: string, c: Counters): string[] => [
    code,
    name,
    ...TABLE_COUNTERS.map((k) => n(c[k])),
  ];
  const body = r.agencies.map((a) => row(a.code, a.name, a));
  // Scoped to one agency, its row already is the total.
  const total = r.agency ? undefined : row('', l.provinceTotal, r.totals);
  out.push(...table(head, body, total, 2));
  out.push(l.footnote, l.releasedNote, '');

  out.push(...ranked(l.topViruses, l.virus, l.messages, r.topViruses, n, l.none), '');
  out.push(...ranked(l.topRules, l.rule, l.messages, r.topRules, n, l.none), '');

  const prev = r.previous;
  out.push(
    `${l.comparison} (${l.date(prev.period.from)} - ${l.date(prev.period.to)})`,
    ...table(
      ['', l.thisPeriod, l.previousPeriod, l.change],
      COMPARED_COUNTERS.map((k) => [
        l.counters[k],
        n(r.totals[k]),
        n(prev.totals[k]),
        formatChange(r.totals[k], prev.totals[k], lang),
      ]),
      undefined,
      1,
    ),
    '',
    l.generated(r.generatedAt),
  );
  return `${out.join('\n')}\n`;
}

function ranked(
  title: string,
  what: string,
  count: string,
  items: Ranked[],
  n: (x: number) => string,
  none: string,
): string[] {
  if (items.length === 0) return [title, `  ${none}`];
  return [
    title,
    ...table(
      ['#', what, count],
      items.map((it, i) => [String(i + 1), it.name, n(it.count)]),
      undefined,
      2,
    ),
  ];
}

/** Display width: code points after NFC (Vietnamese letters are one each when composed). */
function width(s: string): number {
  return [...s.normalize('NFC')].length;
}

/** Columns before `textCols` are left-aligned text, the others right-aligned numbers. */
function table(
  head: string[],
  body: string[][],
  total: string[] | undefined,
  textCols: number,
): string[] {
  const all = [head, ...body, ...(total ? [total] : [])];
  const widths = head.map((_, i) => Math.max(...all.map((r) => width(r[i] ?? ''))));
  const fmt = (r: string[]): string =>
    r
      .map((cell, i) => {
        const pad = ' '.repeat(Math.max(0, (widths[i] ?? 0) - width(cell)));
        return i < textCols ? cell + pad : pad + cell;
      })
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  return [fmt(head), rule, ...body.map(fmt), ...(total ? [rule, fmt(total)] : [])];
}
