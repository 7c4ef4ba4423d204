import type { Job, JobsOptions, Queue } from 'bullmq';
import type { Logger } from '../core/logger.js';
import type { Limits } from '../core/limits.js';
import { MailshieldError, TempFailError } from '../core/errors.js';
import type { AgencyDirectory } from '../directory/directory.js';
import type { Spool, SpoolEntry } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import { finishDelivery, getDelivery } from '../store/deliveries-repo.js';
import { routeKey, type DeliverJobData, type Route } from '../queue/jobs.js';
import { composeForDelivery } from './compose.js';
import { buildDsn, statusFromReply, type FailedRecipient } from './dsn.js';
import type { TransportPool } from './transports.js';
import { queueOwnMail } from './own-mail.js';
import { finalizeMessage } from './finalize.js';
import { getMessage } from '../store/messages-repo.js';
import { readHeld } from '../quarantine/storage.js';
import { releasedEnvelope } from '../quarantine/release.js';

export interface DeliverDeps {
  spool: Spool;
  db: Db;
  directory: AgencyDirectory;
  transports: TransportPool;
  deliverQueue: Queue<DeliverJobData>;
  deliverJobOptions: JobsOptions;
  hostname: string;
  postmaster: string;
  dsnRelay: { host: string; port: number } | undefined;
  tagSubjectPrefix: string;
  limits: Limits;
  /** Wait before retry `n` (1: the first retry), from the deliver.retry schedule. */
  retryDelay: (attempt: number) => number;
  log: Logger;
}

interface SmtpFailure {
  responseCode?: number;
  response?: string;
  code?: string;
  message: string;
  rejectedErrors?: SmtpFailure[];
  recipient?: string;
}

/** What is left of a delivery after an attempt that did not finish it. */
export interface DeliveryLeft {
  /** Data of the deliver job that carries on (the recipients still to try). */
  data: DeliverJobData;
  /** Wait before that job's first run. */
  delayMs: number;
}

/** One attempt at one message and next hop. */
interface Attempt {
  data: DeliverJobData;
  /** 1 for the first attempt, counting the one made in the scan job. */
  number: number;
  lastAttempt: boolean;
  /** Already read, and its delivery just recorded as pending (the scan job's attempt). */
  entry?: SpoolEntry;
}

type AttemptResult = { final: true; status: string } | { final: false; recipients: string[] };

/**
 * The deliver stage: one job per message and next hop. The spool file is removed only
 * when every delivery of the message is final (250 from the next hop, or a bounce).
 * 4xx and connection errors are retried on the configured schedule; 5xx and spent
 * retries send one DSN to the sender (never to the null sender).
 *
 * A worker that runs both stages makes the first attempt inside the scan job
 * (`deliverFirst`): no deliver job at all for the common case, a clean message accepted
 * by a next hop that answers. A deliver job carries on only when that attempt leaves
 * recipients to retry, or when the next hop failed a moment ago (`deferred`).
 */
export class DeliverProcessor {
  /** Next hops that failed at connection level, and until when first attempts skip them. */
  private readonly deferred = new Map<string, number>();

  constructor(private readonly deps: DeliverDeps) {}

  async process(job: Job<DeliverJobData>): Promise<string> {
    const prior = job.data.priorAttempts ?? 0;
    const result = await this.attempt({
      data: job.data,
      number: prior + job.attemptsMade + 1,
      lastAttempt: job.attemptsMade + 1 >= (job.opts.attempts ?? 1),
    });
    if (result.final) return result.status;
    if (result.recipients.length !== job.data.recipients.length) {
      // Only the recipients refused with 4xx are tried again.
      await job.updateData({ ...job.data, recipients: result.recipients });
    }
    throw new TempFailError(
      'MS_ERR_DELIVER_TEMP',
      `${routeKey(job.data.route)}: ${result.recipients.length} recipients deferred`,
    );
  }

  /**
   * The first attempt, made by the scan job right after the verdict. Its delivery row is
   * already pending in the store: if the worker dies here, the scan job is retried and
   * queues the deliver job (ScanProcessor.resume), as it did before this attempt.
   * @returns what a deliver job must still do, or undefined when the delivery is final.
   */
  async deliverFirst(entry: SpoolEntry, data: DeliverJobData): Promise<DeliveryLeft | undefined> {
    const key = routeKey(data.route);
    if ((this.deferred.get(key) ?? 0) > Date.now()) return { data, delayMs: 0 };
    const attempts = this.deps.deliverJobOptions.attempts ?? 1;
    const result = await this.attempt({ data, number: 1, lastAttempt: attempts <= 1, entry });
    if (result.final) return undefined;
    return {
      data: { ...data, recipients: result.recipients, priorAttempts: 1 },
      delayMs: this.deps.retryDelay(1),
    };
  }

