import type { Readable } from 'node:stream';
import type { Envelope } from '../core/envelope.js';
import type { Logger } from '../core/logger.js';
import type { MagicName } from './rules/magic.js';

export interface MailAddress {
  /** Display name, decoded (RFC 2047), may be empty. */
  name: string;
  /** addr-spec as written; empty when the header has no parsable address. */
  address: string;
}

export interface HeaderField {
  /** Lower-case field name. */
  name: string;
  /** Unfolded, RFC 2047-decoded value. */
  value: string;
}

export interface ParsedAttachment {
  /** File name as declared (Content-Disposition or Content-Type name), decoded. */
  filename: string | undefined;
  /** Declared Content-Type, lower-case, without parameters. */
  contentType: string;
  /** Decoded size in bytes. */
  size: number;
  /** SHA-256 of the decoded content, hex. */
  sha256: string;
  /** Decoded content when size <= limits.attachmentInspectBytes; otherwise undefined. */
  content: Buffer | undefined;
  /**
   * Where the decoded content was written when it is larger than `content` may hold (the
   * scan's own folder, see ParseOptions.spillDir); read by clamd and the extractor.
   */
  file?: string;
  /** First bytes of the decoded content (up to 4 KiB), always present, for magic-byte checks. */
  head: Buffer;
  /**
   * The type `head` shows, as rules name it (rules/magic.ts): read by `file-type`, which is
   * asynchronous, so the parser computes it once and rules read it as a fact.
   */
  magic: ReadonlySet<MagicName>;
}

/** What the parser extracted, bounded by core/limits. */
export interface ParsedMessage {
  headers: HeaderField[];
  from: MailAddress[];
  replyTo: MailAddress[];
  to: MailAddress[];
  cc: MailAddress[];
  subject: string;
  messageId: string | undefined;
  date: Date | undefined;
  /** Plain-text body, capped at limits.ruleScanBytes characters. */
  text: string;
  /** HTML body as sent, capped at limits.ruleScanBytes characters; empty when none. */
  html: string;
  /**
   * Whether the message carries a text/plain body part. mailparser writes `text` from the
   * HTML when it has none, so `text` alone cannot tell; mail programs always send one beside
   * the HTML, mass-mailing scripts often do not. Absent (messages built in code): assume one.
   */
  plainTextPart?: boolean;
  attachments: ParsedAttachment[];
  /** Reasons the parse was incomplete (`text-truncated`, `too-many-parts`, ...). */
  problems: string[];
}

/** Result of one sender authentication method, as in Authentication-Results (RFC 8601). */
export type AuthResult =
  'pass' | 'fail' | 'softfail' | 'neutral' | 'none' | 'temperror' | 'permerror' | 'policy';

/** SPF, DKIM (best signature), DMARC and ARC results of a message. */
export interface AuthResults {
  spf: AuthResult;
  dkim: AuthResult;
  dmarc: AuthResult;
  arc: AuthResult;
}

export interface ScanContext {
  /** Spool id, also the BullMQ job id. */
  id: string;
  envelope: Envelope;
  /** Fresh stream of the spooled message as received (with our Received: header). */
  raw: () => Readable;
  /** Size in bytes of the spooled message. */
  size: number;
  mail: ParsedMessage;
  log: Logger;
  /** Fires when the job's time budget ends. */
  signal: AbortSignal;
  /** Set by the auth scanner (runs before the rules scanner); read by `auth` rule tests. */
  auth?: AuthResults;
  /** Set by the Bayes scanner once the model is trained; read by `bayes` rule tests. */
  bayes?: number;
  /**
   * clamd's heuristic alerts (`Heuristics.*`: encrypted archives, Office macros, phishing
   * signatures), set by the clamav scanner for `clamav` rule tests to score, instead of
   * being held as malware outright.
   */
  heuristics?: string[];
  /** Decoded parts, variants and archive members, set by the content scanner for clamd. */
  views?: ScanView[];
  /** Set by the content scanner for `finding` rule tests. */
  findings?: Finding[];
  /** Archive listings by attachment, set by the content scanner for attachment tests. */
  archives?: Map<ParsedAttachment, ArchiveFacts>;
  /** Why the message cannot be scanned in full: held as `policy`. */
  unscannable?: string[];
  /** Why the message must at least be tagged (site chose `tag` over a hold). */
  tagReasons?: string[];
  /**
   * Set by the sender list scanner when an entry of a recipient's agency matched: the
   * verdict holds a denied sender and delivers a verified allowed one (src/senders/).
   */
  senderList?: SenderListDecision;
  /** Run after the last scanner (removes the per-scan folder). */
  cleanup?: (() => Promise<void>)[];
}

/**
 * Content to scan besides the raw message: a decoded part, a decoder's variant reading, an
 * archive member. Held in memory (`data`) or in the per-scan folder (`file`).
 */
export interface ScanView {
  /** Shown to officers with a virus found in it: which part, which member. */
  name: string;
  data?: Buffer;
  file?: string;
  size: number;
}

/** Something the content scanner established, for `finding` rule tests. */
export interface Finding {
  /** Stable name: `Mime.Ambiguous`, `Archive.OpenedWithPassword`, ... */
  name: string;
  /** Shown to officers. */
  detail: string;
}

/** What the content scanner learned of an archive attachment (every kind, nested). */
export interface ArchiveFacts {
  /** Member paths, nested ones as `inner.zip/file.exe`. */
  names: string[];
  /** Some member (or the listing) is encrypted. */
  encrypted: boolean;
  /** Sum of the members' declared sizes. */
  unpackedBytes: number;
}

export interface Hit {
  rule: string;
  group: string;
  score: number;
  /** Shown to officers: what matched. */
  detail?: string;
}

/**
 * What the per-agency sender lists made of a message (src/senders/decide.ts):
 * - `none`: no entry of the recipients' agencies matched;
 * - `deny`: some agency denies the sender: held (verdict/sender-lists.ts);
 * - `allow`: every agency allows the sender, verified: delivered unless dangerous;
 * - `allow-unverified`: every agency allows it, not all verified: score lowered only;
 * - `allow-partial`: some agencies allow it, others do not: nothing applied.
 */
export interface SenderListDecision {
  outcome: 'none' | 'deny' | 'allow' | 'allow-unverified' | 'allow-partial';
  /** Hits for the verdict: officers read which entry did what (rule id, detail). */
  hits: Hit[];
  /** Short reason for the verdict when the outcome changes it (deny, allow). */
  reason: string;
}

export type ScanResult =
  { status: 'pass' | 'fail'; hits: Hit[]; viruses?: string[] } | { status: 'skip'; reason: string };

export interface Scanner {
  readonly name: string;
  /** Throws TempFailError when it cannot scan; never reports pass instead. */
  scan(ctx: ScanContext): Promise<ScanResult>;
}
