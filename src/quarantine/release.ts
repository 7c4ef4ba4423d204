import type { JobsOptions, Queue } from 'bullmq';
import type { Envelope } from '../core/envelope.js';
import type { AgencyDirectory } from '../directory/directory.js';
import type { Db } from '../store/db.js';
import { getMessage, type MessageRow } from '../store/messages-repo.js';
import { listDeliveries } from '../store/deliveries-repo.js';
import { listHolds } from '../store/holds-repo.js';
import { releaseHolds } from '../store/release-repo.js';
import { deliverJobId, type DeliverJobData, type Route } from '../queue/jobs.js';
import { writeAudit, type Actor } from './audit.js';
import { NotQuarantinedError } from './errors.js';

export interface ReleaseDeps {
  db: Db;
  directory: AgencyDirectory;
  /**
   * The queue of released copies (queue/jobs.ts RELEASE_QUEUE), which every node's deliver
   * workers serve: they read the message from the quarantine storage, never from the
   * spool of the node that held it (issue #16).
   */
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
 * agency that still holds it): it goes to delivery for those agencies' recipients only,
 * never to scanning (a rescan would hold it again). Other agencies keep their copy, their
 * state and their audit (issue #15).
 *
 * The message is not copied to any spool: the deliver job is on the queue every node's
 * workers serve, and whichever takes it reads the held bytes from the quarantine storage
 * (deliver-processor.ts), so a release works while the node that received the message is
 * down (issue #16). The bytes stay until the delivery is final (quarantine/delete.ts).
 *
 * 1. one transaction (store/release-repo.ts, after the message row's lock): each hold
 *    `quarantined → released` (conditional, so of two officers or a release and a delete
 *    only one wins), the pending deliveries of the holds won, and the message state
 *    `delivering`;
 * 2. the deliver jobs (by delivery id: idempotent).
 * A crash between 1 and 2 is resumed by the workers' sweep of released deliveries
 * (`resumeReleases`); a crash before 1 leaves the copies held.
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
  const { db } = deps;
  const row = await getMessage(db, id);
  const holds = await listHolds(db, id);
  const targets = holds
    .filter((h) => h.state === 'quarantined' && (scope === undefined || scope.includes(h.agency)))
    .map((h) => h.agency);
  if (!row || !row.quarantine_path || targets.length === 0) {
    throw new NotQuarantinedError(id, row?.state);
  }
  const groups = recipientsByAgency(deps.directory, JSON.parse(row.rcpt_to) as string[]);
  const won = await releaseHolds(db, id, targets, groups, row.released_at ?? null);
  if (won.length === 0) {
    throw new NotQuarantinedError(id, (await getMessage(db, id))?.state);
  }
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

/**
 * The envelope a released message is delivered with, from its row: the original client is
 * in the message's own Received: header; delivery and DSNs use only these fields.
 */
export function releasedEnvelope(row: MessageRow): Envelope {
  return {
    mailFrom: row.mail_from,
    rcptTo: JSON.parse(row.rcpt_to) as string[],
    clientAddress: '127.0.0.1',
    helo: 'quarantine-release',
    receivedAt: new Date(row.received_at).toISOString(),
    tls: false,
  };
}
