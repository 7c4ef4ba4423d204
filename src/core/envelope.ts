/** The SMTP envelope of an accepted message, stored with it in the spool. */
export interface Envelope {
  /** Reverse path; the empty string is the null sender (`MAIL FROM:<>`, bounces). */
  mailFrom: string;
  /** Forward paths, lower-cased domains, each in an agency domain. */
  rcptTo: string[];
  /** Client IP address as seen by the gateway. */
  clientAddress: string;
  /** Name the client gave in HELO/EHLO. */
  helo: string;
  /** ISO 8601 time the gateway accepted the message. */
  receivedAt: string;
  /** Whether the session was protected by STARTTLS. */
  tls: boolean;
}
