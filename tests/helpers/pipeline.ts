import { inject } from 'vitest';
import { startSink, type Sink } from './sink-smtp.js';
import {
  cleanupTestEnv,
  makeTestEnv,
  runMailshield,
  type MailshieldProc,
  type TestEnvOptions,
  type TestEnv,
} from './start-gateway.js';

export interface Pipeline {
  sink: Sink;
  env: TestEnv;
  ms: MailshieldProc;
  /** Stops the process and the sink, removes the data folder and the Redis keys. */
  close(): Promise<void>;
}

/**
 * The whole pipeline as a user runs it: `mailshield start --no-services` as a child
 * process on the run's Redis and clamd, every agency's next hop a capturing sink.
 */
export async function startPipeline(config?: TestEnvOptions['config']): Promise<Pipeline> {
  const sink = await startSink();
  const env = makeTestEnv({
    sinkPort: sink.port,
    redisUrl: inject('redisUrl'),
    clamd: { socket: inject('clamdSocket') },
    ...(config ? { config } : {}),
  });
  const ms = await runMailshield(env, ['start', '--no-services']);
  return {
    sink,
    env,
    ms,
    async close() {
      await ms.kill();
      await sink.close();
      await cleanupTestEnv(env);
    },
  };
}

/** Copies of the message with this spool id at the sink (our Received: header names it). */
export function copiesAt(sink: Sink, id: string): Buffer[] {
  return sink.messages
    .filter((m) => m.raw.toString('latin1').includes(` id ${id}`))
    .map((m) => m.raw);
}
