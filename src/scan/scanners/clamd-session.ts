import { createReadStream } from 'node:fs';
import { connect, type Socket } from 'node:net';

/**
 * Many INSTREAM scans over one clamd connection (IDSESSION, clamd(8)): a message has a
 * view per decoded part and archive member, and a connection per view would cost more
 * than the scan of a small part. Scans are sent one after another, each answer read
 * before the next INSTREAM, so answers cannot be confused.
 */

export interface ClamdAddress {
  socket?: string | undefined;
  host: string;
  port: number;
}

/** One view's answer as clamd gave it, NUL and the request number stripped. */
export type SessionAnswer = string;

/** clamd reads chunks up to StreamMaxLength; 64 KiB keeps each write small. */
const CHUNK = 64 * 1024;

export class ClamdSession {
  private buffered = '';
  private waiting: ((answer: string) => void) | undefined;
  private failed: Error | undefined;
  private failWaiter: ((err: Error) => void) | undefined;

  private constructor(
    private readonly sock: Socket,
    private readonly timeoutMs: number,
  ) {
    sock.setEncoding('latin1');
    sock.on('data', (d: string) => {
      this.buffered += d;
      const nul = this.buffered.indexOf('\0');
      if (nul < 0) return;
      const answer = this.buffered.slice(0, nul);
      this.buffered = this.buffered.slice(nul + 1);
      const w = this.waiting;
      this.waiting = undefined;
      this.failWaiter = undefined;
      w?.(answer.replace(/^\d+: /, '').trim());
    });
    const fail = (err: Error): void => {
      this.failed ??= err;
      const f = this.failWaiter;
      this.failWaiter = undefined;
      this.waiting = undefined;
      f?.(err);
    };
    sock.on('error', fail);
    sock.on('close', () => fail(new Error('clamd closed the session')));
  }

  static open(addr: ClamdAddress, timeoutMs: number): Promise<ClamdSession> {
    return new Promise((resolve, reject) => {
      const sock = addr.socket ? connect(addr.socket) : connect(addr.port, addr.host);
      const timer = setTimeout(() => {
        sock.destroy();
        reject(new Error('clamd did not accept the connection in time'));
      }, timeoutMs);
      sock.once('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      sock.once('connect', () => {
        clearTimeout(timer);
        sock.write('zIDSESSION\0');
        resolve(new ClamdSession(sock, timeoutMs));
      });
    });
  }

  /** Scans bytes or a file; resolves clamd's answer (`stream: OK`, `stream: X FOUND`...). */
  async scan(source: {
    data?: Buffer | undefined;
    file?: string | undefined;
  }): Promise<SessionAnswer> {
    if (this.failed) throw this.failed;
    const answer = new Promise<string>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.sock.destroy();
        reject(new Error(`no answer from clamd in ${this.timeoutMs} ms`));
      }, this.timeoutMs);
      this.waiting = (a) => {
        clearTimeout(timer);
        resolve(a);
      };
      this.failWaiter = (err) => {
        clearTimeout(timer);
        reject(err);
      };
    });
    // A rejected answer while still writing must not go unhandled.
    answer.catch(() => undefined);
    try {
      await this.write(Buffer.from('zINSTREAM\0'));
      if (source.data !== undefined) {
        for (let at = 0; at < source.data.length; at += CHUNK) {
          await this.chunk(source.data.subarray(at, at + CHUNK));
        }
      } else if (source.file !== undefined) {
        for await (const piece of createReadStream(source.file, { highWaterMark: CHUNK })) {
          await this.chunk(piece as Buffer);
        }
      }
      await this.write(Buffer.alloc(4));
    } catch {
      // clamd answered early and closed (size limit): its answer, or the session's error.
      return answer;
    }
    return answer;
  }

  close(): void {
    if (!this.sock.destroyed) this.sock.end('zEND\0');
    this.sock.destroy();
  }

  private async chunk(data: Buffer): Promise<void> {
    if (data.length === 0) return;
    const len = Buffer.alloc(4);
    len.writeUInt32BE(data.length, 0);
    await this.write(len);
    await this.write(data);
  }

  private write(data: Buffer): Promise<void> {
    if (this.failed) return Promise.reject(this.failed);
    return new Promise((resolve, reject) => {
      // clamd stops reading once it answers (size limit, virus found early): a write error
      // after that is the answer arriving, which `scan` then returns.
      const ok = this.sock.write(data, (err) => (err ? reject(err) : undefined));
      if (ok) {
        resolve();
        return;
      }
      const done = (): void => {
        this.sock.off('drain', done);
        this.sock.off('close', done);
        resolve();
      };
      this.sock.on('drain', done);
      this.sock.on('close', done);
    });
  }
}
