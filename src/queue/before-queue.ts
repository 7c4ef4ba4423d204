import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

/**
 * Before-queue mode (issue #14 item 6, `smtp.beforeQueue`): after the final dot the SMTP
 * session waits, bounded, for the verdict of the message it has just spooled, and refuses
 * malware and mail scored at or above `thresholds.reject` with `550 5.7.1`, so the sender
 * learns at once and the gateway never has to send backscatter.
 *
 * The danger is a race between the two processes: the session gives up waiting (and says
 * `250`) at the very moment the worker decides to refuse (and drops the message). A `250`
 * followed by a silent drop is the one thing a gateway may never do. So neither side
 * decides alone: one Redis key per message, `<prefix>:before-queue:<id>`, is the decision,
 * and it is written once, by whoever comes first:
 *
 * - the worker, holding a verdict to refuse while the session may still wait, writes
 *   `reject` if the key is absent (a Lua script: read and write in one step), and only
 *   then records the refusal and drops the spool record;
 * - the session, when its wait ends without an answer, writes `accept` if the key is
 *   absent (`SET NX`), and only then answers `250`; if `reject` is there, it answers `550`.
 *
 * The worker also announces every verdict of a waited-for message on the pub/sub channel of
 * the gateway process that waits (named in the job),
 * so a session answers as soon as the scan is done instead of at the end of the bound.
 * Pub/sub loses messages while a connection is down; that costs only the wait (the session
 * then decides by the key as above), never a wrong answer: the channel says when to look,
 * the key says what was decided. A worker that is down, slow or in another host is the
 * same case: the bound passes, the session writes `accept`, says `250`, and the worker
 * later finds `accept` and takes the normal after-queue path (quarantine or delivery).
 */

/** The decision stored in the key. */
export type BeforeQueueDecision = 'accept' | 'reject';

/** What the worker announces for a waited-for message. */
export interface BeforeQueueNotice {
  id: string;
  /** `reject` only after the worker wrote the key; otherwise the action it took. */
  action: string;
  category: string;
}

/**
 * How long a decision key lives. The worker writes `reject` only while the session may
 * still be waiting (the job's deadline plus `WORKER_GRACE_MS`), so the key has to outlive
 * that window, not the message: a day leaves any plausible clock difference between hosts
 * covered, and keys exist only for refused messages and for sessions that stopped waiting.
 */
export const DECISION_TTL_MS = 24 * 3_600_000;

/**
 * How long after the session's deadline (its clock, in the job) a worker may still refuse.
 * Past it the session has certainly written `accept` or answered: the worker does not try.
 * It covers clocks of the gateway and worker hosts a little apart; correctness never
 * depends on it (the key does), only the cost of a needless Redis call.
 */
export const WORKER_GRACE_MS = 60_000;

export function decisionKey(prefix: string, id: string): string {
  return `${prefix}:before-queue:${id}`;
}

/**
 * The channel of one gateway process: each hears only the verdicts of its own sessions
 * (several gateways share Redis; with one channel each would parse every notice).
 */
export function noticeChannel(prefix: string, gateway: string): string {
  return `${prefix}:before-queue:notices:${gateway}`;
}

// KEYS[1] decision key; ARGV[1] "1" when the worker may refuse, ARGV[2] TTL ms.
// Returns the decision in force: "reject" when this worker refused (now or in an earlier
// attempt of the same job: only workers write "reject"), "accept" otherwise.
const CLAIM_SCRIPT = `
local v = redis.call('GET', KEYS[1])
if v == 'reject' then return 'reject' end
if v == false and ARGV[1] == '1' then
  redis.call('SET', KEYS[1], 'reject', 'PX', ARGV[2])
  return 'reject'
end
return 'accept'
`;

