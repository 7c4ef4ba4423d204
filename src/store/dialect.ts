/**
 * The few places where SQLite and PostgreSQL need different SQL, in one module, so the
 * queries elsewhere stay standard SQL run by Kysely on either store.
 */
import { PostgresAdapter, sql, type Expression, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.js';

/** Whether the store is PostgreSQL (SQLite otherwise). */
export function isPostgres(db: Kysely<Database>): boolean {
  return db.getExecutor().adapter instanceof PostgresAdapter;
}

/**
 * A FROM item with one row per element of a JSON array of strings held in a text column
 * (such as `messages.rcpt_to`), as `alias(value)`: SQLite's `json_each`, PostgreSQL's
 * `jsonb_array_elements_text`. Use in a correlated subquery:
 * `exists (select 1 from ${jsonTextElements(db, ref, 'r')} where r.value ...)`.
 */
export function jsonTextElements(
  db: Kysely<Database>,
  column: Expression<unknown>,
  alias: string,
): RawBuilder<unknown> {
  return isPostgres(db)
    ? sql`jsonb_array_elements_text(cast(${column} as jsonb)) as ${sql.raw(alias)}(value)`
    : sql`json_each(${column}) as ${sql.raw(alias)}`;
}

/**
 * `value` with LIKE's wildcards (and the escape character) escaped, for `escape '!'`: a
 * search for `a_b%` finds those characters, not any. `!` rather than a backslash, which
 * SQL strings, PostgreSQL's standard_conforming_strings and JavaScript template literals
 * each read their own way.
 */
export function escapeLike(value: string): string {
  return value.replace(/[!%_]/g, (c) => `!${c}`);
}

/**
 * The lower-cased domain of an address column (what follows its first `@`; `''` for the
 * null sender): SQLite's `instr`, PostgreSQL's `strpos`, the same result on both.
 */
export function domainOf(db: Kysely<Database>, column: Expression<unknown>): RawBuilder<string> {
  return isPostgres(db)
    ? sql<string>`lower(substr(${column}, strpos(${column}, '@') + 1))`
    : sql<string>`lower(substr(${column}, instr(${column}, '@') + 1))`;
}
