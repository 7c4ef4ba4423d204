import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JobsOptions, Queue } from 'bullmq';
import type { Logger } from '../core/logger.js';
import { errorMessage } from '../core/errors.js';
import type { AgencyDirectory } from '../directory/directory.js';
import type { Spool } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import { deleteEventsBefore, hasEventsBefore } from '../store/events-repo.js';
import { routeKey, type DeliverJobData, type Route } from '../queue/jobs.js';
import { queueOwnMail } from '../deliver/own-mail.js';
import { localDay, periodOfMonth, previousMonth, retentionCutoff } from './definitions.js';
import type { Lang } from './labels.js';
import { DEFAULT_REPORT_DOCUMENT, type ReportDocument } from './document.js';
import { buildReportMail } from './mail.js';
import { queryReport } from './query.js';
import { EXTENSIONS, REPORT_FORMATS, renderReport } from './render/index.js';

const CONTENT_TYPES = {
  text: 'text/plain',
  csv: 'text/csv',
  json: 'application/json',
  html: 'text/html',
} as const;

export interface MonthlyDeps {
  db: Db;
  directory: AgencyDirectory;
  /** Folder of the monthly files (`<dataDir>/reports` by default). */
  dir: string;
  lang: Lang;
  /** System name and document parts of the reports (reports.systemName, reports.document). */
  document?: ReportDocument;
  /** Keep event rows this many whole months before the current one. @defaultValue 13 */
  retentionMonths: number;
  /** Addresses the monthly files are mailed to; empty: files only. */
  mailTo: string[];
  /** Needed only when mailTo is set. */
  mail?: {
    spool: Spool;
    deliverQueue: Queue<DeliverJobData>;
    deliverJobOptions: JobsOptions;
    postmaster: string;
    hostname: string;
    /** Route for recipients outside the agency domains (deliver.dsnRelay). */
    hasRelay: boolean;
  };
  log: Logger;
  now?: () => number;
}

/** File paths of the monthly report of `month` (YYYY-MM), one per format. */
export function monthlyFiles(dir: string, month: string): string[] {
  return REPORT_FORMATS.map((f) => join(dir, `${month}.${EXTENSIONS[f]}`));
}

/**
 * Writes the report files of `month` unless they all exist (idempotent: several
 * processes or restarts on the 1st write them once). Each file is written to a
 * temporary name and renamed, so a reader never sees half a report.
 * @returns whether the files were written now.
 */
export async function writeMonthlyReport(deps: MonthlyDeps, month: string): Promise<boolean> {
  const files = monthlyFiles(deps.dir, month);
  if (files.every((f) => existsSync(f))) return false;
  await mkdir(deps.dir, { recursive: true });
  const data = await queryReport(deps.db, {
    period: periodOfMonth(month),
    agencies: deps.directory.agencies,
    now: (deps.now ?? Date.now)(),
  });
  for (const [i, format] of REPORT_FORMATS.entries()) {
    const path = files[i]!;
    const tmp = `${path}.${process.pid}.tmp`;
    await writeFile(
      tmp,
      renderReport(data, format, deps.lang, deps.document ?? DEFAULT_REPORT_DOCUMENT),
      'utf8',
    );
    await rename(tmp, path);
  }
  deps.log.info({ event: 'report.written', month, dir: deps.dir }, 'monthly report written');
  return true;
}

/**
 * Mails the files of `month` once: a marker file created exclusively (`wx`) before the
 * message is spooled makes a second process or a restart skip it.
 */
