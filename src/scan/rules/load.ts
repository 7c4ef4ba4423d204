import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type Document, isMap, isNode, isScalar, isSeq, LineCounter, parseDocument } from 'yaml';
import type { ZodIssue } from 'zod';
import { defaultLimits } from '../../core/limits.js';
import { errorMessage, MailshieldError } from '../../core/errors.js';
import { compileTest } from './compile.js';
import { RuleEngine, type RuleRecord } from './evaluate.js';
import { mergeLists, readLists } from './lists.js';
import { type MetaNode, metaIds } from './meta.js';
import { overrideSchema, ruleFileSchema, ruleSchema, TEST_KEYS } from './schema.js';
import type { LoadOptions, RuleProblem, RuleSet } from './types.js';

type Path = readonly (string | number)[];

/** Where problems in overrides are reported: they come from the config, not a rule file. */
const OVERRIDES_SOURCE = 'rules.overrides';

/** A parsed rule file, for turning paths inside it into line numbers. */
class RuleFile {
  constructor(
    readonly file: string,
    private readonly doc: Document,
    private readonly lines: LineCounter,
  ) {}

  /** 1-based line of the node at `path`, or of its nearest existing ancestor. */
  line(path: Path): number {
    for (let n = path.length; n >= 0; n -= 1) {
      const node = n === 0 ? this.doc.contents : this.doc.getIn(path.slice(0, n), true);
      if (isNode(node) && node.range) return this.lines.linePos(node.range[0]).line;
    }
    return 1;
  }

  /** 1-based line of the key `key` in the mapping at `path`. */
  keyLine(path: Path, key: string): number {
    const node = path.length === 0 ? this.doc.contents : this.doc.getIn(path, true);
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key) && pair.key.value === key && pair.key.range) {
          return this.lines.linePos(pair.key.range[0]).line;
        }
      }
    }
    return this.line(path);
  }
}

/** A rule that passed validation and compiled, before overrides are applied. */
interface Draft {
  record: RuleRecord;
  file: RuleFile;
  path: Path;
  meta: MetaNode | undefined;
}

interface Build {
  problems: RuleProblem[];
  records: RuleRecord[];
  caps: Map<string, number>;
}

function issueProblems(
  file: RuleFile,
  base: Path,
  issues: readonly ZodIssue[],
  prefix: string,
  problems: RuleProblem[],
): void {
  for (const issue of issues) {
    const path = [...base, ...issue.path];
    const where = issue.path.join('.');
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        problems.push({
          file: file.file,
          line: file.keyLine(path, key),
          message: `${prefix}unknown key '${where === '' ? key : `${where}.${key}`}'`,
        });
      }
    } else if (issue.code === 'invalid_type' && issue.received === 'undefined') {
      problems.push({
        file: file.file,
        line: file.line(path),
        message: `${prefix}missing '${where}'`,
      });
    } else {
      problems.push({
        file: file.file,
        line: file.line(path),
        message: `${prefix}${where === '' ? '' : `${where}: `}${issue.message}`,
      });
    }
  }
}

