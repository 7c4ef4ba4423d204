import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Job, JobsOptions, Queue } from 'bullmq';
import type { Logger } from '../core/logger.js';
import type { Limits } from '../core/limits.js';
import { MailshieldError, PermanentError, errorMessage } from '../core/errors.js';
import type { AgencyDirectory } from '../directory/directory.js';
import type { Spool, SpoolEntry } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import { getMessage, saveMessage, type MessageRow } from '../store/messages-repo.js';
import { addPendingDelivery, listDeliveries } from '../store/deliveries-repo.js';
import { insertEvents } from '../store/events-repo.js';
import { anyHeld } from '../store/holds-repo.js';
import {
  deliverJobId,
  parseRouteKey,
  type DeliverJobData,
  type Route,
  type ScanJobData,
} from '../queue/jobs.js';
import { holdMessage } from '../quarantine/hold.js';
import { finalizeMessage } from '../deliver/finalize.js';
import type { DeliveryLeft } from '../deliver/deliver-processor.js';
import {
  decide,
  refusedBeforeQueue,
  type Thresholds,
  type Verdict,
  type VerdictHit,
} from '../verdict/decide.js';
import {
  WORKER_GRACE_MS,
  type BeforeQueueNotice,
  type BeforeQueueWorkerSide,
} from '../queue/before-queue.js';
import { applySenderLists } from '../verdict/sender-lists.js';
import { parseMessage } from './parse.js';
import type { AuthResults, ParsedMessage, ScanContext, Scanner } from './types.js';

export interface ScanDeps {
  spool: Spool;
  db: Db;
  directory: AgencyDirectory;
  deliverQueue: Queue<DeliverJobData>;
  deliverJobOptions: JobsOptions;
  /** Run in order; a TempFailError from any of them fails the job (retried, nothing delivered). */
  scanners: Scanner[];
  limits: Limits;
  thresholds: Thresholds;
  quarantineDir: string;
  /**
   * The first delivery attempt, made in this job when the worker also runs the deliver
   * stage (DeliverProcessor.deliverFirst); without it every delivery is a deliver job.
   */
  deliverFirst?: (entry: SpoolEntry, data: DeliverJobData) => Promise<DeliveryLeft | undefined>;
  /**
   * Offered every fresh verdict with the parsed message and the sender checks, to teach
   * the classifier the clear cases (bayes/autolearn.ts); absent when autolearn is off.
   */
  autolearn?: (mail: ParsedMessage, verdict: Verdict, auth: AuthResults | undefined) => void;
  /**
   * Before-queue mode's worker side (queue/before-queue.ts): claims the refusal of a
   * message an SMTP session waits for and tells the session. Used only for jobs that carry
   * `beforeQueue`; absent, such jobs take the after-queue path.
   */
  beforeQueue?: BeforeQueueWorkerSide;
  /** Time budget of one scan, after which the job fails and is retried. */
  jobTimeoutMs: number;
  log: Logger;
}

export interface ScanOutcome {
  category: string;
  action: string;
  score: number;
}

/**
 * The scan stage: parse, clamd, rules, verdict, then the action. Idempotent on the spool
 * id: a verdict already recorded is acted on again (the actions are idempotent), never
 * recomputed, so a crash between steps cannot send a message down two paths.
 */
export class ScanProcessor {
  constructor(private readonly deps: ScanDeps) {}

