import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compilePattern } from '../../../../src/scan/rules/pattern.js';
import { backtrackingProblem } from '../../../../src/scan/rules/regex-safety.js';

const ROOT = join(import.meta.dirname, '../../../..');

/** Every string under a `match`, `filename`, `content`... key of the shipped rule files. */
function shippedPatterns(): { where: string; pattern: string }[] {
  const found: { where: string; pattern: string }[] = [];
  const walk = (node: unknown, where: string): void => {
    if (typeof node === 'string') {
      if (/^\/.+\/[a-z]*$/s.test(node)) found.push({ where, pattern: node });
    } else if (Array.isArray(node)) {
      node.forEach((n, i) => walk(n, `${where}[${i}]`));
    } else if (node !== null && typeof node === 'object') {
      for (const [k, v] of Object.entries(node)) walk(v, `${where}.${k}`);
    }
  };
  const dir = join(ROOT, 'rules');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.yaml'))) {
    walk(parse(readFileSync(join(dir, file), 'utf8')), file);
  }
  return found;
}

describe('catastrophic backtracking, refused by construction', () => {
  it.each([
    ['(a+)+$'],
    ['(\\w+\\s?)*$'],
    ['(?:x+y){0,5}'],
    ['(a|aa)+b'],
    ['(?:ab{1,5})*c'],
    ['(?:a{0,200}){0,200}'],
  ])('refuses %s', (source) => {
    expect(backtrackingProblem(source)).toBeDefined();
    expect(compilePattern(`/${source}/`)).toHaveProperty('error');
  });

  it.each([
    ['\\bnext\\s+of\\s+kin\\b'],
    ['(?:\\w{1,20}\\s{1,5}){0,2}cancer'],
    ['[^.!?\\n]{0,40}'],
    ['(?:ab)+'],
    ['(?:a|b)?c'],
    ['[(+*]+x'],
  ])('accepts %s', (source) => {
    expect(backtrackingProblem(source)).toBeUndefined();
  });

  it('finds every shipped pattern free of the refused shapes', () => {
    const patterns = shippedPatterns();
    expect(patterns.length).toBeGreaterThan(50);
    const risky = patterns
      .map(({ where, pattern }) => ({
        where,
        problem: backtrackingProblem(pattern.slice(1, pattern.lastIndexOf('/'))),
      }))
      .filter((p) => p.problem !== undefined);
    expect(risky).toEqual([]);
  });
});
