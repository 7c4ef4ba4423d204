import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/db.js';
import { saveMessage } from '../../../src/store/messages-repo.js';
import { insertEvents } from '../../../src/store/events-repo.js';
import { addPendingDelivery, finishDelivery } from '../../../src/store/deliveries-repo.js';
import { transitionHold } from '../../../src/store/holds-repo.js';
import {
  deleteSmtpTraceBefore,
  insertSmtpTrace,
  smtpTraceOfMessage,
} from '../../../src/store/trace-repo.js';
import { TraceRecorder } from '../../../src/ingress/trace-recorder.js';
import { searchTrace, type TraceQuery } from '../../../src/trace/search.js';
import { loadMessageTrace } from '../../../src/trace/detail.js';
import { queryDashboard } from '../../../src/report/dashboard.js';
import { periodFromTo } from '../../../src/report/definitions.js';
import { messageRow, STORE_DIALECTS, testStore, type TestStore } from '../../helpers/test-store.js';

const DOMAINS = new Map([
  ['STTTT', ['stttt.songhong.gov.vn']],
  ['STC', ['stc.songhong.gov.vn']],
]);
const agencyOf = (r: string): string | undefined => {
  const d = r.slice(r.lastIndexOf('@') + 1);
  for (const [code, list] of DOMAINS) if (list.includes(d)) return code;
  return undefined;
};
const A = 'vanthu@stttt.songhong.gov.vn';
const B = 'ketoan@stc.songhong.gov.vn';
const T0 = Date.parse('2026-01-10T03:00:00Z');

function query(over: Partial<TraceQuery> = {}): TraceQuery {
  return { limit: 50, offset: 0, scope: undefined, agencyDomains: DOMAINS, ...over };
}

/** Records through the ingress's recorder, as the gateway does, and waits for the write. */
async function record(db: Db, events: Parameters<TraceRecorder['record']>[0][]): Promise<void> {
  let t = T0;
  const rec = new TraceRecorder({ write: (rows) => insertSmtpTrace(db, rows), now: () => t++ });
  for (const e of events) rec.record(e);
  await rec.close();
}

