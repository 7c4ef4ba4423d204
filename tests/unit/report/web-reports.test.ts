import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addUser, login, webFixture, type Login, type WebFixture } from '../web/helpers.js';
import { addMessages, JANUARY } from './store-fixture.js';
import { reportDocument } from '../../../src/report/document.js';

describe('web reports page', () => {
  let fx: WebFixture;
  let admin: Login;
  let officer: Login;

  beforeAll(async () => {
    fx = await webFixture();
    await addMessages(fx.db, JANUARY);
    await addUser(fx.db, 'admin1', 'admin');
    await addUser(fx.db, 'officer-syt', 'officer', ['SYT']);
    admin = await login(fx.app, 'admin1');
    officer = await login(fx.app, 'officer-syt');
  });
  afterAll(async () => fx.close());

  const get = (s: Login | undefined, url: string) =>
    fx.app.inject({ method: 'GET', url, headers: s ? { cookie: s.cookie } : {} });

  it('shows an admin the province headline and links to every file', async () => {
    const res = await get(admin, '/reports?month=2024-01');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(
      'Từ 01/01/2024 - 31/01/2024, hệ thống đã loại bỏ 3 và chặn, xử lý 2 thư chứa mã độc.',
    );
    expect(res.body).toContain('/reports/file.csv?from=2024-01-01&amp;to=2024-01-31');
    expect(res.body).not.toMatch(/<script/i);
  });

  it('limits an officer to their agency, and answers 404 for another', async () => {
    const page = await get(officer, '/reports?from=2024-01-01&to=2024-01-31');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('Sở Y tế');
    expect(page.body).not.toContain('Toàn tỉnh');
    const json = await get(officer, '/reports/file.json?from=2024-01-01&to=2024-01-31');
    const data = json.json<{ agency: { code: string }; totals: { received: number } }>();
    expect(data.agency.code).toBe('SYT');
    expect(data.totals.received).toBe(3);
    expect((await get(officer, '/reports?month=2024-01&agency=STC')).statusCode).toBe(404);
    expect((await get(officer, '/reports/file.csv?month=2024-01&agency=STC')).statusCode).toBe(404);
  });

  it('serves csv with the BOM and html as a download', async () => {
    const csv = await get(admin, '/reports/file.csv?month=2024-01');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const page = await get(admin, '/reports/file.html?month=2024-01');
    expect(page.body).toContain('<svg');
    expect((await get(admin, '/reports/file.exe?month=2024-01')).statusCode).toBe(404);
    expect((await get(admin, '/reports?month=2024-13')).statusCode).toBe(400);
  });

  it('requires a session', async () => {
    const res = await get(undefined, '/reports?month=2024-01');
    expect(res.statusCode).toBe(302);
  });
});

describe('web reports with the document configured (issue #17)', () => {
  let fx: WebFixture;
  let admin: Login;

  beforeAll(async () => {
    fx = await webFixture(
      {},
      {
        reportDocument: reportDocument({
          systemName: 'lọc thư Sông Hồng',
          document: { issuer: 'SỞ THÔNG TIN VÀ TRUYỀN THÔNG', numberCode: 'BC-STTTT' },
        }),
      },
    );
    await addMessages(fx.db, JANUARY);
    await addUser(fx.db, 'admin1', 'admin');
    admin = await login(fx.app, 'admin1');
  });
  afterAll(async () => fx.close());

  const get = (url: string) =>
    fx.app.inject({ method: 'GET', url, headers: { cookie: admin.cookie } });

  it('names the system in the page, and serves the html download as the province document', async () => {
    const sentence =
      'Từ 01/01/2024 - 31/01/2024, hệ thống lọc thư Sông Hồng đã loại bỏ 3 và chặn, xử lý 2 thư chứa mã độc.';
    expect((await get('/reports?month=2024-01')).body).toContain(sentence);
    const file = (await get('/reports/file.html?month=2024-01')).body;
    expect(file).toContain(sentence);
    expect(file).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(file).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(file).toContain('SỞ THÔNG TIN VÀ TRUYỀN THÔNG');
    expect(file).toContain('Số: ……/BC-STTTT');
    expect(file).toContain('Nơi nhận:');
    expect(file).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/);
    const json = (await get('/reports/file.json?month=2024-01')).json<{ headline: string }>();
    expect(json.headline).toBe(sentence);
  });
});
