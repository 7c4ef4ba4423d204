import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { compilePattern, type Pattern } from '../../../../src/scan/rules/pattern.js';
import { loadRules } from '../../../../src/scan/rules/index.js';

const ROOT = join(import.meta.dirname, '../../../..');

function compiled(written: string): Pattern {
  const p = compilePattern(written);
  if ('error' in p) throw new Error(p.error);
  return p;
}

describe('rule patterns run on a linear-time engine (RE2)', () => {
  // Each of these takes V8's backtracking engine seconds to hours on this input; on RE2 it
  // is linear, so the test finishing at all is the proof (no timing is asserted).
  it.each([['a+a+a+b'], ['(a+)+$'], ['^(\\w+\\s?)*$'], ['(a|aa)+b'], ['(?:a{0,20}){0,20}b']])(
    'runs %s over 50,000 characters of hostile text',
    (source) => {
      const re = compiled(`/${source}/`);
      expect(re.test(`${'a'.repeat(50_000)}!`)).toBe(false);
    },
  );

  it('refuses look-around and back-references, with the reason', () => {
    for (const source of ['a(?=b)', 'a(?!b)', '(?<=a)b', '(a)\\1']) {
      expect(compilePattern(`/${source}/`)).toEqual({
        error: expect.stringContaining('linear-time engine') as string,
      });
    }
  });

  it('matches like JavaScript on what rules use: case, Unicode classes, NFC literals, exec index', () => {
    expect(compiled('/trúng/i'.normalize('NFD')).test('TRÚNG THƯỞNG')).toBe(true);
    expect(compiled('/\\p{L}\\u200B\\p{L}/u').test('tr\u200Búng')).toBe(true);
    const m = compiled('/th\\S{0,5}ng/i').exec('trúng thưởng');
    expect(m?.index).toBe(6);
    expect(m?.[0]).toBe('thưởng');
  });

  it('compiles every shipped rule file', () => {
    const directory = parse(readFileSync(join(ROOT, 'seeds/agencies.yaml'), 'utf8')) as {
      agencies: { domains: string[] }[];
    };
    expect(
      readdirSync(join(ROOT, 'rules')).filter((f) => f.endsWith('.yaml')).length,
    ).toBeGreaterThan(5);
    const rules = loadRules(join(ROOT, 'rules'), {
      lists: { agency_domains: directory.agencies.flatMap((a) => a.domains) },
      scanChars: 100_000,
    });
    expect(rules.rules.length).toBeGreaterThan(100);
  });
});
