import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addHeld, addUser, login, webFixture, type Login, type WebFixture } from './helpers.js';

const A_RCPT = 'vanthu@stttt.songhong.gov.vn';
const B_RCPT = 'ketoan@stc.songhong.gov.vn';
const UBND_RCPT = 'chanhvanphong@songhong.gov.vn';

/**
 * Issue #15, the scope leak of the recipient filter: it matched the message's whole
 * recipient list, so an officer of agency A searching for an address of agency B found
 * the messages A and B both hold, and so learned that B's address got them.
 */
describe('issue #15: the recipient filter matches only recipients in the viewer scope', () => {
  let fx: WebFixture;
  let officerA: Login;
  let officerB: Login;
  let officerUbnd: Login;
  let admin: Login;
  let both: string;
  let onlyB: string;
  let ubndAndA: string;

  beforeAll(async () => {
    fx = await webFixture();
    both = await addHeld(fx, {
      agencies: ['STTTT', 'STC'],
      rcpt: [A_RCPT, B_RCPT],
      subject: 'to A and B',
    });
    onlyB = await addHeld(fx, { agencies: ['STC'], rcpt: [B_RCPT], subject: 'to B only' });
    ubndAndA = await addHeld(fx, {
      agencies: ['UBND', 'STTTT'],
      rcpt: [UBND_RCPT, 'giamdoc@stttt.songhong.gov.vn'],
      subject: 'to UBND and A',
    });
    await addUser(fx.db, 'officer-a', 'officer', ['STTTT']);
    await addUser(fx.db, 'officer-b', 'officer', ['STC']);
    await addUser(fx.db, 'officer-ubnd', 'officer', ['UBND']);
    await addUser(fx.db, 'admin1', 'admin');
    officerA = await login(fx.app, 'officer-a');
    officerB = await login(fx.app, 'officer-b');
    officerUbnd = await login(fx.app, 'officer-ubnd');
    admin = await login(fx.app, 'admin1');
  });
  afterAll(async () => fx.close());

  const ids = async (s: Login, recipient: string): Promise<string[]> => {
    const res = await fx.app.inject({
      method: 'GET',
      url: `/api/quarantine?recipient=${encodeURIComponent(recipient)}`,
      headers: { cookie: s.cookie },
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<{ total: number; items: { id: string; to: string[] }[] }>();
    expect(body.total).toBe(body.items.length);
    return body.items.map((i) => i.id).sort();
  };

  it('finds nothing for an officer of A who searches an address, name or domain of B', async () => {
    for (const term of [B_RCPT, 'ketoan', 'stc.songhong', '@stc.', 'KETOAN@STC']) {
      expect(await ids(officerA, term), term).toEqual([]);
    }
    // The same message is found through A's own recipient, and shows only that recipient.
    expect(await ids(officerA, 'vanthu')).toEqual([both]);
    const res = await fx.app.inject({
      method: 'GET',
      url: '/api/quarantine?recipient=vanthu',
      headers: { cookie: officerA.cookie },
    });
    expect(res.json<{ items: { to: string[] }[] }>().items[0]?.to).toEqual([A_RCPT]);
  });

  it('matches a term common to both only through the in-scope recipient', async () => {
    // "songhong.gov.vn" is in every address; each officer finds just their own messages.
    expect(await ids(officerA, 'songhong.gov.vn')).toEqual([both, ubndAndA].sort());
    expect(await ids(officerB, 'songhong.gov.vn')).toEqual([both, onlyB].sort());
    expect(await ids(officerB, 'vanthu')).toEqual([]);
    expect(await ids(officerB, 'ketoan')).toEqual([both, onlyB].sort());
  });

  it('keeps an agency whose domain ends another agency domain to its own recipients', async () => {
    // UBND's domain songhong.gov.vn is the end of stttt.songhong.gov.vn: exact domains only.
    expect(await ids(officerUbnd, 'stttt')).toEqual([]);
    expect(await ids(officerUbnd, 'giamdoc')).toEqual([]);
    expect(await ids(officerUbnd, 'chanhvanphong')).toEqual([ubndAndA]);
  });

  it('takes the search text literally (LIKE wildcards escaped) and leaves admins every recipient', async () => {
    expect(await ids(officerA, 'van_hu')).toEqual([]);
    expect(await ids(officerA, '%')).toEqual([]);
    expect(await ids(admin, 'ketoan')).toEqual([both, onlyB].sort());
    expect(await ids(admin, 'giamdoc')).toEqual([ubndAndA]);
  });

  it('applies the same filter to the HTML list', async () => {
    const page = async (s: Login, recipient: string): Promise<string> =>
      (
        await fx.app.inject({
          method: 'GET',
          url: `/quarantine?recipient=${encodeURIComponent(recipient)}`,
          headers: { cookie: s.cookie },
        })
      ).body;
    expect(await page(officerA, 'ketoan')).not.toContain('to A and B');
    expect(await page(officerA, 'vanthu')).toContain('to A and B');
  });
});
