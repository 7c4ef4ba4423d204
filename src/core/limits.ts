/**
 * Every bound the gateway puts on hostile input, with the reason for its value.
 * Each one can be changed in `mailshield.yaml` under `limits:`.
 */
export interface Limits {
  /**
   * Largest message accepted over SMTP (advertised with the SIZE extension, RFC 1870).
   * 25 MB matches what the common public mail services accept, so legitimate senders fit.
   * @defaultValue 26214400
   */
  maxMessageBytes: number;
  /**
   * Recipients per message. RFC 5321 §4.5.3.1.8 asks servers to accept at least 100;
   * larger lists are answered 452 so the sender retries the rest in another transaction.
   * @defaultValue 1000
   */
  maxRecipients: number;
  /**
   * Bytes of header section kept for parsing and rules. Real headers stay under a few
   * tens of KB even after many relays; 1 MB keeps a hostile 100,000-line header bounded.
   * @defaultValue 1048576
   */
  maxHeaderBytes: number;
  /**
   * Characters of text (plain text and HTML converted to text) fed to the body rules.
   * Spam puts its wording early; scanning a capped prefix keeps a 50 MB body from costing
   * seconds of regex time, while staying well above Proxmox's evadable 256 KiB cap for the
   * whole message (attachments are not counted here).
   * @defaultValue 1048576
   */
  ruleScanBytes: number;
  /**
   * Attachment bytes kept in memory for inspection (magic bytes, archive listing).
   * Larger attachments are hashed and measured as they stream, never held whole.
   * @defaultValue 10485760
   */
  attachmentInspectBytes: number;
  /**
   * MIME parts parsed per message. Legitimate mail has tens; thousands mean an attack
   * on the parser.
   * @defaultValue 500
   */
  maxMimeParts: number;
  /**
   * Milliseconds a single parse may take before the message is held as `policy`
   * rather than tying up a worker.
   * @defaultValue 20000
   */
  parseTimeoutMs: number;
  /**
   * Largest message sent to clamd. Must not exceed clamd's StreamMaxLength (tests and
   * the shipped clamd.conf set 100M); a larger message is held as `policy`
   * ("too large to scan"), never delivered unscanned.
   * @defaultValue 104857600
   */
  clamdMaxStreamBytes: number;
  /**
   * Bytes of raw message read whole for the structure check (duplicate headers, doubled
   * boundaries, content after the closing boundary, padding inside base64) and the
   * uuencode / yEnc / BinHex decoders. The evasions it looks for are small messages; a
   * larger message is only parsed as a stream (its parts and archives still go to clamd),
   * so a 25 MB message is never held in memory twice.
   * @defaultValue 10485760
   */
  structureScanBytes: number;
  /**
   * Archives opened inside archives. Real mail nests one or two levels (a zip of zips);
   * Haraka's attachment plugin stops at 5. Deeper nesting is held as `policy`.
   * @defaultValue 5
   */
  maxArchiveDepth: number;
  /**
   * Members extracted per message, all archives together. A folder of scans holds a few
   * hundred files; more is held as `policy` rather than spending the job on it.
   * @defaultValue 1000
   */
  maxArchiveMembers: number;
  /**
   * Bytes extracted per message, all archives together (also the largest single member:
   * the extractor runs under a file-size limit, so lying headers cannot exceed it).
   * A 25 MB message of scans unpacks to well under this; more is held as `policy`.
   * @defaultValue 268435456
   */
  maxArchiveUnpackedBytes: number;
  /**
   * Milliseconds all archive work of one message may take (listing, extraction, passwords).
   * Past it the message is held as `policy` ("archive could not be scanned in time").
   * @defaultValue 15000
   */
  archiveTimeoutMs: number;
  /**
   * Password candidates tried per message against its encrypted archives. The password of
   * a malicious archive is written next to a keyword in the mail; a bounded number of
   * guesses keeps an archive from buying a worker's time.
   * @defaultValue 20
   */
  maxPasswordCandidates: number;
  /**
   * Milliseconds spent trying passwords per message (each try runs the extractor, 10-30 ms).
   * @defaultValue 2000
   */
  passwordBudgetMs: number;
  /**
   * Milliseconds the rules of one message may take (issue #14). Each rule runs in linear
   * time on capped text (RE2, `ruleScanBytes`), so no rule stalls alone, but some hundreds
   * of them on a megabyte of text on a loaded machine add up. Past the budget the rules
   * not yet run are skipped, the message is scored on what ran and tagged at least
   * (`rules.budgetOverrun`), and the overrun is logged and counted. Measured here with the
   * 302 shipped rules on a loaded 2-core machine: 20 KB of Vietnamese text 50-130 ms, the
   * full 1 MiB `ruleScanBytes` of it 1.1-1.5 s. 5 s leaves the largest ordinary text room
   * on a slow machine and stays well inside a scan job's time.
   * @defaultValue 5000
   */
  ruleBudgetMs: number;
  /**
   * Views (decoded parts, decoder variants, archive members) sent to clamd per message,
   * besides the raw message. Bounded so a message of 10,000 tiny parts costs at most this
   * many INSTREAMs; past it the message is held as `policy`.
   * @defaultValue 2000
   */
  maxScanViews: number;
}

export const defaultLimits: Limits = {
  maxMessageBytes: 25 * 1024 * 1024,
  maxRecipients: 1000,
  maxHeaderBytes: 1024 * 1024,
  ruleScanBytes: 1024 * 1024,
  attachmentInspectBytes: 10 * 1024 * 1024,
  maxMimeParts: 500,
  parseTimeoutMs: 20_000,
  clamdMaxStreamBytes: 100 * 1024 * 1024,
  structureScanBytes: 10 * 1024 * 1024,
  maxArchiveDepth: 5,
  maxArchiveMembers: 1000,
  maxArchiveUnpackedBytes: 256 * 1024 * 1024,
  archiveTimeoutMs: 15_000,
  maxPasswordCandidates: 20,
  passwordBudgetMs: 2_000,
  ruleBudgetMs: 5_000,
  maxScanViews: 2000,
};