/** Validates and compiles every file; records are complete only when there is no problem. */
function build(dir: string, options: LoadOptions): Build {
  const problems: RuleProblem[] = [];
  const caps = new Map<string, number>();
  let entries: string[];
  try {
    entries = readdirSync(dir);
  } catch (err) {
    problems.push({
      file: dir,
      line: 0,
      message: `cannot read rule directory: ${errorMessage(err)}`,
    });
    return { problems, records: [], caps };
  }
  const fileNames = entries.filter((f) => /\.ya?ml$/.test(f)).sort();
  if (fileNames.length === 0) {
    problems.push({ file: dir, line: 0, message: 'no rule files (*.yaml)' });
  }
  const lists = readLists(join(dir, 'lists'), problems);
  mergeLists(lists, options.lists);

  /** Every id written in a rule, valid or not, so one bad rule does not cascade. */
  const ids = new Map<string, { file: string; line: number }>();
  const groups = new Map<string, string>();
  const drafts: Draft[] = [];

  for (const fileName of fileNames) {
    const path = join(dir, fileName);
    let source: string;
    try {
      source = readFileSync(path, 'utf8');
    } catch (err) {
      problems.push({ file: path, line: 0, message: `cannot read: ${errorMessage(err)}` });
      continue;
    }
    const lines = new LineCounter();
    const doc = parseDocument(source, {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
    });
    if (doc.errors.length > 0) {
      for (const error of doc.errors) {
        const message = error.message.split('\n')[0] ?? error.message;
        problems.push({
          file: path,
          line: lines.linePos(error.pos[0]).line,
          message: `YAML: ${message}`,
        });
      }
      continue;
    }
    const file = new RuleFile(path, doc, lines);
    let top: unknown;
    try {
      top = doc.toJS();
    } catch (err) {
      problems.push({ file: path, line: 1, message: `YAML: ${errorMessage(err)}` });
      continue;
    }
    const header = ruleFileSchema.safeParse(top);
    if (!header.success) issueProblems(file, [], header.error.issues, '', problems);
    let group = fileName.replace(/\.ya?ml$/, '');
    if (header.success) {
      if (header.data.group !== group) {
        problems.push({
          file: path,
          line: file.line(['group']),
          message: `group '${header.data.group}' must match the file name '${group}'`,
        });
      }
      group = header.data.group;
      const other = groups.get(group);
      if (other !== undefined) {
        problems.push({
          file: path,
          line: file.line(['group']),
          message: `group '${group}' is also ${other}`,
        });
      }
      groups.set(group, path);
      if (header.data.max_score !== undefined) caps.set(group, header.data.max_score);
    }
    const rulesNode = doc.getIn(['rules'], true);
    if (!isSeq(rulesNode)) continue;

    rulesNode.items.forEach((node, index) => {
      const base: Path = ['rules', index];
      const line = file.line(base);
      if (!isMap(node)) {
        problems.push({
          file: path,
          line,
          message: 'a rule must be a mapping (id, description, score, test)',
        });
        return;
      }
      const raw: unknown = node.toJS(doc);
      const rawId =
        raw !== null && typeof raw === 'object' && 'id' in raw && typeof raw.id === 'string'
          ? raw.id
          : undefined;
      const prefix = rawId === undefined ? '' : `rule ${rawId}: `;
      if (rawId !== undefined) {
        const first = ids.get(rawId);
        if (first !== undefined) {
          problems.push({
            file: path,
            line: file.line([...base, 'id']),
            message: `${prefix}duplicate id, first defined at ${first.file}:${first.line}`,
          });
          return;
        }
        ids.set(rawId, { file: path, line });
      }
      const parsed = ruleSchema.safeParse(raw);
      if (!parsed.success) {
        issueProblems(file, base, parsed.error.issues, prefix, problems);
        return;
      }
      const spec = parsed.data;
      const helper = spec.id.startsWith('__');
      const kinds = TEST_KEYS.filter((key) => spec[key] !== undefined);
      const kind = kinds[0];
      if (kind === undefined || kinds.length > 1) {
        problems.push({
          file: path,
          line,
          message:
            kinds.length === 0
              ? `${prefix}no test: a rule has one of ${TEST_KEYS.join(', ')}`
              : `${prefix}several tests (${kinds.join(', ')}): a rule has exactly one`,
        });
        return;
      }
      let valid = true;
      const problem = (at: Path, message: string): void => {
        problems.push({ file: path, line: file.line([...base, ...at]), message: prefix + message });
        valid = false;
      };
      if (helper) {
        if (spec.score !== undefined) {
          problem(['score'], 'a helper (id starting with __) scores nothing: remove its score');
        }
        if (spec.category !== undefined)
          problem(['category'], 'a helper (id starting with __) has no category');
      } else {
        if (spec.description === undefined)
          problem([], 'a scoring rule needs a description officers can read');
        if (spec.score === undefined) problem([], 'a scoring rule needs a score');
      }
      if (spec.corroboration !== undefined && (helper || spec.bayes === undefined)) {
        problem(['corroboration'], 'corroboration is set on scoring bayes rules only');
      }
      if (spec.corroborates !== undefined && (helper || spec.bayes !== undefined)) {
        problem(['corroborates'], 'corroborates is set on scoring rules other than bayes only');
      }
      if (helper && spec.description_vi !== undefined) {
        problem(
          ['description_vi'],
          'a helper (id starting with __) is never shown: remove description_vi',
        );
      }
      const compiled = compileTest(spec, kind, lists, problem);
      if (compiled === undefined || !valid) return;
      drafts.push({
        file,
        path: base,
        meta: compiled.meta,
        record: {
          id: spec.id,
          group,
          score: helper ? 0 : (spec.score ?? 0),
          source: { file: path, line },
          description: spec.description,
          descriptionVi: spec.description_vi,
          category: spec.category,
          corroboration: spec.corroboration,
          corroborates: spec.corroborates !== false,
          helper,
          kind: compiled.kind,
          test: compiled.test,
        },
      });
    });
  }

  checkMetas(drafts, ids, problems);
  const records = applyOverrides(drafts, ids, options.overrides ?? {}, problems);
  problems.sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
  return { problems, records, caps };
}

