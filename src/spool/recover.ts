import type { Queue } from 'bullmq';
import type { Logger } from '../core/logger.js';
import type { ScanJobData } from '../queue/jobs.js';
import type { Spool } from './spool.js';

/**
 * Makes sure every spooled message has a scan job: after a crash, or when Redis came
 * back empty. The scan stage knows, from the store, whether a message still needs its
 * verdict or only its deliveries, so the sweep only ever adds scan jobs. Job ids make
 * it idempotent; failed jobs (retries spent) are retried.
 */
export async function requeueSpooled(
  spool: Spool,
  scanQueue: Queue<ScanJobData>,
  log: Logger,
): Promise<number> {
  let queued = 0;
  for (const id of await spool.list()) {
    const job = await scanQueue.getJob(id);
    if (!job) {
      await scanQueue.add('scan', { id }, { jobId: id });
      queued++;
      continue;
    }
    if (await job.isFailed()) {
      await job.retry('failed');
      queued++;
    }
  }
  if (queued > 0) log.info({ event: 'spool.requeued', count: queued }, 'requeued spooled messages');
  return queued;
}
