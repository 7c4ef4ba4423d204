import type { Redis } from 'ioredis';
import { Queue } from 'bullmq';
import { RELEASE_QUEUE, deliverQueueName, scanQueueName } from './jobs.js';

/**
 * The gateway nodes that share a Redis (issue #16), as a set `<prefix>:nodes`: each
 * gateway adds its id on every sweep (so a Redis that lost its data learns them again
 * within a sweep), and whoever shows the whole cluster (the web's queue counts and
 * /metrics) reads it. A node taken out of service stays listed until removed by hand
 * (`SREM <prefix>:nodes <id>`), which costs only an empty line in the counts.
 */
export function nodesKey(prefix: string): string {
  return `${prefix}:nodes`;
}

/** Adds this node to the cluster's list (idempotent). */
export async function registerNode(redis: Redis, prefix: string, node: string): Promise<void> {
  await redis.sadd(nodesKey(prefix), node);
}

/** The nodes known to the cluster, sorted. */
export async function listNodes(redis: Redis, prefix: string): Promise<string[]> {
  return (await redis.smembers(nodesKey(prefix))).sort();
}

type Counts = Record<string, number>;

function add(into: Counts, from: Counts): void {
  for (const [k, v] of Object.entries(from)) into[k] = (into[k] ?? 0) + v;
}

/**
 * Job counts of the whole cluster: `scan` and `deliver` summed over every node's queues
 * (the release queue counts as deliver), for /metrics and health. Queue handles are kept
 * between calls and closed with `close`.
 */
export class ClusterQueueCounts {
  private readonly queues = new Map<string, Queue>();

  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  async counts(): Promise<Record<string, Counts>> {
    const out: Record<string, Counts> = { scan: {}, deliver: {} };
    add(out.deliver!, await this.of(RELEASE_QUEUE));
    for (const node of await listNodes(this.redis, this.prefix)) {
      add(out.scan!, await this.of(scanQueueName(node)));
      add(out.deliver!, await this.of(deliverQueueName(node)));
    }
    return out;
  }

  async close(): Promise<void> {
    for (const q of this.queues.values()) await q.close();
    this.queues.clear();
  }

  private async of(name: string): Promise<Counts> {
    let q = this.queues.get(name);
    if (!q) {
      q = new Queue(name, { connection: this.redis, prefix: this.prefix });
      q.on('error', () => undefined);
      this.queues.set(name, q);
    }
    return q.getJobCounts();
  }
}
