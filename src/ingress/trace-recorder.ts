import { randomUUID } from 'node:crypto';
import type { SmtpOutcome, SmtpPhase, SmtpTraceRow } from '../store/trace-repo.js';

/** One SMTP reply that ended a session, a transaction or a recipient (issue #17). */
export interface SmtpTraceEvent {
  phase: SmtpPhase;
  code: number;
  /** The reply text after the code, as the client got it. */
  reply: string;
  clientAddress: string;
  helo?: string | undefined;
  mailFrom?: string | undefined;
  /** One row per recipient; none: a row for the session or transaction. */
  recipients?: readonly { address: string; agency: string | undefined }[];
  queueId?: string | undefined;
}

export interface TraceRecorderOptions {
  /** Writes one batch; a rejection drops that batch (counted), never the session. */
  write: (rows: SmtpTraceRow[]) => Promise<void>;
  /**
   * Rows waiting at most; past it new rows are dropped and counted. Bounds the memory a
   * store outage can take while mail keeps flowing. @defaultValue 10000
   */
  maxBuffered?: number;
  /** A batch is written at most this long after its first row. @defaultValue 200 */
  flushMs?: number;
  /** Rows per statement at most. @defaultValue 500 */
  batchRows?: number;
  /** Told of rows lost (buffer full or a failed write), for the log and /metrics. */
  onDropped?: (rows: number, reason: 'full' | 'store', err?: unknown) => void;
  now?: () => number;
}

/** Longest text kept of a reply or address: enough to read, bounded against hostile input. */
const MAX_TEXT = 512;

function clip(s: string): string {
  return s.length > MAX_TEXT ? s.slice(0, MAX_TEXT) : s;
}

/** The outcome a reply code stands for. */
export function outcomeOf(code: number): SmtpOutcome {
  return code < 400 ? 'accepted' : code < 500 ? 'tempfail' : 'refused';
}

/**
 * Records SMTP-phase outcomes without the session ever waiting on the store: `record` only
 * appends to a bounded buffer and returns; a timer writes the buffer in batches, one write
 * at a time. A store that is slow, down or failing costs rows of the trace (counted through
 * `onDropped`), never an SMTP reply: the ingress's promise is about mail, not about its
 * trace. Rows recorded while a write is in flight wait for the next batch.
 */
export class TraceRecorder {
  private buffer: SmtpTraceRow[] = [];
  private timer: NodeJS.Timeout | undefined;
  private writing: Promise<void> | undefined;
  private closed = false;
  private readonly maxBuffered: number;
  private readonly flushMs: number;
  private readonly batchRows: number;
  private readonly now: () => number;

  constructor(private readonly opts: TraceRecorderOptions) {
    this.maxBuffered = opts.maxBuffered ?? 10_000;
    this.flushMs = opts.flushMs ?? 200;
    this.batchRows = opts.batchRows ?? 500;
    this.now = opts.now ?? Date.now;
  }

  /** Rows waiting to be written (for tests and /metrics). */
  get pending(): number {
    return this.buffer.length;
  }

  /** Queues the rows of one reply; never throws, never waits. */
  record(ev: SmtpTraceEvent): void {
    if (this.closed) return;
    const time = this.now();
    const base = {
      time,
      phase: ev.phase,
      outcome: outcomeOf(ev.code),
      code: ev.code,
      reply: clip(ev.reply),
      client_address: clip(ev.clientAddress),
      helo: clip(ev.helo ?? ''),
      mail_from: ev.mailFrom === undefined ? null : clip(ev.mailFrom),
      queue_id: ev.queueId ?? null,
    };
    const rcpts = ev.recipients && ev.recipients.length > 0 ? ev.recipients : [undefined];
    const room = this.maxBuffered - this.buffer.length;
    if (room < rcpts.length) {
      this.opts.onDropped?.(rcpts.length - Math.max(0, room), 'full');
    }
    for (const r of rcpts.slice(0, Math.max(0, room))) {
      this.buffer.push({
        id: randomUUID(),
        ...base,
        rcpt: r === undefined ? null : clip(r.address),
        agency: r?.agency ?? null,
      });
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.timer !== undefined || this.buffer.length === 0) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, this.flushMs);
    this.timer.unref();
  }

  /** Writes what is buffered now (one write at a time); resolves when it is written. */
  async flush(): Promise<void> {
    while (this.writing !== undefined) await this.writing;
    if (this.buffer.length === 0) return;
    const rows = this.buffer.splice(0, this.batchRows);
    this.writing = this.opts.write(rows).then(
      () => undefined,
      (err: unknown) => this.opts.onDropped?.(rows.length, 'store', err),
    );
    try {
      await this.writing;
    } finally {
      this.writing = undefined;
    }
    if (this.buffer.length > 0) {
      if (this.closed) await this.flush();
      else this.schedule();
    }
  }

  /** Writes what is left and stops recording. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    this.timer = undefined;
    await this.flush();
  }
}
