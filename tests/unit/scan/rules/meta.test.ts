import { describe, expect, it } from 'vitest';
import { MAX_META_DEPTH, metaIds, parseMeta } from '../../../../src/scan/rules/meta.js';
import { compilePattern, MAX_PATTERN_CHARS } from '../../../../src/scan/rules/pattern.js';

describe('parseMeta', () => {
  it('binds ! tighter than && and && tighter than ||', () => {
    expect(parseMeta('A || !B && C')).toEqual({
      op: 'or',
      args: [
        { op: 'id', id: 'A' },
        {
          op: 'and',
          args: [
            { op: 'not', arg: { op: 'id', id: 'B' } },
            { op: 'id', id: 'C' },
          ],
        },
      ],
    });
  });

  it('lists the ids an expression refers to', () => {
    const tree = parseMeta('__A && (__B || !C_D) && __A');
    expect('error' in tree ? tree : [...metaIds(tree)]).toEqual(['__A', '__B', 'C_D']);
  });

  it.each([
    ['A &&', 'expected a rule id before end of meta'],
    ['A B', "expected '&&' or '||' before 'B'"],
    ['(A || B', "expected ')' before end of meta"],
    ['A & B', "unexpected '& B'"],
    ['A and B', "expected '&&' or '||' before 'and'"],
  ])('refuses %j', (expr, message) => {
    expect(parseMeta(expr)).toEqual({ error: expect.stringContaining(message) as string });
  });

  it('refuses nesting deeper than the bound', () => {
    const deep = `${'('.repeat(MAX_META_DEPTH + 2)}A${')'.repeat(MAX_META_DEPTH + 2)}`;
    expect(parseMeta(deep)).toEqual({ error: expect.stringContaining('nested deeper') as string });
  });
});

describe('compilePattern', () => {
  it('compiles /source/flags, accented literals in NFC', () => {
    const re = compilePattern('/trúng/i'.normalize('NFD'));
    expect(!('error' in re) && re.test('TRÚNG')).toBe(true);
  });

  it.each([
    ['hello', 'must be written /regex/flags'],
    ['/a/g', "flag 'g' not allowed"],
    ['/a/ii', 'repeated regex flag'],
    ['/(a/', 'invalid regex'],
    [`/${'a'.repeat(MAX_PATTERN_CHARS + 1)}/`, 'longer than'],
  ])('refuses %j', (written, message) => {
    expect(compilePattern(written)).toEqual({ error: expect.stringContaining(message) as string });
  });
});
