import { randomBytes } from 'node:crypto';
import MailComposer from 'nodemailer/lib/mail-composer/index.js';

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
 * The monthly report as a MIME message (multipart/mixed), composed by nodemailer's
 * MailComposer: the text report as the body, every format attached. Everything is base64
 * so no line of the HTML or CSV can exceed the SMTP line limit (RFC 5321 §4.5.3.1.6) or be
 * taken for the end of DATA; the subject is RFC 2047 encoded by the library.
 */
export async function buildReportMail(m: ReportMailInput): Promise<string> {
  const composer = new MailComposer({
    from: m.from,
    to: m.to,
    subject: m.subject,
    date: m.now,
    messageId: `<report.${randomBytes(8).toString('hex')}@${m.hostname}>`,
    // RFC 3834: machine-generated, so auto-responders do not answer it.
    headers: { 'Auto-Submitted': 'auto-generated' },
    text: { content: m.body },
    textEncoding: 'base64',
    attachments: m.attachments.map((a) => ({
      filename: a.filename,
      contentType: `${a.contentType}; charset=utf-8`,
      content: a.content,
      encoding: 'utf8',
      contentTransferEncoding: 'base64',
    })),
    newline: '\r\n',
    // Nothing in a report names a file or URL to fetch; refused in case one ever does.
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  const message = composer.compile();
  message.hostname = m.hostname;
  return (await message.build()).toString('utf8');
}
