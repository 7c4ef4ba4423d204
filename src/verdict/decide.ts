import type { Hit } from '../scan/types.js';

export type Category = 'clean' | 'spam' | 'phishing' | 'malware' | 'policy';
export type Action = 'deliver' | 'tag' | 'quarantine';

export interface Thresholds {
  /** Score from which mail is delivered tagged (X-Spam-Flag, subject prefix). */
  tag: number;
  /** Score from which mail is held in quarantine. */
  quarantine: number;
  /** Score from which before-queue mode refuses mail with 550. */
  reject: number;
  /**
   * Score a message needs from evidence other than the statistical classifier to be held
   * on its score: the classifier alone may tag, never quarantine (DESIGN.md, "Detection
   * principles"). Its top bands reach the quarantine threshold by themselves, and a model
   * judging mail unlike anything it learned (another source, era or language) is
   * confidently wrong. @defaultValue 2
   */
  corroboration?: number;
}

/** Default of `Thresholds.corroboration`. */
export const DEFAULT_CORROBORATION = 2;

/** Rule groups whose hits are the statistical classifier's, not evidence of another kind. */
const STATISTICAL_GROUPS: ReadonlySet<string> = new Set(['bayes']);

export interface VerdictHit extends Hit {
  /** When this hit is present, the message is at least this category. */
  category?: 'phishing' | 'malware' | 'policy';
  /**
   * On a statistical hit: the other evidence the message needs to be held on its score
   * (the classifier's top band may ask less than `Thresholds.corroboration`).
   */
  corroboration?: number;
  /**
   * False on a mark of bulk or marketing mail (a tracked link, a discount): it adds to the
   * score, but a legitimate newsletter carries it as much as spam, so it is not evidence
   * that holds a message the classifier scored high.
   */
  corroborates?: false;
}

export interface VerdictInput {
  hits: VerdictHit[];
  viruses: string[];
  /** Why the message could not be fully scanned (too large for clamd, parse timeout...). */
  unscannable: string[];
  /**
   * Why the message must at least be tagged, never delivered as clean: content the site
   * chose to tag rather than hold (an encrypted archive no password opened).
   */
  mustTag?: string[];
  thresholds: Thresholds;
}

export interface Verdict {
  category: Category;
  action: Action;
  score: number;
  hits: VerdictHit[];
  viruses: string[];
  /** Short reason for officers and logs. */
  reason: string;
}

/**
 * Pure: hits and thresholds to category and action. Malware and banned content are held
 * whatever the score; mail that could not be scanned is held as `policy`, never delivered.
 */
export function decide(input: VerdictInput): Verdict {
  const { hits, viruses, unscannable, thresholds } = input;
  const score = round2(hits.reduce((sum, h) => sum + h.score, 0));
  const base = { score, hits, viruses };
  if (viruses.length > 0) {
    return {
      ...base,
      category: 'malware',
      action: 'quarantine',
      reason: `virus: ${viruses.join(', ')}`,
    };
  }
  const malwareHit = hits.find((h) => h.category === 'malware');
  if (malwareHit) {
    return {
      ...base,
      category: 'malware',
      action: 'quarantine',
      reason: `rule: ${malwareHit.rule}`,
    };
  }
  const evidence = round2(
    hits.reduce(
      (sum, h) =>
        STATISTICAL_GROUPS.has(h.group) || h.corroborates === false ? sum : sum + h.score,
      0,
    ),
  );
  const bands = hits.filter(
    (h) => STATISTICAL_GROUPS.has(h.group) && h.corroboration !== undefined,
  );
  const needed =
    bands.length > 0
      ? Math.min(...bands.map((h) => h.corroboration ?? 0))
      : (thresholds.corroboration ?? DEFAULT_CORROBORATION);
  const policyHit = hits.find((h) => h.category === 'policy');
  const policy =
    unscannable.length > 0
      ? `unscannable: ${unscannable.join(', ')}`
      : policyHit === undefined
        ? undefined
        : `rule: ${policyHit.rule}`;
  if (score >= thresholds.quarantine && evidence >= needed) {
    // Held on its score: the category says what the mail is (phishing, spam), even when it
    // would be held as policy too (a part that could not be scanned, an archive no password
    // opened): the officer and the report see the threat; the reason names both.
    const phish = hits.some((h) => h.category === 'phishing' && h.score > 0);
    return {
      ...base,
      category: phish ? 'phishing' : 'spam',
      action: 'quarantine',
      reason: `score ${score} >= ${thresholds.quarantine}${policy === undefined ? '' : `; ${policy}`}`,
    };
  }
  // Mail that could not be scanned in full, or that a policy rule names, is held whatever
  // its score: never delivered as clean.
  if (policy !== undefined) {
    return { ...base, category: 'policy', action: 'quarantine', reason: policy };
  }
  const mustTag = input.mustTag ?? [];
  if (mustTag.length > 0) {
    return { ...base, category: 'policy', action: 'tag', reason: `tagged: ${mustTag.join(', ')}` };
  }
  if (score >= thresholds.tag) {
    const alone =
      score >= thresholds.quarantine
        ? ` (rules ${evidence} < ${needed}: not held on the classifier alone)`
        : '';
    return {
      ...base,
      category: 'spam',
      action: 'tag',
      reason: `score ${score} >= ${thresholds.tag}${alone}`,
    };
  }
  return { ...base, category: 'clean', action: 'deliver', reason: `score ${score}` };
}

/**
 * Whether before-queue mode refuses this verdict with 550 (issue #14 item 6): malware, and
 * mail held on a score at or above `thresholds.reject`. Only verdicts that are held anyway:
 * a score the classifier reached alone is tagged (decide), and a tag is never refused.
 */
export function refusedBeforeQueue(verdict: Verdict, thresholds: Thresholds): boolean {
  if (verdict.action !== 'quarantine') return false;
  return verdict.category === 'malware' || verdict.score >= thresholds.reject;
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}
