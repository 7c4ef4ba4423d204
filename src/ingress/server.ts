import { SMTPServer, type SMTPServerDataStream, type SMTPServerSession } from 'smtp-server';
import type { Queue } from 'bullmq';
import type { Envelope } from '../core/envelope.js';
import type { Logger } from '../core/logger.js';
import type { Limits } from '../core/limits.js';
import { MailshieldError, SmtpReplyError, errorMessage } from '../core/errors.js';
import type { AgencyDirectory } from '../directory/directory.js';
import { MessageTooLargeError, type Spool } from '../spool/spool.js';
import type { ScanJobData } from '../queue/jobs.js';
import type { BeforeQueueWaiter, WaitResult } from '../queue/before-queue.js';
import { parseRecipient, isAcceptableSender } from './address.js';
import { receivedHeader } from './received.js';
import { LineEndingNormalizer } from './line-endings.js';
import { GatewaySmtpServer, type DeadlinePhase } from './gateway-server.js';
import type { SmtpTraceEvent } from './trace-recorder.js';
import { normalizeDomain } from '../directory/directory.js';

export interface GatewayOptions {
  hostname: string;
  limits: Limits;
  maxClients: number;
  maxConnectionsPerIp: number;
  /** Wait before the greeting, for the early-talker check (0: none). */
  greetWaitMs: number;
  socketTimeoutMs: number;
  /** Longest DATA phase (smtp.dataDeadlineMs). */
  dataDeadlineMs: number;
  /** Longest session (smtp.sessionDeadlineMs). */
  sessionDeadlineMs: number;
  tls: { key: Buffer | string; cert: Buffer | string };
  /**
   * Before-queue mode (smtp.beforeQueue): after the final dot, wait at most this long for
   * the verdict (then `250` and the after-queue path). Absent: answer as soon as queued.
   */
  beforeQueueWaitMs?: number;
}

export interface GatewayDeps {
  spool: Spool;
  scanQueue: Queue<ScanJobData>;
  directory: AgencyDirectory;
  log: Logger;
  /** Counts sessions ended by a deadline (/metrics); the gateway logs them itself. */
  onDeadline?: (phase: DeadlinePhase) => void;
  /** Before-queue mode's gateway side; required when `beforeQueueWaitMs` is set. */
  beforeQueue?: BeforeQueueWaiter;
  /** Counts before-queue refusals and waits that ended at the bound (/metrics). */
  onBeforeQueue?: (outcome: 'refused' | 'timeout') => void;
  /**
   * The message trace (issue #17): told of every reply that accepts, refuses or defers a
   * session, a sender, a recipient or a message. Must return at once and never throw (the
   * TraceRecorder buffers); the session never waits for the store.
   */
  trace?: (ev: SmtpTraceEvent) => void;
}

/**
 * Builds the SMTP ingress, unstarted: the caller listens. The one promise of this code:
 * `250` only once the message is fsynced in the spool and its scan job is in Redis;
 * any fault on that path answers `451 4.3.0` and leaves no spool file.
 */
