import DataStream from 'nodemailer/lib/smtp-connection/data-stream.js';
import type { TransformCallback } from 'node:stream';

const CR = 0x0d;
const LF = 0x0a;
const DOT = 0x2e;
const INSERT_LF = Buffer.from('\n');
const INSERT_LF_DOT = Buffer.from('\n.');
const INSERT_CR = Buffer.from('\r');
const INSERT_DOT = Buffer.from('.');

/**
 * The pieces of `chunk` with SMTP's DATA escaping applied: a dot at the start of a line
 * doubled, a bare CR or LF made CRLF (a dot after a bare CR is escaped too: no "\r.\r"
 * end of data at a receiver that reads a lone CR as a line end). Exactly what
 * nodemailer's DataStream does byte by byte, found here with indexOf: every change sits
 * at a CR, an LF or the start of the data. `last` is the previous chunk's last byte
 * (false at the start of the data).
 */
export function dotStuff(chunk: Buffer, last: number | false): Buffer[] {
  const out: Buffer[] = [];
  let from = 0;
  const insert = (at: number, bytes: Buffer): void => {
    if (at > from) out.push(chunk.subarray(from, at));
    out.push(bytes);
    from = at;
  };
  const first = chunk[0];
  if (last === CR && first !== LF) insert(0, first === DOT ? INSERT_LF_DOT : INSERT_LF);
  else if (first === DOT && (last === LF || last === false)) insert(0, INSERT_DOT);
  let cr = chunk.indexOf(CR);
  let lf = chunk.indexOf(LF);
  while (cr !== -1 || lf !== -1) {
    if (lf === -1 || (cr !== -1 && cr < lf)) {
      const at = cr + 1;
      if (at < chunk.length && chunk[at] !== LF) {
        insert(at, chunk[at] === DOT ? INSERT_LF_DOT : INSERT_LF);
      }
      cr = chunk.indexOf(CR, at);
    } else {
      const prev = lf > 0 ? chunk[lf - 1] : last;
      if (prev !== CR) insert(lf, INSERT_CR);
      const at = lf + 1;
      if (at < chunk.length && chunk[at] === DOT) insert(at, INSERT_DOT);
      lf = chunk.indexOf(LF, at);
    }
  }
  if (out.length === 0) return [chunk];
  if (from < chunk.length) out.push(chunk.subarray(from));
  return out;
}

interface DataStreamState {
  inByteCount: number;
  outByteCount: number;
  lastByte: number | false;
  push(chunk: Buffer): boolean;
}

/**
 * nodemailer escapes the data it sends one byte at a time in JavaScript: about 5% of the
 * worker's CPU per message in the benchmark went there (the mix's attachments). Its
 * DataStream keeps its interface and counters; only the scan is replaced (the
 * differential test in tests/unit/deliver/dot-stuffing.test.ts runs both on the same
 * input).
 */
export function useFastDotStuffing(): void {
  const proto = DataStream.prototype as unknown as {
    _transform(
      this: DataStreamState,
      chunk: Buffer | string,
      enc: string,
      done: TransformCallback,
    ): void;
  };
  proto._transform = function (chunk, _enc, done) {
    if (!chunk || chunk.length === 0) {
      done();
      return;
    }
    const buf = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    this.inByteCount += buf.length;
    const pieces = dotStuff(buf, this.lastByte);
    const out = pieces.length === 1 ? pieces[0]! : Buffer.concat(pieces);
    this.outByteCount += out.length;
    this.lastByte = buf[buf.length - 1]!;
    this.push(out);
    done();
  };
}
