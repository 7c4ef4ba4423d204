import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDb, type Db, type StoreDialect, type StoreTarget } from '../../src/store/db.js';

/**
 * The machine's PostgreSQL (trust authentication, database `test`; scripts/lib.sh makes
 * sure it answers). `MAILSHIELD_TEST_PG_URL` points the tests at another server.
 */
export const TEST_PG_URL =
  process.env.MAILSHIELD_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

/** Every store test runs on both: `describe.each(STORE_DIALECTS)`. */
export const STORE_DIALECTS: StoreDialect[] = ['sqlite', 'postgres'];

/**
 * A store of its own for one test file (or one test): a SQLite file in a fresh folder, or
 * a fresh schema in the shared PostgreSQL database (other helpers and test files use the
 * same server at the same time). `drop()` removes it.
 */
export interface TestStore {
  dialect: StoreDialect;
  target: StoreTarget;
  /** Opens (and migrates) the store; several opens are several pools, as several nodes. */
  open(opts?: { poolMax?: number }): Promise<Db>;
  drop(): Promise<void>;
}

export function testStore(dialect: StoreDialect): TestStore {
  if (dialect === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'ms-store-'));
    const target = { path: join(dir, 'mailshield.db') };
    return {
      dialect,
      target,
      open: () => openDb(target),
      drop: () => Promise.resolve(rmSync(dir, { recursive: true, force: true })),
    };
  }
  const schema = `ms_test_${randomBytes(6).toString('hex')}`;
  const target = { path: '', url: TEST_PG_URL, schema };
  return {
    dialect,
    target,
    open: (opts = {}) => openDb({ ...target, ...opts }),
    drop: async () => {
      const client = new pg.Client({ connectionString: TEST_PG_URL });
      await client.connect();
      try {
        await client.query(`drop schema if exists ${schema} cascade`);
      } finally {
        await client.end();
      }
    },
  };
}
