import type { DashboardData, DashboardDay } from '../../report/dashboard.js';
import type { Ranked } from '../../report/query.js';
import { labels, type Lang } from '../../report/labels.js';
import { escapeHtml, html, raw, type Html } from './html.js';
import { layout, type PageCtx } from './pages.js';
import { traceText, type TraceKey, type TraceText } from './trace-text.js';

type Series = Exclude<keyof DashboardDay, 'date'>;

/** The chart's lines: key, label, colour (the same hues as the category badges). */
const SERIES: readonly { key: Series; label: TraceKey; color: string }[] = [
  { key: 'received', label: 'chartReceived', color: '#12355b' },
  { key: 'delivered', label: 'chartDelivered', color: '#2e7d32' },
  { key: 'spam', label: 'chartSpam', color: '#8a6d00' },
  { key: 'phishing', label: 'chartPhishing', color: '#c55a11' },
  { key: 'malware', label: 'chartMalware', color: '#a4262c' },
];

/** A round axis maximum at or above `n` (1, 2, 5 × 10^k), so the ticks read easily. */
function niceMax(n: number): number {
  if (n <= 4) return 4;
  const p = 10 ** Math.floor(Math.log10(n));
  for (const m of [1, 2, 2.5, 5, 10]) if (m * p >= n) return m * p;
  return 10 * p;
}

/** One drawing of the chart: the viewBox size and how often the x axis is labelled. */
interface ChartSize {
  id: string;
  cls: string;
  w: number;
  h: number;
  /** Label every n-th day (and the last). */
  every: number;
}

/** Wide screens get a flat chart; phones one drawn for their width, so its text stays legible. */
const CHART_SIZES: readonly ChartSize[] = [
  { id: 'day-chart', cls: 'chart chart-wide', w: 1000, h: 260, every: 5 },
  { id: 'day-chart-narrow', cls: 'chart chart-narrow', w: 360, h: 220, every: 7 },
];

function chartSvg(t: TraceText, days: readonly DashboardDay[], lang: Lang, c: ChartSize): string {
  const { w: W, h: H } = c;
  const left = 36;
  const right = 8;
  const top = 10;
  const bottom = 24;
  const max = niceMax(Math.max(0, ...days.flatMap((d) => SERIES.map((s) => d[s.key]))));
  const n = Math.max(1, days.length - 1);
  const x = (i: number): number => left + ((W - left - right) * i) / n;
  const y = (v: number): number => top + (H - top - bottom) * (1 - v / max);
  const num = labels(lang).number;
  const grid = [0, 0.25, 0.5, 0.75, 1].map((f) => {
    const v = Math.round(max * f);
    return `<line x1="${left}" x2="${W - right}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#d5dce5" stroke-width="1"/><text x="${left - 5}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="11" fill="#4a5868">${num(v)}</text>`;
  });
  const last = days.length - 1;
  const ticks = days
    .map((d, i) => ({ d, i }))
    .filter(({ i }) => (i % c.every === 0 && last - i >= c.every / 2) || i === last)
    .map(({ d, i }) => {
      const [, mm, dd] = d.date.split('-');
      const anchor = i === 0 ? 'start' : i === last ? 'end' : 'middle';
      return `<text x="${x(i).toFixed(1)}" y="${H - 6}" text-anchor="${anchor}" font-size="11" fill="#4a5868">${dd}/${mm}</text>`;
    });
  const lines = SERIES.map((s) => {
    const points = days.map((d, i) => `${x(i).toFixed(1)},${y(d[s.key]).toFixed(1)}`).join(' ');
    // A dot on each day with mail, so a line hidden under another still shows its days.
    const dots = days
      .map((d, i) =>
        d[s.key] > 0
          ? `<circle cx="${x(i).toFixed(1)}" cy="${y(d[s.key]).toFixed(1)}" r="3" fill="${s.color}"/>`
          : '',
      )
      .join('');
    return `<polyline points="${points}" fill="none" stroke="${s.color}" stroke-width="2" stroke-linejoin="round"><title>${escapeHtml(t(s.label))}</title></polyline>${dots}`;
  });
  return `<svg id="${c.id}" class="${c.cls}" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escapeHtml(t('chartTitle'))}" xmlns="http://www.w3.org/2000/svg">${grid.join('')}${ticks.join('')}${lines.join('')}</svg>`;
}

