import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig, type LoadedConfig } from '../config/load.js';
import { loadDirectory } from '../directory/directory.js';
import { prepareClamdDatabase } from '../scan/clamav-database.js';
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
import { evalScanners } from '../scan/eval/eval-scanners.js';
import { runHoldout, type HoldoutReport, type HoldoutSource } from '../scan/eval/holdout.js';
import { loadRules } from '../scan/rules/index.js';
import { ClamavScanner } from '../scan/scanners/clamav.js';
import { autolearnDir, bayesModelPath } from './learn.js';
import { clamdAnswers, startLocalClamd, type ClamdAddress, type LocalClamd } from './services.js';

export const EVAL_USAGE = `  mailshield eval --ham DIR... --spam DIR... [--phish DIR...] [--train-split]
                  [--train-fraction 0.5] [--seed 1] [--model] [--json] [--verdicts FILE]
                  [--clamd SOCKET|HOST:PORT|local | --no-clamd] [--holdout-source]
                  [--auth-from AUTHSERV-ID]
                                            offline detection figures over folders of mail
                                            (clamd from the config when it answers; local:
                                            start one on rules/clamav for the run);
                                            --holdout-source: each subfolder is a source,
                                            scored by a model learned on all the others;
                                            --auth-from: replay SPF/DKIM/DMARC from the
                                            Authentication-Results that server wrote
                                            (offline, nothing else runs them)`;

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

/** One line saying whether sender authentication took part (it needs DNS, eval has none). */
export function authLine(report: EvalReport): string {
  const a = report.auth;
  if (a.replayedFrom === null) {
    return 'sender authentication: not run (no DNS offline): SPF/DKIM/DMARC rules do not fire; --auth-from ID replays recorded results';
  }
  return `sender authentication: replayed from Authentication-Results of ${a.replayedFrom} on ${a.messages} messages; not run on the rest`;
}

/** One line saying whether clamd took part: figures without it are not the full stage. */
export function clamdLine(report: EvalReport): string {
  const c = report.clamd;
  const where = c.address === undefined ? '' : ` at ${c.address}`;
  if (c.status === 'off') return 'clamd: not used (--no-clamd); figures exclude clamd';
  if (c.status === 'unreachable') {
    return `clamd: NOT REACHABLE${where}; figures exclude clamd (start one, or --clamd local)`;
  }
  const problems =
    c.errors > 0 ? `; ${c.errors} failed and were scored without it (${c.firstError ?? ''})` : '';
  return `clamd: used${where}; scanned ${c.scanned}, too large ${c.skipped}${problems}`;
}

