import { join, resolve } from 'node:path';
import type { Readable } from 'node:stream';
import { Queue, Worker, UnrecoverableError, type Job, type JobsOptions } from 'bullmq';
import type { SMTPServer } from 'smtp-server';
import type { LoadedConfig } from '../config/load.js';
import type { Logger } from '../core/logger.js';
import { PermanentError, errorMessage } from '../core/errors.js';
import { loadDirectory, parseHostPort, type AgencyDirectory } from '../directory/directory.js';
import { Spool } from '../spool/spool.js';
import { requeueSpooled } from '../spool/recover.js';
import { producerConnection, workerConnection } from '../queue/connections.js';
import { backoffDelay } from '../queue/backoff.js';
import { BeforeQueueWaiter, BeforeQueueWorkerSide } from '../queue/before-queue.js';
import {
  RELEASE_QUEUE,
  deliverQueueName,
  scanQueueName,
  type DeliverJobData,
  type ScanJobData,
} from '../queue/jobs.js';
import { ClusterQueueCounts, registerNode } from '../queue/nodes.js';
import { claimSpool } from '../spool/node-claim.js';
import { buildGateway } from '../ingress/server.js';
import { TraceRecorder } from '../ingress/trace-recorder.js';
import { deleteSmtpTraceBefore, insertSmtpTrace } from '../store/trace-repo.js';
import { loadTls } from '../ingress/tls.js';
import { openDb, type Db } from '../store/db.js';
import { bumpCounter, type CounterName } from '../store/counters-repo.js';
import { ScanProcessor, type ScanDeps } from '../scan/scan-processor.js';
import { buildScanners, scanTimeoutMs } from '../scan/build-scanners.js';
import { AutolearnWriter, autolearnClass } from '../scan/bayes/autolearn.js';
import { tokenize } from '../scan/bayes/tokenize.js';
import { SenderListCache } from '../senders/cache.js';
import { BayesStore } from '../scan/bayes/model-file.js';
import { learnMessage } from '../scan/bayes/learn.js';
import { autolearnDir, bayesModelPath } from './learn.js';
import { loadRules } from '../scan/rules/index.js';
import { DeliverProcessor } from '../deliver/deliver-processor.js';
import { DeliveryDispatch } from '../deliver/dispatch.js';
import { resumeReleases } from '../deliver/resume-releases.js';
import { TransportPool } from '../deliver/transports.js';
import { startMonthlyReports } from '../report/monthly.js';
import { reportDocument } from '../report/document.js';
import { buildWebApp } from '../web/app.js';
import { buildMetricsApp } from '../web/metrics-app.js';
import { pruneSessions } from '../web/accounts/sessions.js';
import { purgeExpired } from '../quarantine/purge.js';
import type { HeldStorage } from '../quarantine/storage.js';

export interface Closable {
  close(): Promise<void>;
}

export function spoolDir(cfg: LoadedConfig): string {
  return join(cfg.dataDir, 'spool');
}

export function quarantineDir(cfg: LoadedConfig): string {
  return join(cfg.dataDir, 'quarantine');
}

/**
 * Where workers put held bytes: the shared store whenever the store is shared (PostgreSQL),
 * so every node reads them; a file on the one machine otherwise (config/schema.ts).
 */
export function heldStorage(cfg: LoadedConfig): HeldStorage {
  return cfg.quarantine.storage ?? (cfg.database.url ? 'store' : 'file');
}

function deliverJobOptions(cfg: LoadedConfig): JobsOptions {
  return {
    attempts: cfg.deliver.retry.attempts,
    backoff: { type: 'capped' },
    removeOnComplete: { count: 10_000 },
    removeOnFail: { count: 10_000 },
  };
}

function scanJobOptions(cfg: LoadedConfig): JobsOptions {
  return {
    attempts: cfg.worker.scanRetry.attempts,
    backoff: { type: 'capped' },
    // Completed scan jobs go: the verdict lives in the store, and the recovery sweep
    // re-adds a job by id for any message still spooled.
    removeOnComplete: true,
    removeOnFail: false,
  };
}

