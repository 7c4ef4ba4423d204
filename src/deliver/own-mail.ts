import { Readable } from 'node:stream';
import type { JobsOptions, Queue } from 'bullmq';
import { newId } from '../core/ids.js';
import type { Spool } from '../spool/spool.js';
import type { Db } from '../store/db.js';
import { saveMessage } from '../store/messages-repo.js';
import { addPendingDelivery } from '../store/deliveries-repo.js';
import { deliverJobId, routeKey, type DeliverJobData, type Route } from '../queue/jobs.js';

export interface OwnMailDeps {
  spool: Spool;
  db: Db;
  deliverQueue: Queue<DeliverJobData>;
  deliverJobOptions: JobsOptions;
  hostname: string;
}

export interface OwnMail {
  /** Envelope sender; '' (the null sender) for DSNs. */
  mailFrom: string;
  /** From header, as the store shows it. */
  from: string;
  subject: string;
  /** The whole message, headers and body. */
  raw: string;
  routes: { route: Route; recipients: string[] }[];
  now?: number;
}

/**
 * Spools a message the gateway writes itself (a DSN, the monthly report) and queues its
 * delivery. It is stored as a delivering message with no agencies, so it carries no
 * verdict headers and the start-up sweep resumes it like any other, and it has no event
 * row: the gateway's own mail is not counted in the reports.
 */
export async function queueOwnMail(deps: OwnMailDeps, mail: OwnMail): Promise<string> {
  const now = mail.now ?? Date.now();
  const id = newId(now);
  const rcptTo = mail.routes.flatMap((r) => r.recipients);
  const size = await deps.spool.write(
    id,
    {
      mailFrom: mail.mailFrom,
      rcptTo,
      clientAddress: '127.0.0.1',
      helo: deps.hostname,
      receivedAt: new Date(now).toISOString(),
      tls: false,
    },
    Buffer.alloc(0),
    Readable.from([Buffer.from(mail.raw, 'utf8')]),
  );
  await saveMessage(deps.db, {
    id,
    received_at: now,
    mail_from: mail.mailFrom,
    rcpt_to: JSON.stringify(rcptTo),
    agencies: '[]',
    from_header: mail.from,
    subject: mail.subject,
    message_id: null,
    size,
    category: 'clean',
    action: 'deliver',
    score: 0,
    hits: '[]',
    viruses: '[]',
    state: 'delivering',
    quarantine_path: null,
    updated_at: now,
  });
  for (const { route, recipients } of mail.routes) {
    await addPendingDelivery(deps.db, id, routeKey(route), recipients);
    await deps.deliverQueue.add(
      'deliver',
      { id, route, recipients },
      { ...deps.deliverJobOptions, jobId: deliverJobId(id, route) },
    );
  }
  return id;
}
