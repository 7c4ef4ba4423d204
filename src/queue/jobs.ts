/** Job payloads: the only way stages talk to each other, besides the store. */
export const SCAN_QUEUE = 'scan';
export const DELIVER_QUEUE = 'deliver';
/**
 * Deliveries of released quarantine copies (issue #16): one queue on the shared Redis that
 * every deliver worker serves, whatever its node, because a release reads the held bytes
 * from the shared quarantine storage and never from a node's spool. One queue (not one per
 * node) also makes the job id `<id>.<route>` unique across the cluster: two nodes can never
 * both hold a job for the same released delivery.
 */
export const RELEASE_QUEUE = 'release';

/**
 * The scan queue of one gateway node (issue #16): each node spools to its own disk, as
 * each Postfix MX has its own queue, so only workers that read that node's spool may take
 * its jobs. `@` cannot appear in a node id (config/schema.ts), so names never collide.
 */
export function scanQueueName(node: string): string {
  return `${SCAN_QUEUE}@${node}`;
}

/** The deliver queue of one gateway node: deliveries read from that node's spool. */
export function deliverQueueName(node: string): string {
  return `${DELIVER_QUEUE}@${node}`;
}

/** Scan one spooled message. BullMQ jobId = spool id. */
export interface ScanJobData {
  id: string;
  /**
   * Set when an SMTP session waits for this verdict (before-queue mode, queue/before-queue.ts):
   * `until` is the session's deadline (epoch ms, the gateway's clock), `channel` where its
   * gateway listens for the verdict. Absent on jobs the recovery sweep adds: nobody waits
   * for those.
   */
  beforeQueue?: { until: number; channel: string };
}

/** Where a delivery goes: an agency's next hop, or the DSN relay for outside senders. */
export type Route = { kind: 'agency'; code: string } | { kind: 'dsn-relay' };

/** Deliver one spooled message to one next hop. BullMQ jobId = `<id>.<route key>`. */
export interface DeliverJobData {
  id: string;
  route: Route;
  /** Recipients still to deliver on this route (shrinks as some are accepted). */
  recipients: string[];
  /** Verdict headers to add; absent for DSNs and other gateway-made messages. */
  verdict?: { category: string; score: number; tagged: boolean };
  /**
   * Attempts made before this job existed (the first one, in the scan job). The job was
   * added with that many fewer attempts, and its retries follow the schedule from there.
   */
  priorAttempts?: number;
}

/** Route as stored in the deliveries table; `@dsn` cannot clash with an agency code. */
export function routeKey(route: Route): string {
  return route.kind === 'agency' ? route.code : '@dsn';
}

export function parseRouteKey(key: string): Route {
  return key === '@dsn' ? { kind: 'dsn-relay' } : { kind: 'agency', code: key };
}

export function deliverJobId(id: string, route: Route): string {
  return `${id}.${routeKey(route)}`;
}
