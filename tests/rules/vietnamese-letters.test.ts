import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultLimits } from '../../src/core/limits.js';
import { loadDirectory } from '../../src/directory/directory.js';
import { BayesModel, DEFAULT_BAYES_OPTIONS } from '../../src/scan/bayes/classifier.js';
import { tokenize } from '../../src/scan/bayes/tokenize.js';
import { listMailFiles } from '../../src/scan/eval/mail-files.js';
import { runEval } from '../../src/scan/eval/run-eval.js';
import { parseMessage } from '../../src/scan/parse.js';
import { loadRules } from '../../src/scan/rules/index.js';
import { evalScanners } from '../../src/scan/eval/eval-scanners.js';
import { loadConfig } from '../../src/config/load.js';

/**
 * A new deployment's model learned from English corpora (no Vietnamese ham) must not hold
 * Vietnamese agency letters: the classifier does not judge a language it learned no
 * legitimate mail in, and alone it never holds. The control run turns both safeguards
 * off and shows the same model holding letters, so the test can fail.
 */
const ROOT = join(import.meta.dirname, '../..');
const CORPUS = join(ROOT, '../shared/corpus');
const haveCorpus = existsSync(join(CORPUS, 'ham/csdmc2010'));

async function learnFolder(model: BayesModel, dir: string, spam: boolean, max: number) {
  for (const f of listMailFiles(dir).slice(0, max)) {
    const mail = await parseMessage(createReadStream(f.path), { limits: defaultLimits });
    model.learn(tokenize(mail), spam);
  }
}

describe.skipIf(!haveCorpus)('Vietnamese letters under a model that learned no Vietnamese', () => {
  const directory = loadDirectory(join(ROOT, 'seeds/agencies.yaml'));
  const rules = loadRules(join(ROOT, 'rules'), {
    lists: { agency_domains: directory.domains() },
    scanChars: defaultLimits.ruleScanBytes,
  });
  const letters = listMailFiles(join(ROOT, 'samples/eval/vi-ham'));

  async function heldWith(options: typeof DEFAULT_BAYES_OPTIONS, corroboration: number) {
    const model = new BayesModel(options);
    await learnFolder(model, join(CORPUS, 'ham/csdmc2010'), false, 300);
    await learnFolder(model, join(CORPUS, 'spam/csdmc2010'), true, 150);
    await learnFolder(model, join(CORPUS, 'phishing/phishing-pot-2019-2023'), true, 150);
    // The worst case for Vietnamese letters: Vietnamese spam learned, no Vietnamese ham.
    await learnFolder(model, join(ROOT, 'samples/eval/vi-spam'), true, 100);
    const report = await runEval({
      sets: { ham: letters },
      scanners: evalScanners(loadConfig({}, ROOT), { rules, directory }),
      thresholds: { tag: 4, quarantine: 7, reject: 15, corroboration },
      limits: defaultLimits,
      trainFraction: 0,
      seed: 1,
      model,
      recipientDomain: 'stttt.songhong.gov.vn',
      keepVerdicts: true,
    });
    const ham = report.sets.ham!;
    return { held: ham.byAction.quarantine + ham.byAction.reject, verdicts: ham.verdicts ?? [] };
  }

  it('holds none of the project’s agency letters, and the classifier does not judge them', async () => {
    expect(letters.length).toBeGreaterThanOrEqual(100);
    const { held, verdicts } = await heldWith(DEFAULT_BAYES_OPTIONS, 2);
    expect(held).toBe(0);
    const judged = verdicts.filter((v) => v.bayes !== undefined);
    // Only letters too short to tell their language (lang:und) may be judged.
    expect(judged.length).toBeLessThan(letters.length / 10);
  }, 60_000);

  it('control: without the per-language minimum and the corroboration, the same model holds letters', async () => {
    const { held } = await heldWith({ ...DEFAULT_BAYES_OPTIONS, minLearnedPerLanguage: 0 }, 0);
    expect(held).toBeGreaterThan(0);
  }, 60_000);
});