/** Worker side: claims a refusal and announces verdicts. */
export class BeforeQueueWorkerSide {
  constructor(
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {}

  /**
   * The decision for a waited-for message: `reject` when `refuse` is asked and the session
   * has not already accepted it, or when an earlier attempt of this job refused it (the
   * sender may already have its 550: it must not be delivered now). `accept` otherwise.
   */
  async claim(id: string, refuse: boolean): Promise<BeforeQueueDecision> {
    const v = await this.redis.eval(
      CLAIM_SCRIPT,
      1,
      decisionKey(this.prefix, id),
      refuse ? '1' : '0',
      String(DECISION_TTL_MS),
    );
    return v === 'reject' ? 'reject' : 'accept';
  }

  /**
   * Tells the waiting session on its gateway's channel (from the job); lost when no session
   * listens, which only costs that session the rest of its wait.
   */
  async announce(channel: string, notice: BeforeQueueNotice): Promise<void> {
    await this.redis.publish(channel, JSON.stringify(notice));
  }
}

/** How a session's wait ended. */
export type WaitResult =
  | { decision: 'reject'; category: string; source: 'notice' | 'key' }
  | { decision: 'accept'; action: string; source: 'notice' | 'key' | 'timeout' };

/**
 * Gateway side: one subscriber connection for every session, and the producer connection
 * (fail-fast) for the decision key.
 */
export class BeforeQueueWaiter {
  private readonly waiting = new Map<string, (n: BeforeQueueNotice) => void>();
  private subscribed: Promise<unknown> | undefined;
  /** This process's notice channel, carried by the jobs its sessions wait for. */
  readonly channel: string;

  constructor(
    private readonly sub: Redis,
    private readonly redis: Redis,
    private readonly prefix: string,
  ) {
    this.channel = noticeChannel(prefix, randomUUID());
    sub.on('message', (channel: string, text: string) => {
      if (channel !== this.channel) return;
      let notice: BeforeQueueNotice;
      try {
        notice = JSON.parse(text) as BeforeQueueNotice;
      } catch {
        return;
      }
      this.waiting.get(notice.id)?.(notice);
    });
  }

  /** Subscribes once; later calls share the first. A failure is retried on the next call. */
  async start(): Promise<void> {
    this.subscribed ??= this.sub.subscribe(this.channel).catch((err: unknown) => {
      this.subscribed = undefined;
      throw err;
    });
    await this.subscribed;
  }

  /**
   * Registers the wait for `id` (call before the scan job is added, so a fast verdict is
   * not missed) and returns the function that waits at most `ms` for it and then decides.
   * Throws when Redis cannot be asked at the end: the caller answers 4xx, never 250 for a
   * message a worker may have refused.
   */
  expect(id: string): (ms: number) => Promise<WaitResult> {
    let heard: ((n: BeforeQueueNotice) => void) | undefined;
    const notice = new Promise<BeforeQueueNotice>((resolve) => {
      heard = resolve;
    });
    this.waiting.set(id, heard!);
    return async (ms: number): Promise<WaitResult> => {
      let timer: NodeJS.Timeout | undefined;
      try {
        const n = await Promise.race([
          notice,
          new Promise<undefined>((r) => {
            timer = setTimeout(() => r(undefined), ms);
          }),
        ]);
        if (n !== undefined) {
          return n.action === 'reject'
            ? { decision: 'reject', category: n.category, source: 'notice' }
            : { decision: 'accept', action: n.action, source: 'notice' };
        }
      } finally {
        clearTimeout(timer);
        this.waiting.delete(id);
      }
      const key = decisionKey(this.prefix, id);
      const set = await this.redis.set(key, 'accept', 'PX', DECISION_TTL_MS, 'NX');
      if (set === 'OK') return { decision: 'accept', action: 'after-queue', source: 'timeout' };
      const v = await this.redis.get(key);
      return v === 'reject'
        ? { decision: 'reject', category: '', source: 'key' }
        : { decision: 'accept', action: 'after-queue', source: 'key' };
    };
  }

  /** Drops the wait for `id` (its job could not be added). */
  forget(id: string): void {
    this.waiting.delete(id);
  }

  /** Stops listening; sessions still waiting fall back to the key at their bound. */
  async close(): Promise<void> {
    this.waiting.clear();
    await this.sub.quit().catch(() => undefined);
  }
}
