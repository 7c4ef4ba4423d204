import { Transform, type TransformCallback } from 'node:stream';

/**
 * Rewrites bare LF and bare CR as CRLF.
 *
 * smtp-server ends DATA only on CRLF.CRLF, so a client can send "\n.\n" or "\r.\r\n"
 * inside the message. A next hop that accepts such endings would see the message end
 * there and read what follows as a second, smuggled message (SMTP smuggling, 2023).
 * Normalising at the spool means the line "." that follows reaches the next hop
 * dot-stuffed, as data, and every stage (parser, clamd, rules) sees one canonical text.
 */
export class LineEndingNormalizer extends Transform {
  /** The previous chunk ended with CR: its LF, if any, starts this chunk. */
  private pendingCR = false;
  /** Number of bare CR or LF rewritten, for logs and the smuggling policy. */
  rewritten = 0;

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    if (chunk.length === 0) {
      done();
      return;
    }
    let start = 0;
    let i = 0;
    const out: Buffer[] = [];
    const len = chunk.length;
    if (this.pendingCR) {
      this.pendingCR = false;
      if (len > 0 && chunk[0] === 0x0a) {
        out.push(CRLF);
        start = 1;
        i = 1;
      } else {
        out.push(CRLF);
        this.rewritten++;
      }
    }
    // Jump from CR/LF to CR/LF with indexOf (native): most lines end in a proper CRLF.
    // Positions found past the cursor are kept, so no byte is searched twice.
    let cr = -2;
    let lf = -2;
    while (i < len) {
      if (cr !== -1 && cr < i) cr = chunk.indexOf(0x0d, i);
      if (lf !== -1 && lf < i) lf = chunk.indexOf(0x0a, i);
      if (cr === -1 && lf === -1) break;
      if (lf !== -1 && (cr === -1 || lf < cr)) {
        // An LF with no CR before it.
        out.push(chunk.subarray(start, lf), CRLF);
        this.rewritten++;
        start = lf + 1;
        i = lf + 1;
      } else if (cr + 1 < len) {
        if (chunk[cr + 1] === 0x0a) {
          i = cr + 2; // proper CRLF, keep as is
          continue;
        }
        out.push(chunk.subarray(start, cr), CRLF);
        this.rewritten++;
        start = cr + 1;
        i = cr + 1;
      } else {
        // CR at the end of the chunk: decide when the next byte arrives.
        out.push(chunk.subarray(start, cr));
        start = len;
        this.pendingCR = true;
        i = len;
      }
    }
    if (start < len) out.push(chunk.subarray(start));
    if (out.length === 1) done(null, out[0]);
    else if (out.length > 0) done(null, Buffer.concat(out));
    else done();
  }

  override _flush(done: TransformCallback): void {
    if (this.pendingCR) {
      this.pendingCR = false;
      this.rewritten++;
      done(null, CRLF);
      return;
    }
    done();
  }
}

const CRLF = Buffer.from('\r\n');