  private async attempt(a: Attempt): Promise<AttemptResult> {
    const { id, route } = a.data;
    const key = routeKey(route);
    const { db, spool } = this.deps;
    const log = this.deps.log.child({ id, route: key });
    const row = a.entry ? undefined : await getDelivery(db, id, key);
    if (row && row.status !== 'pending') {
      // Done before, but the job did not finish (a crash or error after the delivery was
      // recorded): the message may still wait for its final step.
      await this.finalize(id);
      return { final: true, status: `already ${row.status}` };
    }
    let entry = a.entry;
    if (!entry) {
      try {
        entry = await this.read(id);
      } catch (err) {
        if (err instanceof MailshieldError && err.code === 'MS_ERR_SPOOL_MISSING') {
          log.error({ event: 'deliver.exhausted', err }, 'spool file missing');
          await finishDelivery(db, id, key, 'failed', 'spool file missing');
          return { final: true, status: 'missing' };
        }
        throw err;
      }
    }
    const hop = this.nextHop(route);
    if (!hop) {
      await this.bounce(
        entry,
        a.data.recipients,
        key,
        'no-route',
        '5.1.2',
        'no next hop for this domain',
        log,
      );
      return { final: true, status: 'no route' };
    }
    const v = a.data.verdict;
    const raw = await composeForDelivery(
      spool,
      entry,
      v ? { ...v, subjectPrefix: this.deps.tagSubjectPrefix } : undefined,
      this.deps.limits.maxHeaderBytes,
    );
    const remote = `${hop.host}:${hop.port}`;
    let accepted: string[] = [];
    let failures: SmtpFailure[] = [];
    let response = '';
    try {
      const info = await this.deps.transports.get(hop.host, hop.port).sendMail({
        envelope: { from: entry.envelope.mailFrom, to: a.data.recipients },
        raw,
      });
      accepted = (info.accepted ?? []).map(String);
      failures = (info as { rejectedErrors?: SmtpFailure[] }).rejectedErrors ?? [];
      response = info.response ?? '';
    } catch (e) {
      raw.destroy();
      const err = e as SmtpFailure;
      if (err.rejectedErrors && err.rejectedErrors.length > 0) {
        failures = err.rejectedErrors;
      } else if (err.responseCode !== undefined && err.responseCode >= 500) {
        failures = a.data.recipients.map((r) => ({ ...err, recipient: r }));
      } else {
        // Connection refused, timeout, 4xx on MAIL/DATA, dropped after DATA: retry later.
        const reply = err.response ?? err.message;
        if (a.lastAttempt) {
          await this.bounce(
            entry,
            a.data.recipients,
            key,
            remote,
            '4.4.7',
            `retries exhausted: ${reply}`,
            log,
          );
          return { final: true, status: 'expired' };
        }
        this.deferred.set(key, Date.now() + this.deps.retryDelay(1));
        log.warn({ event: 'deliver.tempfail', remote, attempt: a.number, reply }, 'retrying');
        return { final: false, recipients: a.data.recipients };
      }
    }
    this.deferred.delete(key);
    const permanent = failures.filter((f) => (f.responseCode ?? 0) >= 500);
    const temporary = failures.filter((f) => (f.responseCode ?? 0) < 500);
    if (accepted.length > 0) {
      log.info({ event: 'deliver.sent', remote, rcpts: accepted.length, response }, 'delivered');
    }
    if (permanent.length > 0) {
      await this.sendDsn(
        entry,
        permanent.map((f) => toFailed(f)),
        remote,
        log,
      );
    }
    if (temporary.length > 0) {
      const rest = temporary.map((f) => f.recipient ?? '').filter(Boolean);
      if (a.lastAttempt) {
        await this.bounce(entry, rest, key, remote, '4.4.7', 'retries exhausted', log);
        return { final: true, status: 'expired' };
      }
      log.warn(
        { event: 'deliver.tempfail', remote, attempt: a.number, reply: temporary[0]?.response },
        `${rest.length} recipients deferred`,
      );
      return { final: false, recipients: rest };
    }
    const status = accepted.length > 0 ? 'sent' : 'bounced';
    await finishDelivery(db, id, key, status, response || permanent[0]?.response || '');
    await this.finalize(id);
    return { final: true, status };
  }

