import type { Db } from '../store/db.js';
import { openHeld } from '../quarantine/storage.js';
import type { Limits } from '../core/limits.js';
import { parseMessage } from '../scan/parse.js';
import type { HeaderField } from '../scan/types.js';
import type { MessageRow } from '../store/messages-repo.js';

export interface RuleHitView {
  rule: string;
  score: number;
  description: string;
  /** Vietnamese description, when the rule had one at scan time. */
  descriptionVi?: string;
  detail: string | undefined;
}

export interface AttachmentView {
  name: string;
  declaredType: string;
  detectedType: string;
  size: number;
  sha256: string;
}

/** Everything the detail page and the API show about one held message. */
export interface MessageDetail {
  id: string;
  receivedAt: string;
  state: string;
  category: string;
  score: number;
  envelopeFrom: string;
  to: string[];
  agencies: string[];
  from: string;
  subject: string;
  size: number;
  viruses: string[];
  hits: RuleHitView[];
  releasedAt: string | null;
  /** Parsed from the quarantine file; absent when the file is gone (deleted, purged). */
  content?: {
    headers: HeaderField[];
    text: string;
    html: string;
    attachments: AttachmentView[];
    problems: string[];
  };
}

export function agenciesOf(row: MessageRow): string[] {
  return JSON.parse(row.agencies) as string[];
}

export function summaryOf(row: MessageRow): Omit<MessageDetail, 'content'> {
  const hits = JSON.parse(row.hits) as {
    rule: string;
    score: number;
    description?: string;
    descriptionVi?: string;
    detail?: string;
  }[];
  return {
    id: row.id,
    receivedAt: new Date(row.received_at).toISOString(),
    state: row.state,
    category: row.category ?? '',
    score: row.score ?? 0,
    envelopeFrom: row.mail_from,
    to: JSON.parse(row.rcpt_to) as string[],
    agencies: agenciesOf(row),
    from: row.from_header,
    subject: row.subject,
    size: row.size,
    viruses: JSON.parse(row.viruses) as string[],
    hits: hits.map((h) => ({
      rule: h.rule,
      score: h.score,
      description: h.description ?? '',
      ...(h.descriptionVi === undefined ? {} : { descriptionVi: h.descriptionVi }),
      detail: h.detail,
    })),
    releasedAt: row.released_at ? new Date(row.released_at).toISOString() : null,
  };
}

/**
 * Parses the quarantined message with the scan stage's bounded parser, from wherever its
 * bytes are (a file, or the shared store: quarantine/storage.ts).
 */
export async function loadDetail(db: Db, row: MessageRow, limits: Limits): Promise<MessageDetail> {
  const summary = summaryOf(row);
  if (row.state !== 'quarantined' || !row.quarantine_path) return summary;
  try {
    const mail = await parseMessage(openHeld(db, row.quarantine_path), { limits });
    return {
      ...summary,
      content: {
        headers: mail.headers,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments.map((a) => ({
          name: a.filename ?? '',
          declaredType: a.contentType,
          detectedType: [...a.magic].join(', ') || 'unknown',
          size: a.size,
          sha256: a.sha256,
        })),
        problems: mail.problems,
      },
    };
  } catch {
    return summary;
  }
}