/** The ingress: SMTP server, spool, scan queue producer and the recovery sweep. */
export async function startGateway(
  cfg: LoadedConfig,
  log: Logger,
): Promise<Closable & { server: SMTPServer; port: number }> {
  const directory = loadDirectory(cfg.agencies);
  await claimSpool(spoolDir(cfg), cfg.nodeId);
  const spool = new Spool(spoolDir(cfg), cfg.spool);
  const strays = await spool.init();
  if (strays > 0)
    log.warn({ event: 'spool.recovered', strays }, 'removed half-written spool files');
  // The store takes the gateway's counters (deadlines, damaged records) for /metrics;
  // opened on the first count, so it costs the start-up nothing.
  let dbp: Promise<Db> | undefined;
  const count = (name: CounterName, n = 1): void => {
    dbp ??= openDb(cfg.database);
    dbp
      .then((db) => bumpCounter(db, name, n))
      .catch((err: unknown) =>
        log.warn({ err: errorMessage(err), counter: name }, 'counter not updated'),
      );
  };
  for (const d of spool.damaged) {
    log.error(
      {
        event: 'spool.damaged',
        segment: d.segment,
        offset: d.offset,
        length: d.length,
        id: d.id,
        file: d.file,
      },
      'damaged spool record moved aside; the records after it are kept (mailshield spool damaged)',
    );
  }
  if (spool.damaged.length > 0) count('spool_damaged_records', spool.damaged.length);
  // The message trace of the SMTP phase: buffered, written in batches; a store error costs
  // trace rows (counted), never an SMTP reply.
  let droppedLogged = 0;
  let dropped = 0;
  const recorder = new TraceRecorder({
    write: async (rows) => {
      dbp ??= openDb(cfg.database);
      const db = await dbp;
      await insertSmtpTrace(db, rows);
      // Rows lost earlier are counted once the store answers again, in one update.
      if (dropped > 0) {
        const n = dropped;
        dropped = 0;
        await bumpCounter(db, 'smtp_trace_dropped', n).catch(() => (dropped += n));
      }
    },
    maxBuffered: cfg.trace.bufferRows,
    flushMs: cfg.trace.flushMs,
    onDropped: (rows, reason, err) => {
      dropped += rows;
      // One warning a minute at most: a store outage must not flood the log either.
      if (Date.now() - droppedLogged > 60_000) {
        droppedLogged = Date.now();
        log.warn(
          { event: 'ingress.trace-dropped', rows, reason, err: err && errorMessage(err) },
          'message trace rows lost (the sessions were answered as usual)',
        );
      }
    },
  });
  const tls = loadTls(cfg.smtp.tls, cfg.dataDir, cfg.hostname);
  const connection = producerConnection(cfg.redis);
  connection.on('error', (err) => log.debug({ err: err.message }, 'redis producer error'));
  // This node's own scan queue (issue #16): only workers that read this spool take its jobs.
  const scanQueue = new Queue<ScanJobData>(scanQueueName(cfg.nodeId), {
    connection,
    prefix: cfg.queue.prefix,
    defaultJobOptions: scanJobOptions(cfg),
  });
  scanQueue.on('error', (err) => log.debug({ err: err.message }, 'scan queue error'));
  // Before-queue mode: one subscriber connection (it waits out outages and resubscribes;
  // a session that misses a notice decides by the key at its bound).
  const bq = cfg.smtp.beforeQueue;
  const subscriber = bq.enabled ? workerConnection(cfg.redis) : undefined;
  subscriber?.on('error', (err) => log.debug({ err: err.message }, 'redis subscriber error'));
  const waiter = subscriber
    ? new BeforeQueueWaiter(subscriber, connection, cfg.queue.prefix)
    : undefined;
  waiter?.start().catch((err: unknown) => {
    log.warn({ err: errorMessage(err) }, 'before-queue notices not subscribed');
  });
  const server = buildGateway(
    {
      hostname: cfg.hostname,
      limits: cfg.limits,
      maxClients: cfg.smtp.maxClients,
      maxConnectionsPerIp: cfg.smtp.maxConnectionsPerIp,
      greetWaitMs: cfg.smtp.greetWaitMs,
      socketTimeoutMs: cfg.smtp.socketTimeoutMs,
      dataDeadlineMs: cfg.smtp.dataDeadlineMs,
      sessionDeadlineMs: cfg.smtp.sessionDeadlineMs,
      tls,
      ...(bq.enabled ? { beforeQueueWaitMs: bq.waitMs } : {}),
    },
    {
      spool,
      scanQueue,
      directory,
      log,
      onDeadline: (phase) =>
        count(phase === 'data' ? 'smtp_data_deadline' : 'smtp_session_deadline'),
      ...(waiter ? { beforeQueue: waiter } : {}),
      onBeforeQueue: (outcome) =>
        count(outcome === 'refused' ? 'before_queue_refused' : 'before_queue_timeout'),
      trace: (ev) => recorder.record(ev),
    },
  );
  server.on('error', (err) => log.error({ err }, 'smtp server error'));

  // Recovery at start, then a periodic sweep for a Redis that lost its data.
  const sweep = async (): Promise<void> => {
    try {
      await registerNode(connection, cfg.queue.prefix, cfg.nodeId);
      await requeueSpooled(spool, scanQueue, log);
      const removed = await spool.collect();
      if (removed > 0) log.debug({ event: 'spool.collected', segments: removed }, 'segments done');
    } catch (err) {
      log.warn(
        { event: 'spool.requeued', err: errorMessage(err) },
        'requeue sweep failed; will retry',
      );
    }
  };
  await waitReady(scanQueue, log);
  await sweep();
  const timer = setInterval(() => void sweep(), cfg.queue.sweepIntervalMs);
  timer.unref();

  const port = await new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    server.listen(cfg.smtp.port, cfg.smtp.host, () => {
      const addr = server.server.address();
      resolve(typeof addr === 'object' && addr ? addr.port : cfg.smtp.port);
    });
  });
  log.info(
    {
      event: 'ingress.listening',
      node: cfg.nodeId,
      host: cfg.smtp.host,
      port,
      tls: tls.selfSigned ? 'self-signed' : 'configured',
    },
    'SMTP listening',
  );
  return {
    server,
    port,
    async close() {
      clearInterval(timer);
      await new Promise<void>((r) => server.close(() => r()));
      await recorder.close();
      await spool.close();
      await waiter?.close();
      await scanQueue.close();
      connection.disconnect();
      if (dbp) await (await dbp).destroy();
    },
  };
}

