import type { Envelope } from '../../core/envelope.js';
import type {
  ArchiveFacts,
  AuthResults,
  Finding,
  Hit,
  ParsedAttachment,
  ParsedMessage,
} from '../types.js';

/** What a rule looks at: the parsed message and its SMTP envelope. Treated as immutable. */
export interface RuleInput {
  mail: ParsedMessage;
  envelope: Envelope;
  /** Sender authentication, when the auth scanner ran; `auth` tests never match without. */
  auth?: AuthResults | undefined;
  /** Bayes spam probability, when the model is trained; `bayes` tests never match without. */
  bayes?: number | undefined;
  /** clamd's heuristic alert names (`Heuristics.*`); `clamav` tests match them. */
  heuristics?: readonly string[] | undefined;
  /** The content scanner's findings; `finding` tests match their names. */
  findings?: readonly Finding[] | undefined;
  /** Archive listings (every kind, nested) by attachment, from the content scanner. */
  archives?: ReadonlyMap<ParsedAttachment, ArchiveFacts> | undefined;
}

/** One thing wrong in the rule files (or in the overrides), with where it is. */
export interface RuleProblem {
  /** Path of the rule or list file, as built from the directory given to the loader. */
  file: string;
  /** 1-based line; 0 when the problem has no line (unreadable directory, overrides). */
  line: number;
  message: string;
}

/** Site options applied when the rules are loaded. */
export interface LoadOptions {
  /**
   * Site overrides from config: change a rule's score or disable it.
   * A disabled rule never hits and counts as false inside `meta` expressions.
   * A score of 0 keeps the rule reporting (and its category applying); use
   * `enabled: false` to silence it.
   * @defaultValue `{}`
   */
  overrides?: Record<string, { score?: number; enabled?: boolean }>;
  /**
   * Named lists supplied at run time, e.g. `agency_domains` from the directory;
   * merged with `rules/lists/NAME.txt`.
   * @defaultValue `{}`
   */
  lists?: Record<string, string[]>;
  /** Characters of text the body and header tests read (`limits.ruleScanBytes`). */
  scanChars: number;
}

/** The verdict category a rule imposes at least, when it hits. */
export type RuleCategory = 'phishing' | 'malware' | 'policy';

/** A scoring rule that hit, as reported to the verdict. */
export interface RuleHit extends Hit {
  /** The rule's description, for the quarantine view. */
  description: string;
  /** The description in Vietnamese, when the rule has one (`description_vi`). */
  descriptionVi?: string;
  /** When present, the verdict is at least this category whatever the score. */
  category?: RuleCategory;
  /** Other evidence this statistical band needs to hold (see thresholds.corroboration). */
  corroboration?: number;
  /** False: a mark of bulk mail, scored but not evidence that corroborates the classifier. */
  corroborates?: false;
}

/** The kind of test a rule runs. */
export type RuleTestKind =
  'header' | 'body' | 'uri' | 'attachment' | 'auth' | 'bayes' | 'clamav' | 'finding' | 'meta';

/** A rule compiled once at load: its patterns built, its meta expression parsed. */
export interface CompiledRule {
  readonly id: string;
  readonly group: string;
  /** Effective score, after site overrides; always 0 for a helper. */
  readonly score: number;
  readonly source: { file: string; line: number };
  /** Undefined for helpers that give none. */
  readonly description: string | undefined;
  /** `description_vi`, when the rule file gives one. */
  readonly descriptionVi: string | undefined;
  readonly category: RuleCategory | undefined;
  /** On a `bayes` rule: other evidence a message needs to be held when it hits. */
  readonly corroboration: number | undefined;
  /** False for a mark of bulk mail (`corroborates: false`): scored, never corroboration. */
  readonly corroborates: boolean;
  /** A `__` rule: scores nothing, used only inside `meta`. */
  readonly helper: boolean;
  readonly kind: RuleTestKind;
  /** A string (detail shown to officers, possibly empty) when the rule matches, else false. */
  match(input: RuleInput): string | false;
}

/** The loaded, validated and compiled rules. */
export interface RuleSet {
  /** Enabled scoring and helper rules, in file order (files sorted by name). */
  readonly rules: readonly CompiledRule[];
  /** Scoring rules that hit, in file order, with each group's `max_score` applied. */
  evaluate(input: RuleInput): RuleHit[];
}
