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
  /** Epoch ms an officer released the message from quarantine (migration 0002-web). */
  released_at?: number | null;
  /** Milliseconds the scan stage took (parse, clamd and the other scanners), for /metrics. */
  scan_ms?: number | null;
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
  /** The agency whose recipients the action was for (migration 0004); null: all of them. */
  agency?: string | null;
}

/**
 * Quarantine state of one agency's recipients of a held message (migration 0004): each
 * agency's officers see, release and delete their own copy. The message row keeps the
 * delivery state; this table says who still holds it.
 */
export interface QuarantineHoldsTable {
  message_id: string;
  agency: string;
  state: string; // quarantined | released | deleted | purged
  updated_at: number;
  released_at: number | null;
}

/**
 * The raw bytes of held messages in the store (migration 0007, issue #16), in chunks of
 * `HELD_CHUNK_BYTES`, so that any web or worker node reads a held message while the node
 * that received it is down. `data` is a `blob` on SQLite and a `bytea` on PostgreSQL.
 */
export interface QuarantineChunksTable {
  message_id: string;
  seq: number;
  data: Buffer;
}

/**
 * Counters of events that have no row of their own (migration 0005): SMTP sessions ended by
 * a deadline, damaged spool records moved aside. Only grow; /metrics shows them.
 */
export interface CountersTable {
  name: string;
  value: number;
  updated_at: number;
}

/** Web accounts (migration 0002-web); created by `mailshield user add`. */
export interface UsersTable {
  id: Generated<number>;
  name: string;
  role: string; // admin | officer
  agencies: string; // JSON string[] of agency codes (officers)
  lang: string; // vi | en
  password_hash: string; // scrypt$N$r$p$salt$hash (base64)
  disabled: number; // 0 | 1
  failed_logins: number;
  locked_until: number | null; // epoch ms
  created_at: number;
  updated_at: number;
}

/** Web sessions; only the SHA-256 of the cookie value is stored. */
export interface SessionsTable {
  id_hash: string;
  user_id: number;
  csrf: string;
  created_at: number;
  last_seen_at: number;
  address: string | null;
}

/** Officer "spam" / "not spam" marks, for the learning of the detection issue. */
export interface MarksTable {
  message_id: string;
  mark: string; // spam | ham
  actor: string;
  time: number;
}

/**
 * One entry of an agency's sender allow or deny list (migration 0006, src/senders/).
 * `pattern` is lower-case: a full address (`a@b.vn`) or a domain (`b.vn`, matching its
 * subdomains too).
 */
export interface SenderListsTable {
  id: string;
  agency: string;
  kind: string; // allow | deny
  pattern: string;
  note: string;
  created_by: string;
  created_at: number; // epoch ms
}

/**
 * One SMTP-phase outcome (migration 0007, src/trace/): a recipient or transaction
 * accepted (with its queue id), refused or deferred, with the reply the client got.
 */
export interface SmtpTraceTable {
  id: string;
  time: number; // epoch ms
  phase: string; // connect | mail | rcpt | data | session
  outcome: string; // accepted | refused | tempfail
  code: number; // SMTP reply code
  reply: string; // enhanced code and text, as sent
  client_address: string;
  helo: string;
  mail_from: string | null; // null: before MAIL FROM
  rcpt: string | null; // null: the session or transaction had no recipient yet
  agency: string | null; // agency of the recipient's domain; null: none
  queue_id: string | null; // spool id once DATA was spooled
}

export interface Database {
  messages: MessagesTable;
  deliveries: DeliveriesTable;
  events: EventsTable;
  audit: AuditTable;
  users: UsersTable;
  sessions: SessionsTable;
  marks: MarksTable;
  quarantine_holds: QuarantineHoldsTable;
  quarantine_chunks: QuarantineChunksTable;
  counters: CountersTable;
  sender_lists: SenderListsTable;
  smtp_trace: SmtpTraceTable;
}
