import { randomBytes } from 'node:crypto';
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Verdict } from '../../verdict/decide.js';
import type { AuthResults } from '../types.js';
import type { BayesModel } from './classifier.js';

/**
 * Autolearn, as SpamAssassin does it: the deployment's own mail teaches the classifier
 * where the verdict leaves no doubt, so a new site's model learns its Vietnamese letters
 * without anyone marking them. Bounded and reversible:
 *
 * - only clear cases: ham that no rule scored and whose sender authenticated (SPF, DKIM or
 *   DMARC pass: an unauthenticated sender could otherwise teach the model its spam is
 *   ham); spam that the rules alone, without the classifier, score at `spamRulesScore`;
 * - at most `maxPerDay` messages of each class per day and process;
 * - kept apart from the learned model, one file per day and process under `dir`, merged
 *   into the model when it is read, dropped after `retentionDays`, and removed with
 *   `mailshield learn --forget-auto [--since YYYY-MM-DD]` (officers' marks and
 *   `mailshield learn` live in the main model file and are never touched by it).
 */

export interface AutolearnOptions {
  dir: string;
  maxPerDay: number;
  retentionDays: number;
  /** Non-classifier rule score from which a held message is learned as spam. */
  spamRulesScore: number;
}

/** One day's autolearned counts of one process, as stored. */
interface AutoFile {
  version: 1;
  day: string;
  nham: number;
  nspam: number;
  tokens: Record<string, [number, number]>;
}

const STATISTICAL_GROUP = 'bayes';

/** Which class a scanned message teaches, or undefined when it is not a clear case. */
export function autolearnClass(
  verdict: Verdict,
  auth: AuthResults | undefined,
  spamRulesScore: number,
): 'ham' | 'spam' | undefined {
  const rules = verdict.hits.filter((h) => h.group !== STATISTICAL_GROUP);
  const rulesScore = rules.reduce((sum, h) => sum + h.score, 0);
  if (verdict.viruses.length > 0 || verdict.category === 'malware') return undefined;
  if (verdict.category === 'policy') return undefined;
  if (verdict.action === 'quarantine' && rulesScore >= spamRulesScore) return 'spam';
  const authenticated =
    auth !== undefined && (auth.dmarc === 'pass' || auth.dkim === 'pass' || auth.spf === 'pass');
  if (
    verdict.action === 'deliver' &&
    authenticated &&
    rules.every((h) => h.score <= 0) &&
    rulesScore <= 0
  ) {
    return 'ham';
  }
  return undefined;
}

/** Day in UTC as YYYY-MM-DD. */
function dayOf(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/**
 * Collects one process's autolearned messages in memory and writes them to its day file
 * (atomically, by rename) every `flushEvery` messages and on {@link flush}. Losing the
 * last unflushed few on a crash costs nothing but their lesson.
 */
export class AutolearnWriter {
  private readonly file = `${process.pid}-${randomBytes(4).toString('hex')}`;
  private day = '';
  private data: AutoFile | undefined;
  private pending = 0;

  constructor(
    private readonly opts: AutolearnOptions,
    private readonly flushEvery = 20,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** Adds a message's tokens; false when today's bound for its class is reached. */
  add(tokens: readonly string[], cls: 'ham' | 'spam'): boolean {
    const day = dayOf(this.now());
    if (day !== this.day) {
      this.flush();
      this.day = day;
      this.data = { version: 1, day, nham: 0, nspam: 0, tokens: {} };
    }
    const data = this.data as AutoFile;
    if ((cls === 'ham' ? data.nham : data.nspam) >= this.opts.maxPerDay) return false;
    if (cls === 'ham') data.nham += 1;
    else data.nspam += 1;
    const at = cls === 'ham' ? 0 : 1;
    for (const token of new Set(tokens)) {
      const c = (data.tokens[token] ??= [0, 0]);
      c[at] += 1;
    }
    this.pending += 1;
    if (this.pending >= this.flushEvery) this.flush();
    return true;
  }

  flush(): void {
    if (this.data === undefined || this.pending === 0) return;
    mkdirSync(this.opts.dir, { recursive: true });
    const path = join(this.opts.dir, `${this.data.day}.${this.file}.json`);
    writeFileSync(`${path}.tmp`, JSON.stringify(this.data));
    renameSync(`${path}.tmp`, path);
    this.pending = 0;
  }
}

const DAY_FILE = /^(\d{4}-\d{2}-\d{2})\.[\w-]+\.json$/;

/** Day files under `dir` within the retention, oldest first; older ones are removed. */
function dayFiles(dir: string, retentionDays: number, now: Date): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const oldest = dayOf(new Date(now.getTime() - retentionDays * 86_400_000));
  const keep: string[] = [];
  for (const name of names.sort()) {
    const day = DAY_FILE.exec(name)?.[1];
    if (day === undefined) continue;
    if (day < oldest) rmSync(join(dir, name), { force: true });
    else keep.push(name);
  }
  return keep;
}

/** A signature of the day files (names, sizes, times): the model is re-merged when it changes. */
export function autolearnSignature(dir: string, retentionDays: number, now = new Date()): string {
  return dayFiles(dir, retentionDays, now)
    .map((name) => {
      try {
        const st = statSync(join(dir, name));
        return `${name}:${st.size}:${st.mtimeMs}`;
      } catch {
        return name;
      }
    })
    .join('|');
}

/** Adds every kept day file's counts to `model`; returns how many messages were added. */
export function mergeAutolearned(
  model: BayesModel,
  dir: string,
  retentionDays: number,
  now = new Date(),
): { ham: number; spam: number } {
  const added = { ham: 0, spam: 0 };
  for (const name of dayFiles(dir, retentionDays, now)) {
    let data: AutoFile;
    try {
      data = JSON.parse(readFileSync(join(dir, name), 'utf8')) as AutoFile;
    } catch {
      continue; // a half-written or damaged day file is skipped, never fatal
    }
    if (data.version !== 1) continue;
    model.nham += data.nham;
    model.nspam += data.nspam;
    added.ham += data.nham;
    added.spam += data.nspam;
    for (const [token, [ham, spam]] of Object.entries(data.tokens)) {
      const c = model.counts.get(token);
      if (c === undefined) model.counts.set(token, { ham, spam });
      else {
        c.ham += ham;
        c.spam += spam;
      }
    }
  }
  return added;
}

/** Removes the autolearned day files (from `since`, YYYY-MM-DD, when given); returns how many. */
export function forgetAutolearned(dir: string, since?: string): number {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const day = DAY_FILE.exec(name)?.[1];
    if (day === undefined || (since !== undefined && day < since)) continue;
    rmSync(join(dir, name), { force: true });
    removed += 1;
  }
  return removed;
}
