import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { defaultNodeId, loadConfig } from '../../../src/config/load.js';
import { MailshieldError } from '../../../src/core/errors.js';
import { redisOptions } from '../../../src/queue/connections.js';
import { deliverQueueName, scanQueueName } from '../../../src/queue/jobs.js';
import { NODE_FILE, claimSpool } from '../../../src/spool/node-claim.js';

const MINIMAL = 'thresholds: { tag: 4, quarantine: 7, reject: 15 }\n';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ms-nodes-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

function load(text: string, env: NodeJS.ProcessEnv = {}) {
  const file = join(dir, 'mailshield.yaml');
  writeFileSync(file, MINIMAL + text);
  return loadConfig({ MAILSHIELD_CONFIG: file, ...env }, dir);
}

describe('issue #16: node id', () => {
  it('defaults to the host name, made a valid id', () => {
    expect(load('').nodeId).toBe(defaultNodeId(hostname()));
    expect(defaultNodeId('mx1.tinh.gov.vn')).toBe('mx1.tinh.gov.vn');
    expect(defaultNodeId('host:with@odd chars')).toBe('host-with-odd-chars');
    expect(defaultNodeId('')).toBe('node');
  });

  it('takes nodeId from the file, and MAILSHIELD_NODE_ID over it', () => {
    expect(load('nodeId: mx-a\n').nodeId).toBe('mx-a');
    expect(load('nodeId: mx-a\n', { MAILSHIELD_NODE_ID: 'mx-b' }).nodeId).toBe('mx-b');
  });

  it('refuses an id that could not name a queue', () => {
    for (const bad of ['a:b', 'a@b', '', 'x'.repeat(65)]) {
      expect(() => load(`nodeId: '${bad}'\n`)).toThrow(/nodeId/);
    }
  });

  it('names each node its own scan and deliver queues', () => {
    expect(scanQueueName('mx-a')).toBe('scan@mx-a');
    expect(deliverQueueName('mx-a')).toBe('deliver@mx-a');
    expect(scanQueueName('mx-a')).not.toBe(scanQueueName('mx-b'));
  });
});

describe('issue #16: a spool folder belongs to one node', () => {
  it('is claimed by the first node and refused to any other', async () => {
    const spool = join(dir, 'spool');
    await claimSpool(spool, 'mx-a');
    expect(readFileSync(join(spool, NODE_FILE), 'utf8').trim()).toBe('mx-a');
    await expect(claimSpool(spool, 'mx-a')).resolves.toBeUndefined();
    const err = await claimSpool(spool, 'mx-b').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(MailshieldError);
    expect((err as MailshieldError).code).toBe('MS_ERR_CONFIG');
    expect((err as Error).message).toContain('--node-id mx-a');
  });

  it('lets only one of two nodes starting at once claim a new folder', async () => {
    const spool = join(dir, 'spool');
    const results = await Promise.allSettled([
      claimSpool(spool, 'mx-a'),
      claimSpool(spool, 'mx-b'),
    ]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });
});

describe('issue #16: Redis Sentinel', () => {
  it('parses sentinels and the group name, with defaults', () => {
    const cfg = load(
      'redis:\n  url: redis://:s3cret@ignored:6379/2\n  sentinels:\n    - { host: 10.0.0.1 }\n    - { host: 10.0.0.2, port: 26380 }\n',
    );
    expect(cfg.redis.sentinels).toEqual([
      { host: '10.0.0.1', port: 26379 },
      { host: '10.0.0.2', port: 26380 },
    ]);
    expect(cfg.redis.name).toBe('mymaster');
    const { url, options } = redisOptions(cfg.redis);
    // The primary's address comes from the Sentinels; the URL lends password and db.
    expect(url).toBeUndefined();
    expect(options).toEqual({
      sentinels: [
        { host: '10.0.0.1', port: 26379 },
        { host: '10.0.0.2', port: 26380 },
      ],
      name: 'mymaster',
      password: 's3cret',
      db: 2,
    });
  });

  it('keeps the plain URL when no sentinel is configured', () => {
    const cfg = load('redis: { url: "redis://127.0.0.1:6390" }\n');
    expect(redisOptions(cfg.redis)).toEqual({ url: 'redis://127.0.0.1:6390', options: {} });
  });

  it('refuses an empty sentinel list and unknown keys', () => {
    expect(() => load('redis: { sentinels: [] }\n')).toThrow(/redis\.sentinels/);
    expect(() => load('redis: { sentinels: [{ host: a, prt: 1 }] }\n')).toThrow(/redis\.sentinels/);
  });

  it('passes the group name and the sentinels password through', () => {
    const { options } = redisOptions({
      url: 'redis://127.0.0.1:6379',
      sentinels: [{ host: 's1', port: 26379 }],
      name: 'mailshield',
      sentinelPassword: 'pw',
    });
    expect(options).toMatchObject({ name: 'mailshield', sentinelPassword: 'pw' });
    expect(options).not.toHaveProperty('password');
  });
});
