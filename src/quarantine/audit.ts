import type { Db } from '../store/db.js';
import type { AuditTable } from '../store/schema.js';

/** Who did something, and from where (client address, or "cli" / "system"). */
export interface Actor {
  name: string;
  address: string;
}

/** What the audit log records; stable names, used in the UI, API and CSV. */
export type AuditAction =
  | 'release'
  | 'delete'
  | 'purge'
  | 'download'
  | 'mark-spam'
  | 'mark-ham'
  | 'login'
  | 'login-failed'
  | 'logout'
  | 'user-add'
  | 'user-passwd'
  | 'user-disable'
  | 'sender-add'
  | 'sender-remove';

export interface AuditRow {
  seq: number;
  time: number;
  actor: string;
  action: string;
  message_id: string | null;
  reason: string | null;
  address: string | null;
  /** The agency whose copy the action was for; null: the whole message or none. */
  agency?: string | null;
}

/** Appends one audit row. The table is append-only: nothing in mailshield updates or deletes it. */
export async function writeAudit(
  db: Db,
  actor: Actor,
  action: AuditAction,
  messageId: string | null,
  reason: string | null = null,
  agency: string | null = null,
): Promise<void> {
  const row: Omit<AuditTable, 'seq'> = {
    time: Date.now(),
    actor: actor.name,
    action,
    message_id: messageId,
    reason: reason === null ? null : reason.slice(0, 2000),
    address: actor.address,
    agency,
  };
  await db.insertInto('audit').values(row).execute();
}

export interface AuditQuery {
  limit: number;
  offset: number;
  messageId?: string | undefined;
  actor?: string | undefined;
}

/** Newest first. */
export async function listAudit(
  db: Db,
  q: AuditQuery,
): Promise<{ rows: AuditRow[]; total: number }> {
  let base = db.selectFrom('audit');
  if (q.messageId) base = base.where('message_id', '=', q.messageId);
  if (q.actor) base = base.where('actor', '=', q.actor);
  const rows = await base
    .selectAll()
    .orderBy('seq', 'desc')
    .limit(q.limit)
    .offset(q.offset)
    .execute();
  const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst();
  return { rows, total: Number(count?.n ?? 0) };
}

/** RFC 4180 CSV; cells starting with = + - @ are prefixed with ' (CSV formula injection). */
export function auditCsv(rows: AuditRow[]): string {
  const cell = (v: string | number | null): string => {
    let s = v === null ? '' : String(v);
    if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const head = ['seq', 'time', 'actor', 'action', 'message_id', 'reason', 'address', 'agency'];
  const lines = rows.map((r) =>
    [
      r.seq,
      new Date(r.time).toISOString(),
      r.actor,
      r.action,
      r.message_id,
      r.reason,
      r.address,
      r.agency ?? null,
    ]
      .map(cell)
      .join(','),
  );
  return `${[head.join(','), ...lines].join('\r\n')}\r\n`;
}
