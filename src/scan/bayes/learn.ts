import type { Readable } from 'node:stream';
import type { Limits } from '../../core/limits.js';
import { parseMessage } from '../parse.js';
import type { BayesStore, LearnOutcome } from './model-file.js';

/**
 * Teaches the classifier one raw message (e.g. a quarantined `.eml` an officer marked
 * "spam" or "not spam") and saves the model. Marking the same message twice is harmless;
 * marking it the other way moves it. The scan workers pick the new model up on their next
 * message (they reload the file when it changes).
 *
 * @example
 * const store = new BayesStore(bayesModelPath(cfg)); // once, at start
 * await learnMessage(store, createReadStream(row.quarantine_path), true, cfg.limits);
 */
export async function learnMessage(
  store: BayesStore,
  raw: Readable,
  isSpam: boolean,
  limits: Limits,
): Promise<LearnOutcome> {
  const mail = await parseMessage(raw, { limits });
  const outcome = store.learnParsed(mail, isSpam);
  if (outcome !== 'already-learned') store.save();
  return outcome;
}
