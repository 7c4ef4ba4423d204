/**
 * `npm run bench`, store phase: the store statements the worker runs for each clean
 * message (issue #16), on SQLite and on PostgreSQL in the same run, and their ratio.
 *
 * Per message, as scan-processor.ts and deliver-processor.ts do: one transaction with the
 * verdict row, a pending delivery and the event row; then the delivery's result and the
 * final step (finalize.ts: row lock, deliveries, state). `concurrency` messages are in
 * flight at once, as a worker's concurrent jobs. The PostgreSQL store is the machine's
 * (BENCH_PG_URL, default the tests' postgres://postgres@127.0.0.1:5432/test), in a schema of
 * its own dropped afterwards; SQLite is a fresh file. Only the store is measured: no SMTP,
 * clamd or Redis, so the figure is the store's ceiling, to compare with the end-to-end rate.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openDb, type Db, type StoreTarget } from '../src/store/db.js';
import { saveMessage } from '../src/store/messages-repo.js';
import { addPendingDelivery, finishDelivery } from '../src/store/deliveries-repo.js';
import { insertEvents } from '../src/store/events-repo.js';
import { finalizeMessage } from '../src/deliver/finalize.js';
import { Spool } from '../src/spool/spool.js';
import { newId } from '../src/core/ids.js';

export interface StoreRow {
  dialect: string;
  messages: number;
  concurrency: number;
  perSec: number;
  msPerMessage: number;
}

async function oneMessage(db: Db, spool: Spool): Promise<void> {
  const id = newId();
  const now = Date.now();
  await db.transaction().execute(async (trx) => {
    await saveMessage(trx, {
      id,
      received_at: now,
      mail_from: 'partner@example.com',
      rcpt_to: '["vanthu@stttt.songhong.gov.vn"]',
      agencies: '["STTTT"]',
      from_header: 'Partner <partner@example.com>',
      subject: 'Báo cáo',
      message_id: `<${id}@example.com>`,
      size: 20_000,
      category: 'clean',
      action: 'deliver',
      score: 0.4,
      hits: '[]',
      viruses: '[]',
      state: 'delivering',
      quarantine_path: null,
      updated_at: now,
      scan_ms: 3.2,
    });
    await addPendingDelivery(trx, id, 'STTTT', ['vanthu@stttt.songhong.gov.vn']);
    await insertEvents(trx, [
      {
        message_id: id,
        agency: 'STTTT',
        time: now,
        category: 'clean',
        action: 'deliver',
        size: 20_000,
        viruses: '[]',
        rules: '[]',
      },
    ]);
  });
  await finishDelivery(db, id, 'STTTT', 'sent', '250 2.0.0 Ok');
  await finalizeMessage(db, spool, id);
}

async function measure(
  dialect: string,
  target: StoreTarget,
  spool: Spool,
  messages: number,
  concurrency: number,
): Promise<StoreRow> {
  const db = await openDb(target);
  try {
    // Warm up: connections, prepared statements.
    for (let i = 0; i < 20; i++) await oneMessage(db, spool);
    let next = 0;
    const t0 = performance.now();
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < messages) await oneMessage(db, spool);
      }),
    );
    const ms = performance.now() - t0;
    return {
      dialect,
      messages,
      concurrency,
      perSec: Math.round((messages / ms) * 1000),
      msPerMessage: Math.round((ms / messages) * 1000) / 1000,
    };
  } finally {
    await db.destroy();
  }
}

/** Runs both; PostgreSQL's row is missing (with the reason) when it does not answer. */
export async function storeBench(
  messages: number,
  concurrency: number,
): Promise<{ rows: StoreRow[]; ratio?: number; error?: string }> {
  const dir = mkdtempSync(join(tmpdir(), 'ms-bench-store-'));
  const spool = new Spool(join(dir, 'spool'));
  mkdirSync(join(dir, 'spool', 'queue'), { recursive: true });
  const url = process.env.BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
  const schema = `ms_bench_${randomBytes(6).toString('hex')}`;
  const rows: StoreRow[] = [];
  try {
    rows.push(
      await measure('sqlite', { path: join(dir, 'bench.db') }, spool, messages, concurrency),
    );
    try {
      rows.push(await measure('postgres', { path: '', url, schema }, spool, messages, concurrency));
    } catch (err) {
      return { rows, error: `PostgreSQL at ${url}: ${(err as Error).message}` };
    } finally {
      const c = new pg.Client({ connectionString: url });
      await c
        .connect()
        .then(() => c.query(`drop schema if exists ${schema} cascade`))
        .catch(() => undefined);
      await c.end().catch(() => undefined);
    }
    return { rows, ratio: Math.round((rows[1]!.perSec / rows[0]!.perSec) * 100) / 100 };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
