import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { storeDialect, type Db } from '../../../src/store/db.js';
import { getMessage, saveMessage } from '../../../src/store/messages-repo.js';
import {
  addPendingDelivery,
  finishDelivery,
  listDeliveries,
} from '../../../src/store/deliveries-repo.js';
import {
  deleteEventsBefore,
  hasEventsBefore,
  insertEvents,
} from '../../../src/store/events-repo.js';
import { addHolds, listHolds, transitionHold } from '../../../src/store/holds-repo.js';
import { bumpCounter, readCounters } from '../../../src/store/counters-repo.js';
import { listAudit, writeAudit } from '../../../src/quarantine/audit.js';
import { getMark, markMessage } from '../../../src/quarantine/marks.js';
import { searchQuarantine } from '../../../src/quarantine/search.js';
import { renderMetrics } from '../../../src/web/routes/health.js';
import {
  countFailedLogin,
  findUserByName,
  insertUser,
} from '../../../src/web/accounts/users-repo.js';
import { createSession, lookupSession } from '../../../src/web/accounts/sessions.js';
import { messageRow, STORE_DIALECTS, testStore, type TestStore } from '../../helpers/test-store.js';

describe.each(STORE_DIALECTS)('the store on %s', (dialect) => {
  let store: TestStore;
  let db: Db;

  beforeAll(async () => {
    store = testStore(dialect);
    db = await store.open();
  });
  afterAll(async () => {
    await db?.destroy();
    await store?.drop();
  });

  it('opens the dialect asked for and reads numbers back as numbers, exactly', async () => {
    expect(storeDialect(db)).toBe(dialect);
    await saveMessage(db, messageRow('num-1'));
    const row = await getMessage(db, 'num-1');
    expect(row).toMatchObject({
      received_at: 1_767_225_600_123,
      updated_at: 1_767_225_600_456,
      score: 5.3,
      scan_ms: 12.75,
      size: 2048,
      subject: 'Báo cáo tháng',
      released_at: null,
    });
    const n = await db
      .selectFrom('messages')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    expect(n.n).toBe(1);
  });

  it('opens again without migrating twice, from several pools at once', async () => {
    const again = await Promise.all([store.open(), store.open(), store.open()]);
    for (const d of again) {
      expect((await getMessage(d, 'num-1'))?.id).toBe('num-1');
      await d.destroy();
    }
  });

  it('keeps the first verdict of a message: a second save changes nothing', async () => {
    expect(
      await saveMessage(db, messageRow('v-1', { category: 'spam', state: 'quarantined' })),
    ).toBe(true);
    expect(await saveMessage(db, messageRow('v-1', { category: 'clean' }))).toBe(false);
    expect(await getMessage(db, 'v-1')).toMatchObject({ category: 'spam', state: 'quarantined' });
    expect((await listHolds(db, 'v-1')).map((h) => h.state)).toEqual(['quarantined']);
  });

  it('records a delivery once and its first result only', async () => {
    await addPendingDelivery(db, 'd-1', 'STTTT', ['a@stttt.songhong.gov.vn']);
    await addPendingDelivery(db, 'd-1', 'STTTT', ['other@stttt.songhong.gov.vn']);
    expect(await finishDelivery(db, 'd-1', 'STTTT', 'sent', '250 ok')).toBe(true);
    expect(await finishDelivery(db, 'd-1', 'STTTT', 'failed', 'late duplicate')).toBe(false);
    const [d] = await listDeliveries(db, 'd-1');
    expect(d).toMatchObject({ status: 'sent', response: '250 ok' });
    expect(JSON.parse(d!.recipients)).toEqual(['a@stttt.songhong.gov.vn']);
  });

  it('inserts events once and purges them by time', async () => {
    const ev = (id: string, time: number) => ({
      message_id: id,
      agency: 'STTTT',
      time,
      category: 'clean',
      action: 'deliver',
      size: 10,
      viruses: '[]',
      rules: '[]',
    });
    await insertEvents(db, [ev('e-1', 1_000), ev('e-2', 5_000_000_000_000)]);
    await insertEvents(db, [ev('e-1', 1_000)]);
    expect(await hasEventsBefore(db, 2_000)).toBe(true);
    expect(await deleteEventsBefore(db, 2_000)).toBe(1);
    expect(await hasEventsBefore(db, 2_000)).toBe(false);
  });

  it('moves a hold only from the state it is in', async () => {
    await addHolds(db, 'h-1', ['STTTT', 'STC', 'STC']);
    expect(await transitionHold(db, 'h-1', 'STC', 'quarantined', 'released', 77)).toBe(true);
    expect(await transitionHold(db, 'h-1', 'STC', 'quarantined', 'deleted')).toBe(false);
    expect(await listHolds(db, 'h-1')).toMatchObject([
      { agency: 'STC', state: 'released', released_at: 77 },
      { agency: 'STTTT', state: 'quarantined', released_at: null },
    ]);
  });

  it('counts counters, marks, audit rows, users and sessions', async () => {
    await bumpCounter(db, 'spool_damaged_records');
    await bumpCounter(db, 'spool_damaged_records', 2);
    expect((await readCounters(db)).spool_damaged_records).toBe(3);

    const actor = { name: 'officer', address: '10.0.0.1' };
    await markMessage(db, 'm-1', 'spam', actor);
    await markMessage(db, 'm-1', 'ham', actor);
    expect(await getMark(db, 'm-1')).toBe('ham');
    await writeAudit(db, actor, 'release', 'm-1', 'ok', 'STTTT');
    const audit = await listAudit(db, { limit: 10, offset: 0, actor: 'officer' });
    expect(audit.total).toBe(3);
    expect(audit.rows.map((r) => r.action)).toEqual(['release', 'mark-ham', 'mark-spam']);
    expect(audit.rows[0]!.seq).toBeGreaterThan(audit.rows[1]!.seq);

    await insertUser(db, {
      name: 'officer',
      role: 'officer',
      agencies: ['STTTT'],
      lang: 'vi',
      passwordHash: 'x',
    });
    const user = (await findUserByName(db, 'officer'))!;
    expect(user).toMatchObject({ agencies: ['STTTT'], disabled: false, lockedUntil: null });
    expect(await countFailedLogin(db, user.id, 2, 1000, 50)).toBe(1);
    expect(await countFailedLogin(db, user.id, 2, 1000, 60)).toBe(2);
    expect(await findUserByName(db, 'officer')).toMatchObject({
      failedLogins: 0,
      lockedUntil: 1060,
    });

    const times = { idleMs: 1000, maxMs: 10_000 };
    const { cookie } = await createSession(db, user.id, '10.0.0.1');
    const s = await lookupSession(db, cookie, times, Date.now() + 10);
    expect(s?.userId).toBe(user.id);
    expect(await lookupSession(db, cookie, times, Date.now() + 5_000)).toBeUndefined();
  });

  it('searches the quarantine by literal substrings, wildcards included', async () => {
    const held = (id: string, subject: string) =>
      saveMessage(
        db,
        messageRow(id, {
          subject,
          category: 'spam',
          action: 'quarantine',
          state: 'quarantined',
          hits: JSON.stringify([{ rule: 'BAYES_99', group: 'bayes', score: 3.5 }]),
        }),
      );
    await held('s-1', 'Giảm 50%_off hôm nay');
    await held('s-2', 'Giảm 50 percent off');
    const q = { sort: 'received', dir: 'desc', limit: 10, offset: 0, scope: undefined } as const;
    const bySubject = await searchQuarantine(db, { ...q, subject: '50%_OFF' });
    expect(bySubject.rows.map((r) => r.id)).toEqual(['s-1']);
    expect(bySubject.total).toBe(1);
    const byThreat = await searchQuarantine(db, { ...q, threat: 'bayes_99' });
    expect(byThreat.rows.map((r) => r.id).sort()).toEqual(['s-1', 's-2']);
    expect((await searchQuarantine(db, { ...q, scope: ['STC'] })).total).toBe(0);
  });

  it('renders /metrics from the store', async () => {
    await insertEvents(db, [
      {
        message_id: 's-1',
        agency: 'STTTT',
        time: 1,
        category: 'spam',
        action: 'quarantine',
        size: 1,
        viruses: '[]',
        rules: '[]',
      },
    ]);
    const text = await renderMetrics(db, undefined);
    expect(text).toContain('mailshield_messages_total{category="spam",action="quarantine"} 1');
    expect(text).toMatch(/mailshield_scan_duration_seconds_bucket\{le="0\.025"\} [1-9]/);
    expect(text).toContain('mailshield_spool_damaged_records_total 3');
    await sql`select 1`.execute(db);
  });
});
