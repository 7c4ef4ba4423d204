import { CATEGORIES, type Category, type Counters } from '../definitions.js';
import type { DayRow, Ranked, ReportData } from '../query.js';
import { COMPARED_COUNTERS, TABLE_COUNTERS, labels, type Labels, type Lang } from '../labels.js';
import { formatChange, formatDayMonthDoc } from '../format/vi.js';
import { DEFAULT_REPORT_DOCUMENT, type ReportDocument } from '../document.js';

/** Chart colours by category; distinct in grey print too (lightness differs). */
const COLOURS: Record<Category, string> = {
  clean: '#9fc5a8',
  spam: '#e8a33d',
  phishing: '#8e5bb5',
  malware: '#c62828',
  policy: '#5c7a99',
};

/**
 * The report as an administrative document of the province (Decree 30/2020/NĐ-CP, the
 * form of every "báo cáo" an agency files): the issuing body with its parent body and the
 * number line "Số: …/BC-…" on the left, the national header (Quốc hiệu "CỘNG HÒA XÃ HỘI
 * CHỦ NGHĨA VIỆT NAM", Tiêu ngữ "Độc lập - Tự do - Hạnh phúc", ruled under as long as the
 * motto) and the place and date line on the right; the title "BÁO CÁO" and its subject;
 * the body (the form's sentence, the per-agency table, the chart of messages per day by
 * category as inline SVG, the top ten lists, the comparison with the previous period);
 * then "Nơi nhận:" and the signer's block. Number and date are left blank for the clerk,
 * and the page ends with when the figures were taken in Vietnam time, not a timestamp.
 *
 * Printed on A4 with the decree's margins (top and bottom 20 mm, left 30 mm, right
 * 15 mm) in Times New Roman 13 pt; tables are smaller so a province's agencies fit the
 * width. Self-contained: no script, no external font, image or style sheet, so it prints
 * the same offline and can be mailed as an attachment. `lang: en` gives the same page in
 * English.
 */
