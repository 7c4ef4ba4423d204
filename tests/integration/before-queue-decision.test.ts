import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import {
  BeforeQueueWaiter,
  BeforeQueueWorkerSide,
  decisionKey,
} from '../../src/queue/before-queue.js';
import { deleteKeys } from '../helpers/start-gateway.js';

/**
 * The two sides of before-queue mode on the real Redis: whoever writes the decision key
 * first decides, so a session can never say 250 for a message a worker drops, nor a
 * worker drop a message a session accepted.
 */
describe('before-queue decision key', () => {
  const prefix = `ms-test-${randomUUID()}`;
  let sub: Redis;
  let cmd: Redis;
  let waiter: BeforeQueueWaiter;
  let worker: BeforeQueueWorkerSide;

  beforeAll(async () => {
    sub = new Redis(inject('redisUrl'));
    cmd = new Redis(inject('redisUrl'));
    waiter = new BeforeQueueWaiter(sub, cmd, prefix);
    worker = new BeforeQueueWorkerSide(cmd, prefix);
    await waiter.start();
  });

  afterAll(async () => {
    await waiter.close();
    await deleteKeys(cmd, `${prefix}:*`);
    cmd.disconnect();
  });

  it('answers at once on the worker notice, before the bound', async () => {
    const wait = waiter.expect('m1');
    expect(await worker.claim('m1', true)).toBe('reject');
    await worker.announce(waiter.channel, { id: 'm1', action: 'reject', category: 'malware' });
    const t = Date.now();
    const r = await wait(10_000);
    expect(r).toEqual({ decision: 'reject', category: 'malware', source: 'notice' });
    expect(Date.now() - t).toBeLessThan(5_000);
  });

  it('refuses by the key when the notice was lost (the worker refused first)', async () => {
    const wait = waiter.expect('m2');
    expect(await worker.claim('m2', true)).toBe('reject');
    expect(await wait(50)).toEqual({ decision: 'reject', category: '', source: 'key' });
  });

  it('lets the worker refuse nothing once the session has accepted at its bound', async () => {
    const wait = waiter.expect('m3');
    expect(await wait(50)).toMatchObject({ decision: 'accept', source: 'timeout' });
    expect(await cmd.get(decisionKey(prefix, 'm3'))).toBe('accept');
    expect(await worker.claim('m3', true)).toBe('accept');
  });

  it('keeps a refusal of an earlier attempt when the retry would not refuse', async () => {
    expect(await worker.claim('m4', true)).toBe('reject');
    expect(await worker.claim('m4', false)).toBe('reject');
    expect(await worker.claim('m5', false)).toBe('accept');
    expect(await cmd.get(decisionKey(prefix, 'm5'))).toBeNull();
  });

  it('throws (the session answers 451) when Redis cannot be asked at the bound', async () => {
    const dead = new Redis('redis://127.0.0.1:1', {
      lazyConnect: true,
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      retryStrategy: () => null,
    });
    dead.on('error', () => undefined);
    const w = new BeforeQueueWaiter(new Redis({ lazyConnect: true }), dead, prefix);
    await expect(w.expect('m6')(10)).rejects.toThrow();
    dead.disconnect();
  });
});
