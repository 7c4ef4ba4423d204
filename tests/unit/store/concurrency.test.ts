import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../src/store/db.js';
import { migrationsFor } from '../../../src/store/migrations/index.js';
import { getMessage, saveMessage } from '../../../src/store/messages-repo.js';
import {
  addPendingDelivery,
  finishDelivery,
  listDeliveries,
} from '../../../src/store/deliveries-repo.js';
import { listHolds, transitionHold } from '../../../src/store/holds-repo.js';
import { releaseHolds } from '../../../src/store/release-repo.js';
import { bumpCounter, readCounters } from '../../../src/store/counters-repo.js';
import {
  countFailedLogin,
  findUserByName,
  insertUser,
} from '../../../src/web/accounts/users-repo.js';
import { finalizeMessage } from '../../../src/deliver/finalize.js';
import { Spool } from '../../../src/spool/spool.js';
import { newId } from '../../../src/core/ids.js';
import { ROOT } from '../../helpers/start-gateway.js';
import { messageRow, STORE_DIALECTS, testStore, type TestStore } from '../../helpers/test-store.js';

const run = promisify(execFile);

/** Rounds of each race: enough that both orders (and the overlap) happen. */
const ROUNDS = 40;

const RCPT = new Map([
  ['STTTT', ['vanthu@stttt.songhong.gov.vn']],
  ['STC', ['ketoan@stc.songhong.gov.vn']],
]);

/** A message to two agencies, held by both; `released` already released (and pending). */
async function heldMessage(db: Db, id: string, released: string[] = []): Promise<void> {
  await saveMessage(
    db,
    messageRow(id, {
      rcpt_to: JSON.stringify([...RCPT.values()].flat()),
      agencies: JSON.stringify([...RCPT.keys()]),
      category: 'spam',
      action: 'quarantine',
      state: 'quarantined',
      quarantine_path: `/nonexistent/${id}.eml`,
    }),
  );
  if (released.length > 0)
    expect(await releaseHolds(db, id, released, RCPT, null)).toEqual(released);
}