export function renderHtml(
  r: ReportData,
  lang: Lang = 'vi',
  doc: ReportDocument = DEFAULT_REPORT_DOCUMENT,
): string {
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
  const section = (i: number, title: string): string => `<h2>${i}. ${esc(title)}</h2>`;
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(l.title)} ${esc(l.date(r.period.from))} - ${esc(l.date(r.period.to))}</title>
<style>
@page { size: A4; margin: 20mm 15mm 20mm 30mm; }
* { box-sizing: border-box; }
body { font-family: "Times New Roman", "Liberation Serif", "DejaVu Serif", serif; font-size: 13pt;
  line-height: 1.3; color: #000; margin: 0 auto; max-width: 165mm; padding: 8mm 0; }
table.head, table.sign { width: 100%; border-collapse: collapse; font-size: 12pt; }
table.head td, table.sign td { border: 0; padding: 0; vertical-align: top; text-align: center; }
table.head td.left, table.sign td.left { width: 42%; }
.parent { text-transform: uppercase; }
.issuer, .nation, .authority, .signer-title, .signer-name { font-weight: bold; text-transform: uppercase; }
.nation { white-space: nowrap; }
.motto { font-weight: bold; font-size: 13pt; }
.motto span { display: inline-block; border-bottom: 0.8pt solid #000; padding-bottom: 0.5mm; }
.short-rule { width: 35%; margin: 0.8mm auto 0; border-top: 0.8pt solid #000; }
.number { margin-top: 3mm; font-size: 13pt; }
.date-line { margin-top: 3mm; font-style: italic; font-size: 13pt; }
.blank { display: inline-block; min-width: 45mm; border-bottom: 0.5pt dotted #000; }
.kind { font-size: 14pt; font-weight: bold; text-align: center; margin: 8mm 0 0; }
.subject { font-weight: bold; text-align: center; margin: 0 0 1mm; }
.subject + .short-rule { width: 25%; margin: 1.5mm auto 4mm; }
h2 { font-size: 13pt; margin: 4mm 0 1.5mm; }
p { margin: 1.5mm 0; text-align: justify; }
.headline { text-indent: 10mm; }
.scope { text-indent: 10mm; }
.note, .generated { font-size: 10pt; }
.generated { margin-top: 6mm; font-style: italic; }
table.data { border-collapse: collapse; width: 100%; font-size: 10pt; line-height: 1.2; }
table.data th, table.data td { border: 0.5pt solid #555; padding: 0.4mm 1.2mm; vertical-align: top; }
table.data th { font-weight: bold; text-align: center; }
td.n { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.total td { font-weight: bold; }
.cols { display: flex; gap: 4mm; }
.cols > div { flex: 1; }
svg { width: 100%; height: auto; display: block; }
.legend { font-size: 9pt; margin-top: 1mm; }
.legend span { display: inline-block; margin-right: 3mm; }
.legend i { display: inline-block; width: 3mm; height: 3mm; margin-right: 1mm; vertical-align: -0.3mm; }
table.sign { margin-top: 6mm; }
table.sign td.left { text-align: left; }
.recipients-title { font-weight: bold; font-style: italic; font-size: 12pt; }
.recipients { font-size: 11pt; margin: 0; padding: 0; list-style: none; }
.signature-space { height: 24mm; }
@media print {
  body { padding: 0; max-width: none; }
  tr, .chart, table.sign, table.head { break-inside: avoid; }
  h2 { break-after: avoid; }
}
</style>
</head>
<body>
<table class="head">
<tr>
<td class="left">
${doc.parentBody ? `<div class="parent">${esc(doc.parentBody)}</div>\n` : ''}<div class="issuer">${doc.issuer ? esc(doc.issuer) : '<span class="blank"></span>'}</div>
<div class="short-rule"></div>
<div class="number">${esc(l.doc.number(doc.numberCode))}</div>
</td>
<td>
<div class="nation">${esc(l.doc.nation)}</div>
<div class="motto"><span>${esc(l.doc.motto)}</span></div>
<div class="date-line">${esc(l.doc.dateLine(doc.place))}</div>
</td>
</tr>
</table>

<div class="kind">${esc(l.doc.kind)}</div>
<div class="subject">${esc(l.doc.subject(r))}</div>
<div class="short-rule"></div>

<p class="headline">${esc(l.headline(r, doc.systemName))}</p>
<p class="scope">${esc(l.scope(r))}</p>

${section(1, l.byAgency)}
<table class="data">
<thead><tr><th>${esc(l.agencyCode)}</th><th>${esc(l.agencyName)}</th>${TABLE_COUNTERS.map((k) => `<th>${esc(l.counters[k])}</th>`).join('')}</tr></thead>
<tbody>
${agencyRows}
${r.agency ? '' : `<tr class="total"><td></td><td>${esc(l.provinceTotal)}</td>${numCells(r.totals, n)}</tr>`}
</tbody>
</table>
<p class="note">${esc(l.footnote)} ${esc(l.releasedNote)}</p>

${section(2, l.perDay)}
<div class="chart">
${chart(r.daily, l, lang)}
<div class="legend">${CATEGORIES.map((c) => `<span><i style="background:${COLOURS[c]}"></i>${esc(l.categories[c])}</span>`).join('')}</div>
</div>

<div class="cols">
<div>
${section(3, l.topViruses)}
${rankedTable(r.topViruses, l.virus, l)}
</div>
<div>
${section(4, l.topRules)}
${rankedTable(r.topRules, l.rule, l)}
</div>
</div>

${section(5, l.comparison)}
<table class="data">
<thead><tr><th></th><th>${esc(l.thisPeriod)} (${esc(l.date(r.period.from))} - ${esc(l.date(r.period.to))})</th><th>${esc(l.previousPeriod)} (${esc(l.date(prev.period.from))} - ${esc(l.date(prev.period.to))})</th><th>${esc(l.change)}</th></tr></thead>
<tbody>
${comparison}
</tbody>
</table>

<table class="sign">
<tr>
<td class="left">
<div class="recipients-title">${esc(l.doc.recipients)}</div>
<ul class="recipients">
${recipientLines(doc.recipients)}
</ul>
</td>
<td>
${doc.signerAuthority ? `<div class="authority">${esc(doc.signerAuthority)}</div>\n` : ''}<div class="signer-title">${doc.signerTitle ? esc(doc.signerTitle) : '<span class="blank"></span>'}</div>
<div class="signature-space"></div>
<div class="signer-name">${esc(doc.signerName)}</div>
</td>
</tr>
</table>
<p class="generated">${esc(l.generated(r.generatedAt))}</p>
</body>
</html>
`;
}

/**
 * "Nơi nhận:" as the decree writes it: each recipient on its own line after a dash,
 * ending with ";" and the last one with ".".
 */
function recipientLines(recipients: string[]): string {
  return recipients
    .map((x, i) => {
      const text = x.trim().replace(/[;.]+$/, '');
      return `<li>- ${esc(text)}${i === recipients.length - 1 ? '.' : ';'}</li>`;
    })
    .join('\n');
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
  return `<table class="data"><thead><tr><th>#</th><th>${esc(what)}</th><th>${esc(l.messages)}</th></tr></thead><tbody>\n${rows}\n</tbody></table>`;
}

/** Stacked bars, one per local day, categories bottom to top in CATEGORIES order. */
function chart(days: DayRow[], l: Labels, lang: Lang): string {
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
      const label = lang === 'vi' ? formatDayMonthDoc(d.date) : `${day}/${m}`;
      parts.push(
        `<text x="${fx(x + barW / 2)}" y="${H - bottom + 12}" text-anchor="middle">${esc(label)}</text>`,
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
