import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { TempFailError } from '../../../src/core/errors.js';
import { createLogger } from '../../../src/core/logger.js';
import { SenderListCache } from '../../../src/senders/cache.js';
import { addSenderEntry, removeSenderEntry } from '../../../src/senders/manage.js';
import { openDb, type Db } from '../../../src/store/db.js';

/**
 * What a scan worker sees of the lists: a change within `refreshMs`, not one store query
 * per message, and never a silently empty list when the store cannot be read at first.
 */
describe('sender list cache of a scan worker', () => {
  const dirs: string[] = [];
  afterEach(() => {
    for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
  });
  const store = async (): Promise<Db> => {
    const dir = mkdtempSync(join(tmpdir(), 'ms-senders-'));
    dirs.push(dir);
    return openDb(join(dir, 'db.sqlite'));
  };
  const actor = { name: 'officer-a', address: '127.0.0.1' };
  const known = (): boolean => true;
  const log = createLogger('silent');

  it('reads the store at most once per refreshMs, and reloads when the version moved', async () => {
    const db = await store();
    let now = 1_000_000;
    const cache = new SenderListCache(db, 5_000, log, () => now);
    expect((await cache.current()).size).toBe(0);
    const added = await addSenderEntry(db, known, actor, {
      agency: 'STTTT',
      kind: 'deny',
      pattern: 'spammer.example',
      note: '',
    });
    expect(added.ok).toBe(true);
    // Within the refresh interval the worker does not ask the store: per-message cost nil.
    now += 4_999;
    expect((await cache.current()).size).toBe(0);
    now += 1;
    const lists = await cache.current();
    expect(lists.get('STTTT')).toMatchObject([{ kind: 'deny', pattern: 'spammer.example' }]);
    if (!added.ok) return;
    await removeSenderEntry(db, actor, added.entry.id);
    now += 5_000;
    expect((await cache.current()).size).toBe(0);
    await db.destroy();
  });

  it('fails the scan (retried) when the first load fails; keeps the last lists after that', async () => {
    const broken = await store();
    await broken.destroy();
    const first = new SenderListCache(broken, 5_000, log);
    await expect(first.current()).rejects.toBeInstanceOf(TempFailError);

    const db = await store();
    await addSenderEntry(db, known, actor, {
      agency: 'STTTT',
      kind: 'deny',
      pattern: 'spammer.example',
      note: '',
    });
    let now = 0;
    const cache = new SenderListCache(db, 5_000, log, () => now);
    expect((await cache.current()).get('STTTT')).toHaveLength(1);
    await db.destroy();
    now += 10_000;
    expect((await cache.current()).get('STTTT')).toHaveLength(1);
  });
});
