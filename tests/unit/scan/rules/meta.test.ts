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

  it('reads `N of (…)` as at least N of the listed expressions', () => {
    expect(parseMeta('2 of (__A, __B && C, !D) || E')).toEqual({
      op: 'or',
      args: [
        {
          op: 'atleast',
          n: 2,
          args: [
            { op: 'id', id: '__A' },
            {
              op: 'and',
              args: [
                { op: 'id', id: '__B' },
                { op: 'id', id: 'C' },
              ],
            },
            { op: 'not', arg: { op: 'id', id: 'D' } },
          ],
        },
        { op: 'id', id: 'E' },
      ],
    });
    const tree = parseMeta('3 of (__A, __B, __C)');
    expect('error' in tree ? tree : [...metaIds(tree)]).toEqual(['__A', '__B', '__C']);
  });

  it.each([
    ['2 (A, B)', "expected 'of' after 2"],
    ['2 of A, B', "expected '(' after '2 of'"],
    ['3 of (A, B)', "'3 of' needs 1 to 2"],
    ['0 of (A, B)', "'0 of' needs 1 to 2"],
    ['2 of (A, B', "expected ')' before end of meta"],
  ])('refuses the count %j', (expr, message) => {
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
