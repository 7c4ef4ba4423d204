import type { ScanContext, ScanResult, Scanner } from '../types.js';
import type { RuleSet } from '../rules/index.js';

/** Why a message whose rules ran out of time is tagged or held (verdict reason). */
export const RULES_BUDGET_REASON = 'rules over their time budget (scored on the rules that ran)';

export interface RulesScannerOptions {
  /**
   * Milliseconds the rules of one message may take (`limits.ruleBudgetMs`).
   * @defaultValue Infinity (eval and the fuzzer measure rules, they do not budget them)
   */
  budgetMs?: number;
  /**
   * What an overrun does to the verdict (`rules.budgetOverrun`). `tag`: the message is
   * delivered tagged at least, since rules that might have added score did not run and
   * the verdict must not call it clean; the overrun says nothing about danger, as clamd,
   * the content scanner and every rule that can hold by itself (they run first) did run,
   * so holding would quarantine large ordinary mail whenever the machine is slow. `hold`:
   * quarantine as policy, for sites that prefer an officer to look.
   * @defaultValue 'tag'
   */
  overrun?: 'tag' | 'hold';
  /** Counts an overrun (/metrics); the scanner logs it itself. */
  onOverrun?: () => void;
}

/** Evaluates the compiled rule set (rules/*.yaml) on the parsed message, within a budget. */
export class RulesScanner implements Scanner {
  readonly name = 'rules';
  constructor(
    private readonly rules: RuleSet,
    private readonly opts: RulesScannerOptions = {},
  ) {}

  scan(ctx: ScanContext): Promise<ScanResult> {
    // Auth and Bayes results come from the scanners that ran before this one.
    const { hits, skipped, elapsedMs } = this.rules.evaluateWithin(
      {
        mail: ctx.mail,
        envelope: ctx.envelope,
        auth: ctx.auth,
        bayes: ctx.bayes,
        heuristics: ctx.heuristics,
        findings: ctx.findings,
        archives: ctx.archives,
      },
      this.opts.budgetMs ?? Infinity,
    );
    if (skipped.length > 0) {
      const ran = this.rules.rules.filter((r) => !r.helper).length - skipped.length;
      ctx.log.warn(
        {
          event: 'scan.rules-overrun',
          budgetMs: this.opts.budgetMs,
          elapsedMs: Math.round(elapsedMs),
          ran,
          skipped: skipped.length,
          firstSkipped: skipped[0],
        },
        'rules over their time budget: scored on the rules that ran',
      );
      this.opts.onOverrun?.();
      if (this.opts.overrun === 'hold') (ctx.unscannable ??= []).push(RULES_BUDGET_REASON);
      else (ctx.tagReasons ??= []).push(RULES_BUDGET_REASON);
    }
    return Promise.resolve({ status: hits.length > 0 ? 'fail' : 'pass', hits });
  }
}
