import { describe, expect, it } from 'vitest';
import {
  decide,
  refusedBeforeQueue,
  type Thresholds,
  type VerdictHit,
  type VerdictInput,
} from '../../../src/verdict/decide.js';

const thresholds: Thresholds = { tag: 4, quarantine: 7, reject: 15 };

function hit(rule: string, score: number, category?: VerdictHit['category']): VerdictHit {
  return category === undefined
    ? { rule, group: 'test', score }
    : { rule, group: 'test', score, category };
}

function input(partial: Partial<VerdictInput>): VerdictInput {
  return { hits: [], viruses: [], unscannable: [], thresholds, ...partial };
}

describe('decide: malware and policy hold whatever the score', () => {
  it('quarantines as malware when clamd found a virus, even with no score', () => {
    const v = decide(input({ viruses: ['Eicar-Test-Signature'] }));
    expect(v.category).toBe('malware');
    expect(v.action).toBe('quarantine');
    expect(v.score).toBe(0);
    expect(v.viruses).toEqual(['Eicar-Test-Signature']);
    expect(v.reason).toContain('Eicar-Test-Signature');
  });

  it('names every virus found in the reason', () => {
    const v = decide(input({ viruses: ['Virus.A', 'Virus.B'] }));
    expect(v.reason).toContain('Virus.A');
    expect(v.reason).toContain('Virus.B');
  });

  it('quarantines as malware on a rule hit of category malware with a zero score', () => {
    const v = decide(input({ hits: [hit('EXE_IN_ZIP', 0, 'malware')] }));
    expect(v.category).toBe('malware');
    expect(v.action).toBe('quarantine');
    expect(v.reason).toContain('EXE_IN_ZIP');
  });

  it('quarantines as policy on a rule hit of category policy with a zero score', () => {
    const v = decide(input({ hits: [hit('BANNED_EXTENSION', 0, 'policy')] }));
    expect(v.category).toBe('policy');
    expect(v.action).toBe('quarantine');
    expect(v.reason).toContain('BANNED_EXTENSION');
  });

  it('names the threat, not the policy, when the score would hold the mail anyway', () => {
    const v = decide(
      input({
        hits: [
          hit('ATT_ARCHIVE_ENCRYPTED_UNOPENED', 0, 'policy'),
          hit('VI_FAKE_TAX', 4, 'phishing'),
          hit('AGENCY_NAME_SPOOF', 4, 'phishing'),
        ],
      }),
    );
    expect(v.category).toBe('phishing');
    expect(v.action).toBe('quarantine');
    expect(v.reason).toContain('ATT_ARCHIVE_ENCRYPTED_UNOPENED');
    // Under the hold threshold the policy rule alone holds it, as policy.
    const low = decide(
      input({
        hits: [
          hit('ATT_ARCHIVE_ENCRYPTED_UNOPENED', 0, 'policy'),
          hit('VI_FAKE_TAX', 4, 'phishing'),
        ],
      }),
    );
    expect(low.category).toBe('policy');
    expect(low.action).toBe('quarantine');
  });

  it('names the threat, the unscannable part in the reason, when the score holds the mail', () => {
    const v = decide(
      input({ hits: [hit('VI_FAKE_TAX', 8, 'phishing')], unscannable: ['encrypted-archive'] }),
    );
    expect(v.category).toBe('phishing');
    expect(v.action).toBe('quarantine');
    expect(v.reason).toContain('encrypted-archive');
  });

  it('quarantines as policy, never delivers, mail that could not be scanned', () => {
    const v = decide(input({ unscannable: ['too large for clamd'] }));
    expect(v.category).toBe('policy');
    expect(v.action).toBe('quarantine');
    expect(v.reason).toContain('too large for clamd');
  });

  it('holds unscannable mail even when its score is strongly negative', () => {
    const v = decide(
      input({ hits: [hit('AUTH_DMARC_PASS', -20)], unscannable: ['parse timeout'] }),
    );
    expect(v.category).toBe('policy');
    expect(v.action).toBe('quarantine');
  });
});

