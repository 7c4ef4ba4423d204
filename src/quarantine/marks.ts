import type { Db } from '../store/db.js';
import { writeAudit, type Actor } from './audit.js';

export type Mark = 'spam' | 'ham';

/**
 * Records an officer's "spam" / "not spam" (ham) judgement of a message; the last mark
 * wins. The detection issue's learning reads the `marks` table.
 */
export async function markMessage(db: Db, id: string, mark: Mark, actor: Actor): Promise<void> {
  const time = Date.now();
  await db
    .insertInto('marks')
    .values({ message_id: id, mark, actor: actor.name, time })
    .onConflict((oc) => oc.column('message_id').doUpdateSet({ mark, actor: actor.name, time }))
    .execute();
  await writeAudit(db, actor, mark === 'spam' ? 'mark-spam' : 'mark-ham', id);
}

export async function getMark(db: Db, id: string): Promise<Mark | undefined> {
  const row = await db
    .selectFrom('marks')
    .select('mark')
    .where('message_id', '=', id)
    .executeTakeFirst();
  return row?.mark === 'spam' || row?.mark === 'ham' ? row.mark : undefined;
}
