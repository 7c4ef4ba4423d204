import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { MailshieldError, errorMessage } from '../../core/errors.js';
import type { ParsedMessage } from '../types.js';
import { BayesModel, type BayesModelData, type BayesOptions } from './classifier.js';
import { tokenize } from './tokenize.js';
import { autolearnSignature, mergeAutolearned } from './autolearn.js';

/** How often a store looks for new autolearned day files. */
const AUTO_RECHECK_MS = 60_000;

/** Where autolearned day files are merged from (see autolearn.ts). */
export interface AutolearnSource {
  dir: string;
  retentionDays: number;
  /** How often to look for new day files, in ms. @defaultValue 60000 */
  recheckMs?: number;
}

/** The stored form: the model plus which messages were learned as what. */
interface StoredModel extends BayesModelData {
  /** Digest of a learned message's tokens -> class, so a mark is never counted twice. */
  learned: Record<string, 'ham' | 'spam'>;
}

/** What a call to {@link BayesStore.learn} did. */
export type LearnOutcome = 'learned' | 'relearned' | 'already-learned';

/** Identity of a message for learning: its distinct tokens, sorted, hashed. */
function digestOf(tokens: readonly string[]): string {
  return createHash('sha256')
    .update([...new Set(tokens)].sort().join('\n'))
    .digest('hex')
    .slice(0, 32);
}

/**
 * The Bayes model kept as one JSON file under `dataDir` (written to a temporary file and
 * renamed, so a reader never sees half a model). One process learns (the web app for the
 * officers' marks, or `mailshield learn`); scan workers read and reload the file when it
 * changes. A file rather than SQLite rows: the model is read whole at every reload and
 * written whole after a learn, each message adds at most MAX_TOKENS tokens to it, and
 * it can be copied between sites or rebuilt from mail folders without touching the store.
 */
export class BayesStore {
  private current: BayesModel;
  private learned: Record<string, 'ham' | 'spam'> = {};
  private loadedMtime = -1;
  private autoSignature = '';
  private autoCheckedAt = Number.NEGATIVE_INFINITY;
  /** The model as learned and saved; `current` adds the autolearned counts to it. */
  private base: BayesModel;

  constructor(
    readonly path: string,
    private readonly options?: BayesOptions,
    private readonly auto?: AutolearnSource,
  ) {
    this.base = new BayesModel(options);
    this.current = this.base;
    this.reload();
  }

  /** The model, reloaded first when another process has rewritten the file. */
  model(): BayesModel {
    this.reload();
    return this.current;
  }

  private reload(): void {
    let mtime: number;
    try {
      mtime = statSync(this.path).mtimeMs;
    } catch {
      mtime = -1; // no model yet: an empty one (plus what was autolearned)
    }
    // The autolearned day files are looked at once a minute at most: merging copies the
    // whole model, and every worker flushes its day file every few messages.
    const now = Date.now();
    const recheck =
      this.auto !== undefined &&
      now - this.autoCheckedAt >= (this.auto.recheckMs ?? AUTO_RECHECK_MS);
    if (mtime === this.loadedMtime && !recheck) return;
    let signature = this.autoSignature;
    if (recheck && this.auto !== undefined) {
      signature = autolearnSignature(this.auto.dir, this.auto.retentionDays);
      this.autoCheckedAt = now;
    }
    if (mtime === this.loadedMtime && signature === this.autoSignature) return;
    if (mtime !== this.loadedMtime) this.readBase(mtime);
    if (this.auto === undefined || signature === '') {
      this.current = this.base;
    } else {
      // A copy: autolearned counts are never saved into the learned model.
      this.current = BayesModel.fromJSON(this.base.toJSON(), this.options);
      mergeAutolearned(this.current, this.auto.dir, this.auto.retentionDays);
    }
    this.autoSignature = signature;
  }

  private readBase(mtime: number): void {
    if (mtime < 0) {
      this.base = new BayesModel(this.options);
      this.learned = {};
      this.loadedMtime = mtime;
      return;
    }
    let data: StoredModel;
    try {
      data = JSON.parse(readFileSync(this.path, 'utf8')) as StoredModel;
    } catch (err) {
      throw new MailshieldError(
        'MS_ERR_CONFIG',
        `cannot read Bayes model ${this.path}: ${errorMessage(err)}`,
      );
    }
    if (data.version !== 1) {
      throw new MailshieldError('MS_ERR_CONFIG', `Bayes model ${this.path}: unknown version`);
    }
    this.base = BayesModel.fromJSON(data, this.options);
    this.learned = data.learned ?? {};
    this.loadedMtime = mtime;
  }

  /**
   * Learns a parsed message as spam or ham, in memory; call {@link save} after one or
   * many. Marking a message again with the other class moves it (unlearn, then learn).
   */
  learnParsed(mail: ParsedMessage, isSpam: boolean): LearnOutcome {
    this.reload();
    const tokens = tokenize(mail);
    const digest = digestOf(tokens);
    const cls = isSpam ? 'spam' : 'ham';
    const before = this.learned[digest];
    if (before === cls) return 'already-learned';
    for (const model of new Set([this.base, this.current])) {
      if (before !== undefined) model.learn(tokens, before === 'spam', true);
      model.learn(tokens, isSpam);
    }
    this.learned[digest] = cls;
    return before === undefined ? 'learned' : 'relearned';
  }

  /** Writes the model atomically. */
  save(): void {
    const data: StoredModel = { ...this.base.toJSON(), learned: this.learned };
    mkdirSync(dirname(this.path), { recursive: true });
    const tmp = `${this.path}.${process.pid}.tmp`;
    writeFileSync(tmp, JSON.stringify(data));
    renameSync(tmp, this.path);
    this.loadedMtime = statSync(this.path).mtimeMs;
  }
}
