import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Envelope } from '../core/envelope.js';
import { PermanentError } from '../core/errors.js';
import type { Limits } from '../core/limits.js';
import type { Logger } from '../core/logger.js';
import { decide, type Thresholds, type Verdict, type VerdictHit } from '../verdict/decide.js';
import { applySenderLists } from '../verdict/sender-lists.js';
import { parseMessage } from './parse.js';
import type {
  AuthResults,
  ParsedMessage,
  ScanContext,
  Scanner,
  SenderListDecision,
} from './types.js';

/** One message to scan: where its bytes are and who sent it to whom. */
export interface ScanMessageInput {
  /** Spool id (eval: the file's key); bound into the scanners' context. */
  id: string;
  /**
   * The SMTP envelope. A function of the parsed message where there is no envelope (eval
   * reads mail from folders and takes the sender from Return-Path or From).
   */
  envelope: Envelope | ((mail: ParsedMessage) => Envelope);
  /** A fresh stream of the message as received, each call (parse, clamd, content). */
  raw: () => Readable;
  /** Size in bytes of the message. */
  size: number;
  log: Logger;
}

/** What every scan of every message shares: the scanners in order, limits, thresholds. */
export interface ScanMessageOptions {
  /**
   * Run in order (buildScanners gives the worker's order); a TempFailError from any of
   * them rejects the scan: the worker retries the job and delivers nothing.
   */
  scanners: readonly Scanner[];
  limits: Limits;
  thresholds: Thresholds;
  /** Time budget of the whole scan (parse and scanners) of one message. */
  timeoutMs: number;
}

/** The verdict, and the facts the callers act on besides it. */
export interface ScanMessageResult {
  verdict: Verdict;
  mail: ParsedMessage;
  envelope: Envelope;
  /** Sender authentication, when a scanner established it (autolearn reads it). */
  auth?: AuthResults;
  /** The classifier's spam probability, when it judged the message. */
  bayes?: number;
  /** What the agencies' sender lists made of it (a listed sender teaches autolearn nothing). */
  senderList?: SenderListDecision;
  /** Wall-clock milliseconds by stage: `parse` and each scanner by name. */
  timings: Record<string, number>;
  /** CPU milliseconds of this process by stage, same keys (eval's cost per stage). */
  cpu: Record<string, number>;
}

/**
 * The scan stage on one message, the one composition of it: parse (bounded, large parts
 * spilled to a folder of the scan's own), every scanner in order, the cleanup of what they
 * extracted, the verdict (`decide`) and the agencies' sender lists. The worker
 * (ScanProcessor), `mailshield eval`, the samples test and the fuzzer all call this, so a
 * change to the scan is measured and tested as it runs in production.
 *
 * Rejects when a scanner cannot scan (TempFailError) or the input stream fails; a message
 * the parser cannot finish in time is held as unscannable, not rejected.
 */
export async function scanMessage(
  input: ScanMessageInput,
  opts: ScanMessageOptions,
): Promise<ScanMessageResult> {
  // Only a message larger than attachmentInspectBytes can have an attachment too large
  // to hold: it gets a folder of its own for such parts, removed whatever happens.
  const spillDir =
    input.size > opts.limits.attachmentInspectBytes
      ? await mkdtemp(join(tmpdir(), 'ms-scan-'))
      : undefined;
  try {
    return await scanIn(input, opts, spillDir);
  } finally {
    if (spillDir !== undefined) await rm(spillDir, { recursive: true, force: true });
  }
}

async function scanIn(
  input: ScanMessageInput,
  opts: ScanMessageOptions,
  spillDir: string | undefined,
): Promise<ScanMessageResult> {
  const { limits } = opts;
  const timings: Record<string, number> = {};
  const cpu: Record<string, number> = {};
  const stage = startStage();
  const signal = AbortSignal.timeout(opts.timeoutMs);
  const unscannable: string[] = [];
  let mail: ParsedMessage;
  try {
    mail = await parseMessage(input.raw(), {
      limits,
      signal,
      ...(spillDir !== undefined ? { spillDir } : {}),
    });
  } catch (err) {
    if (!(err instanceof PermanentError)) throw err;
    // A message the parser cannot finish in time is held, not delivered half-read.
    unscannable.push('parse-timeout');
    mail = emptyMessage();
  }
  // mailparser stopped at one of its own hard limits: rules would judge a half-read
  // message, so it is held (DESIGN.md: ambiguous structure is held as policy).
  if (mail.problems.includes('parse-incomplete')) unscannable.push('parse-incomplete');
  stage.end('parse', timings, cpu);
  const envelope = typeof input.envelope === 'function' ? input.envelope(mail) : input.envelope;
  const ctx: ScanContext = {
    id: input.id,
    envelope,
    raw: input.raw,
    size: input.size,
    mail,
    log: input.log,
    signal,
  };
  const hits: VerdictHit[] = [];
  const viruses: string[] = [];
  try {
    for (const scanner of opts.scanners) {
      const one = startStage();
      const result = await scanner.scan(ctx);
      one.end(scanner.name, timings, cpu);
      if (result.status === 'skip') {
        if (scanner.name === 'clamav') unscannable.push(result.reason);
        continue;
      }
      hits.push(...result.hits);
      if (result.viruses) viruses.push(...result.viruses);
    }
  } finally {
    // The per-scan folder of extracted archive members goes, whatever happened.
    for (const cleanup of ctx.cleanup ?? []) await cleanup();
  }
  unscannable.push(...(ctx.unscannable ?? []));
  const scored = decide({
    hits,
    viruses,
    unscannable,
    mustTag: ctx.tagReasons ?? [],
    thresholds: opts.thresholds,
  });
  // The agencies' sender lists, after the score (src/verdict/sender-lists.ts).
  const verdict = applySenderLists(scored, ctx.senderList);
  return {
    verdict,
    mail,
    envelope,
    ...(ctx.auth === undefined ? {} : { auth: ctx.auth }),
    ...(ctx.bayes === undefined ? {} : { bayes: ctx.bayes }),
    ...(ctx.senderList === undefined ? {} : { senderList: ctx.senderList }),
    timings,
    cpu,
  };
}

/** Wall clock and CPU of one stage, added to the totals under its name. */
function startStage(): {
  end(name: string, wall: Record<string, number>, cpu: Record<string, number>): void;
} {
  const t = performance.now();
  const c = process.cpuUsage();
  return {
    end(name, wall, cpuTotals) {
      const used = process.cpuUsage(c);
      wall[name] = ms((wall[name] ?? 0) + performance.now() - t);
      cpuTotals[name] = (cpuTotals[name] ?? 0) + (used.user + used.system) / 1000;
    },
  };
}

function ms(n: number): number {
  return Math.round(n * 100) / 100;
}

function emptyMessage(): ParsedMessage {
  return {
    headers: [],
    from: [],
    replyTo: [],
    to: [],
    cc: [],
    subject: '',
    messageId: undefined,
    date: undefined,
    text: '',
    html: '',
    attachments: [],
    problems: ['unparsed'],
  };
}
