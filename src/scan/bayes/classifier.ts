/**
 * A Bayes spam classifier with Robinson's per-token estimate and Fisher's chi-square
 * combining, as SpamBayes and bogofilter do. Pure and in memory; persistence is in
 * `model-file.ts`.
 */

/** How many ham and spam messages carried a token. */
export interface TokenCounts {
  ham: number;
  spam: number;
}

/** Tuning of the combining step; the defaults are SpamBayes'. */
export interface BayesOptions {
  /**
   * Robinson's s: how strongly a rarely seen token is pulled to `unknownProb`.
   * @defaultValue 0.45
   */
  strength: number;
  /**
   * Probability assumed for a token never seen.
   * @defaultValue 0.5
   */
  unknownProb: number;
  /**
   * Tokens whose probability lies closer than this to 0.5 are ignored.
   * @defaultValue 0.1
   */
  minDeviation: number;
  /**
   * Most significant tokens combined per message. SpamBayes uses 150; on the public
   * corpora 50 separates better (fewer weak tokens dilute the strong ones) with no more
   * legitimate mail scored high (docs/detection.md).
   * @defaultValue 50
   */
  maxDiscriminators: number;
  /**
   * Messages of each class learned before the classifier gives a probability. Fewer
   * make a noisy estimate that would score mail on chance.
   * @defaultValue 200
   */
  minLearned: number;
  /**
   * Legitimate messages learned in a message's language (its `lang:` token) before the
   * classifier judges it: a model that learned no Vietnamese ham says nothing about a
   * Vietnamese letter except that it is unlike the ham it knows, and reads it as spam.
   * Spam learned in the language is not required: without it, the language's words are
   * known only from ham and pull towards ham (a missed spam, never a held letter). Text
   * too short to tell (`lang:und`) is judged on the model as a whole. 0 turns it off.
   * @defaultValue 50
   */
  minLearnedPerLanguage: number;
}

export const DEFAULT_BAYES_OPTIONS: BayesOptions = {
  strength: 0.45,
  unknownProb: 0.5,
  minDeviation: 0.1,
  maxDiscriminators: 50,
  minLearned: 200,
  minLearnedPerLanguage: 50,
};

const LANGUAGE_PREFIX = 'lang:';

/** What the classifier says about one message. */
export interface BayesScore {
  /** Spam probability in [0, 1]. */
  probability: number;
  /** Tokens that counted, the strongest first (for officers and debugging), at most 10. */
  clues: { token: string; prob: number }[];
}

/** The model as stored (JSON). */
export interface BayesModelData {
  version: 1;
  nham: number;
  nspam: number;
  /** token -> [ham count, spam count] */
  tokens: Record<string, [number, number]>;
}

/**
 * chi2Q(x2, v): probability that a chi-square variable with `v` (even) degrees of freedom
 * is at least `x2`. Series form, as in SpamBayes; stable for the sizes used here.
 */
export function chi2Q(x2: number, v: number): number {
  const m = x2 / 2;
  let term = Math.exp(-m);
  let sum = term;
  for (let i = 1; i < v / 2; i += 1) {
    term *= m / i;
    sum += term;
  }
  return Math.min(sum, 1);
}

export class BayesModel {
  nham = 0;
  nspam = 0;
  readonly counts = new Map<string, TokenCounts>();

  constructor(readonly options: BayesOptions = DEFAULT_BAYES_OPTIONS) {}

  /** Adds (or with `remove`, takes back) one message's distinct tokens. */
  learn(tokens: readonly string[], isSpam: boolean, remove = false): void {
    const delta = remove ? -1 : 1;
    if (isSpam) this.nspam = Math.max(0, this.nspam + delta);
    else this.nham = Math.max(0, this.nham + delta);
    for (const token of new Set(tokens)) {
      let c = this.counts.get(token);
      if (c === undefined) {
        if (remove) continue;
        c = { ham: 0, spam: 0 };
        this.counts.set(token, c);
      }
      if (isSpam) c.spam = Math.max(0, c.spam + delta);
      else c.ham = Math.max(0, c.ham + delta);
      if (c.ham === 0 && c.spam === 0) this.counts.delete(token);
    }
  }

