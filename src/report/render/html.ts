import { CATEGORIES, type Category, type Counters } from '../definitions.js';
import type { DayRow, Ranked, ReportData } from '../query.js';
import { COMPARED_COUNTERS, TABLE_COUNTERS, labels, type Labels, type Lang } from '../labels.js';
import { formatChange } from '../format/vi.js';

/** Chart colours by category; distinct in grey print too (lightness differs). */
const COLOURS: Record<Category, string> = {
  clean: '#9fc5a8',
  spam: '#e8a33d',
  phishing: '#8e5bb5',
  malware: '#c62828',
  policy: '#5c7a99',
};

/**
 * One printable A4 page: headline, per-agency table, chart of messages per day by
 * category (inline SVG), top ten lists and the comparison. Self-contained: no script,
 * no external font, image or style sheet, so it prints the same offline and can be
 * mailed as an attachment.
 */
export function renderHtml(r: ReportData, lang: Lang = 'vi'): string {
  const l = labels(lang);
  const n = l.number;
  const agencyRows = r.agencies
    .map((a) => `<tr><td>${esc(a.code)}</td><td>${esc(a.name)}</td>${numCells(a, n)}</tr>`)
    .join('\n');
  const prev = r.previous;
  const comparison = COMPARED_COUNTERS.map(
    (k) =>
      `<tr><td>${esc(l.counters[k])}</td><td class="n">${n(r.totals[k])}</td>` +
      `<td class="n">${n(prev.totals[k])}</td>` +
      `<td class="n">${esc(formatChange(r.totals[k], prev.totals[k], lang))}</td></tr>`,
  ).join('\n');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(l.title)} ${esc(l.date(r.period.from))} - ${esc(l.date(r.period.to))}</title>