describe.each(STORE_DIALECTS)('message trace store on %s', (dialect) => {
  let store: TestStore;
  let db: Db;

  beforeAll(async () => {
    store = testStore(dialect);
    db = await store.open();
    // m-both: delivered to A (250 from the next hop), held for B. m-held: held for A only.
    await saveMessage(
      db,
      messageRow('m-both', {
        received_at: T0,
        rcpt_to: JSON.stringify([A, B]),
        agencies: JSON.stringify(['STTTT', 'STC']),
        subject: 'Giấy mời họp',
        message_id: '<hop-1@bo.gov.vn>',
        mail_from: 'vanphong@bo.gov.vn',
        category: 'clean',
        action: 'deliver',
      }),
    );
    await addPendingDelivery(db, 'm-both', 'STTTT', [A]);
    await finishDelivery(db, 'm-both', 'STTTT', 'sent', '250 2.0.0 Ok: queued as ABC123');
    await saveMessage(
      db,
      messageRow('m-held', {
        received_at: T0 + 1000,
        subject: 'Trúng thưởng',
        mail_from: 'lure@spam.example',
        category: 'spam',
        action: 'quarantine',
        state: 'quarantined',
      }),
    );
    await insertEvents(db, [
      {
        message_id: 'm-both',
        agency: 'STTTT',
        time: T0,
        category: 'clean',
        action: 'deliver',
        size: 1,
        viruses: '[]',
        rules: '[]',
      },
      {
        message_id: 'm-both',
        agency: 'STC',
        time: T0,
        category: 'clean',
        action: 'deliver',
        size: 1,
        viruses: '[]',
        rules: '[]',
      },
      {
        message_id: 'm-held',
        agency: 'STTTT',
        time: T0 + 1000,
        category: 'spam',
        action: 'quarantine',
        size: 1,
        viruses: '[]',
        rules: '[]',
      },
    ]);
    await record(db, [
      {
        phase: 'data',
        code: 250,
        reply: '2.0.0 Ok: queued as m-both',
        clientAddress: '203.0.113.7',
        helo: 'mail.bo.gov.vn',
        mailFrom: 'vanphong@bo.gov.vn',
        recipients: [
          { address: A, agency: 'STTTT' },
          { address: B, agency: 'STC' },
        ],
        queueId: 'm-both',
      },
      {
        phase: 'rcpt',
        code: 550,
        reply: '5.7.1 Relaying denied: recipient not served here',
        clientAddress: '198.51.100.9',
        helo: 'bad.example',
        mailFrom: 'x@bad.example',
        recipients: [{ address: 'a%evil.example@stttt.songhong.gov.vn', agency: 'STTTT' }],
      },
      {
        phase: 'rcpt',
        code: 550,
        reply: '5.7.1 Relaying denied: recipient not served here',
        clientAddress: '198.51.100.9',
        mailFrom: 'x@bad.example',
        recipients: [{ address: 'boss@stc.songhong.gov.vn.', agency: 'STC' }],
      },
      {
        phase: 'rcpt',
        code: 550,
        reply: '5.7.1 Relaying denied: recipient not served here',
        clientAddress: '198.51.100.9',
        mailFrom: 'x@bad.example',
        recipients: [{ address: 'victim@gmail.example', agency: undefined }],
      },
      {
        phase: 'connect',
        code: 421,
        reply: '4.7.0 Too many connections',
        clientAddress: '192.0.2.1',
      },
      {
        phase: 'data',
        code: 250,
        reply: '2.0.0 Ok: queued as m-pending',
        clientAddress: '203.0.113.8',
        mailFrom: 'a@partner.example',
        recipients: [{ address: A, agency: 'STTTT' }],
        queueId: 'm-pending',
      },
    ]);
  });
  afterAll(async () => {
    await db?.destroy();
    await store?.drop();
  });

  it('finds messages and SMTP refusals together, newest first, for an admin', async () => {
    const r = await searchTrace(db, query());
    expect(r.total).toBe(7);
    expect(r.rows.map((x) => x.kind)).toContain('smtp');
    const both = r.rows.find((x) => x.id === 'm-both');
    expect(both).toMatchObject({
      kind: 'message',
      clientAddress: '203.0.113.7',
      recipients: [A, B],
    });
    const pending = r.rows.find((x) => x.queueId === 'm-pending');
    expect(pending).toMatchObject({ kind: 'smtp', state: 'received', code: 250 });
    expect(r.rows.some((x) => x.recipients.includes('victim@gmail.example'))).toBe(true);
  });

  it('shows an officer only the rows of their agencies; another agency and no-agency refusals stay hidden', async () => {
    const r = await searchTrace(db, query({ scope: ['STTTT'] }));
    const recipients = r.rows.flatMap((x) => (x.kind === 'smtp' ? x.recipients : []));
    expect(recipients).toContain('a%evil.example@stttt.songhong.gov.vn');
    expect(recipients).not.toContain('boss@stc.songhong.gov.vn.');
    expect(recipients).not.toContain('victim@gmail.example');
    expect(r.rows.some((x) => x.clientAddress === '192.0.2.1')).toBe(false);
    // Searching for another agency's recipient finds nothing, not even the shared message.
    expect((await searchTrace(db, query({ scope: ['STTTT'], recipient: B }))).total).toBe(0);
    expect((await searchTrace(db, query({ scope: ['STC'], recipient: B }))).rows[0]?.id).toBe(
      'm-both',
    );
  });

  it('filters by sender, subject, Message-ID, queue id, client address, time and kind', async () => {
    const ids = async (over: Partial<TraceQuery>): Promise<string[]> =>
      (await searchTrace(db, query(over))).rows.map((x) => x.queueId ?? x.id);
    expect(await ids({ sender: 'BO.GOV.VN' })).toEqual(['m-both']);
    expect(await ids({ subject: 'trúng' })).toEqual(['m-held']);
    expect(await ids({ messageId: 'hop-1@' })).toEqual(['m-both']);
    expect(await ids({ queueId: 'm-held' })).toEqual(['m-held']);
    expect(await ids({ client: '203.0.113.7' })).toEqual(['m-both']);
    expect(await ids({ from: T0 + 500, to: T0 + 1500 })).toEqual(['m-held']);
    const refused = await searchTrace(db, query({ kind: 'refused' }));
    expect(refused.total).toBe(4);
    expect(refused.rows.every((x) => x.kind === 'smtp' && x.code! >= 400)).toBe(true);
    const accepted = await searchTrace(db, query({ kind: 'accepted' }));
    expect(accepted.rows.map((x) => x.id).sort()).toEqual(['m-both', 'm-held']);
  });

  it('gives each recipient its own state and the next hop reply', async () => {
    await saveMessage(
      db,
      messageRow('m-split', {
        rcpt_to: JSON.stringify([A, B]),
        agencies: JSON.stringify(['STTTT', 'STC']),
        category: 'spam',
        action: 'quarantine',
        state: 'quarantined',
      }),
    );
    await transitionHold(db, 'm-split', 'STTTT', 'quarantined', 'released', Date.now());
    await addPendingDelivery(db, 'm-split', 'STTTT', [A]);
    await finishDelivery(db, 'm-split', 'STTTT', 'bounced', '550 5.1.1 no such user');
    const t = await loadMessageTrace(db, 'm-split', agencyOf);
    expect(t?.recipients).toEqual([
      expect.objectContaining({
        address: A,
        state: 'bounced',
        released: true,
        reply: '550 5.1.1 no such user',
      }),
      expect.objectContaining({ address: B, state: 'held', reply: null }),
    ]);
    const both = await loadMessageTrace(db, 'm-both', agencyOf);
    expect(both?.clientAddress).toBe('203.0.113.7');
    expect(both?.recipients.map((r) => [r.state, r.reply])).toEqual([
      ['delivered', '250 2.0.0 Ok: queued as ABC123'],
      ['delivering', null],
    ]);
    const pending = await loadMessageTrace(db, 'm-pending', agencyOf);
    expect(pending?.recipients).toEqual([
      expect.objectContaining({ address: A, state: 'received' }),
    ]);
    expect(await loadMessageTrace(db, 'nothing', agencyOf)).toBeUndefined();
  });

  it('purges SMTP rows past the retention and keeps the newer ones', async () => {
    await insertSmtpTrace(db, [
      {
        id: 'old-1',
        time: T0 - 100 * 86_400_000,
        phase: 'rcpt',
        outcome: 'refused',
        code: 550,
        reply: 'x',
        client_address: '192.0.2.50',
        helo: '',
        mail_from: null,
        rcpt: null,
        agency: null,
        queue_id: 'old-q',
      },
    ]);
    expect(await smtpTraceOfMessage(db, 'old-q')).toHaveLength(1);
    expect(await deleteSmtpTraceBefore(db, T0 - 90 * 86_400_000)).toBe(1);
    expect(await smtpTraceOfMessage(db, 'old-q')).toHaveLength(0);
    expect(await smtpTraceOfMessage(db, 'm-both')).toHaveLength(2);
  });

  it('dashboard: the chart and the cards add up to the report, rankings stay in scope', async () => {
    const period = periodFromTo('2025-12-15', '2026-01-13');
    const all = await queryDashboard(db, { period, agencies: [], now: T0 });
    const sum = (k: 'received' | 'delivered' | 'spam'): number =>
      all.days.reduce((s, d) => s + d[k], 0);
    expect(all.days).toHaveLength(30);
    expect(sum('received')).toBe(all.report.totals.received);
    expect(sum('delivered')).toBe(all.report.totals.delivered);
    expect(all.report.totals).toMatchObject({ received: 2, delivered: 1, spamRemoved: 1 });
    expect(all.topSenderDomains).toEqual([
      { name: 'bo.gov.vn', count: 1 },
      { name: 'spam.example', count: 1 },
    ]);
    expect(all.topClients).toEqual([{ name: '203.0.113.7', count: 1 }]);
    expect(all.topRecipients).toEqual([
      { name: A, count: 2 },
      { name: B, count: 1 },
    ]);
    const stc = await queryDashboard(db, {
      period,
      agencies: [],
      agency: 'STC',
      agencyDomains: DOMAINS.get('STC')!,
      now: T0,
    });
    expect(stc.report.totals.received).toBe(1);
    expect(stc.topRecipients).toEqual([{ name: B, count: 1 }]);
  });

  it('never fails a caller when the store fails: rows are dropped and counted', async () => {
    const dropped: number[] = [];
    const rec = new TraceRecorder({
      write: () => Promise.reject(new Error('store down')),
      maxBuffered: 3,
      flushMs: 1,
      onDropped: (n) => dropped.push(n),
    });
    for (let i = 0; i < 5; i++) {
      rec.record({ phase: 'connect', code: 421, reply: 'x', clientAddress: '192.0.2.1' });
    }
    expect(rec.pending).toBe(3);
    await rec.close();
    expect(dropped.reduce((a, b) => a + b, 0)).toBe(5);
  });
});
