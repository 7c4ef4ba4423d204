import type { Db } from '../store/db.js';
import { getMessage, listQuarantined, type MessageRow } from '../store/messages-repo.js';
import { anyHeld, listHolds } from '../store/holds-repo.js';
import type { Hit } from '../scan/types.js';

/**
 * The stable shape of a held message, shared by `mailshield quarantine list --json`
 * (README "Interface") and the web API, so that both read the same fields.
 */
export interface QuarantineItem {
  id: string;
  receivedAt: string;
  category: string;
  from: string;
  envelopeFrom: string;
  to: string[];
  subject: string;
  score: number;
  viruses: string[];
  rules: string[];
  size: number;
  agencies: string[];
}

/** One held message with what the detail views show: hits, per-agency holds, file. */
export interface HeldItem extends QuarantineItem {
  hits: (Hit & { description?: string })[];
  holds: { agency: string; state: string }[];
  path: string | null;
}

/** A stored message row as a {@link QuarantineItem}. */
export function toItem(row: MessageRow): QuarantineItem {
  return {
    id: row.id,
    receivedAt: new Date(row.received_at).toISOString(),
    category: row.category ?? '',
    from: row.from_header,
    envelopeFrom: row.mail_from,
    to: JSON.parse(row.rcpt_to) as string[],
    subject: row.subject,
    score: row.score ?? 0,
    viruses: JSON.parse(row.viruses) as string[],
    rules: (JSON.parse(row.hits) as Hit[]).map((h) => h.rule),
    size: row.size,
    agencies: JSON.parse(row.agencies) as string[],
  };
}

/** Held messages, newest first, a page at a time. */
export async function listItems(
  db: Db,
  opts: { limit: number; offset: number; category?: string | undefined },
): Promise<QuarantineItem[]> {
  return (await listQuarantined(db, opts)).map(toItem);
}

/** A held message, or undefined when no agency holds it any more (holds are per agency). */
export async function getHeldItem(db: Db, id: string): Promise<HeldItem | undefined> {
  const row = await getMessage(db, id);
  if (!row || !(await anyHeld(db, id))) return undefined;
  const holds = (await listHolds(db, id)).map((h) => ({ agency: h.agency, state: h.state }));
  const hits = JSON.parse(row.hits) as HeldItem['hits'];
  return { ...toItem(row), hits, holds, path: row.quarantine_path };
}
