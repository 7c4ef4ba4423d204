import {
  type AttachmentFacts,
  extensionOf,
  isAddressHeader,
  matchView,
  type MessageFacts,
  shortDetail,
  type TextView,
} from './facts.js';
import { listKey, type Lists } from './lists.js';
import { type MetaNode, parseMeta } from './meta.js';
import { compilePattern } from './pattern.js';
import type {
  AttachmentTestSpec,
  BodyTestSpec,
  HeaderTestSpec,
  RuleSpec,
  UriTestSpec,
} from './schema.js';
import type { RuleTestKind } from './types.js';

/** What a test sees while one message is evaluated. */
export interface EvalScope {
  readonly facts: MessageFacts;
  /** Result of another rule on the same message (false for unknown or disabled rules). */
  ruleResult(id: string): string | false;
}

/** A compiled test: a detail string when it matches, else false. */
export type RuleTest = (scope: EvalScope) => string | false;

/** Where compile problems go: a path inside the rule (e.g. `['body', 'match']`) and a reason. */
export type ReportProblem = (path: readonly (string | number)[], message: string) => void;

interface CompileContext {
  lists: Lists;
  problem: ReportProblem;
}

/** The compiled test, or undefined after reporting why it cannot be compiled. */
export interface CompiledTest {
  kind: RuleTestKind;
  test: RuleTest;
  /** Present for meta rules: the parsed expression, checked for unknown ids and cycles later. */
  meta?: MetaNode;
}

function regex(
  written: string,
  path: readonly (string | number)[],
  ctx: CompileContext,
): RegExp | undefined {
  const compiled = compilePattern(written);
  if (compiled instanceof RegExp) return compiled;
  ctx.problem(path, compiled.error);
  return undefined;
}

function list(
  name: string,
  path: readonly (string | number)[],
  ctx: CompileContext,
): Set<string> | undefined {
  const found = ctx.lists.get(name);
  if (found === undefined) {
    ctx.problem(
      path,
      `unknown list '${name}' (no lists/${name}.txt and none supplied at run time)`,
    );
  }
  return found;
}

function firstMatch<T>(items: readonly T[], test: (item: T) => string | false): string | false {
  for (const item of items) {
    const result = test(item);
    if (result !== false) return result;
  }
  return false;
}

function compileHeader(spec: HeaderTestSpec, ctx: CompileContext): RuleTest | undefined {
  const part = spec.part ?? 'raw';
  const all = spec.name.toUpperCase() === 'ALL';
  const fold = spec.fold ?? false;
  const ops = (['match', 'in', 'not_in', 'exists'] as const).filter((k) => spec[k] !== undefined);
  if (ops.length !== 1) {
    ctx.problem(
      ['header'],
      `a header test needs exactly one of match, in, not_in, exists (has ${ops.length === 0 ? 'none' : ops.join(', ')})`,
    );
    return undefined;
  }
  if (part !== 'raw' && !isAddressHeader(spec.name)) {
    ctx.problem(['header', 'part'], `part '${part}' applies only to From, Reply-To, To and Cc`);
    return undefined;
  }
  const values = (facts: MessageFacts): TextView[] => {
    if (part !== 'raw') return facts.addresses(spec.name, part);
    return all ? [facts.allHeaders] : facts.header(spec.name);
  };
  if (spec.exists !== undefined) {
    const wanted = spec.exists;
    return ({ facts }) => {
      const present = all
        ? facts.input.mail.headers.length > 0
        : facts.header(spec.name).length > 0;
      if (present !== wanted) return false;
      return wanted
        ? shortDetail(`${spec.name}: ${facts.header(spec.name)[0]?.text ?? ''}`)
        : `no ${spec.name} header`;
    };
  }
  if (spec.match !== undefined) {
    const re = regex(spec.match, ['header', 'match'], ctx);
    if (re === undefined) return undefined;
    return ({ facts }) => firstMatch(values(facts), (view) => matchView(re, view, fold));
  }
  const inList = spec.in !== undefined;
  const listName = (spec.in ?? spec.not_in) as string;
  const entries = list(listName, ['header', inList ? 'in' : 'not_in'], ctx);
  if (entries === undefined) return undefined;
  // A header absent or empty has nothing to compare: neither `in` nor `not_in` matches.
  return ({ facts }) =>
    firstMatch(values(facts), (view) => {
      const key = listKey(fold ? view.folded : view.text);
      if (key === '' || entries.has(key) !== inList) return false;
      return shortDetail(view.text);
    });
}

function compileBody(spec: BodyTestSpec, ctx: CompileContext): RuleTest | undefined {
  const re = regex(spec.match, ['body', 'match'], ctx);
  if (re === undefined) return undefined;
  const fold = spec.fold ?? false;
  const part = spec.part ?? 'any';
  return ({ facts }) => {
    const views =
      part === 'text' ? [facts.plain] : part === 'html' ? [facts.html] : [facts.plain, facts.html];
    return firstMatch(views, (view) => matchView(re, view, fold));
  };
}

