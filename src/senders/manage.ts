import { newId } from '../core/ids.js';
import { writeAudit, type Actor } from '../quarantine/audit.js';
import { bumpCounter } from '../store/counters-repo.js';
import type { Db } from '../store/db.js';
import {
  deleteSenderEntry,
  findSenderEntry,
  getSenderEntry,
  insertSenderEntry,
  type SenderListRow,
} from '../store/sender-lists-repo.js';
import { parsePattern, type PatternProblem, type SenderListKind } from './pattern.js';

/**
 * Adding and removing sender list entries: the one path the web pages, the JSON API and
 * the CLI share. Each change is one transaction with its audit row and a bump of the
 * `sender_list_changes` counter, the version the scan workers poll (src/senders/cache.ts):
 * a change is never live without its audit row, nor audited without being live.
 * Who may change which agency's list is the caller's question (web/policies.ts; the CLI is
 * for admins and scripts on the host).
 */
export interface AddEntry {
  agency: string;
  kind: SenderListKind;
  pattern: string;
  note: string;
}

/** Longest note kept; the form says so. */
export const MAX_NOTE = 500;

export type AddFailure =
  | { error: 'unknown-agency' }
  | { error: 'bad-pattern'; problem: PatternProblem }
  /** The agency already has this pattern, on the same list or on the other one. */
  | { error: 'exists'; entry: SenderListRow };

export type AddResult = { ok: true; entry: SenderListRow } | ({ ok: false } & AddFailure);

export function isSenderListKind(v: unknown): v is SenderListKind {
  return v === 'allow' || v === 'deny';
}

/** What the audit row says of an entry: `deny b.vn — note`. */
export function describeEntry(e: Pick<SenderListRow, 'kind' | 'pattern' | 'note'>): string {
  return `${e.kind} ${e.pattern}${e.note ? ` — ${e.note}` : ''}`;
}

export async function addSenderEntry(
  db: Db,
  knownAgency: (code: string) => boolean,
  actor: Actor,
  input: AddEntry,
): Promise<AddResult> {
  if (!knownAgency(input.agency)) return { ok: false, error: 'unknown-agency' };
  const parsed = parsePattern(input.pattern);
  if ('problem' in parsed) return { ok: false, error: 'bad-pattern', problem: parsed.problem };
  const entry: SenderListRow = {
    id: newId(),
    agency: input.agency,
    kind: input.kind,
    pattern: parsed.pattern,
    // Control characters would forge lines in the audit CSV and logs.
    note: input.note
      .replace(/\p{Cc}/gu, ' ')
      .trim()
      .slice(0, MAX_NOTE),
    created_by: actor.name,
    created_at: Date.now(),
  };
  return db.transaction().execute(async (trx): Promise<AddResult> => {
    const existing = await findSenderEntry(trx, entry.agency, entry.pattern);
    if (existing) return { ok: false, error: 'exists', entry: existing };
    await insertSenderEntry(trx, entry);
    await writeAudit(trx, actor, 'sender-add', null, describeEntry(entry), entry.agency);
    await bumpCounter(trx, 'sender_list_changes');
    return { ok: true, entry };
  });
}

/**
 * Removes one entry, audited. `allowed` is asked with the entry's agency before anything
 * changes (the web's scope check), so a caller never learns more than "not found".
 * @returns the removed entry, or undefined when there is none (or none the caller may see).
 */
export async function removeSenderEntry(
  db: Db,
  actor: Actor,
  id: string,
  allowed: (agency: string) => boolean = () => true,
): Promise<SenderListRow | undefined> {
  return db.transaction().execute(async (trx) => {
    const entry = await getSenderEntry(trx, id);
    if (!entry || !allowed(entry.agency)) return undefined;
    if (!(await deleteSenderEntry(trx, id))) return undefined;
    await writeAudit(trx, actor, 'sender-remove', null, describeEntry(entry), entry.agency);
    await bumpCounter(trx, 'sender_list_changes');
    return entry;
  });
}