  async process(job: Job<ScanJobData>): Promise<ScanOutcome | null> {
    const { id } = job.data;
    const { spool, db } = this.deps;
    const log = this.deps.log.child({ id });
    const bq = job.data.beforeQueue;
    const waited = bq !== undefined ? this.deps.beforeQueue : undefined;
    const existing = await getMessage(db, id);
    if (existing?.category) {
      await this.resume(existing);
      if (waited) {
        await this.announce(waited, bq!.channel, {
          id,
          action: existing.action ?? '',
          category: existing.category,
        });
      }
      return {
        category: existing.category,
        action: existing.action ?? '',
        score: existing.score ?? 0,
      };
    }
    let entry: SpoolEntry;
    try {
      entry = await spool.read(id);
    } catch (err) {
      if (err instanceof MailshieldError && err.code === 'MS_ERR_SPOOL_MISSING') {
        // The ingress answered 451 after a failed queue add and removed the file.
        log.warn({ event: 'scan.missing' }, 'job for a message not in the spool');
        return null;
      }
      throw err;
    }
    log.debug({ event: 'scan.start', size: entry.size }, 'scanning');
    // Only the summary outlives the scan: the parsed message (a large one holds its
    // attachments) is not kept while the message is delivered.
    const { verdict, summary, timings } = await this.scan(entry, log).then((r) => ({
      verdict: r.verdict,
      summary: summarize(r.mail),
      timings: r.timings,
    }));
    const scanMs = ms(Object.values(timings).reduce((a, b) => a + b, 0));
    const actStart = performance.now();
    // Before-queue mode: a verdict to refuse is refused only once the decision key says so
    // (the session may have stopped waiting and said 250 already: then the after-queue
    // path). Every waited-for job asks, so a retry after a crash between the claim and the
    // record still refuses, whatever the new scan says: the sender may have its 550.
    let action: string = verdict.action;
    if (waited) {
      const refuse =
        refusedBeforeQueue(verdict, this.deps.thresholds) &&
        Date.now() <= (bq?.until ?? 0) + WORKER_GRACE_MS;
      if ((await waited.claim(id, refuse)) === 'reject') action = 'reject';
    }
    const tell = waited
      ? () => this.announce(waited, bq!.channel, { id, action, category: verdict.category })
      : undefined;
    if (action === 'reject') await this.refuse(entry, verdict, summary, scanMs);
    else await this.act(entry, verdict, summary, scanMs, tell);
    timings.act = ms(performance.now() - actStart);
    // Refused or held: told now (a delivery told the session before its first attempt).
    if (tell && (action === 'reject' || action === 'quarantine')) await tell();
    log.info(
      {
        event: 'scan.verdict',
        category: verdict.category,
        action,
        score: verdict.score,
        rules: verdict.hits.map((h) => h.rule),
        viruses: verdict.viruses,
        size: entry.size,
        // Milliseconds per stage (parse, each scanner, act): read by `npm run bench`.
        ms: timings,
      },
      verdict.reason,
    );
    return { category: verdict.category, action, score: verdict.score };
  }

  /** Tells the waiting session; a lost notice only makes it wait for its bound. */
  private async announce(
    side: BeforeQueueWorkerSide,
    channel: string,
    notice: BeforeQueueNotice,
  ): Promise<void> {
    try {
      await side.announce(channel, notice);
    } catch (err) {
      this.deps.log.warn({ id: notice.id, err: errorMessage(err) }, 'before-queue notice not sent');
    }
  }

  /** Retries are spent (clamd down for a very long time): the message stays spooled. */
  onExhausted(job: Job<ScanJobData>, err: Error): void {
    this.deps.log.error(
      { event: 'scan.exhausted', id: job.data.id, err: err.message },
      'scan retries exhausted; message kept in the spool, requeued at next start or sweep',
    );
  }

  private async scan(
    entry: SpoolEntry,
    log: Logger,
  ): Promise<{ verdict: Verdict; mail: ParsedMessage; timings: Record<string, number> }> {
    // Only a message larger than attachmentInspectBytes can have an attachment too large
    // to hold: it gets a folder of its own for such parts, removed whatever happens.
    const spillDir =
      entry.size > this.deps.limits.attachmentInspectBytes
        ? await mkdtemp(join(tmpdir(), 'ms-scan-'))
        : undefined;
    try {
      return await this.scanIn(entry, log, spillDir);
    } finally {
      if (spillDir !== undefined) await rm(spillDir, { recursive: true, force: true });
    }
  }

