/**
 * A time limit for the store's long read queries (the reports, issue #15): past it the
 * query stops and fails with MS_ERR_REPORT_TIMEOUT, rather than holding a web process or
 * the database for as long as an officer's period asks.
 *
 * PostgreSQL has `statement_timeout`, set for the queries' own transaction (`SET LOCAL`).
 * SQLite has `sqlite3_progress_handler` and `sqlite3_interrupt`, but better-sqlite3 exposes
 * neither, and runs a statement synchronously, so no timer could fire during it. So the
 * queries that scan events carry, in their WHERE clause, a call to a function this module
 * registers on each SQLite connection: `ms_deadline(until)` is evaluated for every row the
 * statement reads, and throws once the clock passed `until`, which aborts the statement
 * (SQLite stops stepping when a function raises). A report then ends within one row's work
 * of its deadline. The clock is read every 256 rows: a row costs well under a
 * microsecond, the check a few tens of nanoseconds.
 */
import type SQLite from 'better-sqlite3';
import { sql, type Expression, type Kysely, type SqlBool } from 'kysely';
import { MailshieldError } from '../core/errors.js';
import type { Database } from './schema.js';
import { isPostgres } from './dialect.js';

/** The store (db.ts's Db, named here without importing db.ts, which imports this). */
type Db = Kysely<Database>;

/** The SQL function registered on every SQLite connection of the store. */
export const DEADLINE_FUNCTION = 'ms_deadline';

/** A store query stopped at its time limit. */
export class QueryTimeoutError extends MailshieldError {
  /** The limit that was passed, in milliseconds from the query's start. */
  readonly timeoutMs: number;
  constructor(timeoutMs: number, options?: { cause?: unknown }) {
    super(
      'MS_ERR_REPORT_TIMEOUT',
      `query stopped after its time limit of ${timeoutMs} ms`,
      options,
    );
    this.timeoutMs = timeoutMs;
  }
}

/** Raised inside SQLite by ms_deadline(); queries turn it into QueryTimeoutError. */
class DeadlinePassed extends Error {}

/** Registers ms_deadline(until) on a SQLite connection (openDb does, for every connection). */
export function registerDeadlineFunction(sqlite: SQLite.Database): void {
  let calls = 0;
  sqlite.function(DEADLINE_FUNCTION, { deterministic: false }, (until: unknown) => {
    if ((++calls & 255) === 0 && Date.now() > Number(until)) {
      throw new DeadlinePassed(`deadline ${String(until)} passed`);
    }
    return 1;
  });
}

/**
 * The condition to add to the WHERE clause of a query that must stop at `until` (epoch
 * ms): the ms_deadline() call on SQLite; nothing on PostgreSQL, whose own timeout is set
 * by withDeadline.
 */
export function deadlineGuard(db: Db, until: number | undefined): Expression<SqlBool> {
  if (until === undefined || isPostgres(db)) return sql<SqlBool>`1 = 1`;
  return sql<SqlBool>`${sql.raw(DEADLINE_FUNCTION)}(${sql.lit(Math.floor(until))}) = 1`;
}

/**
 * Runs `fn` with its queries limited to `timeoutMs` from now: `fn` gets the handle to run
 * them on and the deadline to pass to deadlineGuard. On PostgreSQL the queries run in a
 * read transaction of their own with `statement_timeout`; on SQLite on the store itself.
 * @throws QueryTimeoutError when the limit is passed.
 */
export async function withDeadline<T>(
  db: Db,
  timeoutMs: number,
  fn: (db: Db, until: number) => Promise<T>,
): Promise<T> {
  const until = Date.now() + timeoutMs;
  try {
    if (!isPostgres(db)) return await fn(db, until);
    return await db.transaction().execute(async (trx) => {
      await sql`set local statement_timeout = ${sql.lit(Math.max(1, Math.floor(timeoutMs)))}`.execute(
        trx,
      );
      return fn(trx, until);
    });
  } catch (err) {
    if (isTimeout(err) || Date.now() > until)
      throw new QueryTimeoutError(timeoutMs, { cause: err });
    throw err;
  }
}

function isTimeout(err: unknown): boolean {
  if (err instanceof DeadlinePassed) return true;
  // PostgreSQL's query_canceled, which statement_timeout raises.
  return typeof err === 'object' && err !== null && (err as { code?: unknown }).code === '57014';
}
