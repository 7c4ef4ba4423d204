import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../../src/core/limits.js';
import { listMailFiles } from '../../../../src/scan/eval/mail-files.js';
import { runEval } from '../../../../src/scan/eval/run-eval.js';
import { inTrainingHalf } from '../../../../src/scan/eval/split.js';
import { wilson } from '../../../../src/scan/eval/wilson.js';
import { loadRules } from '../../../../src/scan/rules/index.js';
import { evalScanners } from '../../../../src/scan/eval/eval-scanners.js';
import { loadConfig } from '../../../../src/config/load.js';
import { loadDirectory } from '../../../../src/directory/directory.js';

const ROOT = join(import.meta.dirname, '../../../..');
const tmp = mkdtempSync(join(tmpdir(), 'ms-eval-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function mails(dir: string, n: number, body: (i: number) => string): string {
  for (let i = 0; i < n; i += 1) {
    const sub = join(tmp, dir, String(i % 3));
    mkdirSync(sub, { recursive: true });
    writeFileSync(
      join(sub, `${i}.eml`),
      `From: a${i}@example.com\r\nTo: b@songhong.gov.vn\r\nSubject: m ${i}\r\nDate: Mon, 2 Mar 2026 08:00:00 +0700\r\nMessage-ID: <${dir}${i}@example.com>\r\n\r\n${body(i)}\r\n`,
    );
  }
  return join(tmp, dir);
}

describe('eval split', () => {
  it('is deterministic, follows the fraction, and changes with the seed', () => {
    const keys = Array.from({ length: 4000 }, (_, i) => `spam/0/${i}.eml`);
    const a = keys.filter((k) => inTrainingHalf(k, 0.5, 1));
    expect(keys.filter((k) => inTrainingHalf(k, 0.5, 1))).toEqual(a);
    expect(a.length).toBeGreaterThan(1800);
    expect(a.length).toBeLessThan(2200);
    expect(keys.filter((k) => inTrainingHalf(k, 0.5, 2))).not.toEqual(a);
    expect(keys.some((k) => inTrainingHalf(k, 0, 1))).toBe(false);
  });

  it('lists files recursively, sorted, skipping hidden ones', () => {
    const dir = mails('listed', 5, () => 'x');
    writeFileSync(join(dir, '.DS_Store'), 'x');
    const files = listMailFiles(dir);
    expect(files.map((f) => f.key)).toEqual([
      '0/0.eml',
      '0/3.eml',
      '1/1.eml',
      '1/4.eml',
      '2/2.eml',
    ]);
  });

  it('learns only the training half and scores only the other half', async () => {
    const ham = mails('ham', 460, (i) => `Kinh gui phong ${i}, cong van ve viec hop giao ban.`);
    const spam = mails(
      'spam',
      460,
      (i) => `Trung thuong lon ${i}, vay tien nhanh, nha cai uy tin.`,
    );
    const rules = loadRules(join(ROOT, 'rules'), {
      lists: { agency_domains: ['songhong.gov.vn'] },
      scanChars: defaultLimits.ruleScanBytes,
    });
    const report = await runEval({
      sets: { ham: listMailFiles(ham), spam: listMailFiles(spam) },
      scanners: evalScanners(loadConfig({}, ROOT), {
        rules,
        directory: loadDirectory(join(ROOT, 'seeds/agencies.yaml')),
      }),
      thresholds: { tag: 4, quarantine: 7, reject: 15 },
      limits: defaultLimits,
      trainFraction: 0.5,
      seed: 1,
      recipientDomain: 'songhong.gov.vn',
    });
    const scored = (report.sets.ham?.total ?? 0) + (report.sets.spam?.total ?? 0);
    expect(report.trained.ham + report.trained.spam + scored).toBe(920);
    expect(report.trained.ham).toBeGreaterThanOrEqual(200);
    expect(report.bayesReady).toBe(true);
    expect(report.sets.ham?.byAction.deliver).toBe(report.sets.ham?.total);
    const spamSet = report.sets.spam;
    expect((spamSet?.byAction.quarantine ?? 0) + (spamSet?.byAction.reject ?? 0)).toBe(
      spamSet?.total,
    );
    expect(report.sets.spam?.ruleHits.BAYES_999).toBe(report.sets.spam?.total);
  });

  it('gives Wilson intervals that stay inside [0, 1]', () => {
    const [lo, hi] = wilson(0, 600);
    expect(lo).toBe(0);
    expect(hi).toBeGreaterThan(0.005);
    expect(hi).toBeLessThan(0.008);
    const [lo2, hi2] = wilson(50, 100);
    expect(lo2).toBeLessThan(0.5);
    expect(hi2).toBeGreaterThan(0.5);
  });
});
