import type { ScanContext, ScanResult, Scanner } from '../types.js';
import type { RuleSet } from '../rules/index.js';

/** Evaluates the compiled rule set (rules/*.yaml) on the parsed message. */
export class RulesScanner implements Scanner {
  readonly name = 'rules';
  constructor(private readonly rules: RuleSet) {}

  scan(ctx: ScanContext): Promise<ScanResult> {
    // Auth and Bayes results come from the scanners that ran before this one.
    const hits = this.rules.evaluate({
      mail: ctx.mail,
      envelope: ctx.envelope,
      auth: ctx.auth,
      bayes: ctx.bayes,
      heuristics: ctx.heuristics,
      findings: ctx.findings,
      archives: ctx.archives,
    });
    return Promise.resolve({ status: hits.length > 0 ? 'fail' : 'pass', hits });
  }
}
