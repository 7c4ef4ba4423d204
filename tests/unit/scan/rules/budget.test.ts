import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { pino } from 'pino';
import { loadRules, type RuleSet } from '../../../../src/scan/rules/index.js';
import { RulesScanner, RULES_BUDGET_REASON } from '../../../../src/scan/scanners/rules.js';
import { decide } from '../../../../src/verdict/decide.js';
import type { ScanContext } from '../../../../src/scan/types.js';
import type { Logger } from '../../../../src/core/logger.js';
import { makeInput, ruleDir } from './make-input.js';

/**
 * A rule set made slow on purpose: 120 body rules that each read a megabyte of text to
 * the end without a match (RE2: linear, but a megabyte each), then, last in file order, a
 * policy rule that hits. The text costs every rule a full pass, so the set takes far more
 * than the budgets below on any machine.
 */
const SLOW = Array.from(
  { length: 120 },
  (_, i) => `  - id: SLOW_${i}
    description: Slow wording rule ${i}
    score: 1
    body: { match: '/[a-e]{2}\\w{0,20}[x-z]${String(i).padStart(3, '0')}q/' }`,
).join('\n');

const FILES = {
  'slow.yaml': `group: slow\ndescription: Slow rules\nrules:\n${SLOW}\n`,
  'tail.yaml': `group: tail
description: A rule that holds by itself
rules:
  - id: POLICY_WORD
    description: Banned word
    category: policy
    score: 0
    body: { match: '/forbiddenword/' }
`,
};

const thresholds = { tag: 4, quarantine: 7, reject: 15 };
let dir: string;
let remove: () => void;
let rules: RuleSet;

beforeAll(() => {
  ({ dir, remove } = ruleDir(FILES));
  rules = loadRules(dir, { scanChars: 2 * 1024 * 1024, lists: {} });
});
afterAll(() => remove());

/** A megabyte of letters that no slow rule matches (no digits at all). */
function bigText(extra = ''): string {
  const line = 'abcde fghij klmno pqrst uvw abcde xyz abcde '.repeat(2) + '\n';
  return line.repeat(Math.ceil(1_048_576 / line.length)) + extra;
}

interface Logged {
  obj: Record<string, unknown>;
}

function context(text: string, logged: Logged[]): ScanContext {
  const input = makeInput({ text });
  const log = pino(
    { level: 'warn' },
    { write: (s: string) => logged.push({ obj: JSON.parse(s) as Record<string, unknown> }) },
  ) as unknown as Logger;
  return {
    id: 'm1',
    envelope: input.envelope,
    raw: () => Readable.from([]),
    size: text.length,
    mail: input.mail,
    log,
    signal: new AbortController().signal,
  };
}

async function verdictOf(scanner: RulesScanner, text: string, logged: Logged[] = []) {
  const ctx = context(text, logged);
  const result = await scanner.scan(ctx);
  const hits = result.status === 'skip' ? [] : result.hits;
  return decide({
    hits,
    viruses: [],
    unscannable: ctx.unscannable ?? [],
    mustTag: ctx.tagReasons ?? [],
    thresholds,
  });
}

describe('rules: a per-message time budget', () => {
  it('stops after the budget, lists the rules it skipped, and keeps what ran', () => {
    const input = makeInput({ text: bigText() });
    const r = rules.evaluateWithin(input, 20);
    expect(r.skipped.length).toBeGreaterThan(0);
    expect(r.skipped.every((id) => id.startsWith('SLOW_'))).toBe(true);
    expect(r.elapsedMs).toBeGreaterThanOrEqual(20);
    // Without a budget every rule runs: the same message then skips nothing.
    const all = rules.evaluateWithin(makeInput({ text: bigText() }), Infinity);
    expect(all.skipped).toEqual([]);
    expect(all.elapsedMs).toBeGreaterThan(r.elapsedMs);
  });

  it('always runs the rules that hold by themselves, even with the budget spent', () => {
    const r = rules.evaluateWithin(makeInput({ text: bigText('forbiddenword\n') }), 0);
    expect(r.hits.map((h) => h.rule)).toEqual(['POLICY_WORD']);
    expect(r.skipped).toHaveLength(120);
  });

  it('never passes the message as clean: tagged, logged and counted', async () => {
    let counted = 0;
    const logged: Logged[] = [];
    const scanner = new RulesScanner(rules, { budgetMs: 20, onOverrun: () => counted++ });
    const v = await verdictOf(scanner, bigText(), logged);
    expect(v).toMatchObject({ category: 'policy', action: 'tag' });
    expect(v.reason).toContain(RULES_BUDGET_REASON);
    expect(counted).toBe(1);
    expect(logged.map((l) => l.obj)).toEqual([
      expect.objectContaining({ event: 'scan.rules-overrun', budgetMs: 20 }),
    ]);
    const { ran, skipped } = logged[0]!.obj as { ran: number; skipped: number };
    expect(ran + skipped).toBe(121);
    expect(skipped).toBeGreaterThan(0);
    // The control: the same message with time enough is clean.
    const unbounded = await verdictOf(new RulesScanner(rules), bigText());
    expect(unbounded).toMatchObject({ category: 'clean', action: 'deliver' });
  });

  it('holds it as policy when the site chose hold', async () => {
    const scanner = new RulesScanner(rules, { budgetMs: 20, overrun: 'hold' });
    const v = await verdictOf(scanner, bigText());
    expect(v).toMatchObject({ category: 'policy', action: 'quarantine' });
    expect(v.reason).toContain(RULES_BUDGET_REASON);
  });

  it('changes nothing for a message that fits the budget', async () => {
    let counted = 0;
    const scanner = new RulesScanner(rules, { budgetMs: 60_000, onOverrun: () => counted++ });
    const v = await verdictOf(scanner, 'short text\n');
    expect(v).toMatchObject({ category: 'clean', action: 'deliver' });
    expect(counted).toBe(0);
  });
});