async function waitReady(queue: Queue, log: Logger): Promise<void> {
  // The gateway starts even when Redis is down (every DATA then answers 451); the
  // sweep runs once Redis answers.
  try {
    await Promise.race([
      queue.waitUntilReady(),
      new Promise((_, rej) => setTimeout(() => rej(new Error('timeout')), 5_000)),
    ]);
  } catch (err) {
    log.warn({ err: errorMessage(err) }, 'Redis not ready; SMTP will answer 451 until it is');
  }
}

export interface WorkerOptions {
  queues: ('scan' | 'deliver')[];
  scanConcurrency: number;
  deliverConcurrency: number;
}

/** Scan and/or deliver workers in this process. */
export async function startWorkers(
  cfg: LoadedConfig,
  log: Logger,
  opts: WorkerOptions,
): Promise<Closable> {
  const directory: AgencyDirectory = loadDirectory(cfg.agencies);
  // The node's spool (issue #16): its jobs are on its queues, its messages in this folder.
  await claimSpool(spoolDir(cfg), cfg.nodeId);
  const spool = new Spool(spoolDir(cfg));
  await spool.ensureDirs();
  const db: Db = await openDb(cfg.database);
  const producer = workerConnection(cfg.redis);
  producer.on('error', (err) => log.debug({ err: err.message }, 'redis error'));
  const deliverQueue = new Queue<DeliverJobData>(deliverQueueName(cfg.nodeId), {
    connection: producer,
    prefix: cfg.queue.prefix,
  });
  deliverQueue.on('error', (err) => log.debug({ err: err.message }, 'deliver queue error'));
  // Released copies are delivered from the shared quarantine storage by any node's worker.
  const releaseQueue = new Queue<DeliverJobData>(RELEASE_QUEUE, {
    connection: producer,
    prefix: cfg.queue.prefix,
  });
  releaseQueue.on('error', (err) => log.debug({ err: err.message }, 'release queue error'));
  const closers: (() => Promise<void>)[] = [];
  const djo = deliverJobOptions(cfg);

  // The deliver stage's processor exists first: the scan stage makes first attempts with it.
  const transports = opts.queues.includes('deliver')
    ? new TransportPool({
        hostname: cfg.hostname,
        timeoutMs: cfg.deliver.timeoutMs,
        poolSize: cfg.deliver.poolSize,
      })
    : undefined;
  const deliverProcessor = transports
    ? new DeliverProcessor({
        spool,
        db,
        directory,
        transports,
        deliverQueue,
        deliverJobOptions: djo,
        hostname: cfg.hostname,
        postmaster: cfg.deliver.postmaster ?? `postmaster@${cfg.hostname}`,
        dsnRelay: cfg.deliver.dsnRelay ? parseHostPort(cfg.deliver.dsnRelay) : undefined,
        tagSubjectPrefix: cfg.tagSubjectPrefix,
        limits: cfg.limits,
        retryDelay: (n) => backoffDelay(n, cfg.deliver.retry),
        log,
      })
    : undefined;

  const dispatch = new DeliveryDispatch({
    db,
    deliverQueue,
    releaseQueue,
    deliverJobOptions: djo,
    ...(deliverProcessor ? { first: deliverProcessor.deliverFirst.bind(deliverProcessor) } : {}),
  });

  if (opts.queues.includes('scan')) {
    const rules = loadRules(cfg.rules.dir, {
      overrides: cfg.rules.overrides,
      lists: { agency_domains: directory.domains() },
      scanChars: cfg.limits.ruleScanBytes,
    });
    const autolearnWriters: AutolearnWriter[] = [];
    let autolearn: ScanDeps['autolearn'];
    let bayes: BayesStore | undefined;
    if (cfg.detection.bayes.enabled) {
      const auto = cfg.detection.bayes.autolearn;
      const source = auto.enabled
        ? { dir: autolearnDir(cfg), retentionDays: auto.retentionDays }
        : undefined;
      bayes = new BayesStore(bayesModelPath(cfg), undefined, source);
      if (source !== undefined) {
        const writer = new AutolearnWriter({ ...source, ...auto });
        autolearnWriters.push(writer);
        autolearn = (mail, verdict, auth) => {
          const cls = autolearnClass(verdict, auth, auto.spamRulesScore);
          if (cls !== undefined) writer.add(tokenize(mail), cls);
        };
      }
    }
    const scanners = buildScanners(cfg, {
      rules,
      directory,
      senderLists: new SenderListCache(db, cfg.senderLists.refreshMs, log),
      ...(bayes === undefined ? {} : { bayes }),
      onRulesOverrun: () => {
        bumpCounter(db, 'rules_budget_overrun').catch((err: unknown) =>
          log.warn({ err: errorMessage(err) }, 'counter not updated'),
        );
      },
    });
    const processor = new ScanProcessor({
      spool,
      db,
      directory,
      deliveries: dispatch,
      scanners,
      limits: cfg.limits,
      thresholds: cfg.thresholds,
      quarantineDir: quarantineDir(cfg),
      heldStorage: heldStorage(cfg),
      // Jobs of sessions waiting in before-queue mode (whatever this process's config says:
      // the gateway that added the job decides).
      beforeQueue: new BeforeQueueWorkerSide(producer, cfg.queue.prefix),
      jobTimeoutMs: scanTimeoutMs(cfg),
      ...(autolearn === undefined ? {} : { autolearn }),
      log,
    });
    closers.push(() => {
      for (const w of autolearnWriters) w.flush();
      return Promise.resolve();
    });
    const worker = new Worker<ScanJobData>(
      scanQueueName(cfg.nodeId),
      async (job: Job<ScanJobData>) => {
        try {
          return await processor.process(job);
        } catch (err) {
          const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
          log.warn(
            {
              event: 'scan.tempfail',
              id: job.data.id,
              attempt: job.attemptsMade + 1,
              err: errorMessage(err),
            },
            'scan failed; will retry',
          );
          if (last) processor.onExhausted(job, err as Error);
          throw err;
        }
      },
      {
        connection: workerConnection(cfg.redis),
        prefix: cfg.queue.prefix,
        concurrency: opts.scanConcurrency,
        lockDuration: cfg.worker.lockDurationMs,
        stalledInterval: cfg.worker.lockDurationMs,
        maxStalledCount: cfg.worker.maxStalledCount,
        settings: {
          backoffStrategy: (attempts: number) => backoffDelay(attempts, cfg.worker.scanRetry),
        },
      },
    );
    worker.on('error', (err) => log.warn({ err: err.message }, 'scan worker error'));
    closers.push(() => worker.close());
  }

  if (deliverProcessor && transports) {
    // This node's deliveries, and released copies from any node (the same processor: a
    // released message is read from the quarantine storage when no spool holds it).
    const deliverWorker = (name: string): Worker<DeliverJobData> =>
      new Worker<DeliverJobData>(
        name,
        async (job: Job<DeliverJobData>) => {
          try {
            return await deliverProcessor.process(job);
          } catch (err) {
            if (err instanceof PermanentError) throw new UnrecoverableError(err.message);
            throw err;
          }
        },
        {
          connection: workerConnection(cfg.redis),
          prefix: cfg.queue.prefix,
          concurrency: opts.deliverConcurrency,
          lockDuration: cfg.worker.lockDurationMs,
          stalledInterval: cfg.worker.lockDurationMs,
          maxStalledCount: cfg.worker.maxStalledCount,
          settings: {
            // A job that carries on after the scan job's first attempt counts that one too.
            backoffStrategy: (
              attempts: number,
              _type?: string,
              _err?: Error,
              job?: { data: unknown },
            ) =>
              backoffDelay(
                attempts + ((job?.data as DeliverJobData | undefined)?.priorAttempts ?? 0),
                cfg.deliver.retry,
              ),
          },
        },
      );
    const workers = [deliverWorker(deliverQueueName(cfg.nodeId)), deliverWorker(RELEASE_QUEUE)];
    for (const w of workers) {
      w.on('error', (err) => log.warn({ err: err.message }, 'deliver worker error'));
    }
    // Released messages whose jobs a crash or a Redis loss took (deliver/resume-releases.ts).
    const sweep = async (): Promise<void> => {
      try {
        await resumeReleases(db, dispatch);
      } catch (err) {
        log.warn({ err: errorMessage(err) }, 'release sweep failed; will retry');
      }
    };
    await sweep();
    const timer = setInterval(() => void sweep(), cfg.queue.sweepIntervalMs);
    timer.unref();
    closers.push(async () => {
      clearInterval(timer);
      for (const w of workers) await w.close();
      transports.close();
    });
  }
  log.info({ event: 'worker.ready', node: cfg.nodeId, queues: opts.queues }, 'workers ready');
  return {
    async close() {
      for (const c of closers) await c();
      await deliverQueue.close();
      await releaseQueue.close();
      producer.disconnect();
      await spool.close();
      await db.destroy();
    },
  };
}

