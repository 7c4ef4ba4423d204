import type { Config } from '../config/schema.js';
import type { Limits } from '../core/limits.js';
import type { Logger } from '../core/logger.js';
import type { Db } from '../store/db.js';
import type { ReleaseDeps } from '../quarantine/release.js';
import type { QueueCounts } from './routes/health.js';
import type { QuarantineService } from './service.js';

export type WebConfig = Config['web'];

export interface WebDeps {
  db: Db;
  config: WebConfig;
  limits: Limits;
  /** Agencies for the filter and for names; from the agency directory. */
  agencies: { code: string; name: string; domains?: string[] }[];
  /** Spool, directory and deliver queue for release; undefined: release answers 503. */
  release: ReleaseDeps | undefined;
  /** Officers' marks teach the classifier through this; undefined: marks are only stored. */
  learn?: QuarantineService['learn'];
  /** Queue depths for /metrics; undefined: not reported. */
  queueCounts: QueueCounts | undefined;
  log: Logger;
  /** Time limit of a report's queries (reports.queryTimeoutMs). @defaultValue 20000 */
  reportTimeoutMs?: number;
  /** Serve /healthz and /metrics here (false when they have their own listener). @defaultValue true */
  serveHealth?: boolean;
}