export async function mailMonthlyReport(deps: MonthlyDeps, month: string): Promise<boolean> {
  const { mail, log } = deps;
  if (deps.mailTo.length === 0 || !mail) return false;
  const marker = join(deps.dir, `${month}.mailed`);
  try {
    await writeFile(marker, new Date((deps.now ?? Date.now)()).toISOString(), { flag: 'wx' });
  } catch {
    return false;
  }
  try {
    const routes = new Map<string, { route: Route; rcpts: string[] }>();
    for (const rcpt of deps.mailTo) {
      const agency = deps.directory.byRecipientDomain(rcpt.slice(rcpt.lastIndexOf('@') + 1));
      const route: Route | undefined = agency
        ? { kind: 'agency', code: agency.code }
        : mail.hasRelay
          ? { kind: 'dsn-relay' }
          : undefined;
      if (!route) {
        log.warn(
          { event: 'report.mailed', to: rcpt },
          'no route to this address (not in an agency domain and no deliver.dsnRelay); skipped',
        );
        continue;
      }
      const key = routeKey(route);
      const group = routes.get(key) ?? { route, rcpts: [] };
      group.rcpts.push(rcpt);
      routes.set(key, group);
    }
    if (routes.size === 0) return false;
    const files = monthlyFiles(deps.dir, month);
    const contents = await Promise.all(files.map((f) => readFile(f, 'utf8')));
    const now = (deps.now ?? Date.now)();
    const [y, m] = month.split('-');
    const subject =
      deps.lang === 'en'
        ? `mailshield: email statistics report for ${month}`
        : `Báo cáo thống kê thư điện tử tháng ${m}/${y}`;
    const rcpts = [...routes.values()].flatMap((g) => g.rcpts);
    const raw = await buildReportMail({
      from: mail.postmaster,
      to: rcpts,
      subject,
      body: contents[0]!,
      attachments: REPORT_FORMATS.map((f, i) => ({
        filename: `mailshield-${month}.${EXTENSIONS[f]}`,
        contentType: CONTENT_TYPES[f],
        content: contents[i]!,
      })),
      hostname: mail.hostname,
      now: new Date(now),
    });
    const id = await queueOwnMail(
      { ...mail, db: deps.db },
      {
        mailFrom: mail.postmaster,
        from: mail.postmaster,
        subject,
        raw,
        routes: [...routes.values()].map((g) => ({ route: g.route, recipients: g.rcpts })),
        now,
      },
    );
    log.info({ event: 'report.mailed', month, id, to: rcpts }, 'monthly report queued for mail');
    return true;
  } catch (err) {
    // Not mailed: the next check tries again.
    await unlink(marker).catch(() => undefined);
    throw err;
  }
}

/** Deletes event rows older than the retention; nothing else deletes events. */
export async function purgeOldEvents(deps: MonthlyDeps): Promise<number> {
  const cutoff = retentionCutoff((deps.now ?? Date.now)(), deps.retentionMonths);
  const removed = await deleteEventsBefore(deps.db, cutoff);
  if (removed > 0) {
    deps.log.info(
      { event: 'events.purged', removed, before: new Date(cutoff).toISOString() },
      'old event rows purged',
    );
  }
  return removed;
}

/**
 * One check of the monthly run: purge old events once a local day, then write (and
 * mail) the previous month's report when its files are missing. A month in which the
 * gateway recorded nothing at all, or before, is skipped, so a new installation does not
 * send an empty report; a gateway that was down on the 1st catches up at its next check.
 */
export async function monthlyTick(deps: MonthlyDeps, state: { purgedDay?: string }): Promise<void> {
  const now = (deps.now ?? Date.now)();
  const today = localDay(now);
  if (state.purgedDay !== today) {
    await purgeOldEvents(deps);
    state.purgedDay = today;
  }
  const month = previousMonth(now);
  const period = periodOfMonth(month);
  if (!(await hasEventsBefore(deps.db, period.end))) return;
  await writeMonthlyReport(deps, month);
  await mailMonthlyReport(deps, month);
}

/**
 * Runs `monthlyTick` now and every hour until closed (`mailshield start`).
 * @param everyMs - check interval. @defaultValue 3_600_000
 */
export function startMonthlyReports(
  deps: MonthlyDeps,
  everyMs = 3_600_000,
): { close(): Promise<void> } {
  const state: { purgedDay?: string } = {};
  let running: Promise<void> | undefined;
  const tick = (): void => {
    if (running) return;
    running = monthlyTick(deps, state)
      .catch((err: unknown) =>
        deps.log.warn(
          { event: 'report.failed', err: errorMessage(err) },
          'monthly report check failed; retried in an hour',
        ),
      )
      .finally(() => {
        running = undefined;
      });
  };
  tick();
  const timer = setInterval(tick, everyMs);
  timer.unref();
  return {
    async close() {
      clearInterval(timer);
      await running;
    },
  };
}
