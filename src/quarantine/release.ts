import { createReadStream } from 'node:fs';
import type { JobsOptions, Queue } from 'bullmq';
import type { Envelope } from '../core/envelope.js';
import type { AgencyDirectory } from '../directory/directory.js';
import type { Spool } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import { getMessage, transitionState } from '../store/messages-repo.js';
import { addPendingDelivery } from '../store/deliveries-repo.js';
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

/**
 * Releases a held message: it goes back into the spool from its quarantine file and to
 * the DELIVER queue, never to scanning (a rescan would hold it again).
 *
 * Order matters for crash safety: the pending deliveries first (they tell the recovery
 * sweep that a release is under way, so it leaves the spool copy alone), then the spool
 * file (fsynced), then the state change to `delivering`, then the jobs. A crash after the
 * state change is resumed by the recovery sweep (scan job → recorded verdict in state
 * `delivering` → deliver jobs by the same ids); a crash before it leaves the message held,
 * and releasing it again rewrites the same spool file. The state change is conditional, so of
 * two simultaneous releases (or a release and a delete) only one wins; the loser
 * removes the spool copy it wrote unless the winner was a release.
 *
 * Authorization is the caller's job (web/policies.ts); this records who did it.
 */
export async function releaseMessage(
  deps: ReleaseDeps,
  id: string,
  actor: Actor,
  reason: string | null,
): Promise<void> {
  const { db, spool } = deps;
  const row = await getMessage(db, id);
  if (!row || row.state !== 'quarantined' || !row.quarantine_path) {
    throw new NotQuarantinedError(id, row?.state);
  }
  const rcptTo = JSON.parse(row.rcpt_to) as string[];
  const envelope: Envelope = {
    mailFrom: row.mail_from,
    rcptTo,
    // The original client is in the message's own Received: header; the spool copy
    // only needs the fields delivery and DSNs use.
    clientAddress: '127.0.0.1',
    helo: 'quarantine-release',
    receivedAt: new Date(row.received_at).toISOString(),
    tls: false,
  };
  const groups = new Map<string, string[]>();
  for (const rcpt of rcptTo) {
    const code =
      deps.directory.byRecipientDomain(rcpt.slice(rcpt.lastIndexOf('@') + 1))?.code ?? 'UNKNOWN';
    groups.set(code, [...(groups.get(code) ?? []), rcpt]);
  }
  for (const [code, recipients] of groups) await addPendingDelivery(db, id, code, recipients);
  await spool.write(id, envelope, Buffer.alloc(0), createReadStream(row.quarantine_path));
  const now = Date.now();
  const won = await transitionState(db, id, 'quarantined', 'delivering', { released_at: now });
  if (!won) {
    const after = await getMessage(db, id);
    if (after?.state !== 'delivering') await spool.remove(id);
    throw new NotQuarantinedError(id, after?.state);
  }
  await writeAudit(db, actor, 'release', id, reason);
  for (const [code, recipients] of groups) {
    const route: Route = { kind: 'agency', code };
    await deps.deliverQueue.add(
      'deliver',
      {
        id,
        route,
        recipients,
        verdict: { category: row.category ?? 'clean', score: row.score ?? 0, tagged: false },
      },
      { ...deps.deliverJobOptions, jobId: deliverJobId(id, route) },
    );
  }
}