function compileUri(spec: UriTestSpec, ctx: CompileContext): RuleTest | undefined {
  const re = regex(spec.match, ['uri', 'match'], ctx);
  if (re === undefined) return undefined;
  // The detail is the whole URL either way: officers need to see where the link goes.
  if ((spec.part ?? 'url') === 'host') {
    return ({ facts }) =>
      firstMatch(facts.hosts, ({ url, host }) => (re.test(host) ? shortDetail(url) : false));
  }
  return ({ facts }) => firstMatch(facts.urls, (url) => (re.test(url) ? shortDetail(url) : false));
}

function compileAttachment(spec: AttachmentTestSpec, ctx: CompileContext): RuleTest | undefined {
  const keys = Object.keys(spec);
  if (keys.length === 0) {
    ctx.problem(
      ['attachment'],
      'an attachment test needs at least one of filename, content_type, magic, filename_ext_in, archive_filename, archive_ext_in',
    );
    return undefined;
  }
  const checks: ((a: AttachmentFacts) => boolean)[] = [];
  let ok = true;
  if (spec.filename !== undefined) {
    const re = regex(spec.filename, ['attachment', 'filename'], ctx);
    if (re === undefined) ok = false;
    else checks.push((a) => a.filename !== undefined && re.test(a.filename));
  }
  if (spec.content_type !== undefined) {
    const re = regex(spec.content_type, ['attachment', 'content_type'], ctx);
    if (re === undefined) ok = false;
    else checks.push((a) => re.test(a.attachment.contentType));
  }
  if (spec.magic !== undefined) {
    const wanted = spec.magic;
    checks.push((a) => wanted.some((name) => a.magic.has(name)));
  }
  if (spec.filename_ext_in !== undefined) {
    const entries = list(spec.filename_ext_in, ['attachment', 'filename_ext_in'], ctx);
    if (entries === undefined) ok = false;
    else checks.push((a) => a.extension !== undefined && entries.has(a.extension));
  }
  // Archive keys must hold for the same member, reported as "archive.zip > member".
  const memberChecks: ((name: string) => boolean)[] = [];
  if (spec.archive_filename !== undefined) {
    const re = regex(spec.archive_filename, ['attachment', 'archive_filename'], ctx);
    if (re === undefined) ok = false;
    else memberChecks.push((name) => re.test(name));
  }
  if (spec.archive_ext_in !== undefined) {
    const entries = list(spec.archive_ext_in, ['attachment', 'archive_ext_in'], ctx);
    if (entries === undefined) ok = false;
    else
      memberChecks.push((name) => {
        const ext = extensionOf(name);
        return ext !== undefined && entries.has(ext);
      });
  }
  if (!ok) return undefined;
  return ({ facts }) =>
    firstMatch(facts.attachments, (a) => {
      if (!checks.every((check) => check(a))) return false;
      if (memberChecks.length === 0) return a.label;
      const member = a.members.find((name) => memberChecks.every((check) => check(name)));
      return member === undefined ? false : shortDetail(`${a.label} > ${member}`);
    });
}

function evaluateMeta(node: MetaNode, scope: EvalScope): string | false {
  switch (node.op) {
    case 'id':
      return scope.ruleResult(node.id);
    case 'not':
      return evaluateMeta(node.arg, scope) === false ? '' : false;
    case 'and': {
      const details: string[] = [];
      for (const arg of node.args) {
        const result = evaluateMeta(arg, scope);
        if (result === false) return false;
        if (result !== '') details.push(result);
      }
      return shortDetail(details.join('; '));
    }
    case 'or':
      return firstMatch(node.args, (arg) => evaluateMeta(arg, scope));
  }
}

/**
 * Compiles the one test of a validated rule. Problems (bad regex, unknown list, malformed
 * meta) are reported through `ctx.problem`, and undefined is returned.
 */
export function compileTest(
  spec: RuleSpec,
  kind: RuleTestKind,
  lists: Lists,
  problem: ReportProblem,
): CompiledTest | undefined {
  const ctx: CompileContext = { lists, problem };
  let test: RuleTest | undefined;
  switch (kind) {
    case 'header':
      test = spec.header && compileHeader(spec.header, ctx);
      break;
    case 'body':
      test = spec.body && compileBody(spec.body, ctx);
      break;
    case 'uri':
      test = spec.uri && compileUri(spec.uri, ctx);
      break;
    case 'attachment':
      test = spec.attachment && compileAttachment(spec.attachment, ctx);
      break;
    case 'auth':
      // Sender authentication results arrive with the detection issue; until then never matches.
      test = () => false;
      break;
    case 'meta': {
      const tree = parseMeta(spec.meta ?? '');
      if ('error' in tree) {
        problem(['meta'], tree.error);
        return undefined;
      }
      return { kind, meta: tree, test: (scope) => evaluateMeta(tree, scope) };
    }
  }
  return test === undefined ? undefined : { kind, test };
}
