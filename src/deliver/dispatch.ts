import type { JobsOptions, Queue } from 'bullmq';
import type { SpoolEntry } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import type { MessageRow } from '../store/messages-repo.js';
import { listDeliveries } from '../store/deliveries-repo.js';
import { deliverJobId, parseRouteKey, type DeliverJobData, type Route } from '../queue/jobs.js';
import type { DeliveryLeft } from './deliver-processor.js';

/** The first attempt at a route, made in the caller's job (DeliverProcessor.deliverFirst). */
export type FirstAttempt = (
  entry: SpoolEntry,
  data: DeliverJobData,
) => Promise<DeliveryLeft | undefined>;

export interface DispatchDeps {
  db: Db;
  deliverQueue: Queue<DeliverJobData>;
  /**
   * The queue of released copies (queue/jobs.ts RELEASE_QUEUE), shared by every node: a
   * pending delivery of a released message is resumed there, never on this node's queue,
   * so one job id covers it across the cluster. Absent: this node's queue (one machine).
   */
  releaseQueue?: Queue<DeliverJobData>;
  deliverJobOptions: JobsOptions;
  /**
   * The first attempt, made right away when this process also runs the deliver stage;
   * without it every delivery is a deliver job.
   */
  first?: FirstAttempt;
}

/**
 * The deliver stage's public entrance for the other stages: starts the delivery of a
 * message whose deliveries are recorded as pending. The first attempt is made at once when
 * this process delivers (worth its speed: no deliver job at all for the common case); what
 * it leaves, or every route when this process does not deliver, becomes a deliver job whose
 * id makes adding it idempotent.
 */
export class DeliveryDispatch {
  constructor(private readonly deps: DispatchDeps) {}

  /** Starts one route's delivery: the first attempt here, or a deliver job. */
  async start(entry: SpoolEntry, data: DeliverJobData): Promise<void> {
    if (this.deps.first === undefined) return this.addJob(data, 0);
    const left = await this.deps.first(entry, data);
    if (left) await this.addJob(left.data, left.delayMs);
  }

  /**
   * Adds a deliver job for every delivery of the message still pending (a crash or Redis
   * loss after the verdict was recorded); job ids make this idempotent.
   */
  async enqueuePending(row: MessageRow): Promise<void> {
    // An officer's release (released_at set): its deliveries belong to the shared queue.
    const queue =
      row.released_at != null
        ? (this.deps.releaseQueue ?? this.deps.deliverQueue)
        : this.deps.deliverQueue;
    for (const d of await listDeliveries(this.deps.db, row.id)) {
      if (d.status !== 'pending') continue;
      const route = parseRouteKey(d.route);
      const data = deliverData(row, route, JSON.parse(d.recipients) as string[]);
      // A deliver job that failed (it stalled too often after worker crashes) while its
      // delivery is still pending is retried; otherwise the add is a no-op by job id.
      const existing = await queue.getJob(deliverJobId(row.id, route));
      if (existing && (await existing.isFailed())) {
        await existing.retry('failed');
        continue;
      }
      await this.addJob(data, 0, queue);
    }
  }

  private async addJob(
    data: DeliverJobData,
    delayMs: number,
    queue: Queue<DeliverJobData> = this.deps.deliverQueue,
  ): Promise<void> {
    const attempts = (this.deps.deliverJobOptions.attempts ?? 1) - (data.priorAttempts ?? 0);
    await queue.add('deliver', data, {
      ...this.deps.deliverJobOptions,
      jobId: deliverJobId(data.id, data.route),
      attempts: Math.max(attempts, 1),
      ...(delayMs > 0 ? { delay: delayMs } : {}),
    });
  }
}

/**
 * A deliver job's data for one route of a recorded message: the verdict headers come from
 * the row, so a resumed delivery carries what the first one would have.
 */
export function deliverData(row: MessageRow, route: Route, recipients: string[]): DeliverJobData {
  const data: DeliverJobData = { id: row.id, route, recipients };
  // The gateway's own mail (DSNs) has no agencies and carries no verdict headers.
  if (row.agencies !== '[]') {
    const tagged = row.action === 'tag';
    data.verdict = { category: row.category ?? 'clean', score: row.score ?? 0, tagged };
  }
  return data;
}
