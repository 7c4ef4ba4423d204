import type { Db } from '../store/db.js';
import { getMessage } from '../store/messages-repo.js';
import { listDeliveries } from '../store/deliveries-repo.js';
import { listHolds } from '../store/holds-repo.js';
import { smtpTraceOfMessage, type SmtpTraceRow } from '../store/trace-repo.js';
import { recipientTraces, type RecipientTrace } from './recipients.js';

/** Everything the trace knows about one spooled message, before any scoping. */
export interface MessageTrace {
  id: string;
  receivedAt: number;
  mailFrom: string;
  fromHeader: string | null;
  subject: string | null;
  messageId: string | null;
  size: number | null;
  /** Null while no verdict is recorded (spooled, being scanned). */
  category: string | null;
  action: string | null;
  score: number | null;
  viruses: string[];
  /** Agencies of the recipients: the message row's, or the SMTP rows' before the verdict. */
  agencies: string[];
  recipients: RecipientTrace[];
  clientAddress: string | null;
  helo: string | null;
  /** What the SMTP phase answered for this message (the 250 with its id, or a 550). */
  smtp: SmtpTraceRow[];
}

/**
 * The trace of one message by its queue id: the message row (verdict, state), each
 * recipient's state (trace/recipients.ts) and the SMTP-phase rows. A message spooled but not
 * scanned yet has only SMTP rows. Undefined when neither exists.
 */
export async function loadMessageTrace(
  db: Db,
  id: string,
  agencyOf: (rcpt: string) => string | undefined,
): Promise<MessageTrace | undefined> {
  const [row, smtp] = await Promise.all([getMessage(db, id), smtpTraceOfMessage(db, id)]);
  const first = smtp[0];
  if (!row && !first) return undefined;
  const accepted = smtp.filter((s) => s.outcome === 'accepted');
  if (!row) {
    const rcpts = [...new Set(accepted.map((s) => s.rcpt).filter((r): r is string => !!r))];
    return {
      id,
      receivedAt: first!.time,
      mailFrom: first!.mail_from ?? '',
      fromHeader: null,
      subject: null,
      messageId: null,
      size: null,
      category: null,
      action: null,
      score: null,
      viruses: [],
      agencies: [...new Set(smtp.map((s) => s.agency).filter((a): a is string => !!a))],
      recipients: recipientTraces(rcpts, undefined, [], [], agencyOf),
      clientAddress: first!.client_address,
      helo: first!.helo,
      smtp,
    };
  }
  const [deliveries, holds] = await Promise.all([listDeliveries(db, id), listHolds(db, id)]);
  const rcpts = parseList(row.rcpt_to);
  return {
    id,
    receivedAt: row.received_at,
    mailFrom: row.mail_from,
    fromHeader: row.from_header,
    subject: row.subject,
    messageId: row.message_id,
    size: row.size,
    category: row.category,
    action: row.action,
    score: row.score,
    viruses: parseList(row.viruses),
    agencies: parseList(row.agencies),
    recipients: recipientTraces(
      rcpts,
      { rcptTo: rcpts, state: row.state, action: row.action },
      deliveries,
      holds,
      agencyOf,
    ),
    clientAddress: first?.client_address ?? null,
    helo: first?.helo ?? null,
    smtp,
  };
}

function parseList(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}
