import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { redisAnswers, startLocalClamd, type LocalClamd } from '../../src/cli/services.js';

/**
 * One real clamd for the whole run, on exactly the project's signatures (rules/clamav),
 * and a check that Redis answers. `npm test` (scripts/test.sh) installs and starts both
 * prerequisites; this fails with the reason when run some other way.
 */
let clamd: LocalClamd | undefined;
let dir: string | undefined;

export async function setup(project: TestProject): Promise<void> {
  const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
  if (!(await redisAnswers(redisUrl))) {
    throw new Error(
      `Redis does not answer at ${redisUrl}: run the tests with \`npm test\`, which starts one`,
    );
  }
  dir = mkdtempSync(join(tmpdir(), 'ms-clamd-'));
  clamd = await startLocalClamd({
    workDir: dir,
    signatureDir: resolve('rules/clamav'),
    maxStreamBytes: 100 * 1024 * 1024,
  });
  project.provide('clamdSocket', clamd.socket);
  project.provide('redisUrl', redisUrl);
}

export function teardown(): void {
  clamd?.stop();
  if (dir) rmSync(dir, { recursive: true, force: true });
}

declare module 'vitest' {
  export interface ProvidedContext {
    clamdSocket: string;
    redisUrl: string;
  }
}
