import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listAudit } from '../../../src/quarantine/audit.js';
import { readCounter } from '../../../src/store/counters-repo.js';
import { listSenderEntries } from '../../../src/store/sender-lists-repo.js';
import { addUser, login, webFixture, type Login, type WebFixture } from './helpers.js';

/**
 * The sender lists in the web (issue #13, #17 item 3): an officer keeps their own agencies'
 * lists only, in the pages and the JSON API; every change is audited with its agency and
 * moves the version the scan workers poll.
 */
describe('sender lists in the web: scope, CSRF and audit', () => {
  let fx: WebFixture;
  let admin: Login;
  let officerA: Login;
  let officerB: Login;
  let entryA: string;

  beforeAll(async () => {
    fx = await webFixture();
    await addUser(fx.db, 'admin1', 'admin');
    await addUser(fx.db, 'officer-a', 'officer', ['STTTT']);
    await addUser(fx.db, 'officer-b', 'officer', ['STC'], 'en');
    admin = await login(fx.app, 'admin1');
    officerA = await login(fx.app, 'officer-a');
    officerB = await login(fx.app, 'officer-b');
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
  const form = (s: Login, url: string, fields: Record<string, string>, csrf = s.csrf) =>
    fx.app.inject({
      method: 'POST',
      url,
      headers: { cookie: s.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ ...fields, _csrf: csrf }).toString(),
    });

  it('lets an officer add to their own agency’s list through the page, audited', async () => {
    const before = await readCounter(fx.db, 'sender_list_changes');
    const res = await form(officerA, '/senders', {
      agency: 'STTTT',
      kind: 'deny',
      pattern: ' Spammer.Example ',
      note: 'quảng cáo hàng loạt',
    });
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/senders?agency=STTTT&done=added');
    const rows = await listSenderEntries(fx.db, ['STTTT']);
    expect(rows).toMatchObject([
      { agency: 'STTTT', kind: 'deny', pattern: 'spammer.example', note: 'quảng cáo hàng loạt' },
    ]);
    entryA = rows[0]!.id;
    expect(rows[0]?.created_by).toBe('officer-a');
    expect(await readCounter(fx.db, 'sender_list_changes')).toBe(before + 1);
    const { rows: audit } = await listAudit(fx.db, { limit: 5, offset: 0 });
    expect(audit[0]).toMatchObject({
      actor: 'officer-a',
      action: 'sender-add',
      agency: 'STTTT',
      reason: 'deny spammer.example — quảng cáo hàng loạt',
    });
    const page = await get(officerA, '/senders?agency=STTTT&done=added');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Danh sách người gửi');
    expect(page.body).toContain('Đã thêm vào danh sách.');
    expect(page.body).toContain('spammer.example');
  });

  it('never shows agency A’s list to an officer of B, in the page or the API', async () => {
    const page = await get(officerB, '/senders');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sender lists');
    expect(page.body).not.toContain('spammer.example');
    expect(page.body).not.toContain('value="STTTT"');
    expect((await get(officerB, '/senders?agency=STTTT')).statusCode).toBe(404);
    expect((await get(officerB, '/api/senders?agency=STTTT')).statusCode).toBe(404);
    const mine = (await get(officerB, '/api/senders')).json<{ entries: unknown[] }>();
    expect(mine.entries).toEqual([]);
    // The admin sees every agency's.
    const all = (await get(admin, '/api/senders')).json<{ entries: { id: string }[] }>();
    expect(all.entries.map((e) => e.id)).toContain(entryA);
  });

  it('never lets an officer of B change agency A’s list, and audits nothing for it', async () => {
    const auditBefore = (await listAudit(fx.db, { limit: 1, offset: 0 })).total;
    const versionBefore = await readCounter(fx.db, 'sender_list_changes');
    const add = await post(officerB, '/api/senders', {
      agency: 'STTTT',
      kind: 'allow',
      pattern: 'spammer.example',
    });
    expect(add.statusCode).toBe(404);
    const addForm = await form(officerB, '/senders', {
      agency: 'STTTT',
      kind: 'allow',
      pattern: 'partner.example',
    });
    expect(addForm.statusCode).toBe(404);
    expect((await post(officerB, `/api/senders/${entryA}/delete`)).statusCode).toBe(404);
    expect((await form(officerB, `/senders/${entryA}/delete`, {})).statusCode).toBe(404);
    expect(await listSenderEntries(fx.db, ['STTTT'])).toMatchObject([
      { id: entryA, kind: 'deny', pattern: 'spammer.example' },
    ]);
    expect((await listAudit(fx.db, { limit: 1, offset: 0 })).total).toBe(auditBefore);
    expect(await readCounter(fx.db, 'sender_list_changes')).toBe(versionBefore);
  });

  it('refuses a change without the CSRF token or from another origin', async () => {
    const noToken = await fx.app.inject({
      method: 'POST',
      url: '/senders',
      headers: { cookie: officerA.cookie, 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'agency=STTTT&kind=deny&pattern=other.example',
    });
    expect(noToken.statusCode).toBe(403);
    const wrong = await form(officerA, `/senders/${entryA}/delete`, {}, 'not-the-token');
    expect(wrong.statusCode).toBe(403);
    const crossSite = await fx.app.inject({
      method: 'POST',
      url: '/api/senders',
      headers: {
        cookie: officerA.cookie,
        'x-csrf-token': officerA.csrf,
        origin: 'https://evil.example',
      },
      payload: { agency: 'STTTT', kind: 'deny', pattern: 'other.example' },
    });
    expect(crossSite.statusCode).toBe(403);
    expect(await listSenderEntries(fx.db, ['STTTT'])).toHaveLength(1);
  });

  it('explains a refused pattern in the officer’s language and keeps what was typed', async () => {
    const vi = await form(officerA, '/senders', {
      agency: 'STTTT',
      kind: 'allow',
      pattern: '*.partner.example',
      note: 'đối tác',
    });
    expect(vi.statusCode).toBe(400);
    expect(vi.body).toContain('Không dùng ký tự đại diện');
    expect(vi.body).toContain('value="*.partner.example"');
    const en = await post(officerB, '/api/senders', { agency: 'STC', kind: 'deny', pattern: 'vn' });
    expect(en.statusCode).toBe(400);
    expect(en.json()).toEqual({ error: 'bad-pattern', problem: 'top-level' });
    // The same pattern on the other list of the same agency: a conflict, not a second entry.
    const twice = await post(officerA, '/api/senders', {
      agency: 'STTTT',
      kind: 'allow',
      pattern: 'SPAMMER.example',
    });
    expect(twice.statusCode).toBe(409);
    expect(twice.json<{ entry: { kind: string } }>().entry.kind).toBe('deny');
  });

  it('adds and removes through the JSON API, each change in the audit log', async () => {
    const add = await post(officerB, '/api/senders', {
      agency: 'STC',
      kind: 'allow',
      pattern: 'news@partner.example',
      note: 'bản tin đối tác',
    });
    expect(add.statusCode).toBe(201);
    const { entry } = add.json<{ entry: { id: string; agency: string; createdBy: string } }>();
    expect(entry).toMatchObject({ agency: 'STC', createdBy: 'officer-b' });
    const listed = (await get(officerB, '/api/senders?agency=STC')).json<{
      entries: { id: string }[];
    }>();
    expect(listed.entries.map((e) => e.id)).toEqual([entry.id]);
    // Officer A cannot remove B's entry either.
    expect((await post(officerA, `/api/senders/${entry.id}/delete`)).statusCode).toBe(404);
    const del = await post(officerB, `/api/senders/${entry.id}/delete`);
    expect(del.statusCode).toBe(200);
    expect((await get(officerB, '/api/senders?agency=STC')).json()).toEqual({ entries: [] });
    expect((await post(officerB, `/api/senders/${entry.id}/delete`)).statusCode).toBe(404);
    const { rows } = await listAudit(fx.db, { limit: 2, offset: 0 });
    expect(rows.map((r) => [r.actor, r.action, r.agency, r.reason])).toEqual([
      ['officer-b', 'sender-remove', 'STC', 'allow news@partner.example — bản tin đối tác'],
      ['officer-b', 'sender-add', 'STC', 'allow news@partner.example — bản tin đối tác'],
    ]);
  });

  it('lets the admin remove any agency’s entry through the page', async () => {
    const res = await form(admin, `/senders/${entryA}/delete`, {});
    expect(res.statusCode).toBe(303);
    expect(await listSenderEntries(fx.db, ['STTTT'])).toEqual([]);
    const { rows } = await listAudit(fx.db, { limit: 1, offset: 0 });
    expect(rows[0]).toMatchObject({ actor: 'admin1', action: 'sender-remove', agency: 'STTTT' });
  });
});
