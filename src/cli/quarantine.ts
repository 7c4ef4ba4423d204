import { readHeld } from '../quarantine/storage.js';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { openDb } from '../store/db.js';
import type { Db } from '../store/db.js';
import { getHeldItem, listItems } from '../quarantine/items.js';
import { USAGE } from './usage.js';
import { cmdQuarantineAction } from './web.js';

export type { QuarantineItem } from '../quarantine/items.js';

/** `mailshield quarantine list`: a table, or the items as JSON. */
export async function quarantineList(
  db: Db,
  opts: { json: boolean; limit: number; offset: number; category?: string | undefined },
): Promise<string> {
  const items = await listItems(db, opts);
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

/** `mailshield quarantine show`: one held message, as text, JSON or the raw file. */
export async function quarantineShow(
  db: Db,
  id: string,
  opts: { json: boolean; raw: boolean },
): Promise<string | undefined> {
  // Held while any agency still holds it (holds are per agency: issue #15).
  const item = await getHeldItem(db, id);
  if (item === undefined) return undefined;
  if (opts.raw) return item.path ? (await readHeld(db, item.path)).toString('utf8') : '';
  const { hits, holds } = item;
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

/** `mailshield quarantine list|show|release|delete|purge`. */
export async function cmdQuarantine(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  if (sub === 'release' || sub === 'delete' || sub === 'purge')
    return cmdQuarantineAction(sub, rest);
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      json: { type: 'boolean', default: false },
      raw: { type: 'boolean', default: false },
      limit: { type: 'string', default: '100' },
      offset: { type: 'string', default: '0' },
      category: { type: 'string' },
    },
  });
  const cfg = loadConfig();
  const db = await openDb(cfg.database);
  try {
    if (sub === 'list') {
      const out = await quarantineList(db, {
        json: Boolean(values.json),
        limit: Number(values.limit),
        offset: Number(values.offset),
        category: values.category,
      });
      process.stdout.write(`${out}\n`);
      return 0;
    }
    if (sub === 'show' && positionals[0]) {
      const out = await quarantineShow(db, positionals[0], {
        json: Boolean(values.json),
        raw: Boolean(values.raw),
      });
      if (out === undefined) {
        process.stderr.write(`mailshield: no quarantined message ${positionals[0]}\n`);
        return 1;
      }
      process.stdout.write(`${out}\n`);
      return 0;
    }
    process.stderr.write(`${USAGE}\n`);
    return 2;
  } finally {
    await db.destroy();
  }
}