/**
 * The monthly report files (and mail) and the daily purge of old event rows; run by
 * `mailshield start` only, so a deployment of several processes runs it once.
 */
export async function startMonthlyRun(cfg: LoadedConfig, log: Logger): Promise<Closable> {
  const directory = loadDirectory(cfg.agencies);
  const db = await openDb(cfg.database);
  const mailing = cfg.reports.mailTo.length > 0;
  const connection = mailing ? workerConnection(cfg.redis) : undefined;
  connection?.on('error', (err) => log.debug({ err: err.message }, 'redis error'));
  const deliverQueue = connection
    ? new Queue<DeliverJobData>(deliverQueueName(cfg.nodeId), {
        connection,
        prefix: cfg.queue.prefix,
      })
    : undefined;
  deliverQueue?.on('error', (err) => log.debug({ err: err.message }, 'deliver queue error'));
  const run = startMonthlyReports({
    db,
    directory,
    dir: resolve(cfg.dataDir, cfg.reports.dir),
    lang: cfg.reports.lang,
    document: reportDocument(cfg.reports),
    retentionMonths: cfg.reports.retentionMonths,
    mailTo: cfg.reports.mailTo,
    ...(deliverQueue
      ? {
          mail: {
            spool: new Spool(spoolDir(cfg)),
            deliverQueue,
            deliverJobOptions: deliverJobOptions(cfg),
            postmaster: cfg.deliver.postmaster ?? `postmaster@${cfg.hostname}`,
            hostname: cfg.hostname,
            hasRelay: cfg.deliver.dsnRelay !== undefined,
          },
        }
      : {}),
    log,
  });
  return {
    async close() {
      await run.close();
      await deliverQueue?.close();
      connection?.disconnect();
      await db.destroy();
    },
  };
}

