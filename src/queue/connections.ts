import { Redis, type RedisOptions } from 'ioredis';

/**
 * Where Redis is: one server by URL, or (issue #16) the Sentinels that know the current
 * primary of the group `name`. Shaped like `config.redis`, so callers pass that section.
 */
export interface RedisTarget {
  url: string;
  sentinels?: { host: string; port: number }[] | undefined;
  /** @defaultValue 'mymaster' */
  name?: string | undefined;
  sentinelPassword?: string | undefined;
}

/**
 * The ioredis options for a target. With Sentinels, ioredis connects to the primary they
 * name and reconnects to the new one after a failover; the URL then only lends its
 * password, user name and database number (the primary's address comes from the
 * Sentinels).
 */
export function redisOptions(target: string | RedisTarget): {
  url?: string;
  options: RedisOptions;
} {
  const t: RedisTarget = typeof target === 'string' ? { url: target } : target;
  if (!t.sentinels || t.sentinels.length === 0) return { url: t.url, options: {} };
  const u = new URL(t.url);
  const db = Number(u.pathname.replace(/^\//, '') || '0');
  return {
    options: {
      sentinels: t.sentinels.map((s) => ({ host: s.host, port: s.port })),
      name: t.name ?? 'mymaster',
      ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
      ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
      ...(Number.isInteger(db) && db > 0 ? { db } : {}),
      ...(t.sentinelPassword ? { sentinelPassword: t.sentinelPassword } : {}),
    },
  };
}

function connect(target: string | RedisTarget, options: RedisOptions): Redis {
  const { url, options: base } = redisOptions(target);
  return url === undefined ? new Redis({ ...base, ...options }) : new Redis(url, options);
}

/**
 * Connection for producers on the SMTP path: with the offline queue off, a Redis outage
 * turns into an immediate error (and a 451 to the client) instead of a session that hangs.
 */
export function producerConnection(target: string | RedisTarget, extra: RedisOptions = {}): Redis {
  return connect(target, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    commandTimeout: 10_000,
    lazyConnect: false,
    ...extra,
  });
}

/** Connection for workers: BullMQ requires maxRetriesPerRequest null, and workers wait out outages. */
export function workerConnection(target: string | RedisTarget, extra: RedisOptions = {}): Redis {
  return connect(target, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(times * 200, 5_000),
    ...extra,
  });
}