/**
 * The per-day chart as inline SVG, drawn here on the server: no script, no CDN (the app's
 * CSP allows neither). A `viewBox` and a width of 100% make it scale to its box, so it never
 * widens the page; CSS shows the wide or the narrow drawing. Colours are presentation
 * attributes, not style. Only numbers and fixed words go into the markup.
 */
export function dayChart(t: TraceText, days: readonly DashboardDay[], lang: Lang): Html {
  const svgs = raw(CHART_SIZES.map((c) => chartSvg(t, days, lang, c)).join(''));
  return html`<figure class="chart-box">
    <figcaption>
      <ul class="legend">
        ${SERIES.map(
          (s) =>
            html`<li>
              <svg width="14" height="4" aria-hidden="true">
                <rect width="14" height="4" fill="${s.color}" /></svg
              >${t(s.label)}
            </li>`,
        )}
      </ul>
    </figcaption>
    ${svgs}
  </figure>`;
}

function rankedTable(
  t: TraceText,
  id: string,
  title: string,
  rows: readonly Ranked[],
  lang: Lang,
  nameOf = (s: string) => s,
): Html {
  const num = labels(lang).number;
  return html`<section class="panel">
    <h2>${title}</h2>
    <table id="${id}" class="ranked">
      <tbody>
        ${
          rows.length === 0
            ? html`<tr>
                <td class="muted">${t('nothing')}</td>
              </tr>`
            : rows.map(
                (r) =>
                  html`<tr>
                    <td class="wrap">${nameOf(r.name)}</td>
                    <td class="num">${num(r.count)}</td>
                  </tr>`,
              )
        }
      </tbody>
    </table>
  </section>`;
}

export interface DashboardView {
  data: DashboardData;
  /** Agencies the user may choose; `province` when the user may see them all. */
  choices: { code: string; name: string }[];
  province: boolean;
  agency: string | undefined;
}

/** The dashboard: the report's headline figures for 30 days, the chart and the rankings. */
export function dashboardPage(ctx: PageCtx, v: DashboardView): string {
  const t = traceText(ctx.lang);
  const lang: Lang = ctx.lang === 'en' ? 'en' : 'vi';
  const l = labels(lang);
  const r = v.data.report;
  const cards = (
    ['received', 'delivered', 'spamRemoved', 'phishingRemoved', 'malwareBlocked'] as const
  ).map(
    (k) =>
      html`<div class="card" id="card-${k}">
        <span class="card-value">${l.number(r.totals[k])}</span>
        <span class="card-label">${l.counters[k]}</span>
      </div>`,
  );
  const query = new URLSearchParams({ from: r.period.from, to: r.period.to });
  if (v.agency !== undefined) query.set('agency', v.agency);
  const [fy, fm, fd] = r.period.from.split('-');
  const [ty, tm, td] = r.period.to.split('-');
  const body = html`<h1>${t('dashTitle')}</h1>
    <form method="get" action="/dashboard" class="filters">
      <label
        >${t('dashScope')}
        <select name="agency">
          ${
            v.province
              ? html`<option value="" ${v.agency === undefined ? html`selected` : ''}>
                  ${t('province')}
                </option>`
              : ''
          }
          ${v.choices.map(
            (a) =>
              html`<option value="${a.code}" ${a.code === v.agency ? html`selected` : ''}>
                ${a.name}
              </option>`,
          )}
        </select></label
      >
      <button type="submit">${t('show')}</button>
      <span class="muted">${t('dashPeriod')}: ${fd}/${fm}/${fy} – ${td}/${tm}/${ty}</span>
    </form>
    <div class="cards">${cards}</div>
    <section class="panel">
      <h2>${t('chartTitle')}</h2>
      ${dayChart(t, v.data.days, lang)}
    </section>
    <div class="panels">
      ${rankedTable(t, 'top-viruses', t('topViruses'), r.topViruses, lang)}
      ${rankedTable(t, 'top-recipients', t('topRecipients'), v.data.topRecipients, lang)}
      ${rankedTable(t, 'top-domains', t('topDomains'), v.data.topSenderDomains, lang, (s) => s || t('nullSender'))}
      ${rankedTable(t, 'top-clients', t('topClients'), v.data.topClients, lang)}
    </div>
    <p><a href="/reports?${query.toString()}">${t('fullReport')}</a></p>`;
  return layout(ctx, t('dashTitle'), body);
}
