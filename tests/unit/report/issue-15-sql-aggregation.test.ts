import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/db.js';
import type { EventRow } from '../../../src/store/events-repo.js';
import {
  CATEGORIES,
  DELIVERING_ACTIONS,
  REMOVING_ACTIONS,
  localDay,
  periodFromTo,
  previousPeriod,
  zeroCounters,
  type Category,
  type Counters,
  type Period,
} from '../../../src/report/definitions.js';
import { queryReport } from '../../../src/report/query.js';
import { seedEvents } from '../../helpers/seed-events.js';
import { tempStore } from './store-fixture.js';

const AGENCIES = [
  { code: 'UBND', name: 'Văn phòng UBND tỉnh' },
  { code: 'STTTT', name: 'Sở Thông tin và Truyền thông' },
  { code: 'STC', name: 'Sở Tài chính' },
  { code: 'SYT', name: 'Sở Y tế' },
];

interface Store {
  events: EventRow[];
  messages: Map<string, { state: string; released_at: number | null }>;
  holds: { message_id: string; agency: string; state: string }[];
}

/**
 * The report's figures computed the slow, obvious way: every event row of the period read
 * into memory and counted message by message, day by day, as the definitions in
 * src/report/definitions.ts say. The SQL aggregation must give the same numbers.
 */
function reference(s: Store, p: Period, agency?: string) {
  const rows = s.events.filter(
    (e) => e.time >= p.start && e.time < p.end && (agency === undefined || e.agency === agency),
  );
  const released = (e: EventRow): boolean => {
    const holds = s.holds.filter((h) => h.message_id === e.message_id);
    if (holds.some((h) => h.agency === e.agency && h.state === 'released')) return true;
    if (holds.length > 0) return false;
    const m = s.messages.get(e.message_id);
    return m !== undefined && (m.released_at !== null || m.state === 'released');
  };
  const tests: Record<keyof Counters, (e: EventRow) => boolean> = {
    received: () => true,
    delivered: (e) => (DELIVERING_ACTIONS as readonly string[]).includes(e.action),
    tagged: (e) => e.action === 'tag',
    spamRemoved: (e) =>
      ['spam', 'phishing'].includes(e.category) &&
      (REMOVING_ACTIONS as readonly string[]).includes(e.action),
    phishingRemoved: (e) =>
      e.category === 'phishing' && (REMOVING_ACTIONS as readonly string[]).includes(e.action),
    malwareBlocked: (e) => e.category === 'malware',
    policyHeld: (e) => e.category === 'policy',
    released,
  };
  const count = (list: EventRow[]): Counters => {
    const c = zeroCounters();
    for (const k of Object.keys(tests) as (keyof Counters)[]) {
      c[k] = new Set(list.filter(tests[k]).map((e) => e.message_id)).size;
    }
    return c;
  };
  const perAgency = new Map<string, Counters>();
  for (const code of new Set(rows.map((e) => e.agency))) {
    perAgency.set(code, count(rows.filter((e) => e.agency === code)));
  }
  const days = new Map<string, Record<Category, Set<string>>>();
  for (const e of rows) {
    const d = localDay(e.time);
    const rec =
      days.get(d) ??
      (Object.fromEntries(CATEGORIES.map((c) => [c, new Set<string>()])) as Record<
        Category,
        Set<string>
      >);
    rec[e.category as Category].add(e.message_id);
    days.set(d, rec);
  }
  const top = (column: 'rules' | 'viruses') => {
    const seen = new Map<string, Set<string>>();
    for (const e of rows) {
      for (const name of JSON.parse(e[column]) as string[]) {
        seen.set(name, (seen.get(name) ?? new Set()).add(e.message_id));
      }
    }
    return [...seen]
      .map(([name, ids]) => ({ name, count: ids.size }))
      .sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : 1))
      .slice(0, 10);
  };
  return { totals: count(rows), perAgency, days, rules: top('rules'), viruses: top('viruses') };
}

describe('issue #15: report figures aggregated in SQL equal the row-by-row count', () => {
  let db: Db;
  let cleanup: () => Promise<void>;
  const store: Store = { events: [], messages: new Map(), holds: [] };
  // Five years, the widest period allowed.
  const period = periodFromTo('2020-01-01', '2024-12-31');

  beforeAll(async () => {
    ({ db, cleanup } = await tempStore());
    store.events = await seedEvents(db, {
      start: period.start - 40 * 86_400_000,
      spanMs: period.end - period.start + 80 * 86_400_000,
      messages: 12_000,
      agencies: [...AGENCIES.map((a) => a.code), 'UNKNOWN'],
      seed: 15,
      messageRowsEvery: 3,
    });
    for (const m of await db
      .selectFrom('messages')
      .select(['id', 'state', 'released_at'])
      .execute())
      store.messages.set(m.id, { state: m.state, released_at: m.released_at ?? null });
    store.holds = await db
      .selectFrom('quarantine_holds')
      .select(['message_id', 'agency', 'state'])
      .execute();
  });
  afterAll(async () => cleanup());

  for (const agency of [undefined, 'STC']) {
    it(`gives the same totals, agency rows, days and top lists (${agency ?? 'province'})`, async () => {
      const r = await queryReport(db, {
        period,
        agencies: AGENCIES,
        now: Date.parse('2025-01-02T00:00:00Z'),
        timeoutMs: 20_000,
        ...(agency ? { agency } : {}),
      });
      const ref = reference(store, period, agency);
      expect(ref.totals.received).toBeGreaterThan(agency ? 2_000 : 8_000);
      expect(ref.totals.released).toBeGreaterThan(0);
      expect(r.totals).toEqual(ref.totals);
      for (const row of r.agencies) {
        expect(row, row.code).toMatchObject(ref.perAgency.get(row.code) ?? zeroCounters());
      }
      if (agency === undefined) {
        expect(r.agencies.find((a) => a.code === 'UNKNOWN')).toBeDefined();
      }
      // One row per day of the five years (1,827), each equal to the day-by-day count.
      expect(r.daily).toHaveLength(1827);
      for (const day of r.daily) {
        const want = ref.days.get(day.date);
        for (const c of CATEGORIES) expect(day[c], `${day.date} ${c}`).toBe(want?.[c].size ?? 0);
      }
      expect(r.topRules).toEqual(ref.rules);
      expect(r.topViruses).toEqual(ref.viruses);
      // The 1,827 days before: the seeded 40 days before the period, counted the same way.
      const prev = reference(store, previousPeriod(period), agency);
      expect(prev.totals.received).toBeGreaterThan(0);
      expect(r.previous.totals).toEqual(prev.totals);
    });
  }
});
