import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { loadDirectory } from '../directory/directory.js';
import { agencyPdb } from '../scan/clamav-database.js';
import { checkRules } from '../scan/rules/index.js';
import { USAGE } from './usage.js';

/* Responsibility: `mailshield rules check|pdb`, the rule files and clamd database checked or made offline. */

/** `rules check [--dir DIR]` and `rules pdb [--out FILE]`. */
export function cmdRules(args: string[]): number {
  const [sub, ...rest] = args;
  if (sub === 'pdb') return cmdRulesPdb(rest);
  const { values } = parseArgs({ args: rest, options: { dir: { type: 'string' } } });
  if (sub !== 'check') {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const cfg = loadConfig();
  const dir = values.dir ?? cfg.rules.dir;
  const directory = loadDirectory(cfg.agencies);
  const problems = checkRules(dir, { lists: { agency_domains: directory.domains() } });
  for (const p of problems) process.stdout.write(`${p.file}:${p.line}: ${p.message}\n`);
  process.stdout.write(
    problems.length === 0 ? `rules in ${dir}: OK\n` : `${problems.length} problem(s)\n`,
  );
  return problems.length === 0 ? 0 : 1;
}

/** `rules pdb`: clamd's phishing database for the agency directory, to stdout or a file. */
function cmdRulesPdb(args: string[]): number {
  const { values } = parseArgs({ args, options: { out: { type: 'string' } } });
  const cfg = loadConfig();
  const text = agencyPdb(loadDirectory(cfg.agencies).domains());
  if (values.out === undefined) process.stdout.write(text);
  else writeFileSync(values.out, text);
  return 0;
}
