import { describe, expect, it } from 'vitest';
import DataStream from 'nodemailer/lib/smtp-connection/data-stream.js';
import { useFastDotStuffing } from '../../../src/deliver/dot-stuffing.js';

type Transform = (...a: unknown[]) => unknown;
const proto = DataStream.prototype as unknown as { _transform: Transform };
const original = proto._transform;

/** Output and counters of a DataStream fed these chunks. */
async function run(
  transform: Transform,
  chunks: Buffer[],
): Promise<{ out: Buffer; inBytes: number; outBytes: number }> {
  proto._transform = transform;
  const s = new DataStream();
  const parts: Buffer[] = [];
  s.on('data', (d: Buffer) => parts.push(d));
  const ended = new Promise((r) => s.on('end', r));
  for (const c of chunks) s.write(c);
  s.end();
  await ended;
  const state = s as unknown as { inByteCount: number; outByteCount: number };
  return { out: Buffer.concat(parts), inBytes: state.inByteCount, outBytes: state.outByteCount };
}

/** A deterministic generator (mulberry32), so a failure can be replayed. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('dot stuffing (nodemailer DataStream, scanned with indexOf)', () => {
  useFastDotStuffing();
  const fast = proto._transform;

  it('gives exactly nodemailer’s bytes and counters on 3,000 random inputs and chunkings', async () => {
    const random = rng(7);
    const alphabet = [0x0d, 0x0a, 0x2e, 0x61, 0x0d, 0x0a, 0x2e];
    for (let n = 0; n < 3000; n++) {
      const len = Math.floor(random() * 60);
      const data = Buffer.from(
        Array.from({ length: len }, () => alphabet[Math.floor(random() * alphabet.length)]!),
      );
      const chunks: Buffer[] = [];
      for (let at = 0; at < data.length;) {
        const size = 1 + Math.floor(random() * 8);
        chunks.push(data.subarray(at, at + size));
        at += size;
      }
      const want = await run(original, chunks);
      const got = await run(fast, chunks);
      expect(got.out.toString('latin1'), JSON.stringify(data.toString('latin1'))).toBe(
        want.out.toString('latin1'),
      );
      expect(got.inBytes).toBe(want.inBytes);
      expect(got.outBytes).toBe(want.outBytes);
    }
    proto._transform = fast;
  });

  it('escapes the cases SMTP needs: leading dots, bare CR and LF, "\\r.\\r"', async () => {
    const { out } = await run(fast, [Buffer.from('.a\r\n.b\nc\r.\rd\r\n')]);
    proto._transform = fast;
    expect(out.toString('latin1')).toBe('..a\r\n..b\r\nc\r\n..\r\nd\r\n.\r\n');
  });
});
