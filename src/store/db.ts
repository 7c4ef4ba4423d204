import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import pg from 'pg';
import {
  Kysely,
  Migrator,
  PostgresDialect,
  SqliteDialect,
  type MigrationProvider,
  type Migration,
  type SqliteDatabase,
} from 'kysely';
import type { Database } from './schema.js';
import { migrationsFor, type StoreDialect } from './migrations/index.js';
import { MailshieldError } from '../core/errors.js';
import { registerDeadlineFunction } from './query-deadline.js';

export type Db = Kysely<Database>;
export type { StoreDialect } from './migrations/index.js';

/**
 * Where the store lives: `config.database` (see config/schema.ts), or a SQLite path.
 * With `url` set the store is in PostgreSQL and `path` is unused.
 */
export interface StoreTarget {
  /** SQLite file. */
  path: string;
  /** `postgres://…`: the PostgreSQL store, shared by several nodes. */
  url?: string | undefined;
  /** PostgreSQL schema of the tables (created when missing). @defaultValue 'public' */
  schema?: string | undefined;
  /** Connections this process keeps to PostgreSQL at most. @defaultValue 10 */
  poolMax?: number | undefined;
}

const dialects = new WeakMap<Db, StoreDialect>();

/** The dialect a store opened by `openDb` speaks (`sqlite` for any other Kysely). */
export function storeDialect(db: Db): StoreDialect {
  return dialects.get(db) ?? 'sqlite';
}

/**
 * Opens the store and applies pending migrations: PostgreSQL when `target.url` is set
 * (several gateway, worker and web nodes share it), else the SQLite file (one machine).
 * Both run the same Kysely queries and the same migrations (store/migrations/index.ts).
 */
export async function openDb(target: string | StoreTarget): Promise<Db> {
  const t: StoreTarget = typeof target === 'string' ? { path: target } : target;
  if (t.url) return openPostgres(t.url, t.schema ?? 'public', t.poolMax ?? 10);
  return openSqlite(t.path);
}

/**
 * SQLite in WAL mode, so the gateway, workers and web can share it from several processes
 * on one machine.
 *
 * Opening and migrating happen under an exclusive lock on `<file>-migrate.lock`: two
 * `mailshield worker` processes started at once on a new file would otherwise race to
 * switch it to WAL and to create the tables (Kysely's migrator takes no lock on SQLite).
 * The lock is SQLite's own file lock on a second, empty database: the operating system
 * drops it when a process dies, so a crash never leaves a stale lock behind.
 */
async function openSqlite(path: string): Promise<Db> {
  mkdirSync(dirname(path), { recursive: true });
  // timeout 0: better-sqlite3 waits 5 s by default inside the call; lockExclusive polls.
  const lock = new SQLite(`${path}-migrate.lock`, { timeout: 0 });
  try {
    await lockExclusive(lock);
    const sqlite = new SQLite(path);
    try {
      sqlite.pragma('journal_mode = WAL');
      // Writers in other processes hold the lock for milliseconds; wait rather than fail.
      sqlite.pragma('busy_timeout = 10000');
      sqlite.pragma('synchronous = NORMAL');
      // The reports' time limit (query-deadline.ts).
      registerDeadlineFunction(sqlite);
    } catch (err) {
      sqlite.close();
      throw err;
    }
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
    });
    dialects.set(db, 'sqlite');
    try {
      await migrate(db, 'sqlite');
    } catch (err) {
      await db.destroy();
      throw err;
    }
    return db;
  } finally {
    if (lock.inTransaction) lock.exec('commit');
    lock.close();
  }
}

/**
 * Takes an exclusive lock on a SQLite database, polling rather than with `busy_timeout`
 * (which sleeps inside the call and would block this process's event loop, and with it
 * another open in this same process that holds the lock and waits for its migrations).
 * Migrations take milliseconds; a minute covers a slow first start on a busy disk.
 */
async function lockExclusive(lock: SQLite.Database, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    try {
      lock.exec('begin exclusive');
      return;
    } catch (err) {
      if ((err as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > until) throw err;
      await new Promise((r) => setTimeout(r, 20));
    }
  }
}

