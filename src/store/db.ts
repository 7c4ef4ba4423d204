import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import {
  Kysely,
  Migrator,
  SqliteDialect,
  type MigrationProvider,
  type Migration,
  type SqliteDatabase,
} from 'kysely';
import type { Database } from './schema.js';
import { migrations } from './migrations/index.js';
import { MailshieldError } from '../core/errors.js';
import { registerDeadlineFunction } from './query-deadline.js';

export type Db = Kysely<Database>;

/**
 * Opens the SQLite store (WAL, so the gateway, workers and web can share it from
 * several processes) and applies pending migrations.
 */
export async function openDb(path: string): Promise<Db> {
  mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  // Writers in other processes hold the lock for milliseconds; wait rather than fail.
  sqlite.pragma('busy_timeout = 10000');
  sqlite.pragma('synchronous = NORMAL');
  // The reports' time limit (query-deadline.ts).
  registerDeadlineFunction(sqlite);
  const db = new Kysely<Database>({
    dialect: new SqliteDialect({ database: cachingStatements(sqlite) }),
  });
  await migrate(db);
  return db;
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

class StaticProvider implements MigrationProvider {
  getMigrations(): Promise<Record<string, Migration>> {
    return Promise.resolve(migrations);
  }
}

async function migrate(db: Db): Promise<void> {
  const migrator = new Migrator({ db, provider: new StaticProvider() });
  // Several processes may start at once; the migrator's lock table serialises them.
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
    throw new MailshieldError('MS_ERR_STORE', `migration ${failed} failed`, { cause: error });
  }
}