describe('decide: precedence', () => {
  it('reports a virus ahead of a malware rule, a policy rule and unscannable parts', () => {
    const v = decide(
      input({
        viruses: ['Eicar-Test-Signature'],
        hits: [hit('EXE_IN_ZIP', 1, 'malware'), hit('BANNED_EXTENSION', 1, 'policy')],
        unscannable: ['encrypted archive'],
      }),
    );
    expect(v.category).toBe('malware');
    expect(v.reason).toContain('Eicar-Test-Signature');
  });

  it('reports a virus ahead of a policy hit', () => {
    const v = decide(input({ viruses: ['Virus.A'], hits: [hit('BANNED_EXTENSION', 0, 'policy')] }));
    expect(v.category).toBe('malware');
  });

  it('reports a malware rule ahead of unscannable parts', () => {
    const v = decide(
      input({ hits: [hit('EXE_IN_ZIP', 0, 'malware')], unscannable: ['encrypted archive'] }),
    );
    expect(v.category).toBe('malware');
    expect(v.reason).toContain('EXE_IN_ZIP');
  });

  it('reports a malware rule ahead of a policy rule listed before it', () => {
    const v = decide(
      input({ hits: [hit('BANNED_EXTENSION', 0, 'policy'), hit('EXE_IN_ZIP', 0, 'malware')] }),
    );
    expect(v.category).toBe('malware');
  });

  it('reports unscannable parts ahead of a policy rule', () => {
    const v = decide(
      input({ hits: [hit('BANNED_EXTENSION', 0, 'policy')], unscannable: ['parse timeout'] }),
    );
    expect(v.category).toBe('policy');
    expect(v.reason).toContain('parse timeout');
  });

  it('reports the threat a score above the quarantine threshold shows, the policy rule in the reason', () => {
    const v = decide(
      input({ hits: [hit('BANNED_EXTENSION', 0, 'policy'), hit('PHISH_LINK', 20, 'phishing')] }),
    );
    expect(v.category).toBe('phishing');
    expect(v.action).toBe('quarantine');
    expect(v.reason).toContain('BANNED_EXTENSION');
  });

  it('does not let a phishing hit below the quarantine threshold change the category', () => {
    const v = decide(input({ hits: [hit('PHISH_LINK', 5, 'phishing')] }));
    expect(v.category).toBe('spam');
    expect(v.action).toBe('tag');
  });
});

describe('decide: score thresholds', () => {
  it('quarantines as spam at exactly the quarantine threshold without a phishing hit', () => {
    const v = decide(input({ hits: [hit('A', 3), hit('B', 4)] }));
    expect(v.score).toBe(7);
    expect(v.category).toBe('spam');
    expect(v.action).toBe('quarantine');
  });

  it('quarantines as phishing when the score reaches quarantine with a scoring phishing hit', () => {
    const v = decide(input({ hits: [hit('A', 5), hit('PHISH_LINK', 3, 'phishing')] }));
    expect(v.category).toBe('phishing');
    expect(v.action).toBe('quarantine');
  });

  it('quarantines as spam when the only phishing hit scores nothing', () => {
    const v = decide(input({ hits: [hit('A', 8), hit('PHISH_HELPER', 0, 'phishing')] }));
    expect(v.category).toBe('spam');
    expect(v.action).toBe('quarantine');
  });

  it('tags as spam at exactly the tag threshold', () => {
    const v = decide(input({ hits: [hit('A', 4)] }));
    expect(v.category).toBe('spam');
    expect(v.action).toBe('tag');
  });

  it('tags just below the quarantine threshold', () => {
    const v = decide(input({ hits: [hit('A', 6.99)] }));
    expect(v.action).toBe('tag');
  });

  it('delivers clean just below the tag threshold', () => {
    const v = decide(input({ hits: [hit('A', 3.99)] }));
    expect(v.category).toBe('clean');
    expect(v.action).toBe('deliver');
  });

  it('delivers clean mail with no hits and a zero score', () => {
    const v = decide(input({}));
    expect(v).toMatchObject({ category: 'clean', action: 'deliver', score: 0, hits: [] });
  });

  it('lets negative scores offset positive ones', () => {
    const v = decide(input({ hits: [hit('A', 9), hit('AUTH_DMARC_PASS', -3)] }));
    expect(v.score).toBe(6);
    expect(v.action).toBe('tag');
  });

  it('uses the thresholds it is given', () => {
    const v = decide(
      input({ hits: [hit('A', 2)], thresholds: { tag: 1, quarantine: 2, reject: 3 } }),
    );
    expect(v.action).toBe('quarantine');
  });

  it('returns the hits it was given', () => {
    const hits = [hit('A', 1), hit('B', 2)];
    expect(decide(input({ hits })).hits).toEqual(hits);
  });
});

describe('decide: score rounding', () => {
  it('rounds the summed score to two decimals', () => {
    // 0.1 + 0.2 is 0.30000000000000004 in binary floating point.
    const v = decide(input({ hits: [hit('A', 0.1), hit('B', 0.2)] }));
    expect(v.score).toBe(0.3);
  });

  it('counts a sum that floats just below a threshold as reaching it', () => {
    // 0.7 + 0.1 is 0.7999999999999999 before rounding.
    const v = decide(
      input({
        hits: [hit('A', 0.7), hit('B', 0.1)],
        thresholds: { tag: 0.8, quarantine: 10, reject: 20 },
      }),
    );
    expect(v.score).toBe(0.8);
    expect(v.action).toBe('tag');
  });

  it('rounds away digits beyond the second decimal', () => {
    expect(decide(input({ hits: [hit('A', 1.111), hit('B', 1.111)] })).score).toBe(2.22);
  });

  it('reports the rounded score in the reason', () => {
    const v = decide(input({ hits: [hit('A', 0.1), hit('B', 0.2)] }));
    expect(v.reason).toMatch(/\b0\.3$/);
  });
});

