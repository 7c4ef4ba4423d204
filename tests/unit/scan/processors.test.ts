import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { Queue, type Job } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../../src/config/load.js';
import { TempFailError } from '../../../src/core/errors.js';
import { newId } from '../../../src/core/ids.js';
import { createLogger } from '../../../src/core/logger.js';
import { AgencyDirectory } from '../../../src/directory/directory.js';
import { DeliverProcessor } from '../../../src/deliver/deliver-processor.js';
import { DeliveryDispatch } from '../../../src/deliver/dispatch.js';
import { TransportPool } from '../../../src/deliver/transports.js';
import { workerConnection } from '../../../src/queue/connections.js';
import { deliverJobId, type DeliverJobData, type ScanJobData } from '../../../src/queue/jobs.js';
import { buildScanners, scanTimeoutMs } from '../../../src/scan/build-scanners.js';
import { ScanProcessor } from '../../../src/scan/scan-processor.js';
import { loadRules } from '../../../src/scan/rules/index.js';
import { Spool } from '../../../src/spool/spool.js';
import type { Db } from '../../../src/store/db.js';
import { listDeliveries } from '../../../src/store/deliveries-repo.js';
import { getMessage } from '../../../src/store/messages-repo.js';
import { startSink, type Sink } from '../../helpers/sink-smtp.js';
import { testStore, type TestStore } from '../../helpers/test-store.js';

/**
 * ScanProcessor and DeliverProcessor on their own: a real spool, SQLite store, Redis queue
 * (own prefix) and a capturing next hop; the worker's scanners without clamd.
 */
const ROOT = join(import.meta.dirname, '../../..');
const RCPT = 'vanthu@stttt.songhong.gov.vn';
const cfg = loadConfig({}, ROOT);
const prefix = `ms-test-${randomUUID()}`;
const log = createLogger('silent');
const dir = mkdtempSync(join(tmpdir(), 'ms-proc-'));
let store: TestStore;
let db: Db;
let sink: Sink;
let spool: Spool;
let queue: Queue<DeliverJobData>;
let directory: AgencyDirectory;

beforeAll(async () => {
  store = testStore('sqlite');
  db = await store.open();
  sink = await startSink();
  spool = new Spool(join(dir, 'spool'));
  await spool.ensureDirs();
  queue = new Queue<DeliverJobData>('deliver', {
    connection: workerConnection(cfg.redis.url),
    prefix,
  });
  directory = new AgencyDirectory([
    {
      code: 'STTTT',
      name: 'So Thong tin',
      domains: ['stttt.songhong.gov.vn'],
      nextHop: { host: '127.0.0.1', port: sink.port },
    },
  ]);
});

afterAll(async () => {
  await queue.obliterate({ force: true });
  await queue.close();
  await sink.close();
  await db.destroy();
  await store.drop();
  rmSync(dir, { recursive: true, force: true });
});

async function spooled(sample: string, mailFrom = 'partner@example.com'): Promise<string> {
  const id = newId();
  await spool.write(
    id,
    {
      mailFrom,
      rcptTo: [RCPT],
      clientAddress: '192.0.2.10',
      helo: 'mail.example.com',
      receivedAt: new Date().toISOString(),
      tls: false,
    },
    Buffer.alloc(0),
    Readable.from([readFileSync(join(ROOT, 'samples', sample))]),
  );
  return id;
}

function deliverer(): DeliverProcessor {
  return new DeliverProcessor({
    spool,
    db,
    directory,
    transports: new TransportPool({ hostname: 'gw.test', timeoutMs: 5_000, poolSize: 1 }),
    deliverQueue: queue,
    deliverJobOptions: { attempts: 3 },
    hostname: 'gw.test',
    postmaster: 'postmaster@gw.test',
    dsnRelay: undefined,
    tagSubjectPrefix: '[SPAM?]',
    limits: cfg.limits,
    retryDelay: () => 1_000,
    log,
  });
}

function scanner(first?: DeliverProcessor): ScanProcessor {
  const rules = loadRules(cfg.rules.dir, {
    lists: { agency_domains: directory.domains() },
    scanChars: cfg.limits.ruleScanBytes,
  });
  return new ScanProcessor({
    spool,
    db,
    directory,
    deliveries: new DeliveryDispatch({
      db,
      deliverQueue: queue,
      deliverJobOptions: { attempts: 3 },
      ...(first ? { first: first.deliverFirst.bind(first) } : {}),
    }),
    scanners: buildScanners(cfg, { rules, directory, clamav: false, auth: 'off' }),
    limits: cfg.limits,
    thresholds: cfg.thresholds,
    quarantineDir: join(dir, 'quarantine'),
    jobTimeoutMs: scanTimeoutMs(cfg),
    log,
  });
}

