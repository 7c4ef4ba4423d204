/**
 * The rule engine: heuristic rules as data (`rules/*.yaml`, STYLE.md §3), loaded,
 * validated and compiled once at start, then evaluated against every parsed message.
 */
export { checkRules, formatProblem, loadRules } from './load.js';
export type {
  CompiledRule,
  LoadOptions,
  RuleCategory,
  RuleHit,
  RuleInput,
  RuleProblem,
  RuleSet,
  RuleTestKind,
} from './types.js';
