import { randomBytes } from 'node:crypto';
import MimeNode from 'nodemailer/lib/mime-node/index.js';
import { rfc5322Date } from '../ingress/received.js';

export interface FailedRecipient {
  recipient: string;
  /** RFC 3463 status, e.g. 5.1.1 or 4.4.7. */
  status: string;
  /** The next hop's reply, or our reason. */
  diagnostic: string;
}

export interface DsnInput {
  reportingMta: string;
  postmaster: string;
  originalSender: string;
  originalId: string;
  arrivalDate: Date;
  remoteMta: string;
  failed: FailedRecipient[];
  /** Header section of the original message (text/rfc822-headers part). */
  originalHeaders: string;
  now: Date;
}

/** RFC 3463 status code in an SMTP reply, or a generic one by reply class. */
export function statusFromReply(reply: string, code: number | undefined): string {
  // Only right after the reply code (RFC 3463 §2): elsewhere "10.2.1.5" would read as 2.1.5.
  const m = /^(\d)\d\d[ -]([245])\.(\d{1,3}\.\d{1,3})\b/.exec(reply.trimStart());
  const cls = code !== undefined ? String(code)[0] : m?.[1];
  if (m && m[2] === cls) return `${m[2]}.${m[3]}`;
  return cls === '5' ? '5.0.0' : '4.0.0';
}

/**
 * Builds a delivery status notification (RFC 3464, multipart/report) telling the sender
 * which recipients could not be reached. Vietnamese first, then English.
 *
 * Composed with nodemailer's MimeNode, the builder its MailComposer is made of: boundaries,
 * RFC 2047 headers, transfer encodings and CRLF line ends come from the library. Not
 * MailComposer itself: it builds only the mixed/alternative/related trees of ordinary mail
 * and has no option for a `multipart/report` root with its `report-type` parameter.
 */
export async function buildDsn(input: DsnInput): Promise<string> {
  const list = input.failed.map((f) => `  <${f.recipient}>: ${oneLine(f.diagnostic)}`).join('\r\n');
  const human =
    `Thư của bạn không thể chuyển tới một hoặc nhiều người nhận sau:\r\n\r\n${list}\r\n\r\n` +
    `Your message could not be delivered to one or more recipients:\r\n\r\n${list}\r\n\r\n` +
    `-- ${input.reportingMta} (mailshield), id ${input.originalId}\r\n`;
  const perRecipient = input.failed
    .map(
      (f) =>
        `Final-Recipient: rfc822; ${f.recipient}\r\n` +
        `Action: failed\r\n` +
        `Status: ${f.status}\r\n` +
        `Remote-MTA: dns; ${input.remoteMta}\r\n` +
        `Diagnostic-Code: smtp; ${oneLine(f.diagnostic)}\r\n`,
    )
    .join('\r\n');
  const headers = input.originalHeaders.replace(/\r?\n/g, '\r\n').replace(/(\r\n)*$/, '\r\n');

  const root = new MimeNode('multipart/report; report-type=delivery-status', {
    newline: '\r\n',
    hostname: input.reportingMta,
  });
  root.setHeader({
    From: `Mail Delivery System <${input.postmaster}>`,
    To: `<${input.originalSender}>`,
    Subject: 'Thư không chuyển được / Undelivered Mail Returned to Sender',
    Date: rfc5322Date(input.now),
    'Message-ID': `<${input.originalId}.${randomBytes(4).toString('hex')}.dsn@${input.reportingMta}>`,
    // RFC 3834: an automatic answer, which auto-responders must not answer.
    'Auto-Submitted': 'auto-replied',
  });
  root.createChild('text/plain; charset=utf-8').setContent(human);
  // RFC 3464 §2: the delivery-status body is a list of header-like fields, never encoded.
  root
    .createChild('message/delivery-status')
    .setContent(
      `Reporting-MTA: dns; ${input.reportingMta}\r\n` +
        `X-Mailshield-Queue-ID: ${input.originalId}\r\n` +
        `Arrival-Date: ${rfc5322Date(input.arrivalDate)}\r\n\r\n` +
        perRecipient,
    );
  root.createChild('text/rfc822-headers').setContent(headers);
  return (await root.build()).toString('utf8');
}

function oneLine(s: string): string {
  return s.replace(/[\r\n]+/g, ' ').slice(0, 500);
}