export function formatReport(report: EvalReport): string {
  const lines: string[] = [];
  lines.push(
    clamdLine(report),
    authLine(report),
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
  const categories = names.map((name) => {
    const byCategory = report.sets[name]?.byCategory ?? {};
    const parts = Object.entries(byCategory)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([category, n]) => `${category} ${n}`);
    return `${name}: ${parts.join(', ') || '-'}`;
  });
  lines.push(
    '',
    `Verdict categories: ${categories.join('; ')}`,
    '',
    `Scan cost per message: CPU ms parse ${report.cost.parse.toFixed(2)}, rules ${report.cost.rules.toFixed(2)}, bayes ${report.cost.bayes.toFixed(2)} (total ${report.cost.total.toFixed(2)}); ` +
      (report.clamd.status === 'used'
        ? `clamd ${report.cost.clamd.toFixed(2)} ms wall; all ${report.msPerMessage.toFixed(2)} ms`
        : 'clamd not measured'),
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

/**
 * Sources of a leave-one-source-out run: each folder given is a source, or, when it holds
 * subfolders, each subfolder is (so `--ham corpus/ham` makes one source per origin).
 */
function holdoutSources(values: Partial<Record<SetName, string[] | undefined>>): HoldoutSource[] {
  const out: HoldoutSource[] = [];
  for (const set of ['ham', 'spam', 'phish'] as const) {
    for (const dir of values[set] ?? []) {
      const subs = readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory() && !e.name.startsWith('.'))
        .map((e) => e.name)
        .sort();
      const dirs = subs.length > 0 ? subs.map((s) => join(dir, s)) : [dir];
      for (const d of dirs) out.push({ name: d, set, files: listMailFiles(d) });
    }
  }
  return out;
}

function holdoutJson(h: HoldoutReport): unknown {
  return h.folds.map((f) => ({
    source: f.source,
    set: f.set,
    trained: f.trained,
    clamd: f.report.clamd.status,
    ...Object.fromEntries(
      Object.entries(f.report.sets).map(([name, r]) => [
        name,
        { total: r.total, byAction: r.byAction, byCategory: r.byCategory, ruleHits: r.ruleHits },
      ]),
    ),
  }));
}

/** Per source: what was held or caught by a model that never saw it; held ham explained. */
export function formatHoldout(h: HoldoutReport): string {
  const lines: string[] = [];
  const first = h.folds[0]?.report;
  if (first !== undefined) lines.push(clamdLine(first), authLine(first), '');
  lines.push(
    '| set | source | learned ham/spam | total | deliver | tag | held | result (95% CI) |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | --- |',
  );
  const sums = new Map<SetName, { total: number; held: number; tag: number }>();
  const heldHam: string[] = [];
  for (const f of h.folds) {
    const r = f.report.sets[f.set];
    if (r === undefined) continue;
    const held = r.byAction.quarantine + r.byAction.reject;
    const s = sums.get(f.set) ?? { total: 0, held: 0, tag: 0 };
    s.total += r.total;
    s.held += held;
    s.tag += r.byAction.tag;
    sums.set(f.set, s);
    lines.push(
      `| ${f.set} | ${f.source} | ${f.trained.ham}/${f.trained.spam} | ${r.total} | ${r.byAction.deliver} | ${r.byAction.tag} | ${held} | ${headline(f.set, r)} |`,
    );
    if (f.set !== 'ham') continue;
    for (const v of r.verdicts ?? []) {
      if (v.action !== 'quarantine' && v.action !== 'reject') continue;
      const bayesScore = v.rules.reduce(
        (sum, rule, i) => (rule.startsWith('BAYES_') ? sum + (v.scores[i] ?? 0) : sum),
        0,
      );
      const share = v.score > 0 ? Math.max(0, bayesScore / v.score) : 0;
      const rules = v.rules.map((rule, i) => `${rule} ${v.scores[i] ?? 0}`).join(', ');
      heldHam.push(
        `- ${f.source}/${v.key.replace(/^\d+\//, '')}: score ${v.score}, Bayes ${v.bayes === undefined ? 'not judged' : v.bayes.toFixed(4)} (share ${(100 * share).toFixed(0)}%): ${rules}`,
      );
    }
  }
  lines.push(
    '',
    '| set | total | held | tagged | result (95% CI) |',
    '| --- | ---: | ---: | ---: | --- |',
  );
  for (const [set, s] of sums) {
    const word = set === 'ham' ? 'held' : 'caught';
    lines.push(
      `| ${set} | ${s.total} | ${s.held} | ${s.tag} | ${word} ${s.held} = ${pct(s.held, s.total)} ${interval(s.held, s.total)} |`,
    );
  }
  lines.push('', `Held ham (${heldHam.length}): the rules and the classifier's share of the score`);
  lines.push(...(heldHam.length > 0 ? heldHam : ['- none']));
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
      clamd: { type: 'string' },
      'no-clamd': { type: 'boolean', default: false },
      'holdout-source': { type: 'boolean', default: false },
      'auth-from': { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    process.stdout.write(`${EVAL_USAGE}\n`);
    return 0;
  }
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
  // The gateway's model: what was learned plus what it autolearned, when autolearn is on.
  const auto = cfg.detection.bayes.autolearn;
  const model = values.model
    ? new BayesStore(
        bayesModelPath(cfg),
        undefined,
        auto.enabled ? { dir: autolearnDir(cfg), retentionDays: auto.retentionDays } : undefined,
      ).model()
    : undefined;
  const total = Object.values(sets).reduce((n, s) => n + s.length, 0);
  const tty = process.stderr.isTTY && !values.json;
  const clamd = await findClamd(cfg, values.clamd, values['no-clamd'], directory.domains());
  if ('error' in clamd) {
    process.stderr.write(`mailshield eval: ${clamd.error}\n`);
    return 1;
  }
  if (clamd.status === 'unreachable') {
    process.stderr.write(
      `mailshield eval: clamd does not answer at ${clamd.address}: scoring WITHOUT clamd\n`,
    );
  }
  // What every run scores with: the site's rules, thresholds and limits, clamd as found.
  const authservId = values['auth-from'];
  const scan = {
    scanners: evalScanners(cfg, {
      rules,
      directory,
      ...(authservId === undefined ? {} : { authservId }),
    }),
    thresholds: cfg.thresholds,
    limits: cfg.limits,
    recipientDomain: directory.domains()[0] ?? 'agency.invalid',
    ...(clamd.scanner === undefined
      ? { clamdStatus: clamd.status === 'used' ? ('off' as const) : clamd.status }
      : { clamav: clamd.scanner }),
    ...(clamd.address === undefined ? {} : { clamdAddress: clamd.address }),
    clamdTimeoutMs: cfg.clamd.timeoutMs,
    ...(authservId === undefined ? {} : { authservId }),
  };
  if (values['holdout-source']) {
    const sources = holdoutSources(values);
    const holdout = await runHoldout({
      ...scan,
      sources,
      step: tty ? (what) => process.stderr.write(`${what}\n`) : undefined,
    }).finally(() => clamd.stop?.());
    if (values.verdicts !== undefined)
      writeFileSync(values.verdicts, JSON.stringify(holdout, null, 1));
    process.stdout.write(
      values.json ? `${JSON.stringify(holdoutJson(holdout), null, 2)}\n` : formatHoldout(holdout),
    );
    return 0;
  }
  const report = await runEval({
    ...scan,
    sets,
    trainFraction: fraction,
    seed: Number(values.seed),
    ...(model === undefined ? {} : { model }),
    keepVerdicts: values.verdicts !== undefined,
    progress: tty
      ? (done) => {
          if (done % 100 === 0 || done === total) process.stderr.write(`\r${done}/${total}`);
        }
      : undefined,
  }).finally(() => clamd.stop?.());
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
    out.clamd = report.clamd;
    out.auth = report.auth;
    out.trained = report.trained;
    process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  } else {
    process.stdout.write(formatReport(report));
  }
  return 0;
}

