import type { Db } from './db.js';
import type { SmtpTraceTable } from './schema.js';

export type SmtpTraceRow = SmtpTraceTable;
export type SmtpPhase = 'connect' | 'mail' | 'rcpt' | 'data' | 'session';
export type SmtpOutcome = 'accepted' | 'refused' | 'tempfail';

/**
 * Inserts a batch of SMTP-phase rows (the ingress's trace recorder flushes them together,
 * so a busy gateway pays one statement per batch, not one per reply). A row already
 * stored (same id: a batch retried after a commit it did not hear of) is skipped.
 */
export async function insertSmtpTrace(db: Db, rows: readonly SmtpTraceRow[]): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('smtp_trace')
    .values([...rows])
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** The SMTP-phase rows of one spooled message (its acceptance, a before-queue refusal). */
export async function smtpTraceOfMessage(db: Db, queueId: string): Promise<SmtpTraceRow[]> {
  return db
    .selectFrom('smtp_trace')
    .selectAll()
    .where('queue_id', '=', queueId)
    .orderBy('time')
    .orderBy('id')
    .execute();
}

export async function getSmtpTrace(db: Db, id: string): Promise<SmtpTraceRow | undefined> {
  return db.selectFrom('smtp_trace').selectAll().where('id', '=', id).executeTakeFirst();
}

/**
 * Retention (`trace.retentionDays`): deletes SMTP-phase rows older than `time` (epoch ms).
 * @returns the number of rows deleted.
 */
export async function deleteSmtpTraceBefore(db: Db, time: number): Promise<number> {
  const res = await db.deleteFrom('smtp_trace').where('time', '<', time).executeTakeFirst();
  return Number(res.numDeletedRows);
}
