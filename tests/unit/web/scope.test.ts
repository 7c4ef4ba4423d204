import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMessage } from '../../../src/store/messages-repo.js';
import { listDeliveries } from '../../../src/store/deliveries-repo.js';
import { listAudit } from '../../../src/quarantine/audit.js';
import { releasedEnvelope } from '../../../src/quarantine/release.js';
import { addHeld, addUser, login, webFixture, type Login, type WebFixture } from './helpers.js';

describe('agency scope and quarantine actions', () => {
  let fx: WebFixture;
  let admin: Login;
  let officerA: Login;
  let itemA: string;
  let itemB: string;

  beforeAll(async () => {
    fx = await webFixture();
    await addUser(fx.db, 'admin1', 'admin');
    await addUser(fx.db, 'officer-a', 'officer', ['STTTT']);
    itemA = await addHeld(fx, { agencies: ['STTTT'], subject: 'for agency A' });
    itemB = await addHeld(fx, {
      agencies: ['STC'],
      rcpt: ['ketoan@stc.songhong.gov.vn'],
      subject: 'for agency B',
    });
    admin = await login(fx.app, 'admin1');
    officerA = await login(fx.app, 'officer-a');
  });
  afterAll(async () => fx.close());

  const get = (s: Login, url: string) =>
    fx.app.inject({ method: 'GET', url, headers: { cookie: s.cookie } });
  const post = (s: Login, url: string, payload: Record<string, unknown> = {}) =>
    fx.app.inject({
      method: 'POST',
      url,
      headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
      payload,
    });

  it('gives an officer of agency A 404 for an item of agency B, in the UI and the API', async () => {
    expect((await get(officerA, `/quarantine/${itemB}`)).statusCode).toBe(404);
    expect((await get(officerA, `/api/quarantine/${itemB}`)).statusCode).toBe(404);
    expect((await post(officerA, `/api/quarantine/${itemB}/release`)).statusCode).toBe(404);
    expect((await post(officerA, `/api/quarantine/${itemB}/delete`)).statusCode).toBe(404);
    expect(
      (await post(officerA, `/api/quarantine/${itemB}/mark`, { mark: 'ham' })).statusCode,
    ).toBe(404);
    expect((await get(officerA, `/quarantine/${itemB}/raw`)).statusCode).toBe(404);
    const form = await fx.app.inject({
      method: 'POST',
      url: `/quarantine/${itemB}/delete`,
      headers: { cookie: officerA.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${officerA.csrf}`,
    });
    expect(form.statusCode).toBe(404);
    expect((await getMessage(fx.db, itemB))?.state).toBe('quarantined');
    // Its own agency's item is there.
    expect((await get(officerA, `/quarantine/${itemA}`)).statusCode).toBe(200);
    expect((await get(officerA, `/api/quarantine/${itemA}`)).statusCode).toBe(200);
  });

  it('lists only the officer’s agencies; the admin sees all', async () => {
    const mine = (await get(officerA, '/api/quarantine')).json<{ items: { id: string }[] }>();
    expect(mine.items.map((i) => i.id)).toContain(itemA);
    expect(mine.items.map((i) => i.id)).not.toContain(itemB);
    const sneaky = (await get(officerA, '/api/quarantine?agency=STC')).json<{ total: number }>();
    expect(sneaky.total).toBe(0);
    const page = await get(officerA, '/quarantine');
    expect(page.body).toContain('for agency A');
    expect(page.body).not.toContain('for agency B');
    const all = (await get(admin, '/api/quarantine')).json<{ items: { id: string }[] }>();
    expect(all.items.map((i) => i.id)).toEqual(expect.arrayContaining([itemA, itemB]));
  });

  it('filters by sender, subject, recipient and rule, and sorts', async () => {
    const q = async (qs: string): Promise<string[]> =>
      (await get(admin, `/api/quarantine?${qs}`))
        .json<{ items: { id: string }[] }>()
        .items.map((i) => i.id);
    expect(await q('subject=AGENCY%20B')).toEqual([itemB]);
    expect(await q('recipient=ketoan@')).toEqual([itemB]);
    expect(await q('sender=bad@example')).toEqual(expect.arrayContaining([itemA, itemB]));
    expect(await q('threat=gtube')).toEqual(expect.arrayContaining([itemA, itemB]));
    expect(await q('threat=NO_SUCH_RULE')).toEqual([]);
    expect(await q('agency=STC')).toEqual([itemB]);
    expect(await q('sort=subject&dir=asc&subject=for%20agency')).toEqual([itemA, itemB]);
    expect(await q('from=2000-01-01&to=2000-01-02')).toEqual([]);
  });

  it('lets only an admin with a written reason release malware', async () => {
    const mal = await addHeld(fx, { category: 'malware', subject: 'invoice.exe' });
    expect(
      (await post(officerA, `/api/quarantine/${mal}/release`, { reason: 'ok' })).statusCode,
    ).toBe(403);
    expect((await post(admin, `/api/quarantine/${mal}/release`)).statusCode).toBe(400);
    expect((await post(admin, `/api/quarantine/${mal}/release`, { reason: '  ' })).statusCode).toBe(
      400,
    );
    const ok = await post(admin, `/api/quarantine/${mal}/release`, {
      reason: 'false positive, checked',
    });
    expect(ok.statusCode).toBe(200);
    const audit = await listAudit(fx.db, { limit: 10, offset: 0, messageId: mal });
    expect(audit.rows[0]).toMatchObject({
      actor: 'admin1',
      action: 'release',
      reason: 'false positive, checked',
    });
  });

  it('lets only admins download the raw message, after a warning, and audits it', async () => {
    expect((await get(officerA, `/quarantine/${itemA}/raw`)).statusCode).toBe(403);
    expect((await get(officerA, `/api/quarantine/${itemA}/raw`)).statusCode).toBe(403);
    const warn = await get(admin, `/quarantine/${itemA}/raw`);
    expect(warn.statusCode).toBe(200);
    expect(warn.body).toContain(`/quarantine/${itemA}/raw.eml`);
    const raw = await get(admin, `/quarantine/${itemA}/raw.eml`);
    expect(raw.statusCode).toBe(200);
    expect(raw.headers['content-disposition']).toContain('attachment');
    expect(raw.body).toContain('Subject: for agency A');
    const audit = await listAudit(fx.db, { limit: 10, offset: 0, messageId: itemA });
    expect(audit.rows.map((r) => r.action)).toContain('download');
  });

  it('releases to the deliver queue (not scanning): pending delivery, job id per agency, bytes kept for it', async () => {
    const id = await addHeld(fx, { agencies: ['STTTT'] });
    const res = await post(officerA, `/api/quarantine/${id}/release`, { reason: 'looks fine' });
    expect(res.statusCode).toBe(200);
    const row = await getMessage(fx.db, id);
    expect(row?.state).toBe('delivering');
    expect(row?.released_at).toBeGreaterThan(0);
    // Issue #16: no spool copy on the releasing node; any node's worker delivers from the
    // held bytes, with the envelope of the row.
    expect(await fx.spool.exists(id)).toBe(false);
    expect(existsSync(row!.quarantine_path!)).toBe(true);
    expect(releasedEnvelope(row!)).toMatchObject({
      rcptTo: ['vanthu@stttt.songhong.gov.vn'],
      mailFrom: 'bad@example.com',
    });
    const deliveries = await listDeliveries(fx.db, id);
    expect(deliveries).toMatchObject([{ route: 'STTTT', status: 'pending' }]);
    const jobs = fx.jobs.filter((j) => j.data.id === id);
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      jobId: `${id}.STTTT`,
      data: { route: { kind: 'agency', code: 'STTTT' } },
    });
    expect(jobs[0]?.data.verdict).toEqual({ category: 'phishing', score: 12.5, tagged: false });
    // A second release (double click, other officer) changes nothing.
    expect((await post(admin, `/api/quarantine/${id}/release`)).statusCode).toBe(409);
    expect(fx.jobs.filter((j) => j.data.id === id)).toHaveLength(1);
  });

  it('deletes: file gone, state deleted, audited; bulk acts per item with the policy', async () => {
    const id = await addHeld(fx);
    const path = (await getMessage(fx.db, id))!.quarantine_path!;
    expect(
      (await post(officerA, `/api/quarantine/${id}/delete`, { reason: 'junk' })).statusCode,
    ).toBe(200);
    expect(existsSync(path)).toBe(false);
    expect((await getMessage(fx.db, id))?.state).toBe('deleted');
    const a1 = await addHeld(fx);
    const a2 = await addHeld(fx);
    const b1 = await addHeld(fx, { agencies: ['STC'], rcpt: ['ketoan@stc.songhong.gov.vn'] });
    const res = await post(officerA, '/api/quarantine/bulk', { op: 'delete', ids: [a1, a2, b1] });
    expect(res.json()).toEqual({ done: [a1, a2], skipped: [{ id: b1, error: 'not-found' }] });
    const form = await fx.app.inject({
      method: 'POST',
      url: '/quarantine/bulk',
      headers: { cookie: admin.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: `_csrf=${admin.csrf}&op=release&reason=ok&ids=${b1}`,
    });
    expect(form.statusCode).toBe(200);
    expect((await getMessage(fx.db, b1))?.state).toBe('delivering');
    const audit = await listAudit(fx.db, { limit: 100, offset: 0 });
    expect(audit.rows.filter((r) => r.action === 'delete').map((r) => r.message_id)).toEqual(
      expect.arrayContaining([id, a1, a2]),
    );
  });

  it('stores spam / not spam marks, audits them and teaches the classifier the held message', async () => {
    const before = fx.learned.length;
    const res = await post(officerA, `/api/quarantine/${itemA}/mark`, { mark: 'ham' });
    expect(res.statusCode).toBe(200);
    expect(fx.learned.slice(before)).toHaveLength(1);
    expect(fx.learned[before]!.isSpam).toBe(false);
    expect(fx.learned[before]!.raw.toString('latin1')).toMatch(/^Subject: /m);
    const mark = await fx.db
      .selectFrom('marks')
      .selectAll()
      .where('message_id', '=', itemA)
      .executeTakeFirst();
    expect(mark).toMatchObject({ mark: 'ham', actor: 'officer-a' });
    expect((await get(officerA, `/api/quarantine/${itemA}`)).json<{ mark: string }>().mark).toBe(
      'ham',
    );
  });

  it('shows the audit log and its CSV to admins only', async () => {
    expect((await get(officerA, '/audit')).statusCode).toBe(403);
    expect((await get(officerA, '/api/audit')).statusCode).toBe(403);
    const page = await get(admin, '/audit');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('release');
    const csv = await get(admin, '/audit.csv');
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\r\n')[0]).toBe(
      'seq,time,actor,action,message_id,reason,address,agency',
    );
    expect(csv.body).toContain('false positive, checked');
  });

  it('shows dates as dd/mm/yyyy HH:mm in Vietnam time and speaks Vietnamese by default', async () => {
    const id = await addHeld(fx, {
      receivedAt: Date.UTC(2026, 0, 31, 20, 5),
      subject: 'date check',
    });
    const page = await get(admin, `/quarantine/${id}`);
    expect(page.body).toContain('01/02/2026 03:05');
    expect(page.body).toContain('Thư bị cách ly');
  });
});
