import { createReadStream, statSync } from 'node:fs';
import type { Envelope } from '../../core/envelope.js';
import { errorMessage } from '../../core/errors.js';
import type { Limits } from '../../core/limits.js';
import { createLogger } from '../../core/logger.js';
import type { Thresholds } from '../../verdict/decide.js';
import { BayesModel, type BayesOptions } from '../bayes/classifier.js';
import { tokenize } from '../bayes/tokenize.js';
import { parseMessage } from '../parse.js';
import { scanMessage } from '../scan-message.js';
import type { ParsedMessage, ScanContext, ScanResult, Scanner } from '../types.js';
import type { MailFile } from './mail-files.js';
import { inTrainingHalf } from './split.js';

/** The sets eval knows; `phish` is learned as spam by the classifier. */
export type SetName = 'ham' | 'spam' | 'phish';

/** Actions counted: `reject` is a quarantine whose score reaches the reject threshold. */
export type EvalAction = 'deliver' | 'tag' | 'quarantine' | 'reject';

export interface SetResult {
  total: number;
  byAction: Record<EvalAction, number>;
  /** Verdict categories (clean, spam, phishing, malware, policy). */
  byCategory: Record<string, number>;
  /** Scoring rule id -> messages of the set it hit. */
  ruleHits: Record<string, number>;
  /** Files scored, with what they got; only with `keepVerdicts`. */
  verdicts?: EvalVerdict[];
}

/** One scored file, kept with `keepVerdicts`. */
export interface EvalVerdict {
  key: string;
  action: EvalAction;
  score: number;
  rules: string[];
  /** Each hit's score, in `rules` order. */
  scores: number[];
  /** The classifier's spam probability; absent when it did not judge the message. */
  bayes?: number;
}

export interface EvalCost {
  /** Milliseconds of CPU per scored message, by stage. */
  parse: number;
  rules: number;
  bayes: number;
  /** parse + rules + bayes: CPU of this process. */
  total: number;
  /**
   * Wall-clock milliseconds per scored message waiting for clamd (another process, so its
   * CPU is not ours to count); 0 when clamd was not used.
   */
  clamd: number;
}

/** Whether clamd took part, so that figures without it are never mistaken for the full stage. */
export interface EvalClamdReport {
  /** `used`: every scored message went to clamd; `unreachable`: it did not answer; `off`: not asked. */
  status: 'used' | 'unreachable' | 'off';
  /** Where clamd was looked for (socket path or host:port). */
  address?: string;
  /** Messages clamd gave a verdict on. */
  scanned: number;
  /** Messages clamd failed on (scored without it, as a worker would retry them). */
  errors: number;
  /** Messages too large for clamd (held as unscannable, as the worker does). */
  skipped: number;
  /** The first error, for the report. */
  firstError?: string;
}

export interface EvalReport {
  sets: Partial<Record<SetName, SetResult>>;
  trained: { ham: number; spam: number };
  /** Whether the classifier was ready (enough learned) to score. */
  bayesReady: boolean;
  cost: EvalCost;
  /** CPU of parse, rules and Bayes plus the wait for clamd, per scored message. */
  msPerMessage: number;
  clamd: EvalClamdReport;
  /**
   * Sender authentication: eval makes no DNS queries, so it only replays results recorded
   * by `replayedFrom` (an authserv-id), on `messages` of the scored ones; null: not run.
   */
  auth: { replayedFrom: string | null; messages: number };
}

/** What eval hands its scanner builder: the clamd scanner as counted, and the model trained. */
export interface EvalScannerParts {
  /** clamd wrapped so that eval counts its answers and scores on when it fails; or none. */
  clamav: Scanner | false;
  /** The model of this run (trained on the training half, or the one given). */
  model: BayesModel;
}

