import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { MailshieldError } from '../../../../src/core/errors.js';
import { checkRules, loadRules, type RuleProblem } from '../../../../src/scan/rules/index.js';
import { ruleDir } from './make-input.js';

const shippedRules = fileURLToPath(new URL('../../../../rules', import.meta.url));

let cleanup: (() => void) | undefined;
afterEach(() => {
  cleanup?.();
  cleanup = undefined;
});

/** Problems for rule files written to a temp dir, with file names relative to it. */
function problemsFor(
  files: Record<string, string>,
  options: Parameters<typeof checkRules>[1] = {},
): RuleProblem[] {
  const { dir, remove } = ruleDir(files);
  cleanup = remove;
  return checkRules(dir, options).map((p) => ({ ...p, file: basename(p.file) }));
}

const HEAD = 'group: broken\ndescription: Broken rules\nrules:\n';

describe('checkRules on the shipped rule set', () => {
  it('finds no problem in rules/', () => {
    expect(checkRules(shippedRules)).toEqual([]);
  });

  it('loads the shipped rules with scoring rules and helpers', () => {
    const set = loadRules(shippedRules, { scanChars: 1024 * 1024 });
    const ids = set.rules.map((r) => r.id);
    expect(ids).toContain('GTUBE');
    expect(ids).toContain('ATT_ZIP_EXECUTABLE');
    expect(ids).toContain('__VI_TAX_REFUND');
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('checkRules names the file and line of', () => {
  it('an invalid regex, at the line of its pattern', () => {
    const problems = problemsFor({
      'broken.yaml':
        HEAD +
        [
          '  - id: GOOD_RULE', // 4
          '    description: Fine',
          '    score: 1',
          "    body: { match: '/hello/i' }",
          '  - id: BAD_REGEX', // 8
          '    description: Unclosed group',
          '    score: 1',
          '    body:',
          "      match: '/(unclosed/i'", // 12
        ].join('\n'),
    });
    expect(problems).toEqual([
      {
        file: 'broken.yaml',
        line: 12,
        message: expect.stringContaining('invalid regex') as string,
      },
    ]);
    expect(problems[0]?.message).toContain('BAD_REGEX');
  });

  it('a duplicate id, in the second file, pointing to the first', () => {
    const rule = "  - id: SAME_ID\n    description: X\n    score: 1\n    body: { match: '/x/' }\n";
    const problems = problemsFor({
      'first.yaml': 'group: first\ndescription: A\nrules:\n' + rule,
      'second.yaml': 'group: second\ndescription: B\nrules:\n' + rule,
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'second.yaml', line: 4 });
    expect(problems[0]?.message).toMatch(/duplicate id.*first\.yaml:4/);
  });

  it('a scoring rule without description', () => {
    const problems = problemsFor({
      'broken.yaml':
        HEAD +
        "  - id: GOOD_RULE\n    description: Fine\n    score: 1\n    body: { match: '/a/' }\n" +
        "  - id: NO_DESCRIPTION\n    score: 1\n    body: { match: '/b/' }\n",
    });
    expect(problems).toEqual([
      {
        file: 'broken.yaml',
        line: 8,
        message: expect.stringMatching(/NO_DESCRIPTION.*description/) as string,
      },
    ]);
  });

  it('a helper with a score, at the score line', () => {
    const problems = problemsFor({
      'broken.yaml': HEAD + "  - id: __HELPER\n    score: 2\n    body: { match: '/a/' }\n",
    });
    expect(problems).toEqual([
      {
        file: 'broken.yaml',
        line: 5,
        message: expect.stringMatching(/__HELPER.*scores nothing/) as string,
      },
    ]);
  });

  it('a meta referring to an unknown id', () => {
    const problems = problemsFor({
      'broken.yaml':
        HEAD +
        "  - id: __KNOWN\n    body: { match: '/a/' }\n" +
        '  - id: USES_UNKNOWN\n    description: X\n    score: 1\n    meta: __KNOWN && !NOT_A_RULE\n',
    });
    expect(problems).toEqual([
      {
        file: 'broken.yaml',
        line: 9,
        message: expect.stringContaining("unknown rule 'NOT_A_RULE'") as string,
      },
    ]);
  });

  it('a meta cycle, at the meta line of the rule where it starts', () => {
    const problems = problemsFor({
      'broken.yaml':
        HEAD +
        "  - id: __LEAF\n    body: { match: '/a/' }\n" + // 4
        '  - id: __LOOP_A\n    meta: __LEAF && __LOOP_B\n' + // 6, meta on 7
        '  - id: __LOOP_B\n    meta: __LOOP_A || __LEAF\n' + // 8
        '  - id: SELF\n    description: X\n    score: 1\n    meta: SELF\n', // 10, meta on 13
    });
    expect(problems).toEqual([
      {
        file: 'broken.yaml',
        line: 7,
        message: expect.stringContaining('meta cycle __LOOP_A -> __LOOP_B -> __LOOP_A') as string,
      },
      {
        file: 'broken.yaml',
        line: 13,
        message: expect.stringContaining('meta cycle SELF -> SELF') as string,
      },
    ]);
  });

  it('unknown keys, several tests, no test, unknown list, unknown magic and bad ids', () => {
    const problems = problemsFor({
      'broken.yaml':
        HEAD +
        "  - id: TYPO\n    description: X\n    scroe: 1\n    body: { match: '/a/' }\n" + // 4, scroe 6
        "  - id: TWO_TESTS\n    description: X\n    score: 1\n    body: { match: '/a/' }\n    uri: { match: '/b/' }\n" + // 8
        '  - id: NO_TEST\n    description: X\n    score: 1\n' + // 13
        '  - id: NO_LIST\n    description: X\n    score: 1\n    header: { name: From, part: domain, in: nowhere }\n' + // 16, header 19
        '  - id: BAD_MAGIC\n    description: X\n    score: 1\n    attachment: { magic: [exe] }\n' + // 20, 23
        "  - id: lower_case\n    description: X\n    score: 1\n    body: { match: '/a/' }\n", // 24
    });
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [6, expect.stringContaining("unknown key 'scroe'")],
      [8, expect.stringContaining('several tests (body, uri)')],
      [13, expect.stringContaining('no test')],
      [19, expect.stringContaining("unknown list 'nowhere'")],
      [23, expect.stringContaining("unknown magic 'exe'")],
      [24, expect.stringContaining('UPPER_SNAKE')],
    ]);
  });

  it('address comparisons on the wrong part or against a header without addresses', () => {
    const problems = problemsFor({
      'broken.yaml':
        HEAD +
        '  - id: SAME_DOMAIN\n    description: X\n    score: 1\n    header: { name: From, part: domain, same_as: To }\n' + // 4, header 7
        '  - id: CONFUSABLE_NAME\n    description: X\n    score: 1\n    header: { name: From, part: name, confusable: true }\n' + // 8, 11
        '  - id: LINK_VS_SUBJECT\n    description: X\n    score: 1\n    uri: { differs_from: Subject }\n', // 12, 15
    });
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [7, expect.stringContaining('same_as compares addresses')],
      [11, expect.stringContaining('confusable look at domains')],
      [15, expect.stringContaining('differs_from names From, Reply-To, To or Cc')],
    ]);
  });

  it('a Vietnamese description on a helper, which officers never see', () => {
    const problems = problemsFor({
      'broken.yaml':
        HEAD +
        "  - id: __HELPER\n    description_vi: 'Không hiển thị'\n    body: { match: '/a/' }\n", // 4, 5
    });
    expect(problems.map((p) => [p.line, p.message])).toEqual([
      [5, expect.stringContaining('remove description_vi')],
    ]);
  });

  it('YAML syntax errors and a group that does not match its file name', () => {
    const problems = problemsFor({
      'bad-yaml.yaml':
        'group: bad-yaml\ndescription: X\nrules:\n  - id: A\n    body: { match: "/a/"\n',
      'misnamed.yaml': 'group: other\ndescription: X\nrules: []\n',
    });
    expect(problems[0]).toMatchObject({
      file: 'bad-yaml.yaml',
      message: expect.stringMatching(/^YAML/) as string,
    });
    expect(problems.at(-1)).toEqual({
      file: 'misnamed.yaml',
      line: 1,
      message: "group 'other' must match the file name 'misnamed'",
    });
  });

  it('overrides of unknown rules and scores given to helpers', () => {
    const problems = problemsFor(
      { 'ok.yaml': "group: ok\ndescription: X\nrules:\n  - id: __H\n    body: { match: '/a/' }\n" },
      { overrides: { NOT_THERE: { enabled: false }, __H: { score: 3 } } },
    );
    expect(problems.map((p) => p.message)).toEqual([
      expect.stringContaining('NOT_THERE: override for an unknown rule'),
      expect.stringContaining('__H: a helper'),
    ]);
  });
});