/** Unknown ids and cycles in meta expressions. */
function checkMetas(
  drafts: readonly Draft[],
  ids: ReadonlyMap<string, unknown>,
  problems: RuleProblem[],
): void {
  const metas = new Map<string, Draft & { meta: MetaNode }>();
  for (const draft of drafts) {
    if (draft.meta === undefined) continue;
    metas.set(draft.record.id, { ...draft, meta: draft.meta });
    for (const id of metaIds(draft.meta)) {
      if (!ids.has(id)) {
        problems.push({
          file: draft.file.file,
          line: draft.file.line([...draft.path, 'meta']),
          message: `rule ${draft.record.id}: meta refers to unknown rule '${id}'`,
        });
      }
    }
  }
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (id: string): void => {
    state.set(id, 'visiting');
    stack.push(id);
    const draft = metas.get(id);
    for (const next of draft ? metaIds(draft.meta) : []) {
      const target = metas.get(next);
      if (target === undefined) continue;
      if (state.get(next) === 'visiting') {
        const cycle = [...stack.slice(stack.indexOf(next)), next];
        problems.push({
          file: target.file.file,
          line: target.file.line([...target.path, 'meta']),
          message: `rule ${next}: meta cycle ${cycle.join(' -> ')}`,
        });
      } else if (!state.has(next)) {
        visit(next);
      }
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const id of metas.keys()) if (!state.has(id)) visit(id);
}

/** Site overrides: new scores, disabled rules. Disabled rules are left out entirely. */
function applyOverrides(
  drafts: readonly Draft[],
  ids: ReadonlyMap<string, unknown>,
  overrides: NonNullable<LoadOptions['overrides']>,
  problems: RuleProblem[],
): RuleRecord[] {
  for (const [id, override] of Object.entries(overrides)) {
    const parsed = overrideSchema.safeParse(override);
    const report = (message: string): void => {
      problems.push({ file: OVERRIDES_SOURCE, line: 0, message: `${id}: ${message}` });
    };
    if (!parsed.success) {
      report(
        parsed.error.issues.map((i) => `${i.path.join('.') || 'value'}: ${i.message}`).join('; '),
      );
    } else if (!ids.has(id)) {
      report('override for an unknown rule');
    } else if (id.startsWith('__') && parsed.data.score !== undefined) {
      report('a helper (id starting with __) scores nothing: it cannot be given a score');
    }
  }
  const records: RuleRecord[] = [];
  for (const { record } of drafts) {
    const override = Object.hasOwn(overrides, record.id) ? overrides[record.id] : undefined;
    if (override?.enabled === false) continue;
    records.push(
      override?.score === undefined || record.helper
        ? record
        : { ...record, score: override.score },
    );
  }
  return records;
}

/** `file:line: message`, the form `mailshield rules check` prints. */
export function formatProblem(problem: RuleProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/**
 * Every problem in the rule files of `dir` (and in the overrides and lists given), each
 * with its file and line. An empty list means `loadRules` will succeed with these options.
 */
export function checkRules(dir: string, options: Partial<LoadOptions> = {}): RuleProblem[] {
  return build(dir, { ...options, scanChars: options.scanChars ?? defaultLimits.ruleScanBytes })
    .problems;
}

/**
 * Loads, validates and compiles the rules in `dir` once, for the life of the process.
 * @throws MailshieldError `MS_ERR_RULES` listing every problem as `file:line: message` lines.
 */
export function loadRules(dir: string, options: LoadOptions): RuleSet {
  if (!Number.isInteger(options.scanChars) || options.scanChars <= 0) {
    throw new MailshieldError(
      'MS_ERR_RULES',
      `scanChars must be a positive integer, got ${options.scanChars}`,
    );
  }
  const { problems, records, caps } = build(dir, options);
  if (problems.length > 0) {
    throw new MailshieldError(
      'MS_ERR_RULES',
      `${problems.length} problem(s) in the rules at ${dir}:\n${problems.map(formatProblem).join('\n')}`,
    );
  }
  return new RuleEngine(records, caps, options.scanChars);
}
