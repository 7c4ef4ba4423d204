import { Redis, type RedisOptions } from 'ioredis';

/**
 * Connection for producers on the SMTP path: with the offline queue off, a Redis outage
 * turns into an immediate error (and a 451 to the client) instead of a session that hangs.
 */
export function producerConnection(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    connectTimeout: 5_000,
    commandTimeout: 10_000,
    lazyConnect: false,
    ...extra,
  });
}

/** Connection for workers: BullMQ requires maxRetriesPerRequest null, and workers wait out outages. */
export function workerConnection(url: string, extra: RedisOptions = {}): Redis {
  return new Redis(url, {
    maxRetriesPerRequest: null,
    enableReadyCheck: true,
    retryStrategy: (times) => Math.min(times * 200, 5_000),
    ...extra,
  });
}
