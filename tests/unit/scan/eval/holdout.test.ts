import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../../../src/core/limits.js';
import { DEFAULT_BAYES_OPTIONS } from '../../../../src/scan/bayes/classifier.js';
import { runHoldout } from '../../../../src/scan/eval/holdout.js';
import { listMailFiles } from '../../../../src/scan/eval/mail-files.js';
import { loadRules } from '../../../../src/scan/rules/index.js';
import { evalScanners } from '../../../../src/scan/eval/eval-scanners.js';
import { loadConfig } from '../../../../src/config/load.js';
import { loadDirectory } from '../../../../src/directory/directory.js';

const rules = loadRules('rules', {
  lists: { agency_domains: ['songhong.gov.vn'] },
  scanChars: defaultLimits.ruleScanBytes,
});
const thresholds = { tag: 4, quarantine: 7, reject: 15 };
const scanners = evalScanners(loadConfig({}, process.cwd()), {
  rules,
  directory: loadDirectory('seeds/agencies.yaml'),
});

describe('runHoldout: leave one source out', () => {
  it('scores each source with a model that learned every other source and not this one', async () => {
    const sources = [
      { name: 'ham', set: 'ham' as const, files: listMailFiles('samples/ham') },
      { name: 'spam', set: 'spam' as const, files: listMailFiles('samples/spam') },
      { name: 'phishing', set: 'phish' as const, files: listMailFiles('samples/phishing') },
    ];
    const report = await runHoldout({
      sources,
      scanners,
      thresholds,
      limits: defaultLimits,
      recipientDomain: 'songhong.gov.vn',
      clamdStatus: 'off',
      // The samples are a few dozen messages: let the model judge from one of each.
      bayesOptions: { ...DEFAULT_BAYES_OPTIONS, minLearned: 1, minLearnedPerLanguage: 0 },
    });
    expect(report.folds.map((f) => f.source)).toEqual(['ham', 'spam', 'phishing']);
    const [ham, spam, phish] = report.folds;
    // The ham fold learned no ham at all: the model cannot judge it.
    expect(ham?.trained).toEqual({
      ham: 0,
      spam: sources[1]!.files.length + sources[2]!.files.length,
    });
    expect(spam?.trained).toEqual({
      ham: sources[0]!.files.length,
      spam: sources[2]!.files.length,
    });
    expect(phish?.trained.spam).toBe(sources[1]!.files.length);
    expect(ham?.report.sets.ham?.total).toBe(sources[0]!.files.length);
    expect(ham?.report.sets.ham?.verdicts?.every((v) => v.bayes === undefined)).toBe(true);
    expect(spam?.report.sets.spam?.verdicts?.some((v) => v.bayes !== undefined)).toBe(true);
  });
});
