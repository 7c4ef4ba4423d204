/** Deterministic mutations of sample messages for fuzzing (mulberry32 PRNG, fixed seed). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TOKENS = [
  '\r\n',
  '\n',
  '\r',
  '\0',
  '--',
  '=?UTF-8?B?',
  '?=',
  '=\r\n',
  'Content-Type: multipart/mixed; boundary="x"\r\n',
  'Content-Transfer-Encoding: base64\r\n',
  'Content-Transfer-Encoding: quoted-printable\r\n',
  'charset="x-unknown"',
  '\r\n--x\r\n',
  '\r\n\r\n',
  '<a href="http://',
  '\u00ff\u00fe',
  ': ',
  'begin 644 x\r\n',
];

/** One mutant of `input`: byte flips, inserted tokens, deleted or duplicated ranges, truncation. */
export function mutate(input: Buffer, next: () => number): Buffer {
  let buf = Buffer.from(input);
  const ops = 1 + Math.floor(next() * 6);
  for (let k = 0; k < ops; k++) {
    const at = Math.floor(next() * (buf.length + 1));
    const op = Math.floor(next() * 6);
    if (op === 0 && buf.length > 0) {
      buf[Math.min(at, buf.length - 1)] = Math.floor(next() * 256);
    } else if (op === 1) {
      const tok = Buffer.from(TOKENS[Math.floor(next() * TOKENS.length)]!, 'latin1');
      buf = Buffer.concat([buf.subarray(0, at), tok, buf.subarray(at)]);
    } else if (op === 2) {
      const len = Math.floor(next() * 200);
      buf = Buffer.concat([buf.subarray(0, at), buf.subarray(at + len)]);
    } else if (op === 3) {
      const len = Math.floor(next() * 2000);
      const times = 1 + Math.floor(next() * 20);
      const piece = buf.subarray(at, at + len);
      buf = Buffer.concat([
        buf.subarray(0, at),
        ...Array.from({ length: times }, () => piece),
        buf.subarray(at),
      ]);
    } else if (op === 4) {
      buf = buf.subarray(0, at);
    } else {
      const header = Buffer.from(
        `X-Fuzz-${k}: ${'a'.repeat(Math.floor(next() * 5000))}\r\n`,
        'latin1',
      );
      buf = Buffer.concat([header, buf]);
    }
  }
  return buf;
}
