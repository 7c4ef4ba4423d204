import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDirectory } from '../../../src/directory/directory.js';
import { userAdd, userDisable, userPasswd } from '../../../src/cli/user.js';
import { findUserByName } from '../../../src/web/accounts/users-repo.js';
import { ROOT } from '../../helpers/start-gateway.js';
import { addHeld, login, webFixture, type WebFixture } from './helpers.js';

describe('mailshield user add | passwd | disable', () => {
  let fx: WebFixture;
  const directory = loadDirectory(join(ROOT, 'seeds/agencies.yaml'));
  beforeAll(async () => {
    fx = await webFixture();
  });
  afterAll(async () => fx.close());

  const base = { role: 'officer', agencies: ['STTTT'], lang: 'en', password: 'first-password' };

  it('refuses bad names, roles, languages, unknown agencies and officers without one', async () => {
    await expect(userAdd(fx.db, directory, { ...base, name: 'Bad Name' })).rejects.toThrow(/name/);
    await expect(userAdd(fx.db, directory, { ...base, name: 'x1', role: 'root' })).rejects.toThrow(
      /role/,
    );
    await expect(userAdd(fx.db, directory, { ...base, name: 'x1', lang: 'fr' })).rejects.toThrow(
      /lang/,
    );
    await expect(
      userAdd(fx.db, directory, { ...base, name: 'x1', agencies: ['NOPE'] }),
    ).rejects.toThrow(/agency/);
    await expect(userAdd(fx.db, directory, { ...base, name: 'x1', agencies: [] })).rejects.toThrow(
      /agency/,
    );
    expect(await findUserByName(fx.db, 'x1')).toBeUndefined();
  });

  it('adds an officer who can log in, in English; a second add of the name fails', async () => {
    await userAdd(fx.db, directory, { ...base, name: 'bao' });
    await expect(userAdd(fx.db, directory, { ...base, name: 'bao' })).rejects.toThrow(/exists/);
    const s = await login(fx.app, 'bao', 'first-password');
    await addHeld(fx, { subject: 'english check' });
    const page = await fx.app.inject({
      method: 'GET',
      url: '/quarantine',
      headers: { cookie: s.cookie },
    });
    expect(page.body).toContain('Quarantine');
    expect(page.body).toContain('english check');
  });

  it('passwd changes the password and ends sessions; disable refuses login', async () => {
    const s = await login(fx.app, 'bao', 'first-password');
    await userPasswd(fx.db, 'bao', 'second-password');
    const me = await fx.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: s.cookie },
    });
    expect(me.statusCode).toBe(401);
    await expect(login(fx.app, 'bao', 'first-password')).rejects.toThrow(/401/);
    const s2 = await login(fx.app, 'bao', 'second-password');
    await userDisable(fx.db, 'bao');
    const me2 = await fx.app.inject({
      method: 'GET',
      url: '/api/me',
      headers: { cookie: s2.cookie },
    });
    expect(me2.statusCode).toBe(401);
    await expect(login(fx.app, 'bao', 'second-password')).rejects.toThrow(/401/);
  });

  it('renders the HTML body only inside a sandboxed srcdoc iframe, escaped', async () => {
    await userAdd(fx.db, directory, { ...base, name: 'admin2', role: 'admin', agencies: [] });
    const s = await login(fx.app, 'admin2', 'first-password');
    const id = await addHeld(fx, {
      html: '<p onclick="alert(1)">hi</p><script>alert(2)</script><img src="http://192.0.2.1/x.png">',
    });
    const page = await fx.app.inject({
      method: 'GET',
      url: `/quarantine/${id}`,
      headers: { cookie: s.cookie },
    });
    expect(page.statusCode).toBe(200);
    expect(page.body).toMatch(/<iframe[^>]*sandbox=""[^>]*srcdoc="/);
    expect(page.body).not.toMatch(/<script|<p onclick|<img src="http/i);
    expect(page.body).not.toContain('onclick');
    expect(page.body).not.toContain('alert(2)');
    expect(page.body).toContain('&lt;p&gt;hi&lt;/p&gt;');
  });
});
