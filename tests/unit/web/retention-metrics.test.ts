import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getMessage } from '../../../src/store/messages-repo.js';
import { insertEvents } from '../../../src/store/events-repo.js';
import { purgeExpired } from '../../../src/quarantine/purge.js';
import { listAudit } from '../../../src/quarantine/audit.js';
import { addHeld, webFixture, type WebFixture } from './helpers.js';

const DAY = 86_400_000;

describe('retention purge and metrics', () => {
  let fx: WebFixture;
  beforeAll(async () => {
    fx = await webFixture();
  });
  afterAll(async () => fx.close());

  it('purges files older than the retention, keeps rows and events', async () => {
    const now = Date.now();
    const old = await addHeld(fx, { receivedAt: now - 31 * DAY });
    const fresh = await addHeld(fx, { receivedAt: now - 29 * DAY });
    await insertEvents(fx.db, [
      {
        message_id: old,
        agency: 'STTTT',
        time: now - 31 * DAY,
        category: 'phishing',
        action: 'quarantine',
        size: 300,
        viruses: '[]',
        rules: '[]',
      },
    ]);
    const oldPath = (await getMessage(fx.db, old))!.quarantine_path!;
    expect(await purgeExpired(fx.db, 30, now)).toEqual([old]);
    expect(existsSync(oldPath)).toBe(false);
    expect((await getMessage(fx.db, old))?.state).toBe('purged');
    expect((await getMessage(fx.db, fresh))?.state).toBe('quarantined');
    const events = await fx.db
      .selectFrom('events')
      .selectAll()
      .where('message_id', '=', old)
      .execute();
    expect(events).toHaveLength(1);
    const audit = await listAudit(fx.db, { limit: 10, offset: 0, messageId: old });
    expect(audit.rows[0]).toMatchObject({ actor: 'system', action: 'purge' });
    expect(await purgeExpired(fx.db, 30, now)).toEqual([]);
  });

  it('serves /healthz and Prometheus /metrics without login', async () => {
    const h = await fx.app.inject({ method: 'GET', url: '/healthz' });
    expect(h.json()).toEqual({ status: 'ok' });
    const m = await fx.app.inject({ method: 'GET', url: '/metrics' });
    expect(m.statusCode).toBe(200);
    expect(m.headers['content-type']).toContain('text/plain');
    expect(m.body).toContain('# TYPE mailshield_messages_total counter');
    expect(m.body).toContain(
      'mailshield_messages_total{category="phishing",action="quarantine"} 1',
    );
    expect(m.body).toContain('mailshield_queue_jobs{queue="scan",state="waiting"} 2');
    expect(m.body).toMatch(/mailshield_quarantine_messages\{state="purged"\} 1/);
  });

  it('reports scan latency as a Prometheus histogram', async () => {
    await fx.db.updateTable('messages').set({ scan_ms: 40 }).execute();
    const n = (await fx.db.selectFrom('messages').select('id').execute()).length;
    expect(n).toBeGreaterThan(0);
    const m = await fx.app.inject({ method: 'GET', url: '/metrics' });
    expect(m.body).toContain('# TYPE mailshield_scan_duration_seconds histogram');
    expect(m.body).toContain('mailshield_scan_duration_seconds_bucket{le="0.025"} 0');
    expect(m.body).toContain(`mailshield_scan_duration_seconds_bucket{le="0.05"} ${n}`);
    expect(m.body).toContain(`mailshield_scan_duration_seconds_bucket{le="+Inf"} ${n}`);
    expect(m.body).toContain(`mailshield_scan_duration_seconds_count ${n}`);
    expect(m.body).toContain(`mailshield_scan_duration_seconds_sum ${(n * 40) / 1000}`);
  });
});
