import type { ReportData } from '../query.js';
import type { Lang } from '../labels.js';
import { csvChunks, renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { jsonChunks, renderJson } from './json.js';
import { renderText } from './text.js';

export const REPORT_FORMATS = ['text', 'csv', 'json', 'html'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];

/** File extension of each format, for `--out` defaults and the monthly files. */
export const EXTENSIONS: Record<ReportFormat, string> = {
  text: 'txt',
  csv: 'csv',
  json: 'json',
  html: 'html',
};

/** Renders a report in one format; every renderer is a pure function of the data. */
export function renderReport(r: ReportData, format: ReportFormat, lang: Lang): string {
  switch (format) {
    case 'text':
      return renderText(r, lang);
    case 'csv':
      return renderCsv(r, lang);
    case 'json':
      return renderJson(r, lang);
    case 'html':
      return renderHtml(r, lang);
  }
}

/**
 * The same text as renderReport in pieces, for a streamed export (issue #15): CSV a line
 * at a time, JSON a key or an array element at a time. HTML and text are one page each,
 * bounded by the period cap (at most 1,827 days in the chart), and come whole.
 */
export function reportChunks(r: ReportData, format: ReportFormat, lang: Lang): Iterable<string> {
  switch (format) {
    case 'csv':
      return csvChunks(r, lang);
    case 'json':
      return jsonChunks(r, lang);
    case 'text':
    case 'html':
      return [renderReport(r, format, lang)];
  }
}