  private async scanIn(
    entry: SpoolEntry,
    log: Logger,
    spillDir: string | undefined,
  ): Promise<{ verdict: Verdict; mail: ParsedMessage; timings: Record<string, number> }> {
    const { spool, limits } = this.deps;
    const timings: Record<string, number> = {};
    let t = performance.now();
    const signal = AbortSignal.timeout(this.deps.jobTimeoutMs);
    const unscannable: string[] = [];
    let mail: ParsedMessage;
    try {
      mail = await parseMessage(spool.openRaw(entry), {
        limits,
        signal,
        ...(spillDir !== undefined ? { spillDir } : {}),
      });
    } catch (err) {
      if (!(err instanceof PermanentError)) throw err;
      // A message the parser cannot finish in time is held, not delivered half-read.
      unscannable.push('parse-timeout');
      mail = emptyMessage();
    }
    // mailparser stopped at one of its own hard limits: rules would judge a half-read
    // message, so it is held (DESIGN.md: ambiguous structure is held as policy).
    if (mail.problems.includes('parse-incomplete')) unscannable.push('parse-incomplete');
    timings.parse = ms(performance.now() - t);
    const ctx: ScanContext = {
      id: entry.id,
      envelope: entry.envelope,
      raw: () => spool.openRaw(entry),
      size: entry.size,
      mail,
      log,
      signal,
    };
    const hits: VerdictHit[] = [];
    const viruses: string[] = [];
    try {
      for (const scanner of this.deps.scanners) {
        t = performance.now();
        const result = await scanner.scan(ctx);
        timings[scanner.name] = ms(performance.now() - t);
        if (result.status === 'skip') {
          if (scanner.name === 'clamav') unscannable.push(result.reason);
          continue;
        }
        hits.push(...result.hits);
        if (result.viruses) viruses.push(...result.viruses);
      }
    } finally {
      // The per-scan folder of extracted archive members goes, whatever happened.
      for (const cleanup of ctx.cleanup ?? []) await cleanup();
    }
    unscannable.push(...(ctx.unscannable ?? []));
    const scored = decide({
      hits,
      viruses,
      unscannable,
      mustTag: ctx.tagReasons ?? [],
      thresholds: this.deps.thresholds,
    });
    // The agencies' sender lists, after the score (src/verdict/sender-lists.ts).
    const verdict = applySenderLists(scored, ctx.senderList);
    // A list entry is the officers' word on a sender, not evidence about content: mail it
    // matched teaches the classifier nothing.
    const listed = (ctx.senderList?.outcome ?? 'none') !== 'none';
    if (this.deps.autolearn !== undefined && !listed) {
      // A lesson for the classifier, never a reason for the scan to fail.
      try {
        this.deps.autolearn(mail, verdict, ctx.auth);
      } catch (err) {
        log.warn({ event: 'bayes.autolearn-failed', err: errorMessage(err) }, 'autolearn failed');
      }
    }
    return { verdict, mail, timings };
  }

  /**
   * Before-queue refusal: the session answers 550, so the sender keeps the message and
   * the gateway never took responsibility for it. Nothing is held (no quarantine copy, no
   * hold an officer could release: the sender was told it was refused) and nothing
   * delivered; the verdict is recorded with action `reject` and state `rejected`, one event
   * per agency (the reports count it as blocked, `REMOVING_ACTIONS`), and the spool record
   * is finished. Idempotent: a retry finds the recorded verdict (resume).
   */
  private async refuse(
    entry: SpoolEntry,
    verdict: Verdict,
    mail: Summary,
    scanMs: number,
  ): Promise<void> {
    const { base, events } = this.record(entry, verdict, mail, scanMs, 'reject');
    // A verdict another scan recorded first (store: first verdict wins) keeps its events.
    await this.deps.db.transaction().execute(async (trx) => {
      if (await saveMessage(trx, { ...base, state: 'rejected' })) await insertEvents(trx, events);
    });
    await this.deps.spool.remove(entry.id);
  }