export function buildGateway(opts: GatewayOptions, deps: GatewayDeps): SMTPServer {
  const { spool, scanQueue, directory, log } = deps;
  const perIp = new Map<string, number>();
  const trace = deps.trace ?? ((): void => undefined);
  /** The agency a (possibly refused) recipient's domain belongs to, for the trace's scope. */
  const agencyOfAddress = (address: string): string | undefined => {
    const raw = address.slice(address.lastIndexOf('@') + 1);
    const domain = normalizeDomain(raw) ?? raw.toLowerCase().replace(/\.+$/, '');
    return directory.byRecipientDomain(domain)?.code;
  };
  const recipientsOf = (session: SMTPServerSession): SmtpTraceEvent['recipients'] =>
    session.envelope.rcptTo.map((r) => ({
      address: r.address,
      agency: agencyOfAddress(r.address),
    }));
  const senderOf = (session: SMTPServerSession): string | undefined =>
    session.envelope.mailFrom ? session.envelope.mailFrom.address : undefined;
  const heloOf = (session: SMTPServerSession): string => session.hostNameAppearsAs ?? '';

  const server: SMTPServer = new GatewaySmtpServer(
    {
      name: opts.hostname,
      banner: 'mailshield ESMTP',
      size: opts.limits.maxMessageBytes,
      maxClients: opts.maxClients,
      socketTimeout: opts.socketTimeoutMs,
      key: opts.tls.key,
      cert: opts.tls.cert,
      // An MX takes no AUTH: agencies' users submit through their own servers.
      disabledCommands: ['AUTH'],
      authOptional: true,
      // PTR lookups on every connection cost up to seconds when the resolver is slow
      // (DESIGN.md, measured); the client's address is what the logs and rules use.
      disableReverseLookup: true,
      // smtp-server would prefix a generic enhanced code to every reply (250 2.6.0, 550 5.0.0),
      // doubling the precise ones ours carry (5.7.1 relaying denied, 4.3.0, 2.0.0).
      hideENHANCEDSTATUSCODES: true,
      logger: false,

      onConnect(session, callback) {
        const ip = session.remoteAddress;
        const n = (perIp.get(ip) ?? 0) + 1;
        if (n > opts.maxConnectionsPerIp) {
          log.warn(
            { event: 'ingress.rejected', ip, reason: 'per-ip-limit' },
            'too many connections',
          );
          trace({
            phase: 'connect',
            code: 421,
            reply: '4.7.0 Too many connections from your address, try later',
            clientAddress: ip,
          });
          callback(
            new SmtpReplyError(421, '4.7.0 Too many connections from your address, try later'),
          );
          return;
        }
        perIp.set(ip, n);
        (session as SessionState).counted = true;
        callback();
      },

      onClose(session) {
        if (!(session as SessionState).counted) return;
        const ip = session.remoteAddress;
        const n = (perIp.get(ip) ?? 1) - 1;
        if (n <= 0) perIp.delete(ip);
        else perIp.set(ip, n);
      },

      onMailFrom(address, session, callback) {
        if (!isAcceptableSender(address.address)) {
          trace({
            phase: 'mail',
            code: 553,
            reply: '5.1.7 Malformed sender address',
            clientAddress: session.remoteAddress,
            helo: heloOf(session),
            mailFrom: address.address,
          });
          callback(new SmtpReplyError(553, '5.1.7 Malformed sender address'));
          return;
        }
        callback();
      },

      onRcptTo(address, session, callback) {
        const refuse = (code: number, reply: string): void => {
          trace({
            phase: 'rcpt',
            code,
            reply,
            clientAddress: session.remoteAddress,
            helo: heloOf(session),
            mailFrom: senderOf(session),
            recipients: [{ address: address.address, agency: agencyOfAddress(address.address) }],
          });
          callback(new SmtpReplyError(code, reply));
        };
        if (session.envelope.rcptTo.length >= opts.limits.maxRecipients) {
          refuse(452, '4.5.3 Too many recipients, send the rest separately');
          return;
        }
        const rcpt = parseRecipient(address.address);
        const agency = rcpt ? directory.byRecipientDomain(rcpt.domain) : undefined;
        if (!rcpt || !agency) {
          log.info(
            {
              event: 'ingress.rejected',
              ip: session.remoteAddress,
              rcpt: address.address.slice(0, 300),
            },
            'relay denied',
          );
          refuse(550, '5.7.1 Relaying denied: recipient not served here');
          return;
        }
        // Record the normalised form: that is what is spooled, attributed and delivered.
        address.address = rcpt.address;
        callback();
      },

      onData(stream, session, callback) {
        const state = session as SessionState;
        state.queueId = undefined;
        const traced = (code: number, reply: string): void =>
          trace({
            phase: 'data',
            code,
            reply,
            clientAddress: session.remoteAddress,
            helo: heloOf(session),
            mailFrom: senderOf(session) ?? '',
            recipients: recipientsOf(session),
            queueId: state.queueId,
          });
        handleData(stream, session).then(
          (reply) => {
            traced(250, reply);
            callback(null, reply);
          },
          (err: unknown) => {
            const reply = toSmtpError(err, log, session);
            traced(reply.responseCode, reply.message);
            callback(reply);
          },
        );
      },
    },
    {
      greetWaitMs: opts.greetWaitMs,
      dataDeadlineMs: opts.dataDeadlineMs,
      sessionDeadlineMs: opts.sessionDeadlineMs,
      onDeadline(phase, ip) {
        log.warn({ event: 'ingress.deadline', phase, ip }, `${phase} deadline: 421 4.4.2`);
        trace({
          phase: phase === 'data' ? 'data' : 'session',
          code: 421,
          reply:
            phase === 'data'
              ? '4.4.2 DATA took too long, message not accepted, closing connection'
              : '4.4.2 Session lasted too long, closing connection',
          clientAddress: ip,
        });
        deps.onDeadline?.(phase);
      },
      onServerRefusal(r) {
        trace({
          phase: r.phase,
          code: r.code,
          reply: r.reply,
          clientAddress: r.remoteAddress,
          helo: r.helo,
          mailFrom: r.mailFrom,
        });
      },
    },
  );

  async function handleData(
    stream: SMTPServerDataStream,
    session: SMTPServerSession,
  ): Promise<string> {
    const now = new Date();
    const rcptTo = session.envelope.rcptTo.map((r) => r.address);
    const mailFrom = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
    const envelope: Envelope = {
      mailFrom,
      rcptTo,
      clientAddress: session.remoteAddress,
      helo: session.hostNameAppearsAs ?? '',
      receivedAt: now.toISOString(),
      tls: Boolean(session.secure),
    };
    const prefixFor = (id: string): Buffer =>
      receivedHeader({
        helo: envelope.helo,
        clientAddress: envelope.clientAddress,
        clientHostname: undefined,
        hostname: opts.hostname,
        id,
        tls: envelope.tls,
        recipient: rcptTo.length === 1 ? rcptTo[0] : undefined,
        date: now,
      });
    const normalizer = new LineEndingNormalizer();
    // Never destroy smtp-server's stream: it replies as soon as that stream closes, which
    // would answer while the client is still sending DATA. On failure, unpipe and drain it;
    // smtp-server sends our error reply after the final dot.
    const onClientError = (err: Error): void => {
      normalizer.destroy(err);
    };
    stream.once('error', onClientError);
    stream.pipe(normalizer);
    let id: string;
    let size: number;
    try {
      ({ id, size } = await spool.accept(
        envelope,
        prefixFor,
        normalizer,
        opts.limits.maxMessageBytes,
      ));
    } catch (err) {
      stream.unpipe(normalizer);
      normalizer.destroy();
      if (!stream.destroyed) stream.resume();
      throw err;
    } finally {
      stream.removeListener('error', onClientError);
    }
    (session as SessionState).queueId = id;
    if (stream.sizeExceeded) {
      (session as SessionState).queueId = undefined;
      await spool.remove(id);
      throw new MessageTooLargeError(size);
    }
    const waitMs = opts.beforeQueueWaitMs;
    const waiter = waitMs !== undefined ? deps.beforeQueue : undefined;
    // Listening starts before the job exists, so a verdict faster than this code is heard.
    const wait = waiter?.expect(id);
    try {
      const data: ScanJobData =
        waiter !== undefined
          ? { id, beforeQueue: { until: Date.now() + waitMs!, channel: waiter.channel } }
          : { id };
      await scanQueue.add('scan', data, { jobId: id });
    } catch (err) {
      waiter?.forget(id);
      await spool.remove(id).catch(() => undefined);
      throw new MailshieldError('MS_ERR_QUEUE', `queue add failed: ${errorMessage(err)}`, {
        cause: err,
      });
    }
    log.info(
      {
        event: 'ingress.queued',
        id,
        size,
        ip: envelope.clientAddress,
        from: mailFrom,
        rcpts: rcptTo.length,
        bareLineEndings: normalizer.rewritten || undefined,
      },
      'queued',
    );
    if (wait !== undefined) await beforeQueue(id, wait, waitMs!);
    return `2.0.0 Ok: queued as ${id}`;
  }

  /**
   * Before-queue mode: waits for the verdict, bounded. Throws the 550 for a message the
   * worker refused (it recorded the refusal and dropped the spool record first); returns
   * for anything else. When Redis cannot tell what was decided, a 451: the sender retries,
   * which at worst makes a second copy; a 250 could be a message silently dropped.
   */
  async function beforeQueue(
    id: string,
    wait: (ms: number) => Promise<WaitResult>,
    ms: number,
  ): Promise<void> {
    let result: WaitResult;
    try {
      result = await wait(ms);
    } catch (err) {
      throw new MailshieldError(
        'MS_ERR_QUEUE',
        `before-queue decision unknown: ${errorMessage(err)}`,
        { cause: err },
      );
    }
    if (result.decision === 'reject') {
      log.info(
        { event: 'ingress.refused', id, category: result.category, source: result.source },
        'refused before queue: 550',
      );
      deps.onBeforeQueue?.('refused');
      const what =
        result.category === 'malware'
          ? 'it carries malware'
          : result.category === ''
            ? 'refused by content policy'
            : `classified as ${result.category}`;
      throw new SmtpReplyError(550, `5.7.1 Message refused: ${what} (id ${id})`);
    }
    if (result.source !== 'notice') {
      log.info(
        { event: 'ingress.wait-ended', id, waitMs: ms },
        'no verdict within the before-queue wait: accepted, scanned after queue',
      );
      deps.onBeforeQueue?.('timeout');
    }
  }

  return server;
}

interface SessionState extends SMTPServerSession {
  counted?: boolean;
  /** Spool id of the message of the current DATA, once spooled (the trace's queue id). */
  queueId?: string | undefined;
}

/** Tempfail by default: only errors we recognise as permanent get a 5xx. */
function toSmtpError(err: unknown, log: Logger, session: SMTPServerSession): SmtpReplyError {
  if (err instanceof SmtpReplyError) return err;
  if (err instanceof MessageTooLargeError) {
    return new SmtpReplyError(552, '5.3.4 Message exceeds the size limit');
  }
  const code = err instanceof MailshieldError ? err.code : 'MS_ERR_INTERNAL';
  log.error(
    { event: 'ingress.tempfail', code, ip: session.remoteAddress, err },
    'tempfail on DATA',
  );
  if (code === 'MS_ERR_SPOOL_FULL') {
    return new SmtpReplyError(452, '4.3.1 Insufficient system storage, try again later');
  }
  return new SmtpReplyError(451, '4.3.0 Temporary failure, message not accepted, try again later');
}