  /**
   * The message from this node's spool, or, for a released copy, from the quarantine
   * storage (issue #16): a release is delivered by whichever node's worker takes its job,
   * while the node that held it may be down. Read whole: at most the message size limit,
   * and releases are rare.
   */
  private async read(id: string): Promise<SpoolEntry> {
    try {
      return await this.deps.spool.read(id);
    } catch (err) {
      if (!(err instanceof MailshieldError) || err.code !== 'MS_ERR_SPOOL_MISSING') throw err;
      const row = await getMessage(this.deps.db, id);
      if (row?.released_at == null || !row.quarantine_path) throw err;
      let data: Buffer;
      try {
        data = await readHeld(this.deps.db, row.quarantine_path);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') throw err;
        throw e;
      }
      return { id, envelope: releasedEnvelope(row), size: data.length, offset: 0, path: '', data };
    }
  }

  private nextHop(route: Route): { host: string; port: number } | undefined {
    if (route.kind === 'dsn-relay') return this.deps.dsnRelay;
    return this.deps.directory.byAgencyCode(route.code)?.nextHop;
  }

  /** Fails the given recipients for good: DSN to the sender, delivery marked final. */
  private async bounce(
    entry: SpoolEntry,
    recipients: string[],
    key: string,
    remote: string,
    status: string,
    diagnostic: string,
    log: Logger,
  ): Promise<void> {
    await this.sendDsn(
      entry,
      recipients.map((recipient) => ({ recipient, status, diagnostic })),
      remote,
      log,
    );
    await finishDelivery(
      this.deps.db,
      entry.id,
      key,
      status.startsWith('4') ? 'failed' : 'bounced',
      diagnostic,
    );
    await this.finalize(entry.id);
  }

  /** When no delivery of the message is pending, its spool copy goes. */
  private async finalize(id: string): Promise<void> {
    await finalizeMessage(this.deps.db, this.deps.spool, id);
  }

  /**
   * Spools a DSN to the original sender and queues its delivery. Never for the null
   * sender (a bounce of a bounce would loop), and only to a route we know: an agency's
   * own server, or the configured DSN relay for outside senders.
   */
  private async sendDsn(
    entry: SpoolEntry,
    failed: FailedRecipient[],
    remote: string,
    log: Logger,
  ): Promise<void> {
    const sender = entry.envelope.mailFrom;
    log.warn(
      {
        event: 'deliver.bounced',
        remote,
        rcpts: failed.map((f) => f.recipient),
        status: failed[0]?.status,
      },
      'bounced',
    );
    if (!sender) return;
    const domain = sender.slice(sender.lastIndexOf('@') + 1);
    const agency = this.deps.directory.byRecipientDomain(domain);
    const route: Route | undefined = agency
      ? { kind: 'agency', code: agency.code }
      : this.deps.dsnRelay
        ? { kind: 'dsn-relay' }
        : undefined;
    if (!route) {
      log.warn(
        { event: 'deliver.dsn', to: sender },
        'no route for the DSN (set deliver.dsnRelay); not sent',
      );
      return;
    }
    const text = await buildDsn({
      reportingMta: this.deps.hostname,
      postmaster: this.deps.postmaster,
      originalSender: sender,
      originalId: entry.id,
      arrivalDate: new Date(entry.envelope.receivedAt),
      remoteMta: remote,
      failed,
      originalHeaders: await readHeaders(this.deps.spool, entry, this.deps.limits.maxHeaderBytes),
      now: new Date(),
    });
    const dsnId = await queueOwnMail(this.deps, {
      mailFrom: '',
      from: this.deps.postmaster,
      subject: 'DSN',
      raw: text,
      routes: [{ route, recipients: [sender] }],
    });
    log.info({ event: 'deliver.dsn', dsnId, to: sender }, 'DSN queued');
  }
}

function toFailed(f: SmtpFailure): FailedRecipient {
  const diagnostic = f.response ?? f.message;
  return {
    recipient: f.recipient ?? '',
    status: statusFromReply(diagnostic, f.responseCode),
    diagnostic,
  };
}

async function readHeaders(spool: Spool, entry: SpoolEntry, max: number): Promise<string> {
  const buf = await spool.readHead(entry, Math.min(max, 64 * 1024));
  const text = buf.toString('utf8');
  const end = text.indexOf('\r\n\r\n');
  return end >= 0 ? text.slice(0, end + 2) : text;
}
