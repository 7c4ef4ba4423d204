import type { Kysely, Migration } from 'kysely';

/**
 * Per-agency sender allow and deny lists kept by officers (issue #13, src/senders/). Only
 * dialect-neutral column types (`text`, `bigint`) and a text key made by the application
 * (no auto-increment, whose syntax differs between SQLite and PostgreSQL), so the same
 * migration serves both stores. One pattern per agency: an address cannot be on an
 * agency's allow and deny lists at once (the unique index), so no entry ever has to win
 * over another of the same agency.
 */
export const senderListsMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('sender_lists')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('agency', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('pattern', 'text', (c) => c.notNull())
      .addColumn('note', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text', (c) => c.notNull())
      .addColumn('created_at', 'bigint', (c) => c.notNull())
      .execute();
    await db.schema
      .createIndex('sender_lists_agency_pattern')
      .on('sender_lists')
      .columns(['agency', 'pattern'])
      .unique()
      .execute();
  },
};
