import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { loadDirectory } from '../directory/directory.js';
import { BayesStore } from '../scan/bayes/model-file.js';
import { listMailFiles, type MailFile } from '../scan/eval/mail-files.js';
import {
  runEval,
  type EvalAction,
  type EvalReport,
  type SetName,
  type SetResult,
} from '../scan/eval/run-eval.js';
import { wilson } from '../scan/eval/wilson.js';
import { loadRules } from '../scan/rules/index.js';
import { bayesModelPath } from './learn.js';

export const EVAL_USAGE = `  mailshield eval --ham DIR... --spam DIR... [--phish DIR...] [--train-split]
                  [--train-fraction 0.5] [--seed 1] [--model] [--json] [--verdicts FILE]
                                            offline detection figures over folders of mail`;

const ACTIONS: EvalAction[] = ['deliver', 'tag', 'quarantine', 'reject'];

function pct(n: number, total: number): string {
  return total === 0 ? '-' : `${((100 * n) / total).toFixed(2)}%`;
}

function interval(n: number, total: number): string {
  const [lo, hi] = wilson(n, total);
  return `[${(100 * lo).toFixed(2)}–${(100 * hi).toFixed(2)}]`;
}

/** The figure that matters for a set: held ham, caught spam or phishing. */
function headline(name: SetName, r: SetResult): string {
  const held = r.byAction.quarantine + r.byAction.reject;
  if (name === 'ham') {
    const flagged = held + r.byAction.tag;
    return `held ${held} = ${pct(held, r.total)} ${interval(held, r.total)}; tagged or held ${pct(flagged, r.total)}`;
  }
  return `caught ${held} = ${pct(held, r.total)} ${interval(held, r.total)}; caught or tagged ${pct(held + r.byAction.tag, r.total)}`;
}

export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  lines.push(
    `Bayes: learned ${report.trained.ham} ham, ${report.trained.spam} spam; ${report.bayesReady ? 'scoring' : 'not scoring (too few learned)'}`,
    '',
    `| set | total | deliver | tag | quarantine | reject | result (95% CI) |`,
    `| --- | ---: | ---: | ---: | ---: | ---: | --- |`,
  );
  const names = Object.keys(report.sets) as SetName[];
  for (const name of names) {
    const r = report.sets[name];
    if (r === undefined) continue;
    const cells = ACTIONS.map((a) => `${r.byAction[a]} (${pct(r.byAction[a], r.total)})`);
    lines.push(`| ${name} | ${r.total} | ${cells.join(' | ')} | ${headline(name, r)} |`);
  }
  lines.push(
    '',
    `Scan cost, CPU ms per message: parse ${report.cost.parse.toFixed(2)}, rules ${report.cost.rules.toFixed(2)}, bayes ${report.cost.bayes.toFixed(2)}; total ${report.cost.total.toFixed(2)}`,
    '',
    'Rule hits per set:',
  );
  const ids = new Set<string>();
  for (const name of names)
    for (const id of Object.keys(report.sets[name]?.ruleHits ?? {})) ids.add(id);
  const header = `| rule | ${names.join(' | ')} |`;
  lines.push(header, `| --- |${names.map(() => ' ---: |').join('')}`);
  for (const id of [...ids].sort()) {
    const cells = names.map((n) => {
      const r = report.sets[n];
      const hits = r?.ruleHits[id] ?? 0;
      return `${hits} (${pct(hits, r?.total ?? 0)})`;
    });
    lines.push(`| ${id} | ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

function files(dirs: string[] | undefined): MailFile[] | undefined {
  if (dirs === undefined || dirs.length === 0) return undefined;
  // Keys carry the folder's position so that two folders with the same file names differ.
  return dirs.flatMap((dir, i) =>
    listMailFiles(dir).map((f) => ({ path: f.path, key: `${i}/${f.key}` })),
  );
}

export async function cmdEval(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      ham: { type: 'string', multiple: true },
      spam: { type: 'string', multiple: true },
      phish: { type: 'string', multiple: true },
      'train-split': { type: 'boolean', default: false },
      'train-fraction': { type: 'string' },
      seed: { type: 'string', default: '1' },
      model: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      verdicts: { type: 'string' },
    },
  });
  const sets: Partial<Record<SetName, MailFile[]>> = {};
  for (const name of ['ham', 'spam', 'phish'] as const) {
    const found = files(values[name]);
    if (found !== undefined) sets[name] = found;
  }
  if (Object.keys(sets).length === 0) {
    process.stderr.write(`mailshield eval: give at least one of --ham, --spam, --phish\n`);
    return 2;
  }
  const cfg = loadConfig();
  const directory = loadDirectory(cfg.agencies);
  const rules = loadRules(cfg.rules.dir, {
    overrides: cfg.rules.overrides,
    lists: { agency_domains: directory.domains() },
    scanChars: cfg.limits.ruleScanBytes,
  });
  // With the site's model (--model) everything is scored unless a split is asked for;
  // without, the classifier learns half of each set and scores the other half.
  const fraction =
    values['train-fraction'] !== undefined
      ? Number(values['train-fraction'])
      : values.model && !values['train-split']
        ? 0
        : 0.5;
  if (!(fraction >= 0 && fraction < 1)) {
    process.stderr.write('mailshield eval: --train-fraction must be in [0, 1)\n');
    return 2;
  }
  const model = values.model ? new BayesStore(bayesModelPath(cfg)).model() : undefined;
  const total = Object.values(sets).reduce((n, s) => n + s.length, 0);
  const tty = process.stderr.isTTY && !values.json;
  const report = await runEval({
    sets,
    rules,
    thresholds: cfg.thresholds,
    limits: cfg.limits,
    trainFraction: fraction,
    seed: Number(values.seed),
    ...(model === undefined ? {} : { model }),
    recipientDomain: directory.domains()[0] ?? 'agency.invalid',
    keepVerdicts: values.verdicts !== undefined,
    progress: tty
      ? (done) => {
          if (done % 100 === 0 || done === total) process.stderr.write(`\r${done}/${total}`);
        }
      : undefined,
  });
  if (tty) process.stderr.write('\n');
  if (values.verdicts !== undefined) {
    writeFileSync(values.verdicts, JSON.stringify(report.sets, null, 1));
  }
  if (values.json) {
    const out: Record<string, unknown> = {};
    for (const [name, r] of Object.entries(report.sets)) {
      out[name] = {
        total: r.total,
        byAction: r.byAction,
        byCategory: r.byCategory,
        ruleHits: r.ruleHits,
      };
    }
    out.msPerMessage = report.msPerMessage;
    out.cost = report.cost;
    out.trained = report.trained;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(formatReport(report));
  }
  return 0;
}
