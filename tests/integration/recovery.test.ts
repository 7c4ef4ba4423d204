import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createReadStream, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { startPipeline, type Pipeline } from '../helpers/pipeline.js';
import { smtpSend, waitFor } from '../helpers/smtp-send.js';
import { TEST_NODE, isSpooled, sample, spoolFiles } from '../helpers/start-gateway.js';
import { scanQueueName } from '../../src/queue/jobs.js';
import { Spool } from '../../src/spool/spool.js';
import { openDb, type Db } from '../../src/store/db.js';
import { getMessage } from '../../src/store/messages-repo.js';
import { addPendingDelivery } from '../../src/store/deliveries-repo.js';
import type { Envelope } from '../../src/core/envelope.js';

const RCPT = 'vanthu@stttt.songhong.gov.vn';

/**
 * The recovery sweep gives every spooled file a scan job. For a message already held,
 * that job removes a spool copy left by a crash, but must leave alone the copy an
 * officer's release has just written (the release records its deliveries first).
 */
describe('recovery sweep and releases', () => {
  let p: Pipeline;
  let db: Db;
  let redis: Redis;
  let scanQueue: Queue;

  beforeAll(async () => {
    p = await startPipeline();
    db = await openDb(join(p.env.dataDir, 'mailshield.db'));
    redis = new Redis(p.env.redisUrl, { maxRetriesPerRequest: null });
    scanQueue = new Queue(scanQueueName(TEST_NODE), { connection: redis, prefix: p.env.prefix });
  });

  afterAll(async () => {
    await scanQueue?.close();
    redis?.disconnect();
    await db?.destroy();
    await p?.close();
  });

  async function heldMessage(): Promise<{ id: string; path: string; envelope: Envelope }> {
    const r = await smtpSend(
      p.ms.port,
      { from: 'a@example.com', to: [RCPT] },
      sample('spam/gtube.eml'),
    );
    expect(r.code).toBe(250);
    const id = r.id!;
    const row = await waitFor(
      async () => {
        const m = await getMessage(db, id);
        return m?.state === 'quarantined' ? m : undefined;
      },
      20_000,
      'the hold',
    );
    await waitFor(() => !isSpooled(p.env, id), 10_000, 'spool cleared');
    const envelope: Envelope = {
      mailFrom: 'a@example.com',
      rcptTo: [RCPT],
      clientAddress: '127.0.0.1',
      helo: 'quarantine-release',
      receivedAt: new Date(row.received_at).toISOString(),
      tls: false,
    };
    return { id, path: row.quarantine_path!, envelope };
  }

  /** What the sweep does for a spooled file; resolves once the job has run. */
  async function sweepJob(id: string): Promise<void> {
    await scanQueue.add('scan', { id }, { jobId: id, removeOnComplete: true });
    await waitFor(
      async () => (await scanQueue.getJob(id)) === undefined,
      20_000,
      'the scan job to run',
    );
  }

  it('keeps the spool copy of a release under way (deliveries recorded, state still held)', async () => {
    const { id, path, envelope } = await heldMessage();
    const spool = new Spool(join(p.env.dataDir, 'spool'));
    await addPendingDelivery(db, id, 'STTTT', [RCPT]);
    await spool.write(id, envelope, Buffer.alloc(0), createReadStream(path));
    await sweepJob(id);
    expect(spoolFiles(p.env)).toContain(`queue/${id}.msg`);
    expect(readFileSync(join(p.env.dataDir, 'spool/queue', `${id}.msg`)).length).toBeGreaterThan(0);
  });

  it('removes the spool copy a crash left behind for a held message', async () => {
    const { id, path, envelope } = await heldMessage();
    const spool = new Spool(join(p.env.dataDir, 'spool'));
    await spool.write(id, envelope, Buffer.alloc(0), createReadStream(path));
    await sweepJob(id);
    expect(spoolFiles(p.env)).not.toContain(`queue/${id}.msg`);
  });
});
