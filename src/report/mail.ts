import { randomBytes } from 'node:crypto';
import { rfc5322Date } from '../ingress/received.js';

export interface ReportAttachment {
  filename: string;
  contentType: string;
  content: string;
}

export interface ReportMailInput {
  from: string;
  to: string[];
  subject: string;
  /** Plain-text body (the text report). */
  body: string;
  attachments: ReportAttachment[];
  hostname: string;
  now: Date;
}

/**
 * The monthly report as a MIME message (multipart/mixed): the text report as the body,
 * every format attached. Everything is base64 so no line of the HTML or CSV can exceed
 * the SMTP line limit (RFC 5321 §4.5.3.1.6) or be taken for the end of DATA.
 */
export function buildReportMail(m: ReportMailInput): string {
  const boundary = `=_mailshield_report_${randomBytes(12).toString('hex')}`;
  const part = (headers: string, content: string): string =>
    `--${boundary}\r\n${headers}Content-Transfer-Encoding: base64\r\n\r\n${base64Lines(content)}`;
  const parts = [
    part('Content-Type: text/plain; charset=utf-8\r\n', m.body),
    ...m.attachments.map((a) =>
      part(
        `Content-Type: ${a.contentType}; charset=utf-8; name="${a.filename}"\r\n` +
          `Content-Disposition: attachment; filename="${a.filename}"\r\n`,
        a.content,
      ),
    ),
  ];
  return (
    `From: ${m.from}\r\n` +
    `To: ${m.to.join(', ')}\r\n` +
    `Subject: ${encodeWord(m.subject)}\r\n` +
    `Date: ${rfc5322Date(m.now)}\r\n` +
    `Message-ID: <report.${randomBytes(8).toString('hex')}@${m.hostname}>\r\n` +
    // RFC 3834: machine-generated, so auto-responders do not answer it.
    `Auto-Submitted: auto-generated\r\n` +
    `MIME-Version: 1.0\r\n` +
    `Content-Type: multipart/mixed; boundary="${boundary}"\r\n` +
    `\r\n` +
    parts.join('') +
    `--${boundary}--\r\n`
  );
}

function base64Lines(text: string): string {
  const b64 = Buffer.from(text, 'utf8').toString('base64');
  return `${(b64.match(/.{1,76}/g) ?? []).join('\r\n')}\r\n`;
}

/**
 * RFC 2047 encoded words for a non-ASCII header, each at most 75 characters (§2), split
 * between characters so no UTF-8 sequence is cut.
 */
function encodeWord(text: string): string {
  if (/^[\x20-\x7e]*$/.test(text)) return text;
  const words: string[] = [];
  let chunk = '';
  for (const ch of text) {
    // 45 bytes of UTF-8 -> 60 base64 characters + 12 of "=?UTF-8?B?" and "?=".
    if (Buffer.byteLength(chunk + ch, 'utf8') > 45) {
      words.push(chunk);
      chunk = '';
    }
    chunk += ch;
  }
  if (chunk) words.push(chunk);
  return words.map((w) => `=?UTF-8?B?${Buffer.from(w, 'utf8').toString('base64')}?=`).join('\r\n ');
}
