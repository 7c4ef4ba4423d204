import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { MailshieldError } from '../core/errors.js';
import { loadDirectory } from '../directory/directory.js';
import { openDb } from '../store/db.js';
import {
  periodFromTo,
  periodOfMonth,
  ReportPeriodError,
  type Period,
} from '../report/definitions.js';
import { queryReport, type ReportData } from '../report/query.js';
import { QueryTimeoutError } from '../store/query-deadline.js';
import { REPORT_FORMATS, renderReport, type ReportFormat } from '../report/render/index.js';
import { periodProblemText, type Lang } from '../report/labels.js';

export const REPORT_USAGE =
  'mailshield report --month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD\n' +
  '                  [--agency CODE] [--format text|csv|json|html] [--lang vi|en] [--out FILE]';

export interface ReportArgs {
  period: Period;
  agency?: string;
  format: ReportFormat;
  lang: Lang;
  out?: string;
}

/** Parses and checks `mailshield report` arguments; a wrong one is a MS_ERR_CONFIG. */
export function parseReportArgs(args: string[]): ReportArgs {
  const { values } = parseArgs({
    args,
    options: {
      month: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
      agency: { type: 'string' },
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: 'vi' },
      out: { type: 'string' },
    },
  });
  const bad = (m: string): MailshieldError =>
    new MailshieldError('MS_ERR_CONFIG', `${m}\nusage: ${REPORT_USAGE}`);
  const lang = values.lang as Lang;
  if (lang !== 'vi' && lang !== 'en') throw bad(`--lang ${values.lang}: vi or en`);
  let period: Period;
  try {
    if (values.month !== undefined) {
      if (values.from !== undefined || values.to !== undefined)
        throw bad('--month excludes --from and --to');
      period = periodOfMonth(values.month);
    } else if (values.from !== undefined && values.to !== undefined) {
      period = periodFromTo(values.from, values.to);
    } else {
      throw bad('give --month, or both --from and --to');
    }
  } catch (err) {
    // The same words as the web form, in the language of --lang (issue #15).
    if (err instanceof ReportPeriodError) throw bad(periodProblemText(err.problem, lang));
    throw err;
  }
  const format = values.format as ReportFormat;
  if (!REPORT_FORMATS.includes(format))
    throw bad(`--format ${values.format}: text, csv, json or html`);
  return {
    period,
    format,
    lang,
    ...(values.agency !== undefined ? { agency: values.agency } : {}),
    ...(values.out !== undefined ? { out: values.out } : {}),
  };
}

/** `mailshield report`: query the store, render, write to --out or stdout. */
export async function cmdReport(args: string[]): Promise<number> {
  const a = parseReportArgs(args);
  const cfg = loadConfig();
  const directory = loadDirectory(cfg.agencies);
  if (a.agency !== undefined && !directory.byAgencyCode(a.agency)) {
    const codes = directory.agencies.map((x) => x.code).join(', ');
    throw new MailshieldError('MS_ERR_CONFIG', `--agency ${a.agency}: unknown code (${codes})`);
  }
  const db = await openDb(cfg.database);
  try {
    let data: ReportData;
    try {
      data = await queryReport(db, {
        period: a.period,
        agencies: directory.agencies,
        ...(a.agency !== undefined ? { agency: a.agency } : {}),
        now: Date.now(),
        timeoutMs: cfg.reports.queryTimeoutMs,
      });
    } catch (err) {
      if (!(err instanceof QueryTimeoutError)) throw err;
      const s = err.timeoutMs / 1000;
      throw new MailshieldError(
        'MS_ERR_REPORT_TIMEOUT',
        a.lang === 'en'
          ? `the report took longer than ${s} s (reports.queryTimeoutMs) and was stopped: choose a shorter period or one agency`
          : `báo cáo cần hơn ${s} giây (reports.queryTimeoutMs) nên đã dừng: hãy chọn khoảng thời gian ngắn hơn hoặc một đơn vị`,
      );
    }
    const text = renderReport(data, a.format, a.lang);
    if (a.out !== undefined) await writeFile(a.out, text, 'utf8');
    else process.stdout.write(text);
    return 0;
  } finally {
    await db.destroy();
  }
}
