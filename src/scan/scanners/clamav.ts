import NodeClam, { type ScanStreamResult } from 'clamscan';
import { TempFailError, errorMessage } from '../../core/errors.js';
import type { RuleHit } from '../rules/types.js';
import type { ScanContext, ScanResult, Scanner } from '../types.js';
import { ClamdCutError, clamdPing, scanSession } from './clamd-session.js';

export interface ClamdOptions {
  socket?: string | undefined;
  host: string;
  port: number;
  timeoutMs: number;
  /** Larger messages are not sent: clamd would answer "INSTREAM size limit exceeded". */
  maxStreamBytes: number;
}

/**
 * Scans the raw message with clamd over INSTREAM (clamd decodes MIME and archives itself).
 *
 * Fails closed: the `clamscan` package resolves `isInfected: null` when clamd hangs past
 * the timeout and reports some size-limit answers as a broken pipe (DESIGN.md). Only an
 * explicit `OK` from clamd counts as clean; anything else throws TempFailError and the
 * job is retried, so a message is never delivered unscanned.
 */
export class ClamavScanner implements Scanner {
  readonly name = 'clamav';
  private clam: Promise<NodeClam> | undefined;

  constructor(private readonly opts: ClamdOptions) {}

  private client(): Promise<NodeClam> {
    this.clam ??= new NodeClam()
      .init({
        removeInfected: false,
        debugMode: false,
        scanLog: null,
        clamscan: { active: false },
        clamdscan: {
          socket: this.opts.socket ?? false,
          host: this.opts.socket ? false : this.opts.host,
          port: this.opts.socket ? false : this.opts.port,
          timeout: this.opts.timeoutMs,
          localFallback: false,
          active: true,
          // init's own test connects to clamd; a down clamd must fail the scan, not init.
          bypassTest: true,
        },
        preference: 'clamdscan',
      })
      .catch((err: unknown) => {
        this.clam = undefined;
        throw err;
      });
    return this.clam;
  }

  /**
   * The raw message, then every view the content scanner prepared (decoded parts,
   * decoder variants, archive members), each its own INSTREAM over one session. A virus
   * in any view holds the message as malware; the hit names the view.
   */
  async scan(ctx: ScanContext): Promise<ScanResult> {
    const views = ctx.views ?? [];
    if (views.length === 0) return this.scanRaw(ctx);
    if (
      ctx.size > this.opts.maxStreamBytes ||
      views.some((v) => v.size > this.opts.maxStreamBytes)
    ) {
      return { status: 'skip', reason: 'too-large-for-clamd' };
    }
    const viruses: string[] = [];
    const hits: RuleHit[] = [];
    const heuristics = new Set(ctx.heuristics ?? []);
    // The raw message first, then the views, pipelined over one session: one connection
    // per message, as before, whatever the number of views.
    const sources = [{ name: 'the raw message', size: ctx.size, stream: ctx.raw }, ...views];
    let answers: string[];
    try {
      answers = await withTimeout(
        scanSession(this.opts, sources, this.opts.timeoutMs),
        this.opts.timeoutMs + 1_000,
        ctx.signal,
      );
    } catch (err) {
      // clamd cuts the connection when a stream passes its StreamMaxLength, often before
      // its answer can be read. If it still answers PING it is up and refused the stream:
      // held as too large to scan. Down, or any other failure: retried.
      if (err instanceof ClamdCutError && (await clamdPing(this.opts, 2_000))) {
        return { status: 'skip', reason: 'too-large-for-clamd' };
      }
      throw new TempFailError(
        'MS_ERR_CLAMD',
        `clamd scan of the parts failed: ${errorMessage(err)}`,
        {
          cause: err,
        },
      );
    }
    for (const [i, view] of sources.entries()) {
      const answer = (answers[i] ?? '').replace(/\0/g, '').trim();
      const found = /^stream: (.+) FOUND$/.exec(answer);
      if (found?.[1] !== undefined) {
        const name = stripUnofficial(found[1]);
        if (isHeuristic(name)) {
          heuristics.add(name);
          continue;
        }
        if (!viruses.includes(name)) viruses.push(name);
        // Found in the raw message: clamd's own reading, as before; no part to name.
        if (i === 0) continue;
        hits.push({
          rule: 'CLAM_VIRUS_IN_PART',
          group: 'clamav',
          score: 0,
          detail: `${name} in ${view.name}`.slice(0, 200),
          description:
            'The virus scanner found a virus in this part of the message, as the recipient would open it',
          descriptionVi:
            'Trình quét vi-rút tìm thấy vi-rút trong phần này của thư, đúng như người nhận sẽ mở ra',
        });
        continue;
      }
      if (/size limit exceeded/i.test(answer))
        return { status: 'skip', reason: 'too-large-for-clamd' };
      if (answer !== 'stream: OK') {
        throw new TempFailError(
          'MS_ERR_CLAMD',
          `clamd gave no verdict for ${view.name} (${answer.slice(0, 120) || 'empty answer'})`,
        );
      }
    }
    if (heuristics.size > 0) ctx.heuristics = [...heuristics];
    if (viruses.length > 0) return { status: 'fail', hits, viruses };
    return { status: 'pass', hits: [] };
  }

