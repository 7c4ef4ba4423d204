import type { Db } from '../../src/store/db.js';
import type { EventRow } from '../../src/store/events-repo.js';

export interface SeedOptions {
  /** First instant (epoch ms); events are spread evenly from here. */
  start: number;
  /** Number of messages; a message has one event row per agency. */
  messages: number;
  /** Spread over this many ms. */
  spanMs: number;
  agencies: string[];
  /** Seed of the pseudo-random choices, so a run is repeatable. @defaultValue 1 */
  seed?: number;
  /** Also write a message row for every n-th message and a hold for held ones. @defaultValue 0 (none) */
  messageRowsEvery?: number;
}

const RULES = ['GTUBE', 'PHISH_A', 'PHISH_B', 'BANNED_EXE', 'SMALL_NEG', 'URI_LOOKALIKE'];
const VIRUSES = ['Eicar-Test-Signature', 'Other.Virus', 'Win.Trojan.Agent'];
const KINDS: { category: string; action: string }[] = [
  { category: 'clean', action: 'deliver' },
  { category: 'clean', action: 'deliver' },
  { category: 'clean', action: 'deliver' },
  { category: 'spam', action: 'tag' },
  { category: 'spam', action: 'quarantine' },
  { category: 'phishing', action: 'quarantine' },
  { category: 'malware', action: 'quarantine' },
  { category: 'policy', action: 'quarantine' },
];

/** A small linear congruential generator: the same rows for the same seed. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s = (Math.imul(s, 1_664_525) + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

/**
 * Writes event rows straight into the store, as the scan stage would have over months:
 * a report test needs years of events without sending years of mail. Returns the rows.
 */
export async function seedEvents(db: Db, o: SeedOptions): Promise<EventRow[]> {
  const rnd = random(o.seed ?? 1);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rnd() * list.length)]!;
  const all: EventRow[] = [];
  let batch: EventRow[] = [];
  const messages: Record<string, unknown>[] = [];
  const holds: Record<string, unknown>[] = [];
  const flush = async (): Promise<void> => {
    if (batch.length > 0) await db.insertInto('events').values(batch).execute();
    batch = [];
  };
  for (let i = 0; i < o.messages; i++) {
    const id = `seed-${o.seed ?? 1}-${i}`;
    const time = o.start + Math.floor((i * o.spanMs) / o.messages);
    const kind = pick(KINDS);
    const rules =
      kind.category === 'clean'
        ? []
        : [...new Set([pick(RULES), ...(rnd() < 0.3 ? [pick(RULES)] : [])])];
    const viruses = kind.category === 'malware' ? [pick(VIRUSES)] : [];
    const agencies = [...new Set([pick(o.agencies), ...(rnd() < 0.2 ? [pick(o.agencies)] : [])])];
    for (const agency of agencies) {
      const row: EventRow = {
        message_id: id,
        agency,
        time,
        category: kind.category,
        action: kind.action,
        size: 1000 + Math.floor(rnd() * 50_000),
        viruses: JSON.stringify(viruses),
        rules: JSON.stringify(rules),
      };
      all.push(row);
      batch.push(row);
    }
    if (o.messageRowsEvery && i % o.messageRowsEvery === 0) {
      const held = kind.action === 'quarantine';
      const released = held && rnd() < 0.3;
      messages.push({
        id,
        received_at: time,
        mail_from: 'sender@example.com',
        rcpt_to: '[]',
        agencies: JSON.stringify(agencies),
        from_header: '',
        subject: '',
        message_id: null,
        size: 1000,
        category: kind.category,
        action: kind.action,
        score: 0,
        hits: '[]',
        viruses: JSON.stringify(viruses),
        state: held ? (released ? 'delivered' : 'quarantined') : 'delivered',
        quarantine_path: null,
        updated_at: time,
        released_at: released ? time + 60_000 : null,
      });
      // Holds for every other held message: the others stand for mail held before holds.
      if (held && i % (2 * o.messageRowsEvery) === 0) {
        for (const [k, agency] of agencies.entries()) {
          const mine = released && k === 0;
          holds.push({
            message_id: id,
            agency,
            state: mine ? 'released' : 'quarantined',
            updated_at: time,
            released_at: mine ? time + 60_000 : null,
          });
        }
      }
    }
    if (batch.length >= 1000) await flush();
  }
  await flush();
  for (let i = 0; i < messages.length; i += 500) {
    await db
      .insertInto('messages')
      .values(messages.slice(i, i + 500) as never)
      .execute();
  }
  for (let i = 0; i < holds.length; i += 500) {
    await db
      .insertInto('quarantine_holds')
      .values(holds.slice(i, i + 500) as never)
      .execute();
  }
  return all;
}