<style>
@page { size: A4; margin: 12mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 10pt;
  color: #111; margin: 0 auto; max-width: 186mm; padding: 6mm 0; }
h1 { font-size: 14pt; text-transform: uppercase; text-align: center; margin: 0 0 2mm; }
h2 { font-size: 10.5pt; margin: 3mm 0 1mm; }
p { margin: 1mm 0; }
.headline { font-size: 11.5pt; font-weight: bold; margin: 2mm 0; }
.scope, .note, .generated { font-size: 8pt; color: #333; }
table { border-collapse: collapse; width: 100%; font-size: 8.5pt; line-height: 1.15; }
th, td { border: 0.5pt solid #777; padding: 0.3mm 1.2mm; vertical-align: top; }
th { background: #eee; font-weight: bold; text-align: center; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; background: #f5f5f5; }
.cols { display: flex; gap: 4mm; }
.cols > div { flex: 1; }
svg { width: 100%; height: auto; display: block; }
.legend { font-size: 8pt; margin-top: 1mm; }
.legend span { display: inline-block; margin-right: 3mm; }
.legend i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: -0.3mm; }
@media print { body { padding: 0; } tr, .chart { break-inside: avoid; } }
</style>
</head>
<body>
<h1>${esc(l.title)}</h1>
<p class="headline">${esc(l.headline(r))}</p>
<p class="scope">${esc(l.scope(r))}</p>

<h2>${esc(l.byAgency)}</h2>
<table>
<thead><tr><th>${esc(l.agencyCode)}</th><th>${esc(l.agencyName)}</th>${TABLE_COUNTERS.map((k) => `<th>${esc(l.counters[k])}</th>`).join('')}</tr></thead>
<tbody>
${agencyRows}
${r.agency ? '' : `<tr class="total"><td></td><td>${esc(l.provinceTotal)}</td>${numCells(r.totals, n)}</tr>`}
</tbody>
</table>
<p class="note">${esc(l.footnote)} ${esc(l.releasedNote)}</p>

<h2>${esc(l.perDay)}</h2>
<div class="chart">
${chart(r.daily, l)}
<div class="legend">${CATEGORIES.map((c) => `<span><i style="background:${COLOURS[c]}"></i>${esc(l.categories[c])}</span>`).join('')}</div>
</div>

<div class="cols">
<div>
<h2>${esc(l.topViruses)}</h2>
${rankedTable(r.topViruses, l.virus, l)}
</div>
<div>
<h2>${esc(l.topRules)}</h2>
${rankedTable(r.topRules, l.rule, l)}
</div>
</div>

<h2>${esc(l.comparison)}</h2>
<table>
<thead><tr><th></th><th>${esc(l.thisPeriod)} (${esc(l.date(r.period.from))} - ${esc(l.date(r.period.to))})</th><th>${esc(l.previousPeriod)} (${esc(l.date(prev.period.from))} - ${esc(l.date(prev.period.to))})</th><th>${esc(l.change)}</th></tr></thead>
<tbody>
${comparison}
</tbody>
</table>
<p class="generated">${esc(l.generated(r.generatedAt))}</p>
</body>
</html>
`;
}

function numCells(c: Counters, n: (x: number) => string): string {
  return TABLE_COUNTERS.map((k) => `<td class="n">${n(c[k])}</td>`).join('');
}

function rankedTable(items: Ranked[], what: string, l: Labels): string {
  if (items.length === 0) return `<p class="note">${esc(l.none)}</p>`;
  const rows = items
    .map(
      (it, i) =>
        `<tr><td class="n">${i + 1}</td><td>${esc(it.name)}</td><td class="n">${l.number(it.count)}</td></tr>`,
    )
    .join('\n');
  return `<table><thead><tr><th>#</th><th>${esc(what)}</th><th>${esc(l.messages)}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** Stacked bars, one per local day, categories bottom to top in CATEGORIES order. */
function chart(days: DayRow[], l: Labels): string {
  const W = 700;
  const H = 150;
  const left = 44;
  const right = 6;
  const top = 8;
  const bottom = 22;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const max = Math.max(1, ...days.map((d) => CATEGORIES.reduce((s, c) => s + d[c], 0)));
  const step = niceStep(max / 4);
  const yMax = Math.ceil(max / step) * step;
  const y = (v: number): number => top + plotH - (v / yMax) * plotH;
  const slot = plotW / Math.max(1, days.length);
  const barW = Math.max(0.5, slot * 0.8);
  const parts: string[] = [];
  for (let v = 0; v <= yMax; v += step) {
    parts.push(
      `<line x1="${left}" x2="${W - right}" y1="${fx(y(v))}" y2="${fx(y(v))}" stroke="#ccc" stroke-width="0.5"/>`,
      `<text x="${left - 3}" y="${fx(y(v) + 3)}" text-anchor="end">${esc(l.number(v))}</text>`,
    );
  }
  const labelEvery = Math.max(1, Math.ceil(days.length / 16));
  days.forEach((d, i) => {
    const x = left + i * slot + (slot - barW) / 2;
    let acc = 0;
    for (const c of CATEGORIES) {
      if (d[c] === 0) continue;
      const y0 = y(acc);
      acc += d[c];
      const y1 = y(acc);
      parts.push(
        `<rect x="${fx(x)}" y="${fx(y1)}" width="${fx(barW)}" height="${fx(y0 - y1)}" fill="${COLOURS[c]}"><title>${esc(`${l.date(d.date)} ${l.categories[c]}: ${l.number(d[c])}`)}</title></rect>`,
      );
    }
    if (i % labelEvery === 0) {
      const [, m, day] = d.date.split('-');
      parts.push(
        `<text x="${fx(x + barW / 2)}" y="${H - bottom + 12}" text-anchor="middle">${esc(`${day}/${m}`)}</text>`,
      );
    }
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${esc(l.perDay)}" font-size="9" font-family="sans-serif" fill="#333">
<line x1="${left}" x2="${left}" y1="${top}" y2="${top + plotH}" stroke="#777" stroke-width="0.5"/>
${parts.join('\n')}
</svg>`;
}

/** 1, 2 or 5 times a power of ten, at least `raw`. */
function niceStep(raw: number): number {
  if (raw <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(raw));
  for (const m of [1, 2, 5, 10]) if (m * p >= raw) return m * p;
  return 10 * p;
}

function fx(v: number): string {
  return (Math.round(v * 10) / 10).toString();
}

function esc(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
