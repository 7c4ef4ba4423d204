import { describe, expect, it } from 'vitest';
import { BayesModel, chi2Q, DEFAULT_BAYES_OPTIONS } from '../../../../src/scan/bayes/classifier.js';

/** A model that learned `n` spam and `n` ham messages of distinct vocabularies. */
function trained(n: number): BayesModel {
  const model = new BayesModel();
  for (let i = 0; i < n; i += 1) {
    model.learn(['trung', 'thuong', 'phi', `s${i}`], true);
    model.learn(['cong', 'van', 'hop', `h${i}`], false);
  }
  return model;
}

describe('chi2Q', () => {
  it('is 1 at 0 and falls towards 0 for large values', () => {
    expect(chi2Q(0, 10)).toBeCloseTo(1, 10);
    expect(chi2Q(200, 10)).toBeLessThan(1e-30);
  });
});

describe('BayesModel', () => {
  it('gives no probability before 200 messages of each class', () => {
    expect(DEFAULT_BAYES_OPTIONS.minLearned).toBe(200);
    expect(trained(199).classify(['trung'])).toBeUndefined();
    expect(trained(200).classify(['trung'])).toBeDefined();
  });

  it('scores spam vocabulary near 1, ham vocabulary near 0, unknown words at 0.5', () => {
    const model = trained(200);
    expect(model.classify(['trung', 'thuong', 'phi'])?.probability).toBeGreaterThan(0.99);
    expect(model.classify(['cong', 'van', 'hop'])?.probability).toBeLessThan(0.01);
    expect(model.classify(['never', 'seen'])?.probability).toBe(0.5);
  });

  it('pulls a token seen once towards 0.5 (Robinson)', () => {
    const model = trained(200);
    expect(model.tokenProb('s0')).toBeGreaterThan(0.5);
    expect(model.tokenProb('s0')).toBeLessThan(model.tokenProb('trung'));
  });

  it('counts a token once per message and can unlearn a message exactly', () => {
    const model = trained(200);
    const before = JSON.stringify(model.toJSON());
    model.learn(['x', 'x', 'trung'], true);
    expect(model.counts.get('x')).toEqual({ ham: 0, spam: 1 });
    model.learn(['x', 'x', 'trung'], true, true);
    expect(JSON.stringify(model.toJSON())).toBe(before);
  });

  it('survives a JSON round trip with the same scores', () => {
    const model = trained(200);
    const copy = BayesModel.fromJSON(
      JSON.parse(JSON.stringify(model.toJSON())) as ReturnType<BayesModel['toJSON']>,
    );
    const tokens = ['trung', 'cong', 'zz'];
    expect(copy.classify(tokens)).toEqual(model.classify(tokens));
  });
});

describe('BayesModel: the per-language minimum', () => {
  /** 200 English spam and ham, and `vi` Vietnamese ham and spam each. */
  function languages(vi: number): BayesModel {
    const model = new BayesModel();
    for (let i = 0; i < 200; i += 1) {
      model.learn(['lang:eng', 'winner', 'prize', `s${i}`], true);
      model.learn(['lang:eng', 'meeting', 'agenda', `h${i}`], false);
    }
    for (let i = 0; i < vi; i += 1) {
      model.learn(['lang:vie', 'trung', 'thuong'], true);
      model.learn(['lang:vie', 'cong', 'van'], false);
    }
    return model;
  }

  it('does not judge a language it learned too little legitimate mail in', () => {
    expect(DEFAULT_BAYES_OPTIONS.minLearnedPerLanguage).toBe(50);
    expect(languages(49).classify(['lang:vie', 'winner', 'prize'])).toBeUndefined();
    expect(languages(50).classify(['lang:vie', 'winner', 'prize'])?.probability).toBeGreaterThan(
      0.9,
    );
  });

  it('judges a language whose ham it knows even with no spam learned in it', () => {
    const model = languages(0);
    for (let i = 0; i < 50; i += 1) model.learn(['lang:deu', 'termin', 'protokoll'], false);
    expect(model.classify(['lang:deu', 'termin'])?.probability).toBeLessThan(0.1);
  });

  it('judges text of an undetermined language, and mail without a language token', () => {
    const model = languages(0);
    expect(model.classify(['lang:und', 'winner', 'prize'])?.probability).toBeGreaterThan(0.9);
    expect(model.classify(['winner', 'prize'])?.probability).toBeGreaterThan(0.9);
    expect(model.classify(['lang:eng', 'meeting'])?.probability).toBeLessThan(0.1);
  });

  it('never scores the language token itself', () => {
    const model = languages(60);
    expect(model.classify(['lang:vie'])?.probability).toBe(0.5);
  });
});
