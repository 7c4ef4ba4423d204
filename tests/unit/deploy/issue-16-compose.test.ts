import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ROOT } from '../../helpers/start-gateway.js';

interface Service {
  image?: string;
  command?: string[];
  volumes?: (string | { source?: string; target?: string })[];
  environment?: Record<string, string>;
  depends_on?: Record<string, { condition: string }>;
  ports?: string[];
}

const compose = parse(readFileSync(join(ROOT, 'docker-compose.yml'), 'utf8'), {
  merge: true,
}) as { services: Record<string, Service>; volumes: Record<string, unknown> };
const services = compose.services;

/** The named volume mounted at the data folder, if any. */
function dataVolume(s: Service): string | undefined {
  for (const v of s.volumes ?? []) {
    if (typeof v === 'string' && v.endsWith(':/var/lib/mailshield')) return v.split(':')[0];
    if (typeof v === 'object' && v.target === '/var/lib/mailshield') return v.source;
  }
  return undefined;
}

describe('issue #16: docker-compose.yml describes the cluster', () => {
  it('has PostgreSQL, Redis, clamd, two gateway nodes with their workers, and the web', () => {
    expect(Object.keys(services).sort()).toEqual(
      [
        'clamav',
        'gateway-a',
        'gateway-b',
        'postgres',
        'redis',
        'web',
        'worker-a',
        'worker-b',
      ].sort(),
    );
    expect(services.postgres?.image).toMatch(/^postgres:\d+/);
    expect(services.redis?.image).toMatch(/^redis:\d+/);
    // The official image runs freshclam next to clamd.
    expect(services.clamav?.image).toMatch(/^clamav\/clamav:/);
  });

  it('gives each gateway node its own spool volume, shared only with that node’s workers', () => {
    for (const node of ['a', 'b']) {
      const gw = services[`gateway-${node}`]!;
      const worker = services[`worker-${node}`]!;
      expect(gw.command).toEqual(['gateway', '--node-id', node]);
      expect(worker.command).toEqual(['worker', '--queues', 'scan,deliver', '--node-id', node]);
      expect(dataVolume(gw)).toBe(`spool-${node}`);
      expect(dataVolume(worker)).toBe(`spool-${node}`);
      expect(compose.volumes).toHaveProperty(`spool-${node}`);
    }
    expect(dataVolume(services['gateway-a']!)).not.toBe(dataVolume(services['gateway-b']!));
    expect(['spool-a', 'spool-b']).not.toContain(dataVolume(services.web!));
  });

  it('points every mailshield process at the shared PostgreSQL and Redis', () => {
    for (const name of ['gateway-a', 'gateway-b', 'worker-a', 'worker-b', 'web']) {
      const s = services[name]!;
      expect(s.environment?.MAILSHIELD_DATABASE_URL).toMatch(/^postgres:\/\/.*@postgres:5432\//);
      expect(s.environment?.REDIS_URL).toBe('redis://redis:6379');
      expect(s.depends_on?.postgres?.condition).toBe('service_healthy');
      expect(s.depends_on?.redis?.condition).toBe('service_healthy');
    }
    // Two MX nodes on one host cannot both have port 25.
    const published = ['gateway-a', 'gateway-b'].map((n) => services[n]!.ports?.[0]?.split(':')[0]);
    expect(new Set(published).size).toBe(2);
  });
});
