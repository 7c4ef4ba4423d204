import type { Generated } from 'kysely';

/** One row per accepted message: envelope summary, verdict and where it stands. */
export interface MessagesTable {
  id: string;
  received_at: number; // epoch ms
  mail_from: string;
  rcpt_to: string; // JSON string[]
  agencies: string; // JSON string[] of agency codes
  from_header: string;
  subject: string;
  message_id: string | null;
  size: number;
  category: string | null; // clean | spam | phishing | malware | policy
  action: string | null; // deliver | tag | quarantine
  score: number | null;
  hits: string; // JSON Hit[]
  viruses: string; // JSON string[]
  state: string; // scanned | delivering | delivered | quarantined | bounced | released | deleted
  quarantine_path: string | null;
  updated_at: number;
}

/** One row per (message, route): the delivery to one next hop. */
export interface DeliveriesTable {
  message_id: string;
  route: string;
  recipients: string; // JSON string[]
  status: string; // pending | sent | bounced | failed
  response: string | null;
  updated_at: number;
}

/**
 * One row per final verdict and agency, kept for the reports (13 months or more).
 * A message to two agencies has two rows; province totals count distinct message_id.
 */
export interface EventsTable {
  message_id: string;
  agency: string;
  time: number; // epoch ms, when the gateway accepted the message
  category: string;
  action: string;
  size: number;
  viruses: string; // JSON string[]
  rules: string; // JSON string[] of rule ids
}

/** Officer and system actions on messages. */
export interface AuditTable {
  seq: Generated<number>;
  time: number;
  actor: string;
  action: string;
  message_id: string | null;
  reason: string | null;
  address: string | null;
}

export interface Database {
  messages: MessagesTable;
  deliveries: DeliveriesTable;
  events: EventsTable;
  audit: AuditTable;
}