  private async scanRaw(ctx: ScanContext): Promise<ScanResult> {
    if (ctx.size > this.opts.maxStreamBytes) {
      return { status: 'skip', reason: 'too-large-for-clamd' };
    }
    let result: ScanStreamResult;
    const stream = ctx.raw();
    try {
      const clam = await this.client();
      result = await withTimeout(clam.scanStream(stream), this.opts.timeoutMs + 1_000, ctx.signal);
    } catch (err) {
      // clamscan reports clamd's "INSTREAM size limit exceeded" as a thrown error: the
      // message is larger than clamd's StreamMaxLength. Retrying cannot help; it is held
      // as "too large to scan" rather than looping.
      if (/size limit exceeded/i.test(errorMessage(err))) {
        return { status: 'skip', reason: 'too-large-for-clamd' };
      }
      throw new TempFailError('MS_ERR_CLAMD', `clamd scan failed: ${errorMessage(err)}`, {
        cause: err,
      });
    } finally {
      stream.destroy();
    }
    const answer = (result.resultString ?? '').replace(/\0/g, '').trim();
    if (result.isInfected === true && result.viruses.length > 0) {
      const names = result.viruses.map(stripUnofficial);
      const viruses = names.filter((n) => !isHeuristic(n));
      const heuristics = names.filter(isHeuristic);
      if (heuristics.length > 0) ctx.heuristics = heuristics;
      if (viruses.length > 0) return { status: 'fail', hits: [], viruses };
      return { status: 'pass', hits: [] };
    }
    if (/size limit exceeded/i.test(answer)) {
      return { status: 'skip', reason: 'too-large-for-clamd' };
    }
    if (result.isInfected === false && /: OK$/.test(answer)) {
      return { status: 'pass', hits: [] };
    }
    throw new TempFailError(
      'MS_ERR_CLAMD',
      `clamd gave no verdict (${result.timeout ? 'timeout' : answer.slice(0, 120) || 'empty answer'})`,
    );
  }
}

/**
 * clamd's heuristic alerts (AlertEncrypted, AlertOLE2Macros, PhishingSignatures...) are
 * named `Heuristics.*`, and the project's own policy signatures
 * (rules/clamav/mailshield-policy.ndb: DDE links, run-program actions, encoded PowerShell
 * in documents, document-level PDF JavaScript) `MailShield.Policy.*`. They are signals,
 * not malware found: the `clamav` rule tests (rules/attachments.yaml) score or hold them
 * as policy, and a catch-all rule keeps any other heuristic held as malware as before.
 */
export function isHeuristic(name: string): boolean {
  return name.startsWith('Heuristics.') || name.startsWith('MailShield.Policy.');
}

/**
 * clamd suffixes signatures loaded from unsigned databases with ".UNOFFICIAL"; the name
 * officers and reports use is the signature's own.
 */
function stripUnofficial(name: string): string {
  return name.replace(/\.UNOFFICIAL$/, '');
}

function withTimeout<T>(p: Promise<T>, ms: number, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from clamd in ${ms} ms`)), ms);
    const onAbort = (): void => reject(new Error('scan aborted'));
    signal.addEventListener('abort', onAbort, { once: true });
    p.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal.removeEventListener('abort', onAbort);
    });
  });
}
