import type { Readable } from 'node:stream';
import type { Limits } from '../core/limits.js';
import { MailshieldError } from '../core/errors.js';
import type { Db } from '../store/db.js';
import { getMessage, type MessageRow } from '../store/messages-repo.js';
import { writeAudit, type Actor } from '../quarantine/audit.js';
import { releaseMessage, type ReleaseDeps } from '../quarantine/release.js';
import { openHeld } from '../quarantine/storage.js';
import { deleteMessage } from '../quarantine/delete.js';
import { markMessage, type Mark } from '../quarantine/marks.js';
import { listHolds, holdsOf, type HoldRow } from '../store/holds-repo.js';
import { viewerState } from '../quarantine/search.js';
import {
  agenciesInScope,
  check,
  visibleAgencies,
  visibleRecipients,
  type Decision,
  type ItemAction,
  type PolicyUser,
} from './policies.js';
import { agenciesOf, loadDetail, type MessageDetail } from './message-view.js';

/** Everything the routes need to act on the quarantine. */
export interface QuarantineService {
  db: Db;
  limits: Limits;
  /** Absent in a web process with no Redis: release then answers 503. */
  release: ReleaseDeps | undefined;
  /**
   * Teaches the Bayes classifier a held message an officer marked (detection issue);
   * absent when Bayes is off.
   */
  learn?: ((raw: Readable, isSpam: boolean) => Promise<void>) | undefined;
  /** The agency of a recipient (from the agency directory), to show officers only theirs. */
  agencyOf: (rcpt: string) => string | undefined;
}

/**
 * A message row as this user may see it (issue #15): only the recipients and agencies in
 * their scope, and the state of their agencies' copies, not of the message as a whole.
 */
export function scopedRow(
  svc: Pick<QuarantineService, 'agencyOf'>,
  user: PolicyUser,
  row: MessageRow,
  holds: readonly HoldRow[],
): MessageRow {
  const scope = visibleAgencies(user);
  return {
    ...row,
    rcpt_to: JSON.stringify(
      visibleRecipients(user, JSON.parse(row.rcpt_to) as string[], svc.agencyOf),
    ),
    agencies: JSON.stringify(agenciesInScope(user, agenciesOf(row))),
    state: viewerState(row.state, holds, scope),
  };
}

/** {@link scopedRow} for a page of the list. */
export async function scopedRows(
  svc: QuarantineService,
  user: PolicyUser,
  rows: MessageRow[],
): Promise<MessageRow[]> {
  const holds = await holdsOf(
    svc.db,
    rows.map((r) => r.id),
  );
  return rows.map((r) => scopedRow(svc, user, r, holds.get(r.id) ?? []));
}

export type Failure = Exclude<Decision, 'ok'> | 'conflict' | 'unavailable';
export type Outcome<T = undefined> = { ok: true; value: T } | { ok: false; error: Failure };

/**
 * The message behind an id, if the policy lets this user do `action` on it. Messages the
 * gateway did not hold (clean mail) are not part of the quarantine and are not found.
 */
async function authorize(
  svc: QuarantineService,
  user: PolicyUser,
  action: ItemAction,
  id: string,
  reason?: string | null,
): Promise<Outcome<MessageRow>> {
  const row = await getMessage(svc.db, id);
  if (!row || row.action !== 'quarantine') return { ok: false, error: 'not-found' };
  const decision = check(
    user,
    action,
    { agencies: agenciesOf(row), category: row.category ?? '' },
    {
      reason,
    },
  );
  if (decision !== 'ok') return { ok: false, error: decision };
  return { ok: true, value: scopedRow(svc, user, row, await listHolds(svc.db, id)) };
}

function stateFailure(err: unknown): Outcome<never> {
  if (err instanceof MailshieldError && err.code === 'MS_ERR_STATE')
    return { ok: false, error: 'conflict' };
  throw err;
}

export async function viewMessage(
  svc: QuarantineService,
  user: PolicyUser,
  id: string,
): Promise<Outcome<MessageDetail>> {
  const auth = await authorize(svc, user, 'view', id);
  if (!auth.ok) return auth;
  return { ok: true, value: await loadDetail(svc.db, auth.value, svc.limits) };
}

export async function release(
  svc: QuarantineService,
  user: PolicyUser,
  actor: Actor,
  id: string,
  reason: string | null,
): Promise<Outcome> {
  const auth = await authorize(svc, user, 'release', id, reason);
  if (!auth.ok) return auth;
  if (!svc.release) return { ok: false, error: 'unavailable' };
  try {
    await releaseMessage(svc.release, id, actor, reason?.trim() || null, visibleAgencies(user));
    return { ok: true, value: undefined };
  } catch (err) {
    return stateFailure(err);
  }
}

export async function remove(
  svc: QuarantineService,
  user: PolicyUser,
  actor: Actor,
  id: string,
  reason: string | null,
): Promise<Outcome> {
  const auth = await authorize(svc, user, 'delete', id);
  if (!auth.ok) return auth;
  try {
    await deleteMessage(svc.db, id, actor, reason?.trim() || null, visibleAgencies(user));
    return { ok: true, value: undefined };
  } catch (err) {
    return stateFailure(err);
  }
}

export async function mark(
  svc: QuarantineService,
  user: PolicyUser,
  actor: Actor,
  id: string,
  value: Mark,
): Promise<Outcome> {
  const auth = await authorize(svc, user, 'mark', id);
  if (!auth.ok) return auth;
  await markMessage(svc.db, id, value, actor);
  const path = auth.value.quarantine_path;
  // The mark is recorded whatever happens to learning; a file purged by retention is
  // simply not learned from.
  if (svc.learn && path && auth.value.state === 'quarantined') {
    await svc.learn(openHeld(svc.db, path), value === 'spam');
  }
  return { ok: true, value: undefined };
}

/** The raw .eml as a stream, audited as a download. */
export async function download(
  svc: QuarantineService,
  user: PolicyUser,
  actor: Actor,
  id: string,
): Promise<Outcome<Readable>> {
  const auth = await authorize(svc, user, 'download', id);
  if (!auth.ok) return auth;
  const path = auth.value.quarantine_path;
  if (auth.value.state !== 'quarantined' || !path) return { ok: false, error: 'conflict' };
  await writeAudit(svc.db, actor, 'download', id);
  return { ok: true, value: openHeld(svc.db, path) };
}

export interface BulkResult {
  done: string[];
  skipped: { id: string; error: Failure }[];
}

/** Applies one operation to many ids; each is authorized on its own. */
export async function bulk(
  svc: QuarantineService,
  user: PolicyUser,
  actor: Actor,
  op: 'release' | 'delete',
  ids: string[],
  reason: string | null,
): Promise<BulkResult> {
  const result: BulkResult = { done: [], skipped: [] };
  for (const id of [...new Set(ids)].slice(0, 500)) {
    const r =
      op === 'release'
        ? await release(svc, user, actor, id, reason)
        : await remove(svc, user, actor, id, reason);
    if (r.ok) result.done.push(id);
    else result.skipped.push({ id, error: r.error });
  }
  return result;
}
