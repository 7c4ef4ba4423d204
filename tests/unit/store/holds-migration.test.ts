import SQLite from 'better-sqlite3';
import pg from 'pg';
import { Kysely, Migrator, PostgresDialect, SqliteDialect, type Migration } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrationsFor } from '../../../src/store/migrations/index.js';
import { openDb } from '../../../src/store/db.js';
import type { Database } from '../../../src/store/schema.js';
import { STORE_DIALECTS, testStore, type TestStore } from '../../helpers/test-store.js';

const stores: TestStore[] = [];
afterAll(async () => {
  for (const s of stores) await s.drop();
});

/** A store as an older mailshield left it: migrated up to `0003-scan-time` only. */
async function oldStore(store: TestStore): Promise<Kysely<Database>> {
  const { target } = store;
  const dialect = target.url
    ? new PostgresDialect({
        pool: new pg.Pool({
          connectionString: target.url,
          options: `-c search_path=${target.schema}`,
          max: 1,
        }),
      })
    : new SqliteDialect({ database: new SQLite(target.path) });
  const old = new Kysely<Database>({ dialect });
  const provider = {
    getMigrations: (): Promise<Record<string, Migration>> =>
      Promise.resolve(migrationsFor(store.dialect)),
  };
  const res = await new Migrator({
    db: old,
    provider,
    ...(target.schema ? { migrationTableSchema: target.schema } : {}),
  }).migrateTo('0003-scan-time');
  expect(res.error).toBeUndefined();
  return old;
}

function legacy(id: string, agencies: string[], state: string, releasedAt: number | null) {
  return {
    id,
    received_at: 1,
    mail_from: 'a@example.com',
    rcpt_to: '[]',
    agencies: JSON.stringify(agencies),
    from_header: '',
    subject: '',
    message_id: null,
    size: 1,
    category: 'spam',
    action: 'quarantine',
    score: 10,
    hits: '[]',
    viruses: '[]',
    state,
    quarantine_path: null,
    updated_at: 5,
    released_at: releasedAt,
  };
}

describe.each(STORE_DIALECTS)('migration 0004 on %s: per-agency quarantine holds', (dialect) => {
  it('gives every message held before it one hold per agency, in the state it was in', async () => {
    const store = testStore(dialect);
    stores.push(store);
    const old = await oldStore(store);
    await old
      .insertInto('messages')
      .values([
        legacy('held', ['STTTT', 'STC'], 'quarantined', null),
        legacy('released', ['STTTT'], 'delivered', 7),
        legacy('deleted', ['STC'], 'deleted', null),
        { ...legacy('clean', ['STC'], 'delivered', null), action: 'deliver' },
      ])
      .execute();
    await old.destroy();

    const db = await openDb(store.target);
    const holds = await db
      .selectFrom('quarantine_holds')
      .select(['message_id', 'agency', 'state', 'released_at'])
      .orderBy('message_id')
      .orderBy('agency')
      .execute();
    expect(holds).toEqual([
      { message_id: 'deleted', agency: 'STC', state: 'deleted', released_at: null },
      { message_id: 'held', agency: 'STC', state: 'quarantined', released_at: null },
      { message_id: 'held', agency: 'STTTT', state: 'quarantined', released_at: null },
      { message_id: 'released', agency: 'STTTT', state: 'released', released_at: 7 },
    ]);
    await db.destroy();
  });
});
