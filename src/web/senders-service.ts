import type { Actor } from '../quarantine/audit.js';
import {
  addSenderEntry,
  isSenderListKind,
  MAX_NOTE,
  removeSenderEntry,
  type AddResult,
} from '../senders/manage.js';
import type { Db } from '../store/db.js';
import { listSenderEntries, type SenderListRow } from '../store/sender-lists-repo.js';
import { checkSenderList, visibleAgencies, type PolicyUser } from './policies.js';

/**
 * The sender lists as the pages and the JSON API use them, each call scoped by
 * web/policies.ts: an agency or entry outside the user's scope is `not-found`, before
 * anything is read or changed.
 */
export interface SendersDeps {
  db: Db;
  agencies: { code: string; name: string }[];
}

/** The agencies whose lists this user keeps. */
export function senderAgencies(
  deps: SendersDeps,
  user: PolicyUser,
): { code: string; name: string }[] {
  const scope = visibleAgencies(user);
  return scope === undefined ? deps.agencies : deps.agencies.filter((a) => scope.includes(a.code));
}

/** Entries of one agency (`agency` given) or of every agency the user keeps. */
export async function listForUser(
  deps: SendersDeps,
  user: PolicyUser,
  agency: string | undefined,
): Promise<SenderListRow[] | 'not-found'> {
  if (agency !== undefined) {
    if (checkSenderList(user, agency) !== 'ok') return 'not-found';
    return listSenderEntries(deps.db, [agency]);
  }
  return listSenderEntries(deps.db, visibleAgencies(user));
}

/** What a form or an API body may hold; anything else is a bad request. */
export function readAddBody(
  body: unknown,
): { agency: string; kind: 'allow' | 'deny'; pattern: string; note: string } | undefined {
  const b = (body ?? {}) as Record<string, unknown>;
  const str = (k: string): string | undefined => (typeof b[k] === 'string' ? b[k] : undefined);
  const agency = str('agency');
  const kind = str('kind');
  const pattern = str('pattern');
  const note = str('note') ?? '';
  if (agency === undefined || pattern === undefined || !isSenderListKind(kind)) return undefined;
  if (pattern.length > 1000 || note.length > MAX_NOTE * 4) return undefined;
  return { agency, kind, pattern, note };
}

export type UserAddResult =
  Exclude<AddResult, { error: 'unknown-agency' }> | { ok: false; error: 'not-found' };

export async function addForUser(
  deps: SendersDeps,
  user: PolicyUser,
  actor: Actor,
  input: { agency: string; kind: 'allow' | 'deny'; pattern: string; note: string },
): Promise<UserAddResult> {
  // Out of scope and unknown agencies look the same to an officer.
  if (checkSenderList(user, input.agency) !== 'ok') return { ok: false, error: 'not-found' };
  const known = (code: string): boolean => deps.agencies.some((a) => a.code === code);
  const r = await addSenderEntry(deps.db, known, actor, input);
  if (!r.ok && r.error === 'unknown-agency') return { ok: false, error: 'not-found' };
  return r;
}

/** @returns the removed entry, or `not-found` (no such entry, or not the user's to see). */
export async function removeForUser(
  deps: SendersDeps,
  user: PolicyUser,
  actor: Actor,
  id: string,
): Promise<SenderListRow | 'not-found'> {
  const removed = await removeSenderEntry(
    deps.db,
    actor,
    id,
    (agency) => checkSenderList(user, agency) === 'ok',
  );
  return removed ?? 'not-found';
}

/** An entry as the JSON API shows it. */
export function entryJson(e: SenderListRow): Record<string, unknown> {
  return {
    id: e.id,
    agency: e.agency,
    kind: e.kind,
    pattern: e.pattern,
    note: e.note,
    createdBy: e.created_by,
    createdAt: new Date(e.created_at).toISOString(),
  };
}
