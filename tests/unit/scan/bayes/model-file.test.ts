import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BayesStore } from '../../../../src/scan/bayes/model-file.js';
import { makeInput } from '../rules/make-input.js';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});
function path(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ms-bayes-'));
  dirs.push(dir);
  return join(dir, 'sub', 'bayes.json');
}

describe('BayesStore (officers marks and mailshield learn)', () => {
  it('learns a message once, moves it when marked the other way, and persists', () => {
    const file = path();
    const store = new BayesStore(file);
    const mail = makeInput({ text: 'Trúng thưởng xe máy' }).mail;
    expect(store.learnParsed(mail, true)).toBe('learned');
    expect(store.learnParsed(mail, true)).toBe('already-learned');
    expect(store.model().nspam).toBe(1);
    expect(store.learnParsed(mail, false)).toBe('relearned');
    expect([store.model().nham, store.model().nspam]).toEqual([1, 0]);
    store.save();
    const reopened = new BayesStore(file);
    expect([reopened.model().nham, reopened.model().nspam]).toEqual([1, 0]);
    expect(reopened.learnParsed(mail, false)).toBe('already-learned');
  });

  it('starts empty, never scoring, when no model file exists', () => {
    const store = new BayesStore(path());
    expect(store.model().ready).toBe(false);
  });
});

describe('learnMessage', () => {
  it('parses a raw message, learns it and saves the model for the workers', async () => {
    const { Readable } = await import('node:stream');
    const { learnMessage } = await import('../../../../src/scan/bayes/index.js');
    const { defaultLimits } = await import('../../../../src/core/limits.js');
    const file = path();
    const raw = 'From: a@example.com\r\nSubject: Trung thuong\r\n\r\nNhan qua tri an ngay.\r\n';
    const store = new BayesStore(file);
    expect(await learnMessage(store, Readable.from([raw]), true, defaultLimits)).toBe('learned');
    expect(new BayesStore(file).model().nspam).toBe(1);
  });
});