  /** Whether enough of both classes has been learned to score. */
  get ready(): boolean {
    return this.nham >= this.options.minLearned && this.nspam >= this.options.minLearned;
  }

  /** Robinson's f(w): the token's spam probability, pulled to unknownProb when rare. */
  tokenProb(token: string): number {
    const { strength: s, unknownProb: x } = this.options;
    const c = this.counts.get(token);
    if (c === undefined || this.nham === 0 || this.nspam === 0) return x;
    const hamRatio = c.ham / this.nham;
    const spamRatio = c.spam / this.nspam;
    const p = spamRatio / (hamRatio + spamRatio);
    const n = c.ham + c.spam;
    return (s * x + n * p) / (s + n);
  }

  /**
   * Whether the model has learned enough legitimate mail in the language of `tokens`
   * (their `lang:` token); mail with no language token or an undetermined one passes.
   */
  knowsLanguage(tokens: readonly string[]): boolean {
    const min = this.options.minLearnedPerLanguage;
    if (min <= 0) return true;
    const lang = tokens.find((t) => t.startsWith(LANGUAGE_PREFIX));
    if (lang === undefined || lang === `${LANGUAGE_PREFIX}und`) return true;
    const c = this.counts.get(lang);
    return c !== undefined && c.ham >= min;
  }

  /**
   * Spam probability of a message's tokens, or undefined before the model is ready or
   * when it has learned too little mail in the message's language.
   */
  classify(tokens: readonly string[]): BayesScore | undefined {
    if (!this.ready || !this.knowsLanguage(tokens)) return undefined;
    const { minDeviation, maxDiscriminators } = this.options;
    const scored: { token: string; prob: number; dev: number }[] = [];
    for (const token of new Set(tokens)) {
      if (token.startsWith(LANGUAGE_PREFIX)) continue;
      const prob = this.tokenProb(token);
      const dev = Math.abs(prob - 0.5);
      if (dev >= minDeviation) scored.push({ token, prob, dev });
    }
    // Strongest first; ties by token so the result does not depend on input order.
    scored.sort((a, b) => b.dev - a.dev || (a.token < b.token ? -1 : a.token > b.token ? 1 : 0));
    const used = scored.slice(0, maxDiscriminators);
    if (used.length === 0) return { probability: 0.5, clues: [] };
    let lnHam = 0;
    let lnSpam = 0;
    for (const { prob } of used) {
      // Clamp so one token seen only in one class cannot make a log infinite.
      const p = Math.min(Math.max(prob, 1e-6), 1 - 1e-6);
      lnSpam += Math.log(1 - p);
      lnHam += Math.log(p);
    }
    const n = used.length;
    const spamness = 1 - chi2Q(-2 * lnSpam, 2 * n);
    const hamness = 1 - chi2Q(-2 * lnHam, 2 * n);
    const probability = (spamness - hamness + 1) / 2;
    return {
      probability: Math.min(Math.max(probability, 0), 1),
      clues: used.slice(0, 10).map(({ token, prob }) => ({ token, prob })),
    };
  }

  toJSON(): BayesModelData {
    const tokens: Record<string, [number, number]> = {};
    for (const [token, c] of [...this.counts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
      tokens[token] = [c.ham, c.spam];
    }
    return { version: 1, nham: this.nham, nspam: this.nspam, tokens };
  }

  static fromJSON(data: BayesModelData, options?: BayesOptions): BayesModel {
    const model = new BayesModel(options);
    model.nham = data.nham;
    model.nspam = data.nspam;
    for (const [token, [ham, spam]] of Object.entries(data.tokens)) {
      model.counts.set(token, { ham, spam });
    }
    return model;
  }
}