export interface EvalOptions {
  sets: Partial<Record<SetName, MailFile[]>>;
  /**
   * The scanners, in the worker's order: `buildScanners(cfg, ...)` with eval's parts (the
   * counted clamd, the trained model, recorded or no auth, no sender lists, no rules budget).
   */
  scanners: (parts: EvalScannerParts) => Scanner[];
  thresholds: Thresholds;
  limits: Limits;
  /** Fraction of each set learned (the rest is scored); 0 scores everything with `model`. */
  trainFraction: number;
  seed: number;
  /** A model to start from (e.g. the site's); a fresh one otherwise. */
  model?: BayesModel;
  bayesOptions?: BayesOptions;
  /** Envelope recipient domain: an agency's, as at the gateway. */
  recipientDomain: string;
  keepVerdicts?: boolean;
  /**
   * The clamd scanner (`ClamavScanner`), when one answers: each scored message goes
   * through it as in the worker. Absent, `clamdStatus` says why.
   */
  clamav?: Scanner;
  /** Reported when `clamav` is absent: `unreachable` (with `clamdAddress`) or `off`. */
  clamdStatus?: 'unreachable' | 'off';
  clamdAddress?: string;
  /** Milliseconds one clamd scan may take. @defaultValue 60000 */
  clamdTimeoutMs?: number;
  /**
   * The authserv-id whose recorded results the auth scanner replays (the builder passes
   * it to buildScanners), named in the report; absent: no auth, `auth` rules never fire.
   */
  authservId?: string;
  /** Called after each file, for progress on a terminal. */
  progress?: (done: number, total: number) => void;
}

/** One silent logger for every run (each logger registers an exit handler). */
let silentLog: ReturnType<typeof createLogger> | undefined;

/**
 * The envelope the gateway would have seen: the message's own Return-Path or From as MAIL
 * FROM, a documentation-range client address (no network is used: eval has no DNS).
 */
function envelopeOf(mail: ParsedMessage, recipientDomain: string): Envelope {
  const returnPath = mail.headers.find((h) => h.name === 'return-path')?.value ?? '';
  const sender = /<([^<>]*)>/.exec(returnPath)?.[1] ?? mail.from[0]?.address ?? '';
  return {
    mailFrom: sender,
    rcptTo: [`eval@${recipientDomain}`],
    clientAddress: '192.0.2.1',
    helo: 'eval.invalid',
    receivedAt: new Date(0).toISOString(),
    tls: false,
  };
}

/**
 * clamd as eval uses it: each answer counted in the report; a failure counted and the
 * message scored without clamd (the worker would retry it; eval reports it instead).
 */
function countedClamd(inner: Scanner, counts: EvalClamdReport): Scanner {
  return {
    name: inner.name,
    async scan(ctx: ScanContext): Promise<ScanResult> {
      try {
        const result = await inner.scan(ctx);
        if (result.status === 'skip') counts.skipped += 1;
        else counts.scanned += 1;
        return result;
      } catch (err) {
        counts.errors += 1;
        counts.firstError ??= `${ctx.id}: ${errorMessage(err)}`;
        return { status: 'pass', hits: [] };
      }
    },
  };
}

function emptySet(): SetResult {
  return {
    total: 0,
    byAction: { deliver: 0, tag: 0, quarantine: 0, reject: 0 },
    byCategory: {},
    ruleHits: {},
  };
}

/**
 * Runs the scan stage offline over folders of messages: learns the training half of each
 * set, then sends the other half through the same clamd (when given), parser, classifier,
 * rules and verdict as the worker. The classifier never sees a scored message before
 * scoring it. No DNS: sender authentication is not run, so `auth` rules never fire.
 */
