import type { EvalScope, RuleTest } from './compile.js';
import { MessageFacts } from './facts.js';
import type {
  CompiledRule,
  RuleCategory,
  RuleHit,
  RuleInput,
  RuleSet,
  RuleTestKind,
} from './types.js';

/** A rule ready to run, as produced by the loader. */
export interface RuleRecord {
  id: string;
  group: string;
  score: number;
  source: { file: string; line: number };
  description: string | undefined;
  descriptionVi: string | undefined;
  category: RuleCategory | undefined;
  corroboration: number | undefined;
  /** False for a mark of bulk mail: it scores, but does not corroborate the classifier. */
  corroborates: boolean;
  helper: boolean;
  kind: RuleTestKind;
  test: RuleTest;
}

/** One message being evaluated: its facts and every rule result so far. */
class Evaluation implements EvalScope {
  private readonly results = new Map<string, string | false>();
  constructor(
    readonly facts: MessageFacts,
    private readonly byId: ReadonlyMap<string, RuleRecord>,
  ) {}

  ruleResult(id: string): string | false {
    const known = this.results.get(id);
    if (known !== undefined) return known;
    const record = this.byId.get(id);
    // Disabled rules are absent: inside a meta they are false.
    if (record === undefined) return false;
    // The loader refuses meta cycles; this guard only keeps a bug from recursing forever.
    this.results.set(id, false);
    const result = record.test(this);
    this.results.set(id, result);
    return result;
  }
}

class Rule implements CompiledRule {
  readonly id: string;
  readonly group: string;
  readonly score: number;
  readonly source: { file: string; line: number };
  readonly description: string | undefined;
  readonly descriptionVi: string | undefined;
  readonly category: RuleCategory | undefined;
  readonly corroboration: number | undefined;
  readonly corroborates: boolean;
  readonly helper: boolean;
  readonly kind: RuleTestKind;

  constructor(
    record: RuleRecord,
    private readonly engine: RuleEngine,
  ) {
    this.id = record.id;
    this.group = record.group;
    this.score = record.score;
    this.source = record.source;
    this.description = record.description;
    this.descriptionVi = record.descriptionVi;
    this.category = record.category;
    this.corroboration = record.corroboration;
    this.corroborates = record.corroborates;
    this.helper = record.helper;
    this.kind = record.kind;
  }

  match(input: RuleInput): string | false {
    return this.engine.evaluation(input).ruleResult(this.id);
  }
}

/** Rounds away binary noise (2.5 + 0.1) so capped scores read as written. */
function round(score: number): number {
  return Math.round(score * 1000) / 1000;
}

/**
 * Lowers the scores of a group's hits so that their sum does not exceed `max`. Negative
 * scores keep counting; the positive budget goes to the highest scores first (ties in file
 * order), so the most specific rules keep their weight and the rest show 0.
 */
export function capGroup(hits: RuleHit[], max: number): void {
  const total = hits.reduce((sum, h) => sum + h.score, 0);
  if (total <= max) return;
  let budget = max - hits.reduce((sum, h) => sum + Math.min(h.score, 0), 0);
  const positive = hits.filter((h) => h.score > 0).sort((a, b) => b.score - a.score);
  for (const hit of positive) {
    const given = Math.max(0, Math.min(hit.score, budget));
    hit.score = round(given);
    budget -= given;
  }
}

/** The loaded rule set: evaluates messages, caches per message what tests derive. */
export class RuleEngine implements RuleSet {
  readonly rules: readonly CompiledRule[];
  private readonly byId: Map<string, RuleRecord>;
  private readonly evaluations = new WeakMap<RuleInput, Evaluation>();

  constructor(
    records: readonly RuleRecord[],
    private readonly groupCaps: ReadonlyMap<string, number>,
    private readonly scanChars: number,
  ) {
    this.byId = new Map(records.map((r) => [r.id, r]));
    this.rules = records.map((r) => new Rule(r, this));
  }

  /** The evaluation of one message, shared by every rule (inputs are treated as immutable). */
  evaluation(input: RuleInput): Evaluation {
    let evaluation = this.evaluations.get(input);
    if (evaluation === undefined) {
      evaluation = new Evaluation(new MessageFacts(input, this.scanChars), this.byId);
      this.evaluations.set(input, evaluation);
    }
    return evaluation;
  }

  evaluate(input: RuleInput): RuleHit[] {
    const evaluation = this.evaluation(input);
    const hits: RuleHit[] = [];
    for (const rule of this.rules) {
      if (rule.helper) continue;
      const detail = evaluation.ruleResult(rule.id);
      if (detail === false) continue;
      const hit: RuleHit = {
        rule: rule.id,
        group: rule.group,
        score: rule.score,
        description: rule.description ?? '',
      };
      if (rule.descriptionVi !== undefined) hit.descriptionVi = rule.descriptionVi;
      if (detail !== '') hit.detail = detail;
      if (rule.category !== undefined) hit.category = rule.category;
      if (rule.corroboration !== undefined) hit.corroboration = rule.corroboration;
      if (!rule.corroborates) hit.corroborates = false;
      hits.push(hit);
    }
    for (const [group, max] of this.groupCaps) {
      capGroup(
        hits.filter((h) => h.group === group),
        max,
      );
    }
    return hits;
  }
}
