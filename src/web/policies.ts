/**
 * The one place that decides what a web user may see and do (STYLE §5.9). Routes ask
 * `check` and map its answer to HTTP; nothing else in src/web compares roles or agencies.
 */

export interface PolicyUser {
  role: 'admin' | 'officer';
  agencies: string[];
}

/** What a decision needs to know about a message. */
export interface PolicyItem {
  agencies: string[];
  category: string;
}

export type ItemAction = 'view' | 'release' | 'delete' | 'mark' | 'download';
export type GlobalAction = 'audit';

/**
 * - `ok`: allowed.
 * - `not-found`: outside the user's scope; answered 404 so its existence is not disclosed.
 * - `forbidden`: in scope but not for this role (403).
 * - `reason-required`: allowed only with a written reason (releasing malware).
 */
export type Decision = 'ok' | 'not-found' | 'forbidden' | 'reason-required';

/** Categories whose release needs an admin and a written reason. */
const DANGEROUS = new Set(['malware']);

/** Agencies the user may see; undefined = all (admin). */
export function visibleAgencies(user: PolicyUser): string[] | undefined {
  return user.role === 'admin' ? undefined : user.agencies;
}

/**
 * The agencies among `agencies` whose recipients this user acts for: an officer releases,
 * deletes and sees only these agencies' copies of a message (issue #15); an admin all.
 */
export function agenciesInScope(user: PolicyUser, agencies: readonly string[]): string[] {
  return user.role === 'admin' ? [...agencies] : agencies.filter((a) => user.agencies.includes(a));
}

/**
 * The recipients of a message this user may see: those of their agencies (an officer of
 * A never learns who at B got the same spam). `agencyOf` maps a recipient to its agency.
 */
export function visibleRecipients(
  user: PolicyUser,
  recipients: readonly string[],
  agencyOf: (rcpt: string) => string | undefined,
): string[] {
  if (user.role === 'admin') return [...recipients];
  return recipients.filter((r) => {
    const code = agencyOf(r);
    return code !== undefined && user.agencies.includes(code);
  });
}

function inScope(user: PolicyUser, item: PolicyItem): boolean {
  if (user.role === 'admin') return true;
  return item.agencies.some((a) => user.agencies.includes(a));
}

export function check(
  user: PolicyUser,
  action: ItemAction,
  item: PolicyItem,
  opts: { reason?: string | null | undefined } = {},
): Decision {
  if (!inScope(user, item)) return 'not-found';
  switch (action) {
    case 'view':
    case 'delete':
    case 'mark':
      return 'ok';
    case 'download':
      return user.role === 'admin' ? 'ok' : 'forbidden';
    case 'release':
      if (!DANGEROUS.has(item.category)) return 'ok';
      if (user.role !== 'admin') return 'forbidden';
      return (opts.reason ?? '').trim().length > 0 ? 'ok' : 'reason-required';
  }
}

export function canGlobal(user: PolicyUser, action: GlobalAction): boolean {
  switch (action) {
    case 'audit':
      return user.role === 'admin';
  }
}

/**
 * The per-agency sender lists (issue #13): an officer sees and changes the lists of their
 * own agencies only, an admin every agency's. Another agency's list, or an entry on it, is
 * `not-found`: an officer of B never learns what A allows or denies.
 */
export function checkSenderList(user: PolicyUser, agency: string): Decision {
  return user.role === 'admin' || user.agencies.includes(agency) ? 'ok' : 'not-found';
}

/** Boolean form of {@link check}. */
export function can(
  user: PolicyUser,
  action: ItemAction,
  item: PolicyItem,
  opts: { reason?: string | null | undefined } = {},
): boolean {
  return check(user, action, item, opts) === 'ok';
}

/** Whether the release of this item needs a written reason (shown on the form). */
export function releaseNeedsReason(item: PolicyItem): boolean {
  return DANGEROUS.has(item.category);
}

/**
 * A row of the message trace's SMTP phase (issue #17), attributed to the agency of its
 * recipient's domain: an officer sees the rows of their agencies; rows with no agency (a
 * relay attempt to another domain, a session refused before any recipient) only an admin.
 * Accepted messages are decided by {@link check} `view`, as in the quarantine.
 */
export function checkTraceRow(user: PolicyUser, agency: string | null): Decision {
  if (user.role === 'admin') return 'ok';
  return agency !== null && user.agencies.includes(agency) ? 'ok' : 'not-found';
}

/** Whether the menu shows a page to this user (every page checks again on its own). */
export function canSeePage(
  user: PolicyUser,
  page: 'dashboard' | 'trace' | 'reports' | 'quarantine' | 'senders' | 'audit',
): boolean {
  if (page === 'audit') return canGlobal(user, 'audit');
  // An officer with no agency has nothing in scope on any of these pages.
  return user.role === 'admin' || user.agencies.length > 0;
}
