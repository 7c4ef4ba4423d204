import type { LoadedConfig } from '../../config/load.js';
import type { AgencyDirectory } from '../../directory/directory.js';
import { buildScanners } from '../build-scanners.js';
import type { RuleSet } from '../rules/index.js';
import type { Scanner } from '../types.js';
import type { EvalScannerParts } from './run-eval.js';

export interface EvalScannersOptions {
  rules: RuleSet;
  directory: AgencyDirectory;
  /** Replay the sender authentication this authserv-id recorded; absent: no auth. */
  authservId?: string;
  /**
   * Run the content scanner (second MIME reading, decoders, archives with 7-Zip) as the
   * worker does. Off by default so that eval's figures stay comparable with those
   * published before the scan was one composition: on the Vietnamese sets it turns one
   * held spam into a `policy` hold (MIME_AMBIGUOUS_STRUCTURE), actions unchanged.
   * @defaultValue false
   */
  content?: boolean;
}

/**
 * The worker's scanners (buildScanners) as eval runs them: its counted clamd and trained
 * model, sender authentication replayed from the messages (no DNS offline) or not run, no
 * sender lists (they live in a gateway's store), rules measured rather than budgeted, and
 * the content scanner only when asked.
 */
export function evalScanners(
  cfg: LoadedConfig,
  opts: EvalScannersOptions,
): (parts: EvalScannerParts) => Scanner[] {
  return (parts) =>
    buildScanners(cfg, {
      rules: opts.rules,
      directory: opts.directory,
      clamav: parts.clamav,
      bayes: { model: () => parts.model },
      auth: opts.authservId === undefined ? 'off' : { recordedFrom: opts.authservId },
      budgetRules: false,
      content: opts.content ?? false,
    });
}
