import type { ReportData } from '../query.js';
import { labels, type Lang } from '../labels.js';

/**
 * The report as JSON. Keys are stable (scripts read `period.from`, `totals.spamRemoved`,
 * `agencies[].code`, ...): add keys, never rename them.
 */
export function renderJson(r: ReportData, lang: Lang = 'vi'): string {
  return [...jsonChunks(r, lang)].join('');
}

/**
 * renderJson piece by piece, byte for byte the same text (`JSON.stringify(report, null,
 * 2)`): each key on its own, and the arrays (agencies, one row per day) an element at a
 * time, so a streamed export never holds the whole document as one string.
 */
export function* jsonChunks(r: ReportData, lang: Lang = 'vi'): Generator<string> {
  const out: Record<string, unknown> = {
    period: r.period,
    agency: r.agency,
    generatedAt: r.generatedAt,
    headline: labels(lang).headline(r),
    totals: r.totals,
    agencies: r.agencies,
    daily: r.daily,
    topViruses: r.topViruses,
    topRules: r.topRules,
    previous: r.previous,
  };
  const keys = Object.keys(out);
  yield '{\n';
  for (const [i, key] of keys.entries()) {
    const value = out[key];
    const end = i < keys.length - 1 ? ',\n' : '\n';
    if (Array.isArray(value) && value.length > 0) {
      yield `  ${JSON.stringify(key)}: [\n`;
      for (const [j, item] of value.entries()) {
        const sep = j < value.length - 1 ? ',\n' : '\n';
        yield `    ${indent(JSON.stringify(item, null, 2), '    ')}${sep}`;
      }
      yield `  ]${end}`;
    } else {
      yield `  ${JSON.stringify(key)}: ${indent(JSON.stringify(value, null, 2), '  ')}${end}`;
    }
  }
  yield '}\n';
}

function indent(text: string, pad: string): string {
  return text.replace(/\n/g, `\n${pad}`);
}
