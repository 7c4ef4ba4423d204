import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect, type Migration } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { migrations } from '../../../src/store/migrations/index.js';
import { openDb } from '../../../src/store/db.js';
import type { Database } from '../../../src/store/schema.js';

const dir = mkdtempSync(join(tmpdir(), 'ms-holds-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

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

describe('migration 0004: per-agency quarantine holds', () => {
  it('gives every message held before it one hold per agency, in the state it was in', async () => {
    const path = join(dir, 'db.sqlite');
    const old = new Kysely<Database>({
      dialect: new SqliteDialect({ database: new SQLite(path) }),
    });
    const provider = {
      getMigrations: (): Promise<Record<string, Migration>> => Promise.resolve(migrations),
    };
    const res = await new Migrator({ db: old, provider }).migrateTo('0003-scan-time');
    expect(res.error).toBeUndefined();
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

    const db = await openDb(path);
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
