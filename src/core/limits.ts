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
};