const scanJob = (id: string) => ({ data: { id } }) as Job<ScanJobData>;

describe('ScanProcessor', () => {
  it('records a clean verdict and queues one deliver job per agency, once however often it runs', async () => {
    const id = await spooled('ham/plain-text-en.eml');
    const proc = scanner();
    const outcome = await proc.process(scanJob(id));
    expect(outcome).toMatchObject({ category: 'clean', action: 'deliver' });
    expect((await getMessage(db, id))?.state).toBe('delivering');
    expect((await listDeliveries(db, id)).map((d) => d.status)).toEqual(['pending']);
    // A retry of the job acts on the recorded verdict: still one job.
    expect(await proc.process(scanJob(id))).toMatchObject({ category: 'clean' });
    const job = await queue.getJob(deliverJobId(id, { kind: 'agency', code: 'STTTT' }));
    expect(job?.data).toMatchObject({ id, recipients: [RCPT], verdict: { category: 'clean' } });
    expect(await spool.exists(id)).toBe(true);
    await job?.remove();
  });

  it('holds spam in quarantine, removes the spool copy and queues no delivery', async () => {
    const id = await spooled('spam/gtube.eml');
    const outcome = await scanner().process(scanJob(id));
    expect(outcome).toMatchObject({ category: 'spam', action: 'quarantine' });
    const row = await getMessage(db, id);
    expect(row?.state).toBe('quarantined');
    expect(existsSync(row?.quarantine_path ?? '')).toBe(true);
    expect(await spool.exists(id)).toBe(false);
    expect(await queue.getJob(deliverJobId(id, { kind: 'agency', code: 'STTTT' }))).toBeUndefined();
  });

  it('delivers through the deliver module’s first attempt, with no deliver job, when the worker delivers', async () => {
    const id = await spooled('ham/plain-text-en.eml');
    const before = sink.messages.length;
    await scanner(deliverer()).process(scanJob(id));
    expect(sink.messages.length).toBe(before + 1);
    expect(sink.messages.at(-1)?.to).toEqual([RCPT]);
    expect((await getMessage(db, id))?.state).toBe('delivered');
    expect(await spool.exists(id)).toBe(false);
    expect(await queue.getJob(deliverJobId(id, { kind: 'agency', code: 'STTTT' }))).toBeUndefined();
  });

  it('answers null for a job whose message is not in the spool', async () => {
    expect(await scanner().process(scanJob(newId()))).toBeNull();
  });
});

describe('DeliverProcessor', () => {
  async function deliverJob(id: string): Promise<Job<DeliverJobData>> {
    await scanner().process(scanJob(id));
    const job = await queue.getJob(deliverJobId(id, { kind: 'agency', code: 'STTTT' }));
    if (job === undefined) throw new Error('no deliver job');
    return job;
  }

  it('delivers a job to the agency’s next hop, finishes the delivery and frees the spool', async () => {
    const id = await spooled('ham/plain-text-en.eml');
    const job = await deliverJob(id);
    const before = sink.messages.length;
    await deliverer().process(job);
    expect(sink.messages.length).toBe(before + 1);
    expect((await listDeliveries(db, id)).map((d) => d.status)).toEqual(['sent']);
    expect(await spool.exists(id)).toBe(false);
  });

  it('throws a TempFailError and keeps the message when the next hop answers 4xx', async () => {
    const id = await spooled('ham/plain-text-en.eml');
    const job = await deliverJob(id);
    sink.behaviour.onRcpt = () => [451, '4.3.0 try later'];
    try {
      await expect(deliverer().process(job)).rejects.toBeInstanceOf(TempFailError);
    } finally {
      delete sink.behaviour.onRcpt;
    }
    expect((await listDeliveries(db, id)).map((d) => d.status)).toEqual(['pending']);
    expect(await spool.exists(id)).toBe(true);
  });

  it('bounces on 5xx: the delivery is final, a DSN to an agency sender is queued', async () => {
    const id = await spooled('ham/plain-text-en.eml', 'canbo@stttt.songhong.gov.vn');
    const job = await deliverJob(id);
    sink.behaviour.onRcpt = () => [550, '5.1.1 no such user'];
    try {
      await deliverer().process(job);
    } finally {
      delete sink.behaviour.onRcpt;
    }
    expect((await listDeliveries(db, id)).map((d) => d.status)).toEqual(['bounced']);
    expect(await spool.exists(id)).toBe(false);
    const dsn = (await queue.getJobs(['waiting', 'delayed'])).find(
      (j) => j.data.id !== id && j.data.recipients.includes('canbo@stttt.songhong.gov.vn'),
    );
    expect(dsn).toBeDefined();
  });
});
