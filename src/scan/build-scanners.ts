import type { LoadedConfig } from '../config/load.js';
import type { AgencyDirectory } from '../directory/directory.js';
import type { SenderListCache } from '../senders/cache.js';
import type { BayesModel } from './bayes/classifier.js';
import { RecordedAuthScanner } from './eval/recorded-auth.js';
import type { RuleSet } from './rules/index.js';
import { AuthScanner } from './scanners/auth.js';
import { BayesScanner } from './scanners/bayes.js';
import { ClamavScanner } from './scanners/clamav.js';
import { ContentScanner, passwordWords } from './scanners/content.js';
import { RulesScanner } from './scanners/rules.js';
import { SenderListScanner } from './scanners/sender-lists.js';
import type { Scanner } from './types.js';

/** What differs between the worker's scanners and those of eval, the tests and the fuzzer. */
export interface BuildScannersOptions {
  /** The compiled rules (loaded once by the caller, with the site's lists and overrides). */
  rules: RuleSet;
  directory: AgencyDirectory;
  /**
   * The clamd scanner. Absent: the config's clamd. `false`: none (`eval --no-clamd`, the
   * fuzzer); a scanner: another clamd (eval's `--clamd`, wrapped to count its answers).
   */
  clamav?: Scanner | false;
  /**
   * Sender authentication. Absent: DNS as the config says (`detection.auth`). Eval makes no
   * DNS queries: it replays what the server named by `recordedFrom` wrote in the message,
   * or runs none (`off`).
   * @defaultValue 'config'
   */
  auth?: 'config' | 'off' | { recordedFrom: string };
  /**
   * Where the classifier's model comes from: the model file (BayesStore) in the worker,
   * the model eval trains. Absent: no Bayes scanner (the worker passes one only when
   * `detection.bayes.enabled`).
   */
  bayes?: { model(): BayesModel };
  /** The agencies' sender lists (read from the store). Absent: not run (no store in eval). */
  senderLists?: SenderListCache;
  /**
   * Whether rules run within `limits.ruleBudgetMs`. Eval and the fuzzer measure rules, they
   * do not budget them: an overrun on a slow machine would change their figures.
   * @defaultValue true
   */
  budgetRules?: boolean;
  /** Counts a rules budget overrun (/metrics). */
  onRulesOverrun?: () => void;
  /**
   * Whether the content scanner (second MIME reading, decoders, archives with 7-Zip) runs.
   * @defaultValue true
   */
  content?: boolean;
}

/**
 * The scanners of the scan stage, in the order they must run, built from the config: the
 * one place that order is written (the worker and eval both call it). Content first: it
 * prepares the decoded views clamd scans and the archive listings the rules read; clamd;
 * auth, whose results verify sender list allow entries and feed `auth` rules; the sender
 * lists; Bayes, whose probability the `bayes` rules band; the rules last, reading what the
 * others left on the context.
 */
export function buildScanners(cfg: LoadedConfig, opts: BuildScannersOptions): Scanner[] {
  const scanners: Scanner[] = [];
  if (opts.content ?? true) {
    scanners.push(
      new ContentScanner({
        limits: cfg.limits,
        sevenZip: cfg.detection.archives.sevenZip,
        words: passwordWords(cfg.rules.dir),
        encryptedUnopened: cfg.detection.archives.encryptedUnopened,
      }),
    );
  }
  if (opts.clamav === undefined) {
    scanners.push(
      new ClamavScanner({
        socket: cfg.clamd.socket,
        host: cfg.clamd.host,
        port: cfg.clamd.port,
        timeoutMs: cfg.clamd.timeoutMs,
        maxStreamBytes: cfg.limits.clamdMaxStreamBytes,
      }),
    );
  } else if (opts.clamav !== false) {
    scanners.push(opts.clamav);
  }
  const auth = opts.auth ?? 'config';
  if (auth === 'config') {
    if (cfg.detection.auth.enabled) {
      scanners.push(
        new AuthScanner({
          timeoutMs: cfg.detection.auth.timeoutMs,
          mta: cfg.hostname,
          ...(cfg.detection.auth.dnsServers ? { dnsServers: cfg.detection.auth.dnsServers } : {}),
        }),
      );
    }
  } else if (auth !== 'off') {
    scanners.push(new RecordedAuthScanner(auth.recordedFrom));
  }
  // After auth, whose results verify allow entries.
  if (opts.senderLists !== undefined) {
    scanners.push(
      new SenderListScanner({
        cache: opts.senderLists,
        directory: opts.directory,
        unverifiedScore: cfg.senderLists.unverifiedAllowScore,
      }),
    );
  }
  if (opts.bayes !== undefined) scanners.push(new BayesScanner(opts.bayes));
  scanners.push(
    new RulesScanner(
      opts.rules,
      (opts.budgetRules ?? true)
        ? {
            budgetMs: cfg.limits.ruleBudgetMs,
            overrun: cfg.rules.budgetOverrun,
            ...(opts.onRulesOverrun === undefined ? {} : { onOverrun: opts.onRulesOverrun }),
          }
        : {},
    ),
  );
  return scanners;
}

/**
 * Time budget of one message's scan: parse, archives and clamd each within their own
 * bound, plus slack for the rest; past it the job fails and is retried.
 */
export function scanTimeoutMs(cfg: LoadedConfig): number {
  return cfg.limits.parseTimeoutMs + cfg.limits.archiveTimeoutMs + cfg.clamd.timeoutMs + 10_000;
}
