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
import {
  asciiHost,
  baseDomain,
  confusableLabel,
  isUnder,
  lookalikeOf,
  readableHost,
} from './lookalike.js';
import { urlHost } from './uris.js';
import { type MetaNode, parseMeta } from './meta.js';
import { compilePattern, type Pattern } from './pattern.js';
import type {
  AttachmentTestSpec,
  AuthTestSpec,
  BayesTestSpec,
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
): Pattern | undefined {
  const compiled = compilePattern(written);
  if (!('error' in compiled)) return compiled;
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

const HEADER_OPS =
  'match, in, not_in, exists, differs_from, same_as, names_address_of, name_shows_other_domain, lookalike, confusable';

function compileHeader(spec: HeaderTestSpec, ctx: CompileContext): RuleTest | undefined {
  const part = spec.part ?? 'raw';
  const all = spec.name.toUpperCase() === 'ALL';
  const fold = spec.fold ?? false;
  const ops = (
    [
      'match',
      'in',
      'not_in',
      'exists',
      'differs_from',
      'same_as',
      'names_address_of',
      'name_shows_other_domain',
      'lookalike',
      'confusable',
    ] as const
  ).filter((k) => spec[k] !== undefined);
  if (ops.length !== 1) {
    ctx.problem(
      ['header'],
      `a header test needs exactly one of ${HEADER_OPS} (has ${ops.length === 0 ? 'none' : ops.join(', ')})`,
    );
    return undefined;
  }
  if (
    (spec.differs_from !== undefined ||
      spec.lookalike !== undefined ||
      spec.confusable !== undefined) &&
    part !== 'domain'
  ) {
    ctx.problem(
      ['header', 'part'],
      `differs_from, lookalike and confusable look at domains: use part: domain`,
    );
    return undefined;
  }
  if (spec.same_as !== undefined && part !== 'address') {
    ctx.problem(['header', 'part'], `same_as compares addresses: use part: address`);
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
  if (spec.differs_from !== undefined) {
    const other = spec.differs_from;
    if (!isAddressHeader(other)) {
      ctx.problem(['header', 'differs_from'], `differs_from names From, Reply-To, To or Cc`);
      return undefined;
    }
    // Different organisations, not different hosts: mail.example.com replying to
    // example.com is the same sender.
    return ({ facts }) => {
      const theirs = facts
        .addresses(other, 'domain')
        .map((v) => v.text)
        .filter((d) => d !== '');
      if (theirs.length === 0) return false;
      const bases = new Set(theirs.map(baseDomain));
      return firstMatch(values(facts), (view) =>
        view.text === '' || bases.has(baseDomain(view.text))
          ? false
          : shortDetail(`${view.text} ≠ ${theirs[0] ?? ''}`),
      );
    };
  }
  if (spec.same_as !== undefined) {
    const other = spec.same_as;
    if (!isAddressHeader(other)) {
      ctx.problem(['header', 'same_as'], `same_as names From, Reply-To, To or Cc`);
      return undefined;
    }
    // Addresses compare without case: mailbox names are case-sensitive in theory only
    // (RFC 5321 §2.4), and forgers copy the recipient's address as they found it.
    return ({ facts }) => {
      const theirs = new Set(
        facts
          .addresses(other, 'address')
          .map((v) => v.text.toLowerCase())
          .filter((a) => a.includes('@')),
      );
      if (theirs.size === 0) return false;
      return firstMatch(values(facts), (view) =>
        theirs.has(view.text.toLowerCase()) ? shortDetail(view.text) : false,
      );
    };
  }
  if (spec.name_shows_other_domain === true) {
    if (part !== 'name' || !isAddressHeader(spec.name)) {
      ctx.problem(
        ['header', 'part'],
        `name_shows_other_domain reads display names: use part: name`,
      );
      return undefined;
    }
    // Each mailbox of the header on its own: its display name against its own address.
    return ({ facts }) => {
      const names = facts.addresses(spec.name, 'name');
      const domains = facts.addresses(spec.name, 'domain');
      for (let i = 0; i < names.length; i += 1) {
        const own = domains[i]?.text ?? '';
        if (own === '') continue;
        const shown = domainInName(names[i]?.text ?? '');
        if (shown !== undefined && baseDomain(shown) !== baseDomain(own))
          return shortDetail(`${shown} ≠ ${own}`);
      }
      return false;
    };
  }
  if (spec.names_address_of !== undefined) {
    const other = spec.names_address_of;
    if (!isAddressHeader(other)) {
      ctx.problem(
        ['header', 'names_address_of'],
        `names_address_of names From, Reply-To, To or Cc`,
      );
      return undefined;
    }
    return ({ facts }) => {
      const names = recipientNames(facts.addresses(other, 'address').map((v) => v.text));
      if (names.length === 0) return false;
      return firstMatch(values(facts), (view) => {
        const said = namedIn(view.text.toLowerCase(), names);
        return said === undefined ? false : shortDetail(said);
      });
    };
  }
  if (spec.lookalike !== undefined) {
    const entries = list(spec.lookalike, ['header', 'lookalike'], ctx);
    if (entries === undefined) return undefined;
    return ({ facts }) =>
      firstMatch(values(facts), (view) => {
        const imitated = view.text === '' ? undefined : lookalikeOf(view.text, entries);
        return imitated === undefined
          ? false
          : shortDetail(`${readableHost(asciiHost(view.text))} ~ ${imitated}`);
      });
  }
  if (spec.confusable === true) {
    return ({ facts }) =>
      firstMatch(values(facts), (view) => {
        const shown = view.text === '' ? undefined : confusableLabel(asciiHost(view.text));
        return shown === undefined
          ? false
          : shortDetail(`${asciiHost(view.text)} (reads ${shown})`);
      });
  }
  if (spec.match !== undefined) {
    const re = regex(spec.match, ['header', 'match'], ctx);
    if (re === undefined) return undefined;
    const raw = spec.raw ?? false;
    return ({ facts }) => firstMatch(values(facts), (view) => matchView(re, view, fold, raw));
  }
  const inList = spec.in !== undefined;
  const listName = (spec.in ?? spec.not_in) as string;
  const entries = list(listName, ['header', inList ? 'in' : 'not_in'], ctx);
  if (entries === undefined) return undefined;
  // A domain is in a list of domains when it or a parent domain is (mail.paypal.com under
  // paypal.com, a district's subdomain under the province's).
  const member =
    part === 'domain'
      ? (key: string): boolean => {
          for (let h = key; ;) {
            if (entries.has(h)) return true;
            const dot = h.indexOf('.');
            if (dot < 0) return false;
            h = h.slice(dot + 1);
          }
        }
      : (key: string): boolean => entries.has(key);
  // A header absent or empty has nothing to compare: neither `in` nor `not_in` matches.
  return ({ facts }) =>
    firstMatch(values(facts), (view) => {
      const key = listKey(fold ? view.folded : view.text);
      if (key === '' || member(key) !== inList) return false;
      return shortDetail(view.text);
    });
}

function compileBody(spec: BodyTestSpec, ctx: CompileContext): RuleTest | undefined {
  const re = regex(spec.match, ['body', 'match'], ctx);
  if (re === undefined) return undefined;
  const fold = spec.fold ?? false;
  const raw = spec.raw ?? false;
  const part = spec.part ?? 'any';
  return ({ facts }) => {
    const views =
      part === 'text'
        ? [facts.plain]
        : part === 'text_sent'
          ? facts.input.mail.plainTextPart === false
            ? []
            : [facts.plain]
          : part === 'html'
            ? [facts.html]
            : part === 'source'
              ? [facts.htmlSource]
              : [facts.plain, facts.html];
    return firstMatch(views, (view) => matchView(re, view, fold, raw));
  };
}

/**
 * Anchor text that is itself a web address: the whole text, optionally with a scheme and a
 * path. Anchor texts are capped at 200 characters, and the pattern has no nested repeat.
 */
const SHOWN_ADDRESS =
  /^(?:https?:\/\/)?(?:www\.)?([a-z0-9][a-z0-9.-]{0,200}\.[a-z]{2,24})(?:[/:?#]\S*)?$/i;

/** Distinct hosts compared with the lookalike list: each comparison costs an edit distance. */
const MAX_LOOKALIKE_HOSTS = 100;

/** The organisations (registrable domains) of an address header's addresses. */
function organisationsOf(facts: MessageFacts, header: string): Set<string> {
  return new Set(
    facts
      .addresses(header, 'domain')
      .map((v) => v.text)
      .filter((d) => d !== '')
      .map(baseDomain),
  );
}

function compileUri(spec: UriTestSpec, ctx: CompileContext): RuleTest | undefined {
  const ops = (
    ['match', 'in', 'lookalike', 'text_mismatch', 'confusable', 'differs_from'] as const
  ).filter((k) => spec[k] !== undefined);
  if (ops.length !== 1) {
    ctx.problem(
      ['uri'],
      `a uri test needs exactly one of match, in, lookalike, text_mismatch, confusable, differs_from (has ${ops.length === 0 ? 'none' : ops.join(', ')})`,
    );
    return undefined;
  }
  if (spec.differs_from !== undefined) {
    const other = spec.differs_from;
    if (!isAddressHeader(other)) {
      ctx.problem(['uri', 'differs_from'], `differs_from names From, Reply-To, To or Cc`);
      return undefined;
    }
    // By organisation, as for headers: www.example.com is the site of mail@example.com.
    return ({ facts }) => {
      const theirs = organisationsOf(facts, other);
      return firstMatch(facts.hosts, ({ url, host }) =>
        theirs.has(baseDomain(host)) ? false : shortDetail(url),
      );
    };
  }
  if (spec.text_mismatch === true) {
    const trackers =
      spec.except_in === undefined ? undefined : list(spec.except_in, ['uri', 'except_in'], ctx);
    if (spec.except_in !== undefined && trackers === undefined) return undefined;
    const tracked = (host: string): boolean => {
      if (trackers === undefined) return false;
      for (let h = host; ;) {
        if (trackers.has(h)) return true;
        const dot = h.indexOf('.');
        if (dot < 0) return false;
        h = h.slice(dot + 1);
      }
    };
    return ({ facts }) =>
      firstMatch(facts.anchors, ({ href, text }) => {
        const shown = SHOWN_ADDRESS.exec(text);
        if (shown === null || !/^https?:/i.test(href)) return false;
        const target = urlHost(href);
        const claimed = (shown[1] ?? '').toLowerCase();
        if (target === undefined || baseDomain(target) === baseDomain(claimed)) return false;
        if (isUnder(target, claimed) || tracked(target)) return false;
        return shortDetail(`${text} → ${target}`);
      });
  }
  if (spec.confusable === true) {
    return ({ facts }) =>
      firstMatch(facts.hosts, ({ url, host }) => {
        const shown = confusableLabel(host);
        return shown === undefined ? false : shortDetail(`${url} (reads ${shown})`);
      });
  }
  if (spec.in !== undefined) {
    const entries = list(spec.in, ['uri', 'in'], ctx);
    if (entries === undefined) return undefined;
    const member = (host: string): boolean => {
      for (let h = host; ;) {
        if (entries.has(h)) return true;
        const dot = h.indexOf('.');
        if (dot < 0) return false;
        h = h.slice(dot + 1);
      }
    };
    return ({ facts }) =>
      firstMatch(facts.hosts, ({ url, host }) => (member(host) ? shortDetail(url) : false));
  }
  if (spec.lookalike !== undefined) {
    const entries = list(spec.lookalike, ['uri', 'lookalike'], ctx);
    if (entries === undefined) return undefined;
    return ({ facts }) => {
      const seen = new Set<string>();
      return firstMatch(facts.hosts, ({ url, host }) => {
        if (seen.has(host) || seen.size >= MAX_LOOKALIKE_HOSTS) return false;
        seen.add(host);
        const imitated = lookalikeOf(host, entries);
        return imitated === undefined ? false : shortDetail(`${url} (~ ${imitated})`);
      });
    };
  }
  const re = regex(spec.match ?? '', ['uri', 'match'], ctx);
  if (re === undefined) return undefined;
  // `except`: the same link must not also match it (what a look-ahead would say, in the
  // linear-time subset patterns are written in).
  const except = spec.except === undefined ? undefined : regex(spec.except, ['uri', 'except'], ctx);
  if (spec.except !== undefined && except === undefined) return undefined;
  const hit = (value: string): boolean => re.test(value) && !(except?.test(value) ?? false);
  // `outside_of`: the same link must also lead to another organisation than this address
  // header's domain (a sign-in link to the sender's own site is the sender's business).
  const outside = spec.outside_of;
  if (outside !== undefined) {
    if (!isAddressHeader(outside)) {
      ctx.problem(['uri', 'outside_of'], `outside_of names From, Reply-To, To or Cc`);
      return undefined;
    }
    const onPart = (spec.part ?? 'url') === 'host';
    return ({ facts }) => {
      const theirs = organisationsOf(facts, outside);
      return firstMatch(facts.hosts, ({ url, host }) =>
        hit(onPart ? host : url) && !theirs.has(baseDomain(host)) ? shortDetail(url) : false,
      );
    };
  }
  // The detail is the whole URL either way: officers need to see where the link goes.
  if ((spec.part ?? 'url') === 'host') {
    return ({ facts }) =>
      firstMatch(facts.hosts, ({ url, host }) => (hit(host) ? shortDetail(url) : false));
  }
  return ({ facts }) => firstMatch(facts.urls, (url) => (hit(url) ? shortDetail(url) : false));
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
  if (spec.magic_mismatch === true) checks.push((a) => a.mismatch !== undefined);
  if (spec.encrypted === true) checks.push((a) => a.encrypted);
  if (spec.archive_unpacked_over !== undefined) {
    const over = spec.archive_unpacked_over;
    checks.push((a) => a.unpackedBytes > over);
  }
  if (spec.archive_ratio_over !== undefined) {
    const over = spec.archive_ratio_over;
    checks.push((a) => a.attachment.size > 0 && a.unpackedBytes / a.attachment.size > over);
  }
  if (spec.content !== undefined) {
    const re = regex(spec.content, ['attachment', 'content'], ctx);
    if (re === undefined) ok = false;
    else checks.push((a) => re.test(a.text));
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
      if (memberChecks.length === 0) {
        const real = spec.magic_mismatch === true ? a.mismatch : undefined;
        return real === undefined ? a.label : shortDetail(`${a.label} (really ${real})`);
      }
      const member = a.members.find((name) => memberChecks.every((check) => check(name)));
      return member === undefined ? false : shortDetail(`${a.label} > ${member}`);
    });
}

function compileAuth(spec: AuthTestSpec): RuleTest {
  const wanted = (['spf', 'dkim', 'dmarc', 'arc'] as const).flatMap((method) => {
    const results = spec[method];
    if (results === undefined) return [];
    return [{ method, results: new Set<string>(Array.isArray(results) ? results : [results]) }];
  });
  return ({ facts }) => {
    const auth = facts.input.auth;
    if (auth === undefined) return false;
    for (const { method, results } of wanted) {
      if (!results.has(auth[method])) return false;
    }
    return wanted.map(({ method }) => `${method}=${auth[method]}`).join(' ');
  };
}

function compileBayes(spec: BayesTestSpec): RuleTest {
  return ({ facts }) => {
    const p = facts.input.bayes;
    if (p === undefined) return false;
    const inBand = p >= spec.min && (p < spec.max || (spec.max === 1 && p === 1));
    return inBand ? `spam probability ${p.toFixed(4)}` : false;
  };
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
    case 'atleast': {
      const details: string[] = [];
      let count = 0;
      for (const arg of node.args) {
        const result = evaluateMeta(arg, scope);
        if (result === false) continue;
        count += 1;
        if (result !== '') details.push(result);
      }
      return count >= node.n ? shortDetail(details.join('; ')) : false;
    }
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
      test = spec.auth && compileAuth(spec.auth);
      break;
    case 'bayes':
      test = spec.bayes && compileBayes(spec.bayes);
      break;
    case 'clamav': {
      const re = spec.clamav && regex(spec.clamav.match, ['clamav', 'match'], ctx);
      const exceptSource = spec.clamav?.except;
      const except =
        exceptSource === undefined ? undefined : regex(exceptSource, ['clamav', 'except'], ctx);
      test =
        re &&
        (exceptSource === undefined || except !== undefined
          ? ({ facts }) =>
              firstMatch(facts.input.heuristics ?? [], (name) =>
                re.test(name) && !(except?.test(name) ?? false) ? name : false,
              )
          : undefined);
      break;
    }
    case 'finding': {
      const re = spec.finding && regex(spec.finding.match, ['finding', 'match'], ctx);
      test =
        re &&
        (({ facts }) =>
          firstMatch(facts.input.findings ?? [], (f) =>
            re.test(f.name) ? f.detail || f.name : false,
          ));
      break;
    }
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

/**
 * A mailbox name shorter than this is too often a word or an abbreviation ("ubnd",
 * "info", "tckh") to count as the recipient named in a text.
 */
const MIN_NAMED_LOCAL_PART = 5;

/** The addresses, and their local parts long enough to name someone, lower-cased. */
function recipientNames(addresses: string[]): string[] {
  const names = new Set<string>();
  for (const address of addresses) {
    const at = address.lastIndexOf('@');
    if (at <= 0) continue;
    const lower = address.toLowerCase();
    names.add(lower);
    const local = lower.slice(0, at);
    if (local.length >= MIN_NAMED_LOCAL_PART) names.add(local);
  }
  return [...names];
}

/** The first name of `names` that `text` holds as a whole token (not inside a longer word). */
function namedIn(text: string, names: string[]): string | undefined {
  for (const name of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const before = at === 0 ? '' : text.charAt(at - 1);
      const end = at + name.length;
      // A full stop ends a sentence ("news for hibody.") unless a name goes on after it.
      const after = text.charAt(end) === '.' ? text.charAt(end + 1) : text.charAt(end);
      if (!TOKEN_CHAR.test(before) && !TOKEN_CHAR.test(after)) return name;
    }
  }
  return undefined;
}

/** A character that continues a mailbox name: a letter, a digit, or one of `._-+`. */
const TOKEN_CHAR = /^[\p{L}\p{N}._+-]$/u;

/**
 * Top-level domains a display name is read as naming a site with ("ethereum.org Team",
 * "support@mail.coinbase.com", "lRS.GOV"): the common generic ones, and any two-letter
 * country code after a label of three letters or more (so "Dr.No" or "J.R." are names).
 */
const NAME_GENERIC_TLDS = new Set(
  'com net org info biz io co me app xyz top online site shop gov edu mil int'.split(' '),
);
const NAME_DOMAIN =
  /(?:^|[^a-z0-9.-])((?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,6}([a-z]{2,24}))(?=$|[^a-z0-9-])/g;

/** The first domain name written in a display name, lower-cased, or undefined. */
function domainInName(name: string): string | undefined {
  // A display name longer than this is no name a mail program shows: read its start only.
  const lower = name.slice(0, 256).toLowerCase();
  for (const m of lower.matchAll(NAME_DOMAIN)) {
    const host = m[1] ?? '';
    const tld = m[2] ?? '';
    const labels = host.split('.');
    const before = labels[labels.length - 2] ?? '';
    if (NAME_GENERIC_TLDS.has(tld) || (tld.length === 2 && before.length >= 3)) return host;
  }
  return undefined;
}
