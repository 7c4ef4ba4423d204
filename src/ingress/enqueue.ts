import type { Queue } from 'bullmq';
import type { ScanJobData } from '../queue/jobs.js';

/**
 * Adds scan jobs in batches: every add requested while the event loop runs one round
 * goes to Redis as one `addBulk` (one round trip, one write). Spool flushes are shared
 * (group commit), so the sessions of one flush reach this point together. Each caller
 * still waits for its own job to be in Redis before the gateway answers 250.
 */
export class ScanEnqueuer {
  private pending: { id: string; resolve: () => void; reject: (err: unknown) => void }[] = [];

  constructor(private readonly queue: Queue<ScanJobData>) {}

  add(id: string): Promise<void> {
    return new Promise((resolve, reject) => {
      if (this.pending.length === 0) setImmediate(() => void this.flush());
      this.pending.push({ id, resolve, reject });
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      await this.queue.addBulk(
        batch.map((b) => ({ name: 'scan', data: { id: b.id }, opts: { jobId: b.id } })),
      );
      for (const b of batch) b.resolve();
    } catch (err) {
      for (const b of batch) b.reject(err);
    }
  }
}
