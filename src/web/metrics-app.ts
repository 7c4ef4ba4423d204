import Fastify, { type FastifyInstance } from 'fastify';
import type { Db } from '../store/db.js';
import { registerHealthRoutes, type QueueCounts } from './routes/health.js';

/** /healthz and /metrics alone, for `web.metrics` (their own bind address, no login). */
export async function buildMetricsApp(
  db: Db,
  queueCounts: QueueCounts | undefined,
): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  registerHealthRoutes(app, db, queueCounts);
  await app.ready();
  return app;
}
