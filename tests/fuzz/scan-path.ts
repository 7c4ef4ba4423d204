import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { loadConfig } from '../../src/config/load.js';
import { loadRules, type RuleSet } from '../../src/scan/rules/index.js';
import type { Verdict } from '../../src/verdict/decide.js';
import { loadDirectory } from '../../src/directory/directory.js';
import { createLogger } from '../../src/core/logger.js';
import { buildScanners } from '../../src/scan/build-scanners.js';
import { scanMessage } from '../../src/scan/scan-message.js';
import type { Scanner } from '../../src/scan/types.js';
import { mutate, rng } from './mutate.js';

const ROOT = join(import.meta.dirname, '../..');
const cfg = loadConfig({}, ROOT);
const directory = loadDirectory(cfg.agencies);
const log = createLogger('silent');

export function sampleFiles(): string[] {
  const out: string[] = [];
  for (const dir of ['ham', 'spam', 'phishing', 'malware', 'malformed']) {
    for (const f of readdirSync(join(ROOT, 'samples', dir)))
      if (f.endsWith('.eml')) out.push(join(ROOT, 'samples', dir, f));
  }
  return out;
}

export function shippedRules(): RuleSet {
  return loadRules(cfg.rules.dir, {
    lists: { agency_domains: directory.domains() },
    scanChars: cfg.limits.ruleScanBytes,
  });
}

/** The worker's scanners without clamd, DNS (auth) and a store (sender lists). */
export function fuzzScanners(rules: RuleSet): Scanner[] {
  return buildScanners(cfg, { rules, directory, clamav: false, auth: 'off', budgetRules: false });
}

/**
 * The worker's scan (scanMessage) minus clamd: parse (bounded), the content scanner (second
 * MIME reading, decoders, password finder, 7-Zip), rules, verdict. Never throws for input.
 */
export async function scanPath(raw: Buffer, scanners: Scanner[]): Promise<Verdict> {
  const { verdict } = await scanMessage(
    {
      id: 'fuzz',
      envelope: {
        mailFrom: 'fuzz@example.com',
        rcptTo: ['vanthu@stttt.songhong.gov.vn'],
        clientAddress: '192.0.2.1',
        helo: 'fuzz',
        receivedAt: new Date(0).toISOString(),
        tls: false,
      },
      raw: () => Readable.from([raw]),
      size: raw.length,
      log,
    },
    {
      scanners,
      limits: { ...cfg.limits, parseTimeoutMs: 10_000 },
      thresholds: cfg.thresholds,
      timeoutMs: 30_000,
    },
  );
  return verdict;
}

/** Runs `count` mutants from `seed`; returns the cases that threw, with how to reproduce them. */
export async function fuzz(
  count: number,
  seed: number,
  onCase?: (i: number) => void,
): Promise<{ failures: string[]; maxHeapMb: number }> {
  const files = sampleFiles();
  const inputs = files.map((f) => readFileSync(f));
  const scanners = fuzzScanners(shippedRules());
  const next = rng(seed);
  const failures: string[] = [];
  let maxHeapMb = 0;
  for (let i = 0; i < count; i++) {
    const which = Math.floor(next() * inputs.length);
    const mutant = mutate(inputs[which]!, next);
    try {
      const v = await scanPath(mutant, scanners);
      if (!['clean', 'spam', 'phishing', 'malware', 'policy'].includes(v.category))
        failures.push(`case ${i}: bad category ${v.category}`);
    } catch (err) {
      failures.push(
        `case ${i} (seed ${seed}, ${files[which]}): ${err instanceof Error ? err.message : String(err)}`,
      );
    }
    if (i % 50 === 0) maxHeapMb = Math.max(maxHeapMb, process.memoryUsage().heapUsed / 1048576);
    onCase?.(i);
  }
  return { failures, maxHeapMb };
}
