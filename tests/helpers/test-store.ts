import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDb, type Db, type StoreDialect, type StoreTarget } from '../../src/store/db.js';
import type { MessageRow } from '../../src/store/messages-repo.js';

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

/** A message row as the scan stage writes it. */
export function messageRow(id: string, over: Partial<MessageRow> = {}): MessageRow {
  return {
    id,
    received_at: 1_767_225_600_123, // 2026-01-01, past 2^31: a bigint column
    mail_from: 'partner@example.com',
    rcpt_to: JSON.stringify(['vanthu@stttt.songhong.gov.vn']),
    agencies: JSON.stringify(['STTTT']),
    from_header: 'Partner <partner@example.com>',
    subject: 'Báo cáo tháng',
    message_id: null,
    size: 2048,
    category: 'clean',
    action: 'deliver',
    score: 5.3,
    hits: '[]',
    viruses: '[]',
    state: 'delivering',
    quarantine_path: null,
    updated_at: 1_767_225_600_456,
    scan_ms: 12.75,
    ...over,
  };
}