interface FoundClamd {
  status: 'used' | 'unreachable' | 'off';
  address?: string;
  scanner?: ClamavScanner;
  /** Stops a clamd started for this run. */
  stop?: () => void;
}

function addressText(addr: ClamdAddress): string {
  return 'socket' in addr ? addr.socket : `${addr.host}:${addr.port}`;
}

/** `/path/clamd.sock` or `host:port`; undefined when it is neither. */
export function parseClamdSpec(spec: string): ClamdAddress | undefined {
  if (spec.startsWith('/') || spec.startsWith('.')) return { socket: spec };
  const m = /^\[?([^\]]+?)\]?:(\d{1,5})$/.exec(spec);
  if (m === null) return undefined;
  const port = Number(m[2]);
  return port > 0 && port < 65536 ? { host: m[1] ?? '', port } : undefined;
}

/**
 * Which clamd eval uses. `--clamd` names one (or `local`: start one on rules/clamav with
 * agencies.pdb from the directory, for this run only) and must answer; without it the
 * config's clamd is used when it answers and reported unreachable when not, never
 * silently left out. `--no-clamd` leaves it out on purpose.
 */
async function findClamd(
  cfg: LoadedConfig,
  spec: string | undefined,
  off: boolean,
  domains: string[],
): Promise<FoundClamd | { error: string }> {
  if (off) return { status: 'off' };
  const scannerFor = (addr: ClamdAddress): ClamavScanner =>
    new ClamavScanner({
      socket: 'socket' in addr ? addr.socket : undefined,
      host: 'host' in addr ? addr.host : cfg.clamd.host,
      port: 'port' in addr ? addr.port : cfg.clamd.port,
      timeoutMs: cfg.clamd.timeoutMs,
      maxStreamBytes: cfg.limits.clamdMaxStreamBytes,
    });
  if (spec === 'local') {
    const dir = mkdtempSync(join(tmpdir(), 'mailshield-eval-clamd-'));
    let local: LocalClamd;
    try {
      local = await startLocalClamd({
        workDir: dir,
        signatureDir: prepareClamdDatabase({
          source: join(cfg.rules.dir, 'clamav'),
          target: join(dir, 'db'),
          domains,
        }),
        maxStreamBytes: cfg.limits.clamdMaxStreamBytes,
      });
    } catch (err) {
      rmSync(dir, { recursive: true, force: true });
      throw err;
    }
    return {
      status: 'used',
      address: `${local.socket} (started for this run)`,
      scanner: scannerFor({ socket: local.socket }),
      stop: () => {
        local.stop();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  }
  let addr: ClamdAddress;
  if (spec !== undefined) {
    const parsed = parseClamdSpec(spec);
    if (parsed === undefined) {
      return { error: `--clamd takes a socket path, host:port or local (got ${spec})` };
    }
    addr = parsed;
  } else {
    addr = cfg.clamd.socket
      ? { socket: cfg.clamd.socket }
      : { host: cfg.clamd.host, port: cfg.clamd.port };
  }
  const address = addressText(addr);
  if (!(await clamdAnswers(addr))) {
    if (spec !== undefined) return { error: `clamd does not answer at ${address}` };
    return { status: 'unreachable', address };
  }
  return { status: 'used', address, scanner: scannerFor(addr) };
}
