import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDb, type Db } from '../../../src/store/db.js';
import type { EventRow } from '../../../src/store/events-repo.js';
import { insertEvents } from '../../../src/store/events-repo.js';
import { saveMessage } from '../../../src/store/messages-repo.js';

export interface FixtureMessage {
  id: string;
  time: string; // ISO instant
  agencies: string[];
  category: string;
  action: string;
  viruses?: string[];
  rules?: string[];
  state?: string;
}

/** A fresh SQLite store in a temp folder. */
export async function tempStore(): Promise<{ db: Db; cleanup: () => Promise<void> }> {
  const dir = mkdtempSync(join(tmpdir(), 'ms-report-'));
  const db = await openDb(join(dir, 'mailshield.db'));
  return {
    db,
    async cleanup() {
      await db.destroy();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Inserts the message row and its event rows, as the scan stage would. */
export async function addMessages(db: Db, list: FixtureMessage[]): Promise<void> {
  for (const m of list) {
    const time = Date.parse(m.time);
    const viruses = JSON.stringify(m.viruses ?? []);
    const rules = JSON.stringify(m.rules ?? []);
    await saveMessage(db, {
      id: m.id,
      received_at: time,
      mail_from: 'sender@example.com',
      rcpt_to: '[]',
      agencies: JSON.stringify(m.agencies),
      from_header: '',
      subject: '',
      message_id: null,
      size: 1000,
      category: m.category,
      action: m.action,
      score: 0,
      hits: '[]',
      viruses,
      state: m.state ?? (m.action === 'quarantine' ? 'quarantined' : 'delivered'),
      quarantine_path: null,
      updated_at: time,
    });
    const rows: EventRow[] = m.agencies.map((agency) => ({
      message_id: m.id,
      agency,
      time,
      category: m.category,
      action: m.action,
      size: 1000,
      viruses,
      rules,
    }));
    await insertEvents(db, rows);
  }
}

/** January 2024 with its month-end edges, and two December messages to compare with. */
export const JANUARY: FixtureMessage[] = [
  {
    id: 'm01',
    time: '2024-01-05T03:00:00Z',
    agencies: ['STTTT', 'STC'],
    category: 'clean',
    action: 'deliver',
    rules: ['SMALL_NEG'],
  },
  {
    id: 'm02',
    time: '2024-01-31T16:59:59.999Z',
    agencies: ['STTTT'],
    category: 'spam',
    action: 'quarantine',
    rules: ['GTUBE'],
  },
  {
    id: 'm03',
    time: '2024-01-31T17:00:00.000Z',
    agencies: ['STTTT'],
    category: 'spam',
    action: 'quarantine',
    rules: ['GTUBE'],
  },
  {
    id: 'm04',
    time: '2024-01-10T02:00:00Z',
    agencies: ['STC', 'SYT'],
    category: 'phishing',
    action: 'quarantine',
    rules: ['PHISH_A', 'PHISH_B'],
  },
  {
    id: 'm05',
    time: '2024-01-10T04:00:00Z',
    agencies: ['SYT'],
    category: 'malware',
    action: 'quarantine',
    viruses: ['Eicar-Test-Signature'],
  },
  {
    id: 'm06',
    time: '2024-01-11T04:00:00Z',
    agencies: ['SYT', 'UBND'],
    category: 'malware',
    action: 'quarantine',
    viruses: ['Eicar-Test-Signature', 'Other.Virus'],
  },
  {
    id: 'm07',
    time: '2024-01-12T04:00:00Z',
    agencies: ['UBND'],
    category: 'spam',
    action: 'tag',
    rules: ['GTUBE'],
  },
  {
    id: 'm08',
    time: '2024-01-12T05:00:00Z',
    agencies: ['STC'],
    category: 'policy',
    action: 'quarantine',
    rules: ['BANNED_EXE'],
  },
  {
    id: 'm09',
    time: '2024-01-13T05:00:00Z',
    agencies: ['UBND'],
    category: 'spam',
    action: 'quarantine',
    rules: ['GTUBE'],
    state: 'released',
  },
  {
    id: 'm10',
    time: '2023-12-20T05:00:00Z',
    agencies: ['STTTT'],
    category: 'clean',
    action: 'deliver',
  },
  {
    id: 'm11',
    time: '2023-12-31T16:59:00Z',
    agencies: ['STTTT'],
    category: 'spam',
    action: 'quarantine',
  },
  {
    id: 'm12',
    time: '2023-12-31T17:00:00Z',
    agencies: ['UNKNOWN'],
    category: 'clean',
    action: 'deliver',
  },
];
