import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMessage } from '../../../src/store/messages-repo.js';
import { listHolds } from '../../../src/store/holds-repo.js';
import { finishDelivery, listDeliveries } from '../../../src/store/deliveries-repo.js';
import { finalizeMessage } from '../../../src/deliver/finalize.js';
import { listAudit } from '../../../src/quarantine/audit.js';
import { purgeExpired } from '../../../src/quarantine/purge.js';
import { addHeld, addUser, login, webFixture, type Login, type WebFixture } from './helpers.js';

const A_RCPT = 'vanthu@stttt.songhong.gov.vn';
const B_RCPT = 'ketoan@stc.songhong.gov.vn';

interface Detail {
  state: string;
  to: string[];
  agencies: string[];
  content?: unknown;
}

describe('issue #15: quarantine held per agency of the recipients', () => {
  let fx: WebFixture;
  let admin: Login;
  let officerA: Login;
  let officerB: Login;

  beforeAll(async () => {
    fx = await webFixture();
    await addUser(fx.db, 'admin1', 'admin');
    await addUser(fx.db, 'officer-a', 'officer', ['STTTT']);
    await addUser(fx.db, 'officer-b', 'officer', ['STC']);
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
  const detail = async (s: Login, id: string): Promise<Detail> =>
    (await get(s, `/api/quarantine/${id}`)).json<Detail>();
  const listed = async (s: Login, qs = ''): Promise<{ id: string; to: string[] }[]> =>
    (await get(s, `/api/quarantine?${qs}`)).json<{ items: { id: string; to: string[] }[] }>().items;
  const twoAgencies = (subject: string): Promise<string> =>
    addHeld(fx, { agencies: ['STTTT', 'STC'], rcpt: [A_RCPT, B_RCPT], subject });

  it('shows each officer only their agency’s recipients; the admin sees both', async () => {
    const id = await twoAgencies('shown per agency');
    expect((await listed(officerA)).find((i) => i.id === id)?.to).toEqual([A_RCPT]);
    expect((await listed(officerB)).find((i) => i.id === id)?.to).toEqual([B_RCPT]);
    expect((await listed(admin)).find((i) => i.id === id)?.to).toEqual([A_RCPT, B_RCPT]);
    const a = await detail(officerA, id);
    expect(a.to).toEqual([A_RCPT]);
    expect(a.agencies).toEqual(['STTTT']);
    const page = await get(officerA, `/quarantine/${id}`);
    expect(page.body).toContain(A_RCPT);
    expect(page.body).not.toContain(B_RCPT);
  });

  it('a release by A delivers to A’s recipient only; B still holds it and releases it separately', async () => {
    const id = await twoAgencies('released per agency');
    fx.jobs.length = 0;
    expect((await post(officerA, `/api/quarantine/${id}/release`)).statusCode).toBe(200);
    expect(fx.jobs.map((j) => [j.data.route, j.data.recipients])).toEqual([
      [{ kind: 'agency', code: 'STTTT' }, [A_RCPT]],
    ]);
    expect((await listDeliveries(fx.db, id)).map((d) => d.route)).toEqual(['STTTT']);
    // A's copy is released; A cannot release again, nor act on B's copy.
    expect((await detail(officerA, id)).state).toBe('delivering');
    expect((await post(officerA, `/api/quarantine/${id}/release`)).statusCode).toBe(409);
    expect((await post(officerA, `/api/quarantine/${id}/delete`)).statusCode).toBe(409);
    expect((await listed(officerA)).map((i) => i.id)).not.toContain(id);
    // B's officer still has it, held, with its content, in the list.
    const b = await detail(officerB, id);
    expect(b.state).toBe('quarantined');
    expect(b.content).toBeDefined();
    expect((await listed(officerB)).map((i) => i.id)).toContain(id);
    expect((await listed(officerA, 'state=delivering')).map((i) => i.id)).toContain(id);

    fx.jobs.length = 0;
    expect((await post(officerB, `/api/quarantine/${id}/release`)).statusCode).toBe(200);
    expect(fx.jobs.map((j) => [j.data.route, j.data.recipients])).toEqual([
      [{ kind: 'agency', code: 'STC' }, [B_RCPT]],
    ]);
    expect((await listHolds(fx.db, id)).map((h) => [h.agency, h.state])).toEqual([
      ['STC', 'released'],
      ['STTTT', 'released'],
    ]);
    const audit = await listAudit(fx.db, { limit: 10, offset: 0, messageId: id });
    expect(audit.rows.map((r) => [r.actor, r.action, r.agency])).toEqual([
      ['officer-b', 'release', 'STC'],
      ['officer-a', 'release', 'STTTT'],
    ]);
  });

  it('a delete by A leaves B’s copy and the file; the last copy gone takes the file', async () => {
    const id = await twoAgencies('deleted per agency');
    const path = (await getMessage(fx.db, id))!.quarantine_path!;
    expect((await post(officerA, `/api/quarantine/${id}/delete`)).statusCode).toBe(200);
    expect(existsSync(path)).toBe(true);
    expect((await getMessage(fx.db, id))?.state).toBe('quarantined');
    expect((await detail(officerA, id)).state).toBe('deleted');
    expect((await detail(officerB, id)).state).toBe('quarantined');
    expect((await listed(officerB)).map((i) => i.id)).toContain(id);
    expect((await listed(officerA, 'state=deleted')).map((i) => i.id)).toContain(id);
    expect((await listed(officerB, 'state=deleted')).map((i) => i.id)).not.toContain(id);
    expect((await post(officerB, `/api/quarantine/${id}/delete`)).statusCode).toBe(200);
    expect(existsSync(path)).toBe(false);
    expect((await getMessage(fx.db, id))?.state).toBe('deleted');
  });

  it('purge removes the file only when no agency still holds the message', async () => {
    const old = Date.now() - 40 * 86_400_000;
    const released = await addHeld(fx, {
      agencies: ['STTTT', 'STC'],
      rcpt: [A_RCPT, B_RCPT],
      receivedAt: old,
    });
    const path = (await getMessage(fx.db, released))!.quarantine_path!;
    expect((await post(officerA, `/api/quarantine/${released}/release`)).statusCode).toBe(200);
    expect(existsSync(path)).toBe(true);
    expect(await purgeExpired(fx.db, 30)).toContain(released);
    expect((await listHolds(fx.db, released)).map((h) => [h.agency, h.state])).toEqual([
      ['STC', 'purged'],
      ['STTTT', 'released'],
    ]);
    // Issue #16: A's released copy is delivered from the held bytes (by any node), so they
    // stay while that delivery is pending, and go with the first purge after it is final.
    expect(existsSync(path)).toBe(true);
    await finishDelivery(fx.db, released, 'STTTT', 'sent', '250 ok');
    expect(await finalizeMessage(fx.db, fx.spool, released)).toBe(true);
    expect((await getMessage(fx.db, released))?.state).toBe('delivered');
    await purgeExpired(fx.db, 30);
    expect(existsSync(path)).toBe(false);
    expect((await getMessage(fx.db, released))?.quarantine_path).toBeNull();
  });
});
