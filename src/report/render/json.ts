import type { ReportData } from '../query.js';
import { labels, type Lang } from '../labels.js';

/**
 * The report as JSON. Keys are stable (scripts read `period.from`, `totals.spamRemoved`,
 * `agencies[].code`, ...): add keys, never rename them.
 */
export function renderJson(r: ReportData, lang: Lang = 'vi'): string {
  const out = {
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
  return `${JSON.stringify(out, null, 2)}\n`;
}
