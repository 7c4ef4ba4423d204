import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MailshieldError } from '../../../src/core/errors.js';
import { newId } from '../../../src/core/ids.js';
import { loadDirectory } from '../../../src/directory/directory.js';
import { holdMessage } from '../../../src/quarantine/hold.js';
import { deleteMessage } from '../../../src/quarantine/delete.js';
import { purgeExpired } from '../../../src/quarantine/purge.js';
import { releaseMessage } from '../../../src/quarantine/release.js';
import { openHeld, putStored, readHeld, removeHeld } from '../../../src/quarantine/storage.js';
import type { DeliverJobData } from '../../../src/queue/jobs.js';
import { Spool } from '../../../src/spool/spool.js';
import type { Db } from '../../../src/store/db.js';
import { HELD_CHUNK_BYTES } from '../../../src/store/chunks-repo.js';
import { finishDelivery } from '../../../src/store/deliveries-repo.js';
import { addHolds } from '../../../src/store/holds-repo.js';
import { getMessage, saveMessage } from '../../../src/store/messages-repo.js';
import { finalizeMessage } from '../../../src/deliver/finalize.js';
import { ROOT } from '../../helpers/start-gateway.js';
import { STORE_DIALECTS, messageRow, testStore, type TestStore } from '../../helpers/test-store.js';

const A_RCPT = 'vanthu@stttt.songhong.gov.vn';
const B_RCPT = 'ketoan@stc.songhong.gov.vn';
const actor = { name: 'officer', address: '127.0.0.1' };

async function collect(r: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const c of r) parts.push(c as Buffer);
  return Buffer.concat(parts);
}

/** A stream in uneven pieces, as a spool read or a socket gives them. */
function pieces(buf: Buffer, size = 100_003): Readable {
  const out: Buffer[] = [];
  for (let off = 0; off < buf.length; off += size) out.push(buf.subarray(off, off + size));
  return Readable.from(out);
}

describe.each(STORE_DIALECTS)('issue #16: held bytes in the shared store (%s)', (dialect) => {
  let store: TestStore;
  let db: Db;
  let dir: string;
  const directory = loadDirectory(join(ROOT, 'seeds/agencies.yaml'));

  beforeAll(async () => {
    store = testStore(dialect);
    db = await store.open();
    dir = mkdtempSync(join(tmpdir(), 'ms-held-'));
  });

  afterAll(async () => {
    await db?.destroy();
    await store?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('stores a message of several chunks and reads back the same bytes', async () => {
    const id = newId();
    const raw = randomBytes(HELD_CHUNK_BYTES * 2 + 12_345);
    const locator = await putStored(db, id, pieces(raw));
    expect(locator).toBe(`store:${id}`);
    expect((await collect(openHeld(db, locator))).equals(raw)).toBe(true);
    expect((await readHeld(db, locator)).equals(raw)).toBe(true);
    const rows = await db
      .selectFrom('quarantine_chunks')
      .select('seq')
      .where('message_id', '=', id)
      .execute();
    expect(rows.map((r) => r.seq).sort()).toEqual([0, 1, 2]);
    // A retried hold writes the message again: replaced, never appended.
    const again = Buffer.from('Subject: short\r\n\r\nbody\r\n');
    await putStored(db, id, pieces(again, 7));
    expect((await readHeld(db, locator)).equals(again)).toBe(true);
    await removeHeld(db, locator);
    const err = await readHeld(db, locator).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MailshieldError);
    expect((err as MailshieldError).code).toBe('MS_ERR_SPOOL_MISSING');
  });

  it('holds a spooled message in the store when told to, and in a file otherwise', async () => {
    const spool = new Spool(join(dir, 'spool'));
    await spool.ensureDirs();
    const id = newId();
    const body = Buffer.from(`Subject: held\r\n\r\n${'x'.repeat(300_000)}\r\n`);
    const envelope = {
      mailFrom: 'bad@example.com',
      rcptTo: [A_RCPT],
      clientAddress: '192.0.2.1',
      helo: 'x',
      receivedAt: new Date().toISOString(),
      tls: false,
    };
    await spool.write(id, envelope, Buffer.from('Received: test\r\n'), pieces(body));
    const entry = await spool.read(id);
    const stored = await holdMessage(spool, entry, { db, storage: 'store', dir });
    expect(stored).toBe(`store:${id}`);
    const file = await holdMessage(spool, entry, { db, dir });
    expect(file.startsWith(dir)).toBe(true);
    const a = await readHeld(db, stored);
    expect(a.equals(await readHeld(db, file))).toBe(true);
    expect(a.subarray(0, 16).toString()).toBe('Received: test\r\n');
    await spool.close();
  });

  it('releases without any spool: the job goes to the shared queue, the bytes stay until delivered, purge removes them', async () => {
    const id = newId();
    const old = Date.now() - 40 * 86_400_000;
    const locator = await putStored(db, id, pieces(Buffer.from('Subject: x\r\n\r\nbody\r\n')));
    await saveMessage(
      db,
      messageRow(id, {
        received_at: old,
        rcpt_to: JSON.stringify([A_RCPT, B_RCPT]),
        agencies: JSON.stringify(['STTTT', 'STC']),
        category: 'spam',
        action: 'quarantine',
        state: 'quarantined',
        quarantine_path: locator,
      }),
    );
    await addHolds(db, id, ['STTTT', 'STC']);
    const jobs: { data: DeliverJobData; jobId: string | undefined }[] = [];
    const deliverQueue = {
      add: (_: string, data: DeliverJobData, opts?: { jobId?: string }) => {
        jobs.push({ data, jobId: opts?.jobId });
        return Promise.resolve({ id: opts?.jobId });
      },
    } as unknown as Queue<DeliverJobData>;
    const won = await releaseMessage(
      { db, directory, deliverQueue, deliverJobOptions: {} },
      id,
      actor,
      'ok',
      ['STTTT'],
    );
    expect(won).toEqual(['STTTT']);
    expect(jobs).toMatchObject([{ jobId: `${id}.STTTT`, data: { recipients: [A_RCPT] } }]);
    // The other agency deletes its copy while A's delivery is pending: the bytes stay.
    expect(await deleteMessage(db, id, actor, null, ['STC'])).toEqual(['STC']);
    expect((await readHeld(db, locator)).length).toBeGreaterThan(0);
    // Delivered: the retention purge removes the bytes (on any node: they are shared).
    await finishDelivery(db, id, 'STTTT', 'sent', '250 ok');
    const spool = new Spool(join(dir, 'spool-release'));
    await spool.ensureDirs();
    expect(await finalizeMessage(db, spool, id)).toBe(true);
    await purgeExpired(db, 30);
    expect((await getMessage(db, id))?.quarantine_path).toBeNull();
    await expect(readHeld(db, locator)).rejects.toThrow(/no bytes/);
    await spool.close();
  });
});
