import type { Db } from './db.js';
import type { SenderListsTable } from './schema.js';

export type SenderListRow = SenderListsTable;

/** Entries of the given agencies (all agencies when undefined), by agency, kind, pattern. */
export async function listSenderEntries(
  db: Db,
  agencies?: readonly string[],
): Promise<SenderListRow[]> {
  let q = db.selectFrom('sender_lists').selectAll();
  if (agencies !== undefined) {
    if (agencies.length === 0) return [];
    q = q.where('agency', 'in', [...agencies]);
  }
  const rows = await q.orderBy('agency').orderBy('kind').orderBy('pattern').execute();
  return rows.map((r) => ({ ...r, created_at: Number(r.created_at) }));
}

export async function getSenderEntry(db: Db, id: string): Promise<SenderListRow | undefined> {
  const row = await db
    .selectFrom('sender_lists')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? undefined : { ...row, created_at: Number(row.created_at) };
}

/** The entry of an agency with this pattern, whichever list it is on. */
export async function findSenderEntry(
  db: Db,
  agency: string,
  pattern: string,
): Promise<SenderListRow | undefined> {
  const row = await db
    .selectFrom('sender_lists')
    .selectAll()
    .where('agency', '=', agency)
    .where('pattern', '=', pattern)
    .executeTakeFirst();
  return row === undefined ? undefined : { ...row, created_at: Number(row.created_at) };
}

export async function insertSenderEntry(db: Db, row: SenderListRow): Promise<void> {
  await db.insertInto('sender_lists').values(row).execute();
}

/** @returns whether a row was deleted. */
export async function deleteSenderEntry(db: Db, id: string): Promise<boolean> {
  const res = await db.deleteFrom('sender_lists').where('id', '=', id).executeTakeFirst();
  return Number(res.numDeletedRows) > 0;
}