/**
 * Kysely prepares every query it runs; the store runs the same few statements for every
 * message, so prepared statements are kept (by SQL text; Kysely inlines no values).
 * Safe because Kysely runs one statement at a time on its single connection.
 */
function cachingStatements(sqlite: SQLite.Database, max = 256): SqliteDatabase {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (!statement) {
        statement = sqlite.prepare(sql);
        if (cache.size >= max) cache.delete(cache.keys().next().value!);
        cache.set(sql, statement);
      }
      return statement;
    },
  };
}

/** PostgreSQL type ids whose text node-postgres leaves as a string by default. */
const PG_INT8 = 20;
const PG_NUMERIC = 1700;

/**
 * `bigint` columns (epoch-ms times) and `count(*)` come back from node-postgres as strings,
 * `sum()` as `numeric` strings; the store's rows are numbers as they are from SQLite. Every
 * such value here is far below 2^53 (times in ms, message counts, byte sums), so `Number`
 * is exact. Set on this pool only: other users of `pg` in the process keep the defaults.
 */
const pgTypes: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === PG_INT8 || oid === PG_NUMERIC
      ? (v: string) => Number(v)
      : (pg.types.getTypeParser(oid, format ?? 'text') as (
          v: string,
        ) => unknown)) as pg.CustomTypesConfig['getTypeParser'],
};

const SCHEMA_RE = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * The PostgreSQL store: node-postgres (`pg`) under Kysely's PostgresDialect, a bounded pool
 * (`poolMax`), `search_path` set to `schema` on every connection.
 *
 * Migrations from several processes at once (two nodes starting together) are serialised
 * by a session advisory lock, keyed by the schema, taken on a connection of its own for the
 * whole migrator run: Kysely's migrator locks only around running the migrations, not
 * around creating its own tables, which races on PostgreSQL (`create table if not exists`
 * can still fail on a concurrent create). The lock goes with its connection if the process
 * dies.
 */
async function openPostgres(url: string, schema: string, poolMax: number): Promise<Db> {
  if (!SCHEMA_RE.test(schema)) {
    throw new MailshieldError('MS_ERR_CONFIG', `database.schema ${schema}: not an identifier`);
  }
  const conn = {
    connectionString: url,
    options: `-c search_path=${schema}`,
    types: pgTypes,
    // A PostgreSQL that does not answer fails the job (it is retried), never hangs it.
    connectionTimeoutMillis: 10_000,
  };
  const pool = new pg.Pool({ ...conn, max: poolMax, idleTimeoutMillis: 30_000 });
  // An idle connection the server closes (restart, failover) emits 'error' on the pool,
  // which would end the process; the pool drops it and the next query opens a new one.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  dialects.set(db, 'postgres');
  const lock = new pg.Client(conn);
  try {
    await lock.connect();
    await lock.query('select pg_advisory_lock(hashtext($1))', [`mailshield.migrate.${schema}`]);
    await migrate(db, 'postgres', schema);
  } catch (err) {
    await db.destroy();
    throw err instanceof MailshieldError
      ? err
      : new MailshieldError('MS_ERR_STORE', `PostgreSQL store: ${(err as Error).message}`, {
          cause: err,
        });
  } finally {
    // Ending the session releases its advisory lock.
    await lock.end().catch(() => undefined);
  }
  return db;
}

class StaticProvider implements MigrationProvider {
  constructor(private readonly dialect: StoreDialect) {}
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(migrationsFor(this.dialect));
  }
}

async function migrate(db: Db, dialect: StoreDialect, schema?: string): Promise<void> {
  const migrator = new Migrator({
    db,
    provider: new StaticProvider(dialect),
    // On PostgreSQL the migrator looks for its tables by name in every schema it can see;
    // naming the schema keeps two installations (or test files) in one database apart.
    ...(schema ? { migrationTableSchema: schema } : {}),
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MailshieldError('MS_ERR_STORE', `migration ${failed} failed`, { cause: error });
  }
}