describe.each(STORE_DIALECTS)('two nodes writing one %s store at once', (dialect) => {
  let store: TestStore;
  /** Two handles with their own connections (PostgreSQL: two pools), as two nodes. */
  let a: Db;
  let b: Db;
  let spool: Spool;
  const dir = mkdtempSync(join(tmpdir(), 'ms-race-'));

  beforeAll(async () => {
    store = testStore(dialect);
    // PostgreSQL: two pools, as two nodes. SQLite: one handle, as in each process. Its
    // writers take turns on the file lock, and two handles in one process would block each
    // other (busy_timeout waits inside the call, stopping the event loop the other handle's
    // open transaction needs to finish); several processes are what the migration test
    // above runs.
    a = await store.open({ poolMax: 4 });
    b = dialect === 'postgres' ? await store.open({ poolMax: 4 }) : a;
    spool = new Spool(join(dir, 'spool'));
    mkdirSync(join(dir, 'spool', 'queue'), { recursive: true });
    mkdirSync(join(dir, 'spool', 'tmp'), { recursive: true });
  });
  afterAll(async () => {
    await a?.destroy();
    if (b !== a) await b?.destroy();
    await store?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('migrates once when three processes open a new store together', async () => {
    const fresh = testStore(dialect);
    try {
      const outs = await Promise.all(
        [1, 2, 3].map(() =>
          run(
            process.execPath,
            ['--import', 'tsx', 'tests/helpers/store-child.ts', JSON.stringify(fresh.target)],
            { cwd: ROOT },
          ),
        ),
      );
      const names = Object.keys(migrationsFor(dialect));
      for (const o of outs) expect(JSON.parse(o.stdout)).toEqual(names);
    } finally {
      await fresh.drop();
    }
  });

  it('keeps one verdict when two scans of a message record theirs at once', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const id = `verdict-${i}`;
      const [held, clean] = await Promise.all([
        a
          .transaction()
          .execute((trx) =>
            saveMessage(trx, messageRow(id, { category: 'spam', state: 'quarantined' })),
          ),
        b.transaction().execute(async (trx) => {
          const won = await saveMessage(trx, messageRow(id, { state: 'delivering' }));
          if (won) await addPendingDelivery(trx, id, 'STTTT', RCPT.get('STTTT')!);
          return won;
        }),
      ]);
      expect(held !== clean).toBe(true);
      const row = await getMessage(a, id);
      const deliveries = await listDeliveries(a, id);
      const holds = await listHolds(a, id);
      if (held) {
        expect(row).toMatchObject({ category: 'spam', state: 'quarantined' });
        expect(deliveries).toEqual([]);
        expect(holds.map((h) => h.state)).toEqual(['quarantined']);
      } else {
        expect(row).toMatchObject({ category: 'clean', state: 'delivering' });
        expect(deliveries.map((d) => d.status)).toEqual(['pending']);
        expect(holds).toEqual([]);
      }
    }
  });

  it('lets one of a release and a delete of the same copy win, never both', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const id = `hold-${i}`;
      await heldMessage(a, id);
      const [released, deleted] = await Promise.all([
        releaseHolds(a, id, ['STC'], RCPT, null),
        transitionHold(b, id, 'STC', 'quarantined', 'deleted'),
      ]);
      expect(released.length === 1).toBe(!deleted);
      const stc = (await listHolds(a, id)).find((h) => h.agency === 'STC');
      const pending = (await listDeliveries(a, id)).filter((d) => d.status === 'pending');
      expect(stc?.state).toBe(deleted ? 'deleted' : 'released');
      expect(pending.map((d) => d.route)).toEqual(deleted ? [] : ['STC']);
    }
  });

  it('never finalizes a message whose other copy is being released meanwhile', async () => {
    for (let i = 0; i < ROUNDS; i++) {
      const id = newId();
      // STTTT's copy was released and is being delivered; its spool copy is written.
      await heldMessage(a, id, ['STTTT']);
      await spool.write(
        id,
        {
          mailFrom: 'partner@example.com',
          rcptTo: [...RCPT.values()].flat(),
          clientAddress: '127.0.0.1',
          helo: 'test',
          receivedAt: new Date().toISOString(),
          tls: false,
        },
        Buffer.alloc(0),
        Readable.from([Buffer.from('Subject: x\r\n\r\nbody\r\n')]),
      );
      // Node a finishes STTTT's delivery while an officer on node b releases STC's copy.
      await Promise.all([
        (async () => {
          expect(await finishDelivery(a, id, 'STTTT', 'sent', '250 ok')).toBe(true);
          await finalizeMessage(a, spool, id);
        })(),
        releaseHolds(b, id, ['STC'], RCPT, null),
      ]);
      const pending = (await listDeliveries(a, id)).filter((d) => d.status === 'pending');
      expect(pending.map((d) => d.route)).toEqual(['STC']);
      // Not lost: the message still waits for STC's delivery (a release that finds the
      // spool copy gone after its transaction writes it again: quarantine/release.ts).
      expect((await getMessage(a, id))?.state).toBe('delivering');
    }
  });

  it('loses no counter increment and no failed login from either node', async () => {
    await insertUser(a, {
      name: 'target',
      role: 'officer',
      agencies: [],
      lang: 'vi',
      passwordHash: 'x',
    });
    const user = (await findUserByName(a, 'target'))!;
    const both = (f: (db: Db) => Promise<unknown>) =>
      Promise.all(Array.from({ length: 25 }, (_, i) => f(i % 2 ? a : b)));
    await both((db) => bumpCounter(db, 'smtp_data_deadline'));
    await both((db) => countFailedLogin(db, user.id, 1000, 60_000));
    expect((await readCounters(b)).smtp_data_deadline).toBe(25);
    expect((await findUserByName(b, 'target'))?.failedLogins).toBe(25);
  });
});
