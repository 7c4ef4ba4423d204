/**
 * `meta` expressions: a boolean over rule ids with `&&`, `||`, `!` and parentheses,
 * parsed once at load into a tree. `!` binds tightest, then `&&`, then `||`.
 * `N of (A, B, C)` is true when at least N of its comma-separated expressions are (as
 * SpamAssassin's `(__A + __B + __C) >= N`): many weak phrases of one genre counted.
 */

export type MetaNode =
  | { op: 'id'; id: string }
  | { op: 'not'; arg: MetaNode }
  | { op: 'and' | 'or'; args: MetaNode[] }
  | { op: 'atleast'; n: number; args: MetaNode[] };

/**
 * Longest expression and deepest nesting accepted. Real metas combine a handful of rules;
 * the bounds keep a mistaken or generated expression from overflowing the parser's stack.
 */
export const MAX_META_CHARS = 2000;
export const MAX_META_DEPTH = 32;

type Token =
  | { kind: 'id'; id: string }
  | { kind: 'number'; n: number }
  | { kind: '&&' | '||' | '!' | '(' | ')' | ',' };

const TOKEN = /([A-Za-z_][A-Za-z0-9_]*)|([0-9]{1,3})|(&&|\|\||!|\(|\)|,)/y;
const SPACE = /\s/;

function tokenize(expr: string): Token[] | { error: string } {
  const tokens: Token[] = [];
  let at = 0;
  for (;;) {
    while (at < expr.length && SPACE.test(expr.charAt(at))) at += 1;
    if (at >= expr.length) return tokens;
    TOKEN.lastIndex = at;
    const m = TOKEN.exec(expr);
    if (m === null) return { error: `unexpected '${expr.slice(at, at + 10)}' in meta` };
    if (m[1] !== undefined) tokens.push({ kind: 'id', id: m[1] });
    else if (m[2] !== undefined) tokens.push({ kind: 'number', n: Number(m[2]) });
    else tokens.push({ kind: m[3] as '&&' | '||' | '!' | '(' | ')' | ',' });
    at = TOKEN.lastIndex;
  }
}

class MetaSyntaxError extends Error {}

/** Parses a meta expression; returns the tree or the reason it is malformed. */
export function parseMeta(expr: string): MetaNode | { error: string } {
  if (expr.length > MAX_META_CHARS) {
    return { error: `meta longer than ${MAX_META_CHARS} characters` };
  }
  const tokens = tokenize(expr);
  if ('error' in tokens) return tokens;
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const describe = (t: Token | undefined): string =>
    t === undefined
      ? 'end of meta'
      : t.kind === 'id'
        ? `'${t.id}'`
        : t.kind === 'number'
          ? `'${t.n}'`
          : `'${t.kind}'`;

  const parseOr = (depth: number): MetaNode => {
    const args = [parseAnd(depth)];
    while (peek()?.kind === '||') {
      pos += 1;
      args.push(parseAnd(depth));
    }
    return args.length === 1 && args[0] ? args[0] : { op: 'or', args };
  };
  const parseAnd = (depth: number): MetaNode => {
    const args = [parseUnary(depth)];
    while (peek()?.kind === '&&') {
      pos += 1;
      args.push(parseUnary(depth));
    }
    return args.length === 1 && args[0] ? args[0] : { op: 'and', args };
  };
  const parseUnary = (depth: number): MetaNode => {
    if (depth > MAX_META_DEPTH)
      throw new MetaSyntaxError(`meta nested deeper than ${MAX_META_DEPTH}`);
    const token = peek();
    pos += 1;
    if (token?.kind === 'id') return { op: 'id', id: token.id };
    if (token?.kind === '!') return { op: 'not', arg: parseUnary(depth + 1) };
    if (token?.kind === 'number') return parseAtLeast(token.n, depth);
    if (token?.kind === '(') {
      const inner = parseOr(depth + 1);
      if (peek()?.kind !== ')')
        throw new MetaSyntaxError(`expected ')' before ${describe(peek())}`);
      pos += 1;
      return inner;
    }
    throw new MetaSyntaxError(`expected a rule id before ${describe(token)}`);
  };

  // `N of (A, B, C)`: the number is read, `of (` must follow, then expressions and commas.
  const parseAtLeast = (n: number, depth: number): MetaNode => {
    const of = peek();
    if (of?.kind !== 'id' || of.id !== 'of')
      throw new MetaSyntaxError(`expected 'of' after ${n}, before ${describe(of)}`);
    pos += 1;
    if (peek()?.kind !== '(') throw new MetaSyntaxError(`expected '(' after '${n} of'`);
    pos += 1;
    const args = [parseOr(depth + 1)];
    while (peek()?.kind === ',') {
      pos += 1;
      args.push(parseOr(depth + 1));
    }
    if (peek()?.kind !== ')') throw new MetaSyntaxError(`expected ')' before ${describe(peek())}`);
    pos += 1;
    if (n < 1 || n > args.length)
      throw new MetaSyntaxError(`'${n} of' needs 1 to ${args.length} (it lists ${args.length})`);
    return { op: 'atleast', n, args };
  };

  try {
    const tree = parseOr(0);
    if (pos < tokens.length) {
      return { error: `expected '&&' or '||' before ${describe(tokens[pos])}` };
    }
    return tree;
  } catch (err) {
    if (err instanceof MetaSyntaxError) return { error: err.message };
    throw err;
  }
}

/** Every rule id a meta tree refers to. */
export function metaIds(node: MetaNode, into: Set<string> = new Set()): Set<string> {
  if (node.op === 'id') into.add(node.id);
  else if (node.op === 'not') metaIds(node.arg, into);
  else for (const arg of node.args) metaIds(arg, into);
  return into;
}
