import type { BayesModel } from '../bayes/classifier.js';
import { tokenize } from '../bayes/tokenize.js';
import type { ScanContext, ScanResult, Scanner } from '../types.js';

/**
 * The Bayes classifier. Scores nothing itself: it sets `ctx.bayes` (spam probability) for
 * the `bayes` rule tests (`rules/bayes.yaml`, BAYES_00 .. BAYES_99), so the weights stay
 * data. Until the model has learned enough of both classes it sets nothing.
 */
export class BayesScanner implements Scanner {
  readonly name = 'bayes';
  /** `store`: the model file (BayesStore) in the worker, the model being trained in eval. */
  constructor(private readonly store: { model(): BayesModel }) {}

  scan(ctx: ScanContext): Promise<ScanResult> {
    const model = this.store.model();
    // Not ready yet: no tokens to make (they cost as much as the rest of the rules).
    if (!model.ready) return Promise.resolve({ status: 'pass', hits: [] });
    const score = model.classify(tokenize(ctx.mail));
    if (score !== undefined) ctx.bayes = score.probability;
    return Promise.resolve({ status: 'pass', hits: [] });
  }
}
