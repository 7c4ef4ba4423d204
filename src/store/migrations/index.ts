import { sql, type ColumnDataType, type Kysely, type Migration } from 'kysely';
import { senderListsMigration } from './0006-sender-lists.js';
import { smtpTraceMigration } from './0007-smtp-trace.js';

/** The SQL dialects the store runs on (see store/db.ts). */
export type StoreDialect = 'sqlite' | 'postgres';

/**
 * Versioned migrations; names sort in the order they apply. Never edit one that shipped.
 *
 * One set serves both dialects: the schema builder writes each dialect's SQL, and the few
 * types that differ are chosen here, never in a second migration history. SQLite databases
 * get exactly the SQL they always got; PostgreSQL gets `serial` for the generated keys
 * (Kysely's `autoIncrement()` is MySQL/SQLite syntax) and `double precision` for scores and
 * times (PostgreSQL's `real` is 4-byte: a score of 5.3 would read back as 5.30000019).
 */
export function migrationsFor(dialect: StoreDialect): Record<string, Migration> {
  const pg = dialect === 'postgres';
  const float: ColumnDataType = pg ? 'double precision' : 'real';
  return {
    '0001-initial': {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable('messages')
          .addColumn('id', 'text', (c) => c.primaryKey())
          .addColumn('received_at', 'bigint', (c) => c.notNull())
          .addColumn('mail_from', 'text', (c) => c.notNull())
          .addColumn('rcpt_to', 'text', (c) => c.notNull())
          .addColumn('agencies', 'text', (c) => c.notNull())
          .addColumn('from_header', 'text', (c) => c.notNull())
          .addColumn('subject', 'text', (c) => c.notNull())
          .addColumn('message_id', 'text')
          .addColumn('size', 'integer', (c) => c.notNull())
          .addColumn('category', 'text')
          .addColumn('action', 'text')
          .addColumn('score', float)
          .addColumn('hits', 'text', (c) => c.notNull())
          .addColumn('viruses', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('quarantine_path', 'text')
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createIndex('messages_state_received')
          .on('messages')
          .columns(['state', 'received_at'])
          .execute();
        await db.schema
          .createTable('deliveries')
          .addColumn('message_id', 'text', (c) => c.notNull())
          .addColumn('route', 'text', (c) => c.notNull())
          .addColumn('recipients', 'text', (c) => c.notNull())
          .addColumn('status', 'text', (c) => c.notNull())
          .addColumn('response', 'text')
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .addPrimaryKeyConstraint('deliveries_pk', ['message_id', 'route'])
          .execute();
        await db.schema
          .createTable('events')
          .addColumn('message_id', 'text', (c) => c.notNull())
          .addColumn('agency', 'text', (c) => c.notNull())
          .addColumn('time', 'bigint', (c) => c.notNull())
          .addColumn('category', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('size', 'integer', (c) => c.notNull())
          .addColumn('viruses', 'text', (c) => c.notNull())
          .addColumn('rules', 'text', (c) => c.notNull())
          .addPrimaryKeyConstraint('events_pk', ['message_id', 'agency'])
          .execute();
        await db.schema.createIndex('events_time').on('events').column('time').execute();
        await db.schema
          .createTable('audit')
          .addColumn('seq', pg ? 'serial' : 'integer', (c) =>
            pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('time', 'bigint', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('action', 'text', (c) => c.notNull())
          .addColumn('message_id', 'text')
          .addColumn('reason', 'text')
          .addColumn('address', 'text')
          .execute();
        await sql`select 1`.execute(db);
      },
    },
    '0002-web': {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema.alterTable('messages').addColumn('released_at', 'bigint').execute();
        await db.schema
          .createTable('users')
          .addColumn('id', pg ? 'serial' : 'integer', (c) =>
            pg ? c.primaryKey() : c.primaryKey().autoIncrement(),
          )
          .addColumn('name', 'text', (c) => c.notNull().unique())
          .addColumn('role', 'text', (c) => c.notNull())
          .addColumn('agencies', 'text', (c) => c.notNull())
          .addColumn('lang', 'text', (c) => c.notNull())
          .addColumn('password_hash', 'text', (c) => c.notNull())
          .addColumn('disabled', 'integer', (c) => c.notNull())
          .addColumn('failed_logins', 'integer', (c) => c.notNull())
          .addColumn('locked_until', 'bigint')
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema
          .createTable('sessions')
          .addColumn('id_hash', 'text', (c) => c.primaryKey())
          .addColumn('user_id', 'integer', (c) => c.notNull())
          .addColumn('csrf', 'text', (c) => c.notNull())
          .addColumn('created_at', 'bigint', (c) => c.notNull())
          .addColumn('last_seen_at', 'bigint', (c) => c.notNull())
          .addColumn('address', 'text')
          .execute();
        await db.schema.createIndex('sessions_user').on('sessions').column('user_id').execute();
        await db.schema
          .createTable('marks')
          .addColumn('message_id', 'text', (c) => c.primaryKey())
          .addColumn('mark', 'text', (c) => c.notNull())
          .addColumn('actor', 'text', (c) => c.notNull())
          .addColumn('time', 'bigint', (c) => c.notNull())
          .execute();
        await db.schema.createIndex('audit_time').on('audit').column('time').execute();
      },
    },
    '0003-scan-time': {
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema.alterTable('messages').addColumn('scan_ms', float).execute();
      },
    },
    '0004-quarantine-holds': {
      /**
       * Quarantine state per agency of the recipients (issue #15): an officer of agency A
       * releasing or deleting a message to A and B acts on A's recipients only, and B's
       * officers keep their own copy, state and audit. Existing messages the gateway held get
       * one hold per agency in their `agencies`, in the state the message was in.
       */
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable('quarantine_holds')
          .addColumn('message_id', 'text', (c) => c.notNull())
          .addColumn('agency', 'text', (c) => c.notNull())
          .addColumn('state', 'text', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .addColumn('released_at', 'bigint')
          .addPrimaryKeyConstraint('quarantine_holds_pk', ['message_id', 'agency'])
          .execute();
        await db.schema
          .createIndex('quarantine_holds_state')
          .on('quarantine_holds')
          .columns(['state', 'agency'])
          .execute();
        await db.schema.alterTable('audit').addColumn('agency', 'text').execute();
        const rows = await sql<{
          id: string;
          agencies: string;
          state: string;
          released_at: number | null;
          updated_at: number;
        }>`select id, agencies, state, released_at, updated_at from messages where action = 'quarantine'`.execute(
          db,
        );
        for (const r of rows.rows) {
          const state = legacyHoldState(r.state, r.released_at);
          for (const agency of JSON.parse(r.agencies) as string[]) {
            await sql`insert into quarantine_holds (message_id, agency, state, updated_at, released_at)
            values (${r.id}, ${agency}, ${state}, ${r.updated_at}, ${r.released_at})
            on conflict do nothing`.execute(db);
          }
        }
      },
    },
    '0005-counters': {
      /** Counters of rare events outside the message rows (issue #15), shown on /metrics. */
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable('counters')
          .addColumn('name', 'text', (c) => c.primaryKey())
          .addColumn('value', 'integer', (c) => c.notNull())
          .addColumn('updated_at', 'bigint', (c) => c.notNull())
          .execute();
      },
    },
    /** Per-agency sender allow/deny lists (issue #13); its own file, dialect-neutral. */
    '0006-sender-lists': senderListsMigration,
    /** SMTP-phase outcomes for the message trace (issue #17); its own file, dialect-neutral. */
    '0007-smtp-trace': smtpTraceMigration,
    '0008-quarantine-chunks': {
      /**
       * The bytes of held messages in the store (issue #16): with several nodes a held
       * message must be readable (preview, download, release) from any node, also while
       * the node that received it is down. Chunks keep each row and each read bounded.
       */
      async up(db: Kysely<unknown>): Promise<void> {
        await db.schema
          .createTable('quarantine_chunks')
          .addColumn('message_id', 'text', (c) => c.notNull())
          .addColumn('seq', 'integer', (c) => c.notNull())
          .addColumn('data', pg ? 'bytea' : 'blob', (c) => c.notNull())
          .addPrimaryKeyConstraint('quarantine_chunks_pk', ['message_id', 'seq'])
          .execute();
      },
    },
  };
}

/** The hold state a message-level state stood for before holds were per agency. */
function legacyHoldState(state: string, releasedAt: number | null): string {
  if (state === 'quarantined' || state === 'deleted' || state === 'purged') return state;
  // Delivering, delivered or bounced after a release; a verdict not acted on yet is held.
  return releasedAt !== null || state === 'released' ? 'released' : 'quarantined';
}
