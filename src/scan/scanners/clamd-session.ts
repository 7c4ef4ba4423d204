import { createReadStream } from 'node:fs';
import { connect, type Socket } from 'node:net';
import type { Readable } from 'node:stream';

/**
 * Many INSTREAM scans over one clamd connection (IDSESSION, clamd(8)). A message has a
 * view per decoded part and archive member; a connection per view, and a round trip per
 * view, would cost more than the scan of a small part (on a 2-core machine each wake-up of
 * clamd or of us costs tens of microseconds of CPU). So the views are pipelined: every
 * INSTREAM is written back to back, small ones gathered into one write, and clamd's
 * answers, each prefixed with the number of its request in the session, are matched
 * to the views by that number.
 */

export interface ClamdAddress {
  socket?: string | undefined;
  host: string;
  port: number;
}

export interface SessionSource {
  data?: Buffer | undefined;
  file?: string | undefined;
  /** A fresh stream of the content (the raw message from the spool). */
  stream?: (() => Readable) | undefined;
}

/** clamd takes chunks up to StreamMaxLength; 1 MiB keeps the writes of a big view few. */
const CHUNK = 1024 * 1024;
const INSTREAM = Buffer.from('zINSTREAM\0');
const END_OF_STREAM = Buffer.alloc(4);

function lengthPrefix(n: number): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(n, 0);
  return len;
}

/**
 * Scans each source as its own INSTREAM over one session; resolves clamd's answers in the
 * order of `sources` (`stream: OK`, `stream: NAME FOUND`, `INSTREAM size limit exceeded.
 * ERROR`). Rejects when clamd does not answer every one within `timeoutMs` of the last
 * write, or closes the session first.
 */
/** clamd cut the connection while a stream was being sent (see {@link scanSession}). */
export class ClamdCutError extends Error {}

/** Whether clamd answers PING with PONG within `timeoutMs`. */
export function clamdPing(addr: ClamdAddress, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = addr.socket ? connect(addr.socket) : connect(addr.port, addr.host);
    let text = '';
    const done = (ok: boolean): void => {
      clearTimeout(timer);
      sock.destroy();
      resolve(ok);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    sock.on('connect', () => sock.write('zPING\0'));
    sock.setEncoding('latin1');
    sock.on('data', (d: string) => {
      text += d;
      if (text.includes('\0')) done(text.startsWith('PONG'));
    });
    sock.on('error', () => done(false));
  });
}

export function scanSession(
  addr: ClamdAddress,
  sources: SessionSource[],
  timeoutMs: number,
): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const answers: (string | undefined)[] = new Array<string | undefined>(sources.length);
    let received = 0;
    let buffered = '';
    let done = false;
    // Set once stream bytes have been written: a connection reset after that is clamd
    // refusing the stream (StreamMaxLength), its answer often lost with the reset.
    let streaming = false;
    const sock: Socket = addr.socket ? connect(addr.socket) : connect(addr.port, addr.host);
    let timer = setTimeout(() => fail(new Error('clamd did not answer in time')), timeoutMs);
    const finish = (err?: Error): void => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      sock.destroy();
      if (err) reject(err);
      else resolve(answers.map((a) => a ?? ''));
    };
    const fail = (err: Error): void => {
      const code = (err as NodeJS.ErrnoException).code;
      if (streaming && (code === 'EPIPE' || code === 'ECONNRESET')) {
        finish(new ClamdCutError(`clamd cut the stream (${code})`));
      } else finish(err);
    };
    sock.setEncoding('latin1');
    sock.on('data', (d: string) => {
      buffered += d;
      let nul = buffered.indexOf('\0');
      while (nul >= 0) {
        const line = buffered.slice(0, nul);
        buffered = buffered.slice(nul + 1);
        nul = buffered.indexOf('\0');
        const m = /^(\d+): (.*)$/s.exec(line);
        const index = m ? Number(m[1]) - 1 : -1;
        if (index < 0 || index >= sources.length || answers[index] !== undefined) {
          // An answer without a request number: clamd refused the session itself.
          fail(new Error(`unexpected clamd answer: ${line.slice(0, 120)}`));
          return;
        }
        answers[index] = (m?.[2] ?? '').trim();
        received += 1;
        if (received === sources.length) {
          sock.end('zEND\0');
          finish();
          return;
        }
      }
    });
    sock.on('error', fail);
    sock.on('close', () => {
      // clamd ends the session after a size-limit answer: that answer is the verdict.
      if (answers.some((a) => a !== undefined && /size limit exceeded/i.test(a))) finish();
      else fail(new Error('clamd closed the session before answering'));
    });
    sock.once('connect', () => {
      void write().catch(fail);
    });

    const send = (parts: Uint8Array[]): Promise<void> => {
      if (done) return Promise.reject(new Error('session ended'));
      sock.cork();
      let ok = true;
      for (const p of parts) ok = sock.write(p) && ok;
      sock.uncork();
      if (ok) return Promise.resolve();
      return new Promise((r) => {
        const go = (): void => {
          sock.off('drain', go);
          sock.off('close', go);
          r();
        };
        sock.on('drain', go);
        sock.on('close', go);
      });
    };

    async function write(): Promise<void> {
      await send([Buffer.from('zIDSESSION\0')]);
      for (const src of sources) {
        if (src.data !== undefined) {
          const parts: Uint8Array[] = [INSTREAM];
          for (let at = 0; at < src.data.length; at += CHUNK) {
            const piece = src.data.subarray(at, at + CHUNK);
            parts.push(lengthPrefix(piece.length), piece);
          }
          parts.push(END_OF_STREAM);
          streaming = true;
          await send(parts);
        } else if (src.file !== undefined || src.stream !== undefined) {
          await send([INSTREAM]);
          streaming = true;
          const input =
            src.stream?.() ?? createReadStream(src.file ?? '', { highWaterMark: CHUNK });
          try {
            for await (const piece of input) {
              const b = piece as Buffer;
              if (b.length > 0) await send([lengthPrefix(b.length), b]);
            }
          } finally {
            input.destroy();
          }
          await send([END_OF_STREAM]);
        } else {
          await send([INSTREAM, END_OF_STREAM]);
        }
      }
      // The answers are due from now on; the budget restarts after the last byte sent.
      clearTimeout(timer);
      timer = setTimeout(() => fail(new Error('clamd did not answer in time')), timeoutMs);
    }
  });
}
