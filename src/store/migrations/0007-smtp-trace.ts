import type { Kysely, Migration } from 'kysely';

/**
 * What happened at the SMTP phase (issue #17, src/trace/): one row per recipient (or per
 * session when no recipient was given yet) for every reply that ended a transaction or a
 * recipient: accepted with a queue id (`250`), refused (`5xx`) or deferred (`4xx`), with
 * the reply, the client address, HELO and sender. The message trace reads it next to the
 * message rows; refused mail has no other row anywhere. Only dialect-neutral types and an
 * application-made text key (as 0006), so one migration serves SQLite and PostgreSQL.
 * `agency` is the agency of the recipient's domain (null: none, or no recipient), which is
 * how an officer's view is scoped.
 */
export const smtpTraceMigration: Migration = {
  async up(db: Kysely<unknown>): Promise<void> {
    await db.schema
      .createTable('smtp_trace')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('time', 'bigint', (c) => c.notNull())
      .addColumn('phase', 'text', (c) => c.notNull())
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('code', 'integer', (c) => c.notNull())
      .addColumn('reply', 'text', (c) => c.notNull())
      .addColumn('client_address', 'text', (c) => c.notNull())
      .addColumn('helo', 'text', (c) => c.notNull())
      .addColumn('mail_from', 'text')
      .addColumn('rcpt', 'text')
      .addColumn('agency', 'text')
      .addColumn('queue_id', 'text')
      .execute();
    await db.schema.createIndex('smtp_trace_time').on('smtp_trace').column('time').execute();
    await db.schema
      .createIndex('smtp_trace_queue_id')
      .on('smtp_trace')
      .column('queue_id')
      .execute();
    await db.schema
      .createIndex('smtp_trace_agency_time')
      .on('smtp_trace')
      .columns(['agency', 'time'])
      .execute();
  },
};
