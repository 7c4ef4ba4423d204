import { readFileSync } from 'node:fs';
import type { Db } from '../store/db.js';
import { getMessage, listQuarantined, type MessageRow } from '../store/messages-repo.js';
import { anyHeld, listHolds } from '../store/holds-repo.js';
import type { Hit } from '../scan/types.js';

/** The stable shape of `mailshield quarantine list --json` (README "Interface"). */
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

export async function quarantineList(
  db: Db,
  opts: { json: boolean; limit: number; offset: number; category?: string | undefined },
): Promise<string> {
  const rows = await listQuarantined(db, opts);
  const items = rows.map(toItem);
  if (opts.json) return JSON.stringify(items, null, 2);
  if (items.length === 0) return 'Quarantine is empty.';
  const lines = items.map(
    (i) =>
      `${i.id}  ${i.receivedAt.slice(0, 19).replace('T', ' ')}  ${i.category.padEnd(8)} ${String(i.score).padStart(6)}  ` +
      `${i.from.slice(0, 40).padEnd(40)}  ${i.subject.slice(0, 60)}`,
  );
  return [
    'ID                      RECEIVED (UTC)       CATEGORY  SCORE  FROM                                      SUBJECT',
    ...lines,
  ].join('\n');
}

export async function quarantineShow(
  db: Db,
  id: string,
  opts: { json: boolean; raw: boolean },
): Promise<string | undefined> {
  const row = await getMessage(db, id);
  // Held while any agency still holds it (holds are per agency: issue #15).
  if (!row || !(await anyHeld(db, id))) return undefined;
  const holds = (await listHolds(db, id)).map((h) => ({ agency: h.agency, state: h.state }));
  if (opts.raw) return row.quarantine_path ? readFileSync(row.quarantine_path, 'utf8') : '';
  const hits = JSON.parse(row.hits) as (Hit & { description?: string })[];
  const item = { ...toItem(row), hits, holds, path: row.quarantine_path };
  if (opts.json) return JSON.stringify(item, null, 2);
  return [
    `ID:        ${item.id}`,
    `Received:  ${item.receivedAt}`,
    `Category:  ${item.category}   score ${item.score}`,
    `Envelope:  ${item.envelopeFrom || '<>'} -> ${item.to.join(', ')}`,
    `From:      ${item.from}`,
    `Subject:   ${item.subject}`,
    `Viruses:   ${item.viruses.join(', ') || '-'}`,
    `Held for:  ${holds.map((h) => `${h.agency} (${h.state})`).join(', ')}`,
    `Rules:`,
    ...hits.map(
      (h) =>
        `  ${h.rule.padEnd(28)} ${String(h.score).padStart(6)}  ${h.description ?? ''}${h.detail ? ` [${h.detail}]` : ''}`,
    ),
    `File:      ${item.path ?? '-'}`,
  ].join('\n');
}
