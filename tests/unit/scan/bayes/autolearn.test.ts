import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  AutolearnWriter,
  autolearnClass,
  forgetAutolearned,
} from '../../../../src/scan/bayes/autolearn.js';
import { BayesStore } from '../../../../src/scan/bayes/model-file.js';
import type { Verdict } from '../../../../src/verdict/decide.js';

const dirs: string[] = [];
function tmp(): string {
  const d = mkdtempSync(join(tmpdir(), 'ms-autolearn-'));
  dirs.push(d);
  return d;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function verdict(partial: Partial<Verdict>): Verdict {
  return {
    category: 'clean',
    action: 'deliver',
    score: 0,
    hits: [],
    viruses: [],
    reason: '',
    ...partial,
  };
}
const passed = { spf: 'pass', dkim: 'none', dmarc: 'none', arc: 'none' } as const;
const unchecked = { spf: 'none', dkim: 'none', dmarc: 'none', arc: 'none' } as const;

describe('autolearnClass: only the clear cases', () => {
  it('learns authenticated mail that no rule scored as ham', () => {
    expect(autolearnClass(verdict({}), passed, 10)).toBe('ham');
    const bayesOnly = verdict({ hits: [{ rule: 'BAYES_60', group: 'bayes', score: 2 }] });
    expect(autolearnClass(bayesOnly, passed, 10)).toBe('ham');
  });

  it('does not learn unauthenticated mail, mail a rule scored, or tagged mail as ham', () => {
    expect(autolearnClass(verdict({}), unchecked, 10)).toBeUndefined();
    expect(autolearnClass(verdict({}), undefined, 10)).toBeUndefined();
    const scored = verdict({ hits: [{ rule: 'SHORT_TEXT_WITH_LINK', group: 's', score: 1.5 }] });
    expect(autolearnClass(scored, passed, 10)).toBeUndefined();
    expect(
      autolearnClass(verdict({ action: 'tag', category: 'spam' }), passed, 10),
    ).toBeUndefined();
  });

  it('learns held mail as spam only when the rules alone reach the score, never malware', () => {
    const rules = [
      { rule: 'A', group: 'g', score: 6 },
      { rule: 'B', group: 'g', score: 4 },
    ];
    const held = verdict({ category: 'spam', action: 'quarantine', score: 10, hits: rules });
    expect(autolearnClass(held, undefined, 10)).toBe('spam');
    const onBayes = verdict({
      category: 'spam',
      action: 'quarantine',
      score: 11.5,
      hits: [{ rule: 'BAYES_999', group: 'bayes', score: 7.5 }, rules[1]!],
    });
    expect(autolearnClass(onBayes, undefined, 10)).toBeUndefined();
    const malware = verdict({ ...held, category: 'malware', viruses: ['Eicar-Test-Signature'] });
    expect(autolearnClass(malware, undefined, 10)).toBeUndefined();
  });
});

describe('AutolearnWriter and the model', () => {
  it('keeps at most maxPerDay of each class a day, in day files merged into the model but never saved into it', () => {
    const dir = tmp();
    const autoDir = join(dir, 'bayes-auto');
    const opts = { dir: autoDir, maxPerDay: 3, retentionDays: 90, spamRulesScore: 10 };
    const writer = new AutolearnWriter(opts, 1, () => new Date('2026-12-03T10:00:00Z'));
    for (let i = 0; i < 5; i += 1) writer.add(['lang:vie', 'cong', 'van'], 'ham');
    expect(writer.add(['trung', 'thuong'], 'spam')).toBe(true);
    writer.flush();
    const store = new BayesStore(join(dir, 'bayes.json'), undefined, {
      dir: autoDir,
      retentionDays: 90,
      recheckMs: 0,
    });
    const model = store.model();
    expect(model.nham).toBe(3);
    expect(model.nspam).toBe(1);
    expect(model.counts.get('cong')).toEqual({ ham: 3, spam: 0 });
    // A mark saved by the store writes the learned model only.
    store.learnParsed(
      {
        headers: [],
        from: [],
        replyTo: [],
        to: [],
        cc: [],
        subject: 'Giấy mời họp giao ban',
        messageId: undefined,
        date: undefined,
        text: 'Kính mời các đồng chí dự họp giao ban tuần.',
        html: '',
        attachments: [],
        problems: [],
      },
      false,
    );
    store.save();
    const saved = JSON.parse(readFileSync(join(dir, 'bayes.json'), 'utf8')) as {
      nham: number;
      tokens: Record<string, unknown>;
    };
    expect(saved.nham).toBe(1);
    expect(saved.tokens.cong).toBeUndefined();
    expect(store.model().nham).toBe(4);
    // Forgetting the day removes its lesson; the mark stays.
    expect(forgetAutolearned(autoDir, '2026-12-01')).toBe(1);
    expect(readdirSync(autoDir)).toEqual([]);
    expect(store.model().nham).toBe(1);
    expect(store.model().counts.get('cong')).toBeUndefined();
  });

  it('drops day files past the retention', () => {
    const dir = tmp();
    const old = new AutolearnWriter(
      { dir, maxPerDay: 10, retentionDays: 30, spamRulesScore: 10 },
      1,
      () => new Date('2026-01-01T00:00:00Z'),
    );
    old.add(['a'], 'ham');
    const store = new BayesStore(join(dir, 'none.json'), undefined, { dir, retentionDays: 30 });
    expect(store.model().nham).toBe(0);
    expect(readdirSync(dir)).toEqual([]);
  });
});