describe('loadRules', () => {
  it('throws MS_ERR_RULES listing every problem as file:line: message', () => {
    const { dir, remove } = ruleDir({
      'broken.yaml': HEAD + "  - id: __HELPER\n    score: 2\n    body: { match: '/(/' }\n",
    });
    cleanup = remove;
    let error: unknown;
    try {
      loadRules(dir, { scanChars: 1000 });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(MailshieldError);
    expect((error as MailshieldError).code).toBe('MS_ERR_RULES');
    expect((error as MailshieldError).message).toMatch(/broken\.yaml:5: rule __HELPER: a helper/);
    expect((error as MailshieldError).message).toMatch(
      /broken\.yaml:6: rule __HELPER: invalid regex/,
    );
  });

  it('accepts an auth test and a list supplied only at run time', () => {
    const { dir, remove } = ruleDir({
      'auth.yaml':
        'group: auth\ndescription: X\nrules:\n' +
        '  - id: AUTH_DMARC_PASS\n    description: DMARC pass\n    score: -1\n    auth: { dmarc: pass }\n' +
        '  - id: FROM_AGENCY\n    description: X\n    score: 1\n    header: { name: From, part: domain, in: agency_domains }\n',
    });
    cleanup = remove;
    expect(checkRules(dir)).toHaveLength(1);
    expect(checkRules(dir, { lists: { agency_domains: ['songhong.gov.vn'] } })).toEqual([]);
  });
});
