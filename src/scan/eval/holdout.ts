import { createReadStream } from 'node:fs';
import { BayesModel, type BayesOptions } from '../bayes/classifier.js';
import { tokenize } from '../bayes/tokenize.js';
import { parseMessage } from '../parse.js';
import type { MailFile } from './mail-files.js';
import { runEval, type EvalOptions, type EvalReport, type SetName } from './run-eval.js';

/**
 * Leave-one-source-out evaluation: for each source (a folder of one kind of mail from one
 * origin), the classifier learns every *other* source and scores this one. A random split
 * of one source hides what a new source does (its era, language, software and headers
 * are learned with it); this is the figure a deployment meets on mail it never saw.
 */

export interface HoldoutSource {
  /** Name shown in the report (the folder as given, or `folder/subfolder`). */
  name: string;
  set: SetName;
  files: MailFile[];
}

export interface HoldoutFold {
  source: HoldoutSource['name'];
  set: SetName;
  /** What the fold's model had learned (everything but this source). */
  trained: { ham: number; spam: number };
  report: EvalReport;
}

export interface HoldoutReport {
  folds: HoldoutFold[];
}

export type HoldoutOptions = Omit<EvalOptions, 'sets' | 'trainFraction' | 'seed' | 'model'> & {
  sources: HoldoutSource[];
  bayesOptions?: BayesOptions;
  /** Called once per source learned and per fold scored. */
  step?: (what: string) => void;
};

/**
 * Parses and tokenises every message once, then for each source builds a model from the
 * other sources' tokens and sends the source through `runEval` (clamd, parser, rules,
 * verdict, as the worker) with that model.
 */
export async function runHoldout(opts: HoldoutOptions): Promise<HoldoutReport> {
  const tokens: string[][][] = [];
  for (const source of opts.sources) {
    const mine: string[][] = [];
    for (const file of source.files) {
      const mail = await parseMessage(createReadStream(file.path), { limits: opts.limits });
      mine.push(tokenize(mail));
    }
    tokens.push(mine);
    opts.step?.(`tokenised ${source.name} (${source.files.length})`);
  }
  const folds: HoldoutFold[] = [];
  for (const [i, source] of opts.sources.entries()) {
    const model = new BayesModel(opts.bayesOptions);
    const trained = { ham: 0, spam: 0 };
    for (const [j, other] of opts.sources.entries()) {
      if (j === i) continue;
      const spam = other.set !== 'ham';
      for (const t of tokens[j] ?? []) model.learn(t, spam);
      if (spam) trained.spam += other.files.length;
      else trained.ham += other.files.length;
    }
    const report = await runEval({
      ...opts,
      sets: { [source.set]: source.files },
      trainFraction: 0,
      seed: 1,
      model,
      keepVerdicts: true,
    });
    folds.push({ source: source.name, set: source.set, trained, report });
    opts.step?.(`scored ${source.name}`);
  }
  return { folds };
}