describe('decide: the classifier alone never holds', () => {
  const bayes = (score: number): VerdictHit => ({ rule: 'BAYES_999', group: 'bayes', score });

  it('tags, not holds, a message whose score comes from the classifier alone', () => {
    const v = decide(input({ hits: [bayes(7.5)] }));
    expect(v.score).toBe(7.5);
    expect(v.action).toBe('tag');
    expect(v.reason).toContain('not held on the classifier alone');
  });

  it('tags when the other evidence is below the corroboration score', () => {
    const v = decide(input({ hits: [bayes(7.5), hit('HTML_HIDDEN_TEXT', 1.5)] }));
    expect(v.action).toBe('tag');
  });

  it('holds when rules of another kind add the corroboration score', () => {
    const v = decide(input({ hits: [bayes(7.5), hit('A', 1), hit('B', 1)] }));
    expect(v.action).toBe('quarantine');
  });

  it('holds on rules alone as before', () => {
    expect(decide(input({ hits: [hit('A', 7)] })).action).toBe('quarantine');
  });

  it('takes the corroboration score from the thresholds', () => {
    const loose = { ...thresholds, corroboration: 0 };
    expect(decide(input({ hits: [bayes(7.5)], thresholds: loose })).action).toBe('quarantine');
    const strict = { ...thresholds, corroboration: 5 };
    const v = decide(input({ hits: [bayes(7.5), hit('A', 3)], thresholds: strict }));
    expect(v.action).toBe('tag');
  });
});

describe('decide: a band may ask less corroboration', () => {
  it('holds the near-certain band with one point of other evidence, not with none', () => {
    const certain: VerdictHit = { rule: 'BAYES_999', group: 'bayes', score: 7.5, corroboration: 1 };
    expect(decide(input({ hits: [certain, hit('A', 1)] })).action).toBe('quarantine');
    expect(decide(input({ hits: [certain, hit('A', 0.5)] })).action).toBe('tag');
    expect(decide(input({ hits: [certain] })).action).toBe('tag');
  });
});

describe('decide: marks of bulk mail score but do not corroborate the classifier', () => {
  const certain: VerdictHit = { rule: 'BAYES_999', group: 'bayes', score: 7.5, corroboration: 1 };
  const bulk = (rule: string, score: number): VerdictHit => ({
    ...hit(rule, score),
    corroborates: false,
  });

  it('tags, not holds, a newsletter the classifier scores high whose only other hits are bulk marks', () => {
    const v = decide(input({ hits: [certain, bulk('URI_TEXT_MISMATCH_BULK', 1)] }));
    expect(v.score).toBe(8.5);
    expect(v.action).toBe('tag');
    expect(v.reason).toContain('not held on the classifier alone');
  });

  it('holds the same message when a rule of deception adds the corroboration', () => {
    const v = decide(
      input({ hits: [certain, bulk('URI_TEXT_MISMATCH_BULK', 1), hit('TO_UNDISCLOSED', 1)] }),
    );
    expect(v.action).toBe('quarantine');
  });

  it('still adds bulk marks to the score that tags', () => {
    expect(decide(input({ hits: [bulk('EN_BIG_DISCOUNT', 4)] })).action).toBe('tag');
  });
});

describe('decide: content that must be tagged (an encrypted archive a site chose to tag)', () => {
  it('tags as policy a message that would otherwise be clean, never delivers it as clean', () => {
    const v = decide(input({ mustTag: ['encrypted archive that could not be scanned'] }));
    expect(v).toMatchObject({ category: 'policy', action: 'tag' });
    expect(v.reason).toContain('encrypted archive that could not be scanned');
  });

  it('still holds what scores or categories hold', () => {
    const must = ['encrypted archive that could not be scanned'];
    expect(decide(input({ mustTag: must, hits: [hit('A', 9)] })).action).toBe('quarantine');
    expect(decide(input({ mustTag: must, viruses: ['Eicar-Test-Signature'] })).category).toBe(
      'malware',
    );
    expect(decide(input({ mustTag: must, unscannable: ['x'] })).action).toBe('quarantine');
  });
});

describe('refusedBeforeQueue: what before-queue mode answers 550 for', () => {
  const refused = (partial: Partial<VerdictInput>): boolean =>
    refusedBeforeQueue(decide(input(partial)), thresholds);

  it('refuses malware whatever the score', () => {
    expect(refused({ viruses: ['Eicar-Test-Signature'] })).toBe(true);
    expect(refused({ hits: [hit('ATT_DOUBLE_EXT', 0.5, 'malware')] })).toBe(true);
  });

  it('refuses mail held on a score at or above reject, not below it', () => {
    expect(refused({ hits: [hit('A', 15)] })).toBe(true);
    expect(refused({ hits: [hit('A', 14.99)] })).toBe(false);
  });

  it('never refuses a score the classifier reached alone (tagged, not held)', () => {
    const bayes: VerdictHit = { rule: 'BAYES_99', group: 'bayes', score: 20 };
    expect(refused({ hits: [bayes] })).toBe(false);
  });

  it('keeps a policy hold under the reject score in quarantine (an officer may release it)', () => {
    expect(refused({ unscannable: ['encrypted archive'] })).toBe(false);
  });
});
