import type { ReportData } from '../query.js';
import type { Lang } from '../labels.js';
import { renderCsv } from './csv.js';
import { renderHtml } from './html.js';
import { renderJson } from './json.js';
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
