import { createReadStream } from 'node:fs';
import type { JobsOptions, Queue } from 'bullmq';
import type { Envelope } from '../core/envelope.js';
import { MailshieldError } from '../core/errors.js';
import type { AgencyDirectory } from '../directory/directory.js';
import type { Spool } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import { getMessage, type MessageRow } from '../store/messages-repo.js';
import { addPendingDelivery, listDeliveries } from '../store/deliveries-repo.js';
import { listHolds } from '../store/holds-repo.js';
import { releaseHolds } from '../store/release-repo.js';
import { deliverJobId, type DeliverJobData, type Route } from '../queue/jobs.js';
import { writeAudit, type Actor } from './audit.js';
import { NotQuarantinedError } from './errors.js';

export interface ReleaseDeps {
  db: Db;
  spool: Spool;
  directory: AgencyDirectory;
  deliverQueue: Queue<DeliverJobData>;
  deliverJobOptions: JobsOptions;
}

/** Recipients of a message grouped by the agency of their domain (as the scan stage does). */
export function recipientsByAgency(
  directory: AgencyDirectory,
  rcptTo: readonly string[],
): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const rcpt of rcptTo) {
    const code =
      directory.byRecipientDomain(rcpt.slice(rcpt.lastIndexOf('@') + 1))?.code ?? 'UNKNOWN';
    groups.set(code, [...(groups.get(code) ?? []), rcpt]);
  }
  return groups;
}

/**
 * Releases the copies of a held message that the agencies in `scope` hold (undefined: every
 * agency that still holds it): it goes back into the spool from its quarantine file and to
 * the DELIVER queue for those agencies' recipients only, never to scanning (a rescan would
 * hold it again). Other agencies keep their copy, their state and their audit (issue #15).
 *
 * Order matters for crash safety:
 * 1. while the message is still `quarantined`, pending deliveries for the agencies being
 *    released first: they tell the recovery sweep that a release is under way, so it leaves
 *    the spool copy alone;
 * 2. the spool copy (fsynced);
 * 3. one transaction (store/release-repo.ts, after the message row's lock): each hold `quarantined → released` (conditional, so of two officers
 *    or a release and a delete only one wins), the pending deliveries of the holds won, and
 *    the message state `delivering`; pending deliveries of agencies that do not (or no
 *    longer) release are dropped, so a crash between 1 and 3 never delivers to them later;
 * 4. the deliver jobs (by delivery id: idempotent).
 * A crash after 3 is resumed by the recovery sweep (scan job → recorded verdict in state
 * `delivering` → deliver jobs for the pending deliveries); a crash before it leaves the
 * copies held, and releasing again rewrites the same spool file.
 *
 * Authorization is the caller's job (web/policies.ts); this records who did it.
 * @returns the agencies whose copies this call released.
 */
export async function releaseMessage(
  deps: ReleaseDeps,
  id: string,
  actor: Actor,
  reason: string | null,
  scope?: readonly string[],
): Promise<string[]> {
  const { db, spool } = deps;
  const row = await getMessage(db, id);
  const holds = await listHolds(db, id);
  const targets = holds
    .filter((h) => h.state === 'quarantined' && (scope === undefined || scope.includes(h.agency)))
    .map((h) => h.agency);
  if (!row || !row.quarantine_path || targets.length === 0) {
    throw new NotQuarantinedError(id, row?.state);
  }
  const groups = recipientsByAgency(deps.directory, JSON.parse(row.rcpt_to) as string[]);
  if (row.state === 'quarantined') {
    for (const code of targets) await addPendingDelivery(db, id, code, groups.get(code) ?? []);
  }
  await writeSpoolCopy(deps, row);
  const won = await releaseHolds(db, id, targets, groups, row.released_at ?? null);
  if (won.length === 0) {
    const after = await getMessage(db, id);
    if (after?.state !== 'delivering') await spool.remove(id);
    throw new NotQuarantinedError(id, after?.state);
  }
  // The message is `delivering` now, so no sweep removes the copy any more; one removed
  // just before (a sweep finishing an earlier release's delivery) is written again.
  if (!(await isSpooled(spool, id))) await writeSpoolCopy(deps, row);
  for (const code of won) await writeAudit(db, actor, 'release', id, reason, code);
  const pending = new Set(
    (await listDeliveries(db, id)).filter((d) => d.status === 'pending').map((d) => d.route),
  );
  for (const code of won) {
    if (!pending.has(code)) continue;
    const route: Route = { kind: 'agency', code };
    await deps.deliverQueue.add(
      'deliver',
      {
        id,
        route,
        recipients: groups.get(code) ?? [],
        verdict: { category: row.category ?? 'clean', score: row.score ?? 0, tagged: false },
      },
      { ...deps.deliverJobOptions, jobId: deliverJobId(id, route) },
    );
  }
  return won;
}

async function writeSpoolCopy(deps: ReleaseDeps, row: MessageRow): Promise<void> {
  if (!row.quarantine_path) throw new NotQuarantinedError(row.id, row.state);
  const envelope: Envelope = {
    mailFrom: row.mail_from,
    rcptTo: JSON.parse(row.rcpt_to) as string[],
    // The original client is in the message's own Received: header; the spool copy
    // only needs the fields delivery and DSNs use.
    clientAddress: '127.0.0.1',
    helo: 'quarantine-release',
    receivedAt: new Date(row.received_at).toISOString(),
    tls: false,
  };
  if (await isSpooled(deps.spool, row.id)) return;
  await deps.spool.write(row.id, envelope, Buffer.alloc(0), createReadStream(row.quarantine_path));
}

async function isSpooled(spool: Spool, id: string): Promise<boolean> {
  try {
    await spool.read(id);
    return true;
  } catch (err) {
    if (err instanceof MailshieldError && err.code === 'MS_ERR_SPOOL_MISSING') return false;
    throw err;
  }
}