  private record(
    entry: SpoolEntry,
    verdict: Verdict,
    mail: Summary,
    scanMs: number,
    action: string,
  ) {
    const groups = this.routes(entry.envelope.rcptTo);
    const base: MessageRow = {
      id: entry.id,
      received_at: Date.parse(entry.envelope.receivedAt),
      mail_from: entry.envelope.mailFrom,
      rcpt_to: JSON.stringify(entry.envelope.rcptTo),
      agencies: JSON.stringify([...groups.keys()]),
      from_header: mail.from,
      subject: mail.subject,
      message_id: mail.messageId,
      size: entry.size,
      category: verdict.category,
      action,
      score: verdict.score,
      hits: JSON.stringify(verdict.hits),
      viruses: JSON.stringify(verdict.viruses),
      state: 'scanned',
      quarantine_path: null,
      updated_at: Date.now(),
      scan_ms: scanMs,
    };
    const events = [...groups.keys()].map((agency) => ({
      message_id: entry.id,
      agency,
      time: base.received_at,
      category: verdict.category,
      action,
      size: entry.size,
      viruses: base.viruses,
      rules: JSON.stringify(verdict.hits.map((h) => h.rule)),
    }));
    return { base, events, groups };
  }

  /**
   * Acts on a verdict. `recorded` runs once the verdict and its deliveries are in the store
   * (a waiting session may then say 250: the message's path is fixed), before the first
   * delivery attempt, so a slow next hop never lengthens an SMTP session.
   */
  private async act(
    entry: SpoolEntry,
    verdict: Verdict,
    mail: Summary,
    scanMs: number,
    recorded?: () => Promise<void>,
  ): Promise<void> {
    const { db, spool } = this.deps;
    const { base, events, groups } = this.record(entry, verdict, mail, scanMs, verdict.action);
    if (verdict.action === 'quarantine') {
      const path = await holdMessage(spool, entry, this.deps.quarantineDir);
      const saved = await db.transaction().execute(async (trx) => {
        if (!(await saveMessage(trx, { ...base, state: 'quarantined', quarantine_path: path }))) {
          return false;
        }
        await insertEvents(trx, events);
        return true;
      });
      if (!saved) return this.lostRace(entry.id, path);
      await spool.remove(entry.id);
      this.deps.log.info(
        { event: 'quarantine.held', id: entry.id, category: verdict.category },
        'held',
      );
      return;
    }
    // One transaction: a crash can never leave a verdict without its deliveries.
    const saved = await db.transaction().execute(async (trx) => {
      if (!(await saveMessage(trx, { ...base, state: 'delivering' }))) return false;
      for (const [code, recipients] of groups) {
        await addPendingDelivery(trx, entry.id, code, recipients);
      }
      await insertEvents(trx, events);
      return true;
    });
    if (!saved) return this.lostRace(entry.id);
    await recorded?.();
    for (const [code, recipients] of groups) {
      const data = deliverData(base, { kind: 'agency', code }, recipients);
      if (!this.deps.deliverFirst) {
        await this.addDeliverJob(data, 0);
        continue;
      }
      const left = await this.deps.deliverFirst(entry, data);
      if (left) await this.addDeliverJob(left.data, left.delayMs);
    }
  }

  /**
   * Another scan of the same message (a stalled job run twice, on another worker node)
   * recorded its verdict first: that verdict decides, and this scan acts on it as a retry
   * would. A quarantine file this scan wrote is removed unless the recorded verdict holds the
   * message in that very file (same id, same path) and an agency still holds it.
   */
  private async lostRace(id: string, heldPath?: string): Promise<void> {
    const row = await getMessage(this.deps.db, id);
    this.deps.log.warn(
      { event: 'scan.raced', id, category: row?.category },
      'another scan recorded this message first',
    );
    if (heldPath && (row?.quarantine_path !== heldPath || !(await anyHeld(this.deps.db, id)))) {
      await rm(heldPath, { force: true });
    }
    if (row) await this.resume(row);
  }