export async function runEval(opts: EvalOptions): Promise<EvalReport> {
  const model = opts.model ?? new BayesModel(opts.bayesOptions);
  const trained = { ham: 0, spam: 0 };
  const names = (['ham', 'spam', 'phish'] as const).filter((n) => opts.sets[n] !== undefined);
  const train: { file: MailFile; spam: boolean }[] = [];
  const test: { file: MailFile; set: SetName }[] = [];
  for (const name of names) {
    for (const file of opts.sets[name] ?? []) {
      if (inTrainingHalf(`${name}/${file.key}`, opts.trainFraction, opts.seed)) {
        train.push({ file, spam: name !== 'ham' });
      } else {
        test.push({ file, set: name });
      }
    }
  }
  const all = train.length + test.length;
  let done = 0;
  for (const { file, spam } of train) {
    const mail = await parseMessage(createReadStream(file.path), { limits: opts.limits });
    model.learn(tokenize(mail), spam);
    if (spam) trained.spam += 1;
    else trained.ham += 1;
    done += 1;
    opts.progress?.(done, all);
  }
  const sets: Partial<Record<SetName, SetResult>> = {};
  for (const name of names) sets[name] = emptySet();
  const spent = { parse: { ms: 0 }, rules: { ms: 0 }, bayes: { ms: 0 }, clamd: 0 };
  const clamd: EvalClamdReport = {
    status: opts.clamav !== undefined ? 'used' : (opts.clamdStatus ?? 'off'),
    scanned: 0,
    errors: 0,
    skipped: 0,
  };
  if (opts.clamdAddress !== undefined) clamd.address = opts.clamdAddress;
  silentLog ??= createLogger('silent');
  const log = silentLog;
  let authReplayed = 0;
  const clamav = opts.clamav === undefined ? false : countedClamd(opts.clamav, clamd);
  const scanners = opts.scanners({ clamav, model });
  const timeoutMs =
    opts.limits.parseTimeoutMs +
    opts.limits.archiveTimeoutMs +
    (opts.clamdTimeoutMs ?? 60_000) +
    10_000;
  for (const { file, set } of test) {
    // The worker's scan (scan-message.ts) on the file, with the envelope it would have had.
    const scanned = await scanMessage(
      {
        id: file.key,
        envelope: (mail) => envelopeOf(mail, opts.recipientDomain),
        raw: () => createReadStream(file.path),
        size: statSync(file.path).size,
        log,
      },
      { scanners, limits: opts.limits, thresholds: opts.thresholds, timeoutMs },
    );
    const { verdict, bayes } = scanned;
    spent.parse.ms += scanned.cpu.parse ?? 0;
    spent.rules.ms += scanned.cpu.rules ?? 0;
    spent.bayes.ms += scanned.cpu.bayes ?? 0;
    spent.clamd += scanned.timings.clamav ?? 0;
    if (scanned.auth !== undefined) authReplayed += 1;
    const hits = verdict.hits;
    const action: EvalAction =
      verdict.action === 'quarantine' && verdict.score >= opts.thresholds.reject
        ? 'reject'
        : verdict.action;
    const result = sets[set] ?? emptySet();
    result.total += 1;
    result.byAction[action] += 1;
    result.byCategory[verdict.category] = (result.byCategory[verdict.category] ?? 0) + 1;
    for (const hit of hits) result.ruleHits[hit.rule] = (result.ruleHits[hit.rule] ?? 0) + 1;
    if (opts.keepVerdicts) {
      (result.verdicts ??= []).push({
        key: file.key,
        action,
        score: verdict.score,
        rules: hits.map((h) => h.rule),
        scores: hits.map((h) => h.score),
        ...(bayes === undefined ? {} : { bayes }),
      });
    }
    done += 1;
    opts.progress?.(done, all);
  }
  const scored = Math.max(test.length, 1);
  const cost: EvalCost = {
    parse: spent.parse.ms / scored,
    rules: spent.rules.ms / scored,
    bayes: spent.bayes.ms / scored,
    total: (spent.parse.ms + spent.rules.ms + spent.bayes.ms) / scored,
    clamd: spent.clamd / scored,
  };
  return {
    sets,
    trained,
    bayesReady: model.ready,
    cost,
    msPerMessage: cost.total + cost.clamd,
    clamd,
    auth: { replayedFrom: opts.authservId ?? null, messages: authReplayed },
  };
}
