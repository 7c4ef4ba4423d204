import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from 'vitest';
import { cmdEval } from '../../src/cli/eval.js';
import { ROOT } from '../helpers/start-gateway.js';

/**
 * `mailshield eval` runs the full scan stage, clamd included: the real clamd of the test
 * run (global setup, on rules/clamav) sees every scored message, and EICAR is counted as
 * malware held in quarantine. Without clamd the output says so instead of leaving it out.
 */
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'ms-eval-clamd-'));
  mkdirSync(join(dir, 'ham'));
  mkdirSync(join(dir, 'spam'));
  copyFileSync(join(ROOT, 'samples/ham/plain-text-en.eml'), join(dir, 'ham/plain.eml'));
  copyFileSync(join(ROOT, 'samples/malware/eicar-plain.eml'), join(dir, 'spam/eicar.eml'));
  mkdirSync(join(dir, 'phish'));
  copyFileSync(
    join(ROOT, 'samples/phishing/vi-tax-refund-mismatched-link-text.eml'),
    join(dir, 'phish/link-text-shows-agency.eml'),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

afterEach(() => {
  vi.unstubAllEnvs();
  vi.restoreAllMocks();
});

interface EvalJson {
  ham: { total: number; byAction: Record<string, number> };
  phish?: { ruleHits: Record<string, number> };
  spam: { total: number; byAction: Record<string, number>; byCategory: Record<string, number> };
  msPerMessage: number;
  cost: { clamd: number };
  clamd: { status: string; address?: string; scanned: number; errors: number };
}

/** Runs `mailshield eval ... --json` in process; returns the exit code and the parsed output. */
async function evalJson(
  extra: string[],
  sets: string[] = ['--ham', join(dir, 'ham'), '--spam', join(dir, 'spam')],
): Promise<{ code: number; out: EvalJson | undefined }> {
  let stdout = '';
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    stdout += String(chunk);
    return true;
  });
  vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  const code = await cmdEval([...sets, '--train-fraction', '0', '--json', ...extra]);
  return { code, out: stdout === '' ? undefined : (JSON.parse(stdout) as EvalJson) };
}

describe('mailshield eval with clamd', () => {
  it('sends every scored message to the configured clamd and holds EICAR as malware', async () => {
    vi.stubEnv('CLAMD_SOCKET', inject('clamdSocket'));
    const { code, out } = await evalJson([]);
    expect(code).toBe(0);
    expect(out?.clamd).toMatchObject({ status: 'used', scanned: 2, errors: 0 });
    expect(out?.spam.byCategory.malware).toBe(1);
    expect(out?.spam.byAction.quarantine).toBe(1);
    expect(out?.ham.byAction.deliver).toBe(1);
    expect(out?.cost.clamd).toBeGreaterThan(0);
  });

  it('takes a clamd named with --clamd', async () => {
    const { code, out } = await evalJson(['--clamd', inject('clamdSocket')]);
    expect(code).toBe(0);
    expect(out?.clamd.status).toBe('used');
    expect(out?.spam.byCategory.malware).toBe(1);
  });

  it('reports clamd unreachable in the JSON, and scores without it, when the configured one does not answer', async () => {
    vi.stubEnv('CLAMD_SOCKET', join(dir, 'no-such-clamd.sock'));
    const { code, out } = await evalJson([]);
    expect(code).toBe(0);
    expect(out?.clamd).toMatchObject({
      status: 'unreachable',
      address: join(dir, 'no-such-clamd.sock'),
      scanned: 0,
    });
    // Plain text EICAR is nothing to the rules: without clamd it is delivered.
    expect(out?.spam.byCategory.malware ?? 0).toBe(0);
  });

  it('fails when a clamd named with --clamd does not answer', async () => {
    const { code, out } = await evalJson(['--clamd', join(dir, 'no-such-clamd.sock')]);
    expect(code).toBe(1);
    expect(out).toBeUndefined();
  });

  it('starts its own clamd with --clamd local, with agencies.pdb made from the directory', async () => {
    const { code, out } = await evalJson(
      ['--clamd', 'local'],
      ['--spam', join(dir, 'spam'), '--phish', join(dir, 'phish')],
    );
    expect(code).toBe(0);
    expect(out?.clamd.status).toBe('used');
    expect(out?.spam.byCategory.malware).toBe(1);
    // clamd's phishing heuristic for a link showing an agency address (agencies.pdb).
    expect(out?.phish?.ruleHits.CLAM_PHISHING_LINK).toBe(1);
  });

  it('says so when clamd is left out on purpose', async () => {
    const { out } = await evalJson(['--no-clamd']);
    expect(out?.clamd.status).toBe('off');
  });
});