  /** Re-runs the action of a recorded verdict (crash or Redis loss after the verdict). */
  private async resume(row: MessageRow): Promise<void> {
    if (row.state === 'quarantined') {
      // Held, and the crash came before the spool copy was removed. Unless an officer's
      // release is under way: it records its deliveries before it writes the spool copy.
      const deliveries = await listDeliveries(this.deps.db, row.id);
      if (deliveries.length === 0) await this.deps.spool.remove(row.id);
      return;
    }
    if (row.state === 'delivering') {
      await this.enqueueDeliveries(row);
      // Every delivery done but the last step missing (see finalizeMessage).
      await finalizeMessage(this.deps.db, this.deps.spool, row.id);
    }
    // Final, and still spooled: the removal did not survive a machine crash.
    if (row.state === 'delivered' || row.state === 'bounced' || row.state === 'rejected') {
      await this.deps.spool.remove(row.id);
    }
  }

  /** Adds a deliver job for every delivery still pending; job ids make this idempotent. */
  async enqueueDeliveries(row: MessageRow): Promise<void> {
    for (const d of await listDeliveries(this.deps.db, row.id)) {
      if (d.status !== 'pending') continue;
      const route = parseRouteKey(d.route);
      const data = deliverData(row, route, JSON.parse(d.recipients) as string[]);
      // A deliver job that failed (it stalled too often after worker crashes) while its
      // delivery is still pending is retried; otherwise the add is a no-op by job id.
      const existing = await this.deps.deliverQueue.getJob(deliverJobId(row.id, route));
      if (existing && (await existing.isFailed())) {
        await existing.retry('failed');
        continue;
      }
      await this.addDeliverJob(data, 0);
    }
  }

  private async addDeliverJob(data: DeliverJobData, delayMs: number): Promise<void> {
    const attempts = (this.deps.deliverJobOptions.attempts ?? 1) - (data.priorAttempts ?? 0);
    await this.deps.deliverQueue.add('deliver', data, {
      ...this.deps.deliverJobOptions,
      jobId: deliverJobId(data.id, data.route),
      attempts: Math.max(attempts, 1),
      ...(delayMs > 0 ? { delay: delayMs } : {}),
    });
  }

  /** Recipients grouped by agency code; ingress accepted only agency domains. */
  private routes(rcptTo: string[]): Map<string, string[]> {
    const groups = new Map<string, string[]>();
    for (const rcpt of rcptTo) {
      const agency = this.deps.directory.byRecipientDomain(rcpt.slice(rcpt.lastIndexOf('@') + 1));
      // A domain removed from the directory since acceptance: kept under "unknown" so the
      // message is still accounted for; its delivery fails and bounces visibly.
      const code = agency?.code ?? 'UNKNOWN';
      const list = groups.get(code) ?? [];
      list.push(rcpt);
      groups.set(code, list);
    }
    return groups;
  }
}

function deliverData(row: MessageRow, route: Route, recipients: string[]): DeliverJobData {
  const data: DeliverJobData = { id: row.id, route, recipients };
  // The gateway's own mail (DSNs) has no agencies and carries no verdict headers.
  if (row.agencies !== '[]') {
    const tagged = row.action === 'tag';
    data.verdict = { category: row.category ?? 'clean', score: row.score ?? 0, tagged };
  }
  return data;
}

interface Summary {
  from: string;
  subject: string;
  messageId: string | null;
}

function summarize(mail: ParsedMessage): Summary {
  const f = mail.from[0];
  const from = f ? (f.name ? `${f.name} <${f.address}>` : f.address) : '';
  return {
    from: from.slice(0, 500),
    subject: mail.subject.slice(0, 1000),
    messageId: mail.messageId?.slice(0, 500) ?? null,
  };
}

function ms(n: number): number {
  return Math.round(n * 100) / 100;
}

function emptyMessage(): ParsedMessage {
  return {
    headers: [],
    from: [],
    replyTo: [],
    to: [],
    cc: [],
    subject: '',
    messageId: undefined,
    date: undefined,
    text: '',
    html: '',
    attachments: [],
    problems: ['unparsed'],
  };
}
