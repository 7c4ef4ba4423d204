import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { Db } from '../../store/db.js';
import { COUNTER_HELP, readCounters } from '../../store/counters-repo.js';

/** Job counts per queue and state, as BullMQ's `getJobCounts` gives them. */
export type QueueCounts = () => Promise<Record<string, Record<string, number>>>;

function metricLabel(v: string): string {
  return v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

/** Prometheus text exposition (format 0.0.4). */
export async function renderMetrics(db: Db, queueCounts: QueueCounts | undefined): Promise<string> {
  const out: string[] = [];
  // Messages by verdict, counted once per message (events have one row per agency).
  const verdicts = await db
    .selectFrom('events')
    .select(['category', 'action', sql<number>`count(distinct message_id)`.as('n')])
    .groupBy(['category', 'action'])
    .execute();
  out.push('# HELP mailshield_messages_total Messages by verdict category and action.');
  out.push('# TYPE mailshield_messages_total counter');
  for (const v of verdicts) {
    out.push(
      `mailshield_messages_total{category="${metricLabel(v.category)}",action="${metricLabel(v.action)}"} ${Number(v.n)}`,
    );
  }
  const held = await db
    .selectFrom('messages')
    .select(['state', sql<number>`count(*)`.as('n')])
    .where('action', '=', 'quarantine')
    .groupBy('state')
    .execute();
  out.push('# HELP mailshield_quarantine_messages Held messages by state.');
  out.push('# TYPE mailshield_quarantine_messages gauge');
  for (const h of held) {
    out.push(`mailshield_quarantine_messages{state="${metricLabel(h.state)}"} ${Number(h.n)}`);
  }
  // Scan latency as a cumulative histogram over every scanned message (the store keeps
  // each message's scan time; counts only grow, as Prometheus counters must).
  const buckets = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];
  const scan = await db
    .selectFrom('messages')
    .select([
      sql<number>`count(*)`.as('n'),
      sql<number>`coalesce(sum(scan_ms), 0)`.as('sum'),
      ...buckets.map((b, i) =>
        sql<number>`sum(case when scan_ms <= ${b * 1000} then 1 else 0 end)`.as(`b${i}`),
      ),
    ])
    .where('scan_ms', 'is not', null)
    .executeTakeFirst();
  const row = (scan ?? {}) as Record<string, number | null>;
  out.push('# HELP mailshield_scan_duration_seconds Time the scan stage took per message.');
  out.push('# TYPE mailshield_scan_duration_seconds histogram');
  buckets.forEach((b, i) => {
    out.push(`mailshield_scan_duration_seconds_bucket{le="${b}"} ${Number(row[`b${i}`] ?? 0)}`);
  });
  out.push(`mailshield_scan_duration_seconds_bucket{le="+Inf"} ${Number(row.n ?? 0)}`);
  out.push(`mailshield_scan_duration_seconds_sum ${Number(row.sum ?? 0) / 1000}`);
  out.push(`mailshield_scan_duration_seconds_count ${Number(row.n ?? 0)}`);
  for (const [name, value] of Object.entries(await readCounters(db))) {
    out.push(`# HELP mailshield_${name}_total ${COUNTER_HELP[name as keyof typeof COUNTER_HELP]}`);
    out.push(`# TYPE mailshield_${name}_total counter`);
    out.push(`mailshield_${name}_total ${value}`);
  }
  if (queueCounts) {
    out.push('# HELP mailshield_queue_jobs Jobs in the BullMQ queues by state.');
    out.push('# TYPE mailshield_queue_jobs gauge');
    try {
      const counts = await queueCounts();
      for (const [queue, states] of Object.entries(counts)) {
        for (const [state, n] of Object.entries(states)) {
          out.push(
            `mailshield_queue_jobs{queue="${metricLabel(queue)}",state="${metricLabel(state)}"} ${n}`,
          );
        }
      }
      out.push('mailshield_redis_up 1');
    } catch {
      out.push('mailshield_redis_up 0');
    }
  }
  return `${out.join('\n')}\n`;
}

/** /healthz and /metrics: no login, read-only, nothing about message content. */
export function registerHealthRoutes(
  app: FastifyInstance,
  db: Db,
  queueCounts: QueueCounts | undefined,
): void {
  app.get('/healthz', async (_req, reply) => {
    try {
      await sql`select 1`.execute(db);
      return await reply.send({ status: 'ok' });
    } catch {
      return reply.code(503).send({ status: 'store unavailable' });
    }
  });
  app.get('/metrics', async (_req, reply) => {
    const text = await renderMetrics(db, queueCounts);
    return reply.type('text/plain; version=0.0.4; charset=utf-8').send(text);
  });
}