/**
 * The web UI and JSON API (and /healthz, /metrics, on their own address when
 * `web.metrics` is set), plus the hourly retention purge of the quarantine.
 */
export async function startWeb(
  cfg: LoadedConfig,
  log: Logger,
): Promise<Closable & { port: number; metricsPort: number | undefined }> {
  const directory = loadDirectory(cfg.agencies);
  const db = await openDb(cfg.database);
  // Fail fast: an officer releasing while Redis is down gets an error, not a hang.
  const connection = producerConnection(cfg.redis);
  connection.on('error', (err) => log.debug({ err: err.message }, 'redis web error'));
  // A release goes to the queue every node's deliver workers serve (issue #16).
  const deliverQueue = new Queue<DeliverJobData>(RELEASE_QUEUE, {
    connection,
    prefix: cfg.queue.prefix,
  });
  deliverQueue.on('error', (err) => log.debug({ err: err.message }, 'deliver queue error'));
  // The counts of every node's queues: a web node shows the whole cluster.
  const cluster = new ClusterQueueCounts(connection, cfg.queue.prefix);
  const queueCounts = (): Promise<Record<string, Record<string, number>>> => cluster.counts();
  const common = { db, limits: cfg.limits, queueCounts, log };
  const app = await buildWebApp({
    ...common,
    config: cfg.web,
    agencies: directory.agencies.map((a) => ({ code: a.code, name: a.name, domains: a.domains })),
    release: { db, directory, deliverQueue, deliverJobOptions: deliverJobOptions(cfg) },
    learn: cfg.detection.bayes.enabled ? bayesLearner(cfg) : undefined,
    serveHealth: cfg.web.metrics === undefined,
    reportTimeoutMs: cfg.reports.queryTimeoutMs,
    reportDocument: reportDocument(cfg.reports),
  });
  await app.listen({ host: cfg.web.host, port: cfg.web.port });
  const addr = app.server.address();
  const port = typeof addr === 'object' && addr ? addr.port : cfg.web.port;
  let metricsApp: Awaited<ReturnType<typeof buildMetricsApp>> | undefined;
  let metricsPort: number | undefined;
  if (cfg.web.metrics) {
    metricsApp = await buildMetricsApp(db, queueCounts);
    await metricsApp.listen({ host: cfg.web.metrics.host, port: cfg.web.metrics.port });
    const m = metricsApp.server.address();
    metricsPort = typeof m === 'object' && m ? m.port : cfg.web.metrics.port;
  }
  log.info({ event: 'web.listening', host: cfg.web.host, port, metricsPort }, 'web listening');

  const times = {
    idleMs: cfg.web.sessionIdleMinutes * 60_000,
    maxMs: cfg.web.sessionMaxHours * 3_600_000,
  };
  const housekeeping = async (): Promise<void> => {
    try {
      const purged = await purgeExpired(db, cfg.quarantine.retentionDays);
      if (purged.length > 0)
        log.info({ event: 'quarantine.purged', count: purged.length }, 'purged');
      const traced = await deleteSmtpTraceBefore(
        db,
        Date.now() - cfg.trace.retentionDays * 86_400_000,
      );
      if (traced > 0) log.info({ event: 'trace.purged', count: traced }, 'trace rows purged');
      await pruneSessions(db, times);
    } catch (err) {
      log.warn({ err: errorMessage(err) }, 'quarantine purge failed; will retry');
    }
  };
  await housekeeping();
  const timer = setInterval(() => void housekeeping(), 3_600_000);
  timer.unref();
  return {
    port,
    metricsPort,
    async close() {
      clearInterval(timer);
      await app.close();
      await metricsApp?.close();
      await deliverQueue.close();
      await cluster.close();
      connection.disconnect();
      await db.destroy();
    },
  };
}

/** Officers' spam / not-spam marks teach the model file the scan workers read. */
function bayesLearner(cfg: LoadedConfig): (raw: Readable, isSpam: boolean) => Promise<void> {
  const store = new BayesStore(bayesModelPath(cfg));
  return async (raw, isSpam) => {
    await learnMessage(store, raw, isSpam, cfg.limits);
  };
}
