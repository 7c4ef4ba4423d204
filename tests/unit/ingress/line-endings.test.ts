import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { LineEndingNormalizer } from '../../../src/ingress/line-endings.js';

interface Normalized {
  out: string;
  rewritten: number;
}

/** Feeds the chunks through a fresh normalizer and collects everything it emits. */
async function normalize(chunks: (string | Buffer)[]): Promise<Normalized> {
  const n = new LineEndingNormalizer();
  const parts: Buffer[] = [];
  n.on('data', (part: Buffer) => parts.push(part));
  const ended = once(n, 'end');
  for (const c of chunks) n.write(typeof c === 'string' ? Buffer.from(c, 'latin1') : c);
  n.end();
  await ended;
  return { out: Buffer.concat(parts).toString('latin1'), rewritten: n.rewritten };
}

/** Every bare LF or bare CR in the text. */
function hasBareEnding(text: string): boolean {
  return /\r(?!\n)|(?<!\r)\n/.test(text);
}

describe('LineEndingNormalizer: single chunk', () => {
  it('leaves CRLF text untouched and counts nothing', async () => {
    const text = 'Subject: hi\r\n\r\nline one\r\nline two\r\n';
    expect(await normalize([text])).toEqual({ out: text, rewritten: 0 });
  });

  it('rewrites bare LF as CRLF', async () => {
    expect(await normalize(['a\nb\n'])).toEqual({ out: 'a\r\nb\r\n', rewritten: 2 });
  });

  it('rewrites bare CR as CRLF', async () => {
    expect(await normalize(['a\rb\rc'])).toEqual({ out: 'a\r\nb\r\nc', rewritten: 2 });
  });

  it('rewrites a CR followed by CRLF as two line endings', async () => {
    expect(await normalize(['a\r\r\nb'])).toEqual({ out: 'a\r\n\r\nb', rewritten: 1 });
  });

  it('rewrites LF CR as two line endings', async () => {
    expect(await normalize(['a\n\rb'])).toEqual({ out: 'a\r\n\r\nb', rewritten: 2 });
  });

  it('rewrites a CR at the very end of the stream as CRLF', async () => {
    expect(await normalize(['end\r'])).toEqual({ out: 'end\r\n', rewritten: 1 });
  });

  it('passes bytes other than CR and LF through unchanged, 8-bit included', async () => {
    const bytes = Buffer.from([0x00, 0x09, 0x2e, 0x7f, 0x80, 0xc3, 0xa9, 0xff]);
    expect((await normalize([bytes])).out).toBe(bytes.toString('latin1'));
  });

  it('emits nothing for an empty stream', async () => {
    expect(await normalize([])).toEqual({ out: '', rewritten: 0 });
  });
});

describe('LineEndingNormalizer: SMTP smuggling endings', () => {
  it('turns "\\n.\\n" into a CRLF.CRLF sequence', async () => {
    const { out } = await normalize(['body\n.\nMAIL FROM:<x@evil>\r\n']);
    expect(out).toBe('body\r\n.\r\nMAIL FROM:<x@evil>\r\n');
    expect(hasBareEnding(out)).toBe(false);
  });

  it('turns "\\n.\\r\\n" into a CRLF.CRLF sequence', async () => {
    expect((await normalize(['body\n.\r\nnext'])).out).toBe('body\r\n.\r\nnext');
  });

  it('turns "\\r.\\r\\n" into a CRLF.CRLF sequence', async () => {
    expect((await normalize(['body\r.\r\nnext'])).out).toBe('body\r\n.\r\nnext');
  });

  it('turns "\\r\\n.\\n" into a CRLF.CRLF sequence', async () => {
    expect((await normalize(['body\r\n.\nnext'])).out).toBe('body\r\n.\r\nnext');
  });
});

describe('LineEndingNormalizer: chunk boundaries', () => {
  it('keeps a CR ending one chunk and an LF starting the next as one CRLF', async () => {
    expect(await normalize(['line\r', '\nnext'])).toEqual({ out: 'line\r\nnext', rewritten: 0 });
  });

  it('rewrites a CR ending one chunk when the next chunk starts with other data', async () => {
    expect(await normalize(['line\r', 'next'])).toEqual({ out: 'line\r\nnext', rewritten: 1 });
  });

  it('rewrites a CR ending one chunk when the next chunk starts with another CR', async () => {
    expect(await normalize(['a\r', '\r', '\nb'])).toEqual({ out: 'a\r\n\r\nb', rewritten: 1 });
  });

  it('rewrites a CR ending the last chunk when the stream ends', async () => {
    expect(await normalize(['line\r\n', 'last\r'])).toEqual({
      out: 'line\r\nlast\r\n',
      rewritten: 1,
    });
  });

  it('keeps a pending CR across an empty chunk', async () => {
    expect(await normalize(['a\r', Buffer.alloc(0), '\nb'])).toEqual({
      out: 'a\r\nb',
      rewritten: 0,
    });
  });

  it('handles chunks that are a lone CR or a lone LF', async () => {
    expect(await normalize(['\r', '\n', '\r', '\r', '\n', '\n'])).toEqual({
      out: '\r\n\r\n\r\n\r\n',
      rewritten: 2,
    });
  });

  // The property that matters: TCP can split the data anywhere, and the spooled bytes
  // must not depend on where.
  const samples: Record<string, string> = {
    'mixed endings': 'A: 1\r\nB: 2\n\rC\r\r\n\nbody\r.\r\n..\n.\nend\r',
    'smuggling attempt':
      'Subject: x\r\n\r\nhello\n.\r\nMAIL FROM:<a@b>\r\nRCPT TO:<c@d>\r\nDATA\r\n\r.\r\nQUIT\r\n',
    'runs of CR and LF': '\r\r\r\n\n\n\r\n\r\r\n\n\r',
    'clean CRLF': 'From: a@b\r\nTo: c@d\r\n\r\nbody\r\n',
  };

  for (const [name, text] of Object.entries(samples)) {
    it(`gives the same output for "${name}" split at every byte position`, async () => {
      const whole = await normalize([text]);
      expect(hasBareEnding(whole.out)).toBe(false);
      for (let i = 0; i <= text.length; i++) {
        const split = await normalize([text.slice(0, i), text.slice(i)]);
        expect(split, `split at ${i}`).toEqual(whole);
      }
    });

    it(`gives the same output for "${name}" split at every pair of byte positions`, async () => {
      const whole = await normalize([text]);
      for (let i = 0; i <= text.length; i++) {
        for (let j = i; j <= text.length; j++) {
          const split = await normalize([text.slice(0, i), text.slice(i, j), text.slice(j)]);
          expect(split, `split at ${i} and ${j}`).toEqual(whole);
        }
      }
    });
  }

  it('gives the same output when fed one byte at a time', async () => {
    const text = samples['mixed endings']!;
    const whole = await normalize([text]);
    expect(await normalize([...text])).toEqual(whole);
  });
});

describe('LineEndingNormalizer against a reference', () => {
  it('matches a plain regular-expression rewrite on 500 random texts in random chunks', async () => {
    let seed = 42;
    const rand = (n: number): number => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const alphabet = ['a', '.', '\r', '\n', '\r\n', 'xyz'];
    for (let round = 0; round < 500; round++) {
      let text = '';
      for (let k = rand(200); k > 0; k--) text += alphabet[rand(alphabet.length)]!;
      const chunks: string[] = [];
      for (let at = 0; at < text.length;) {
        const n = 1 + rand(40);
        chunks.push(text.slice(at, at + n));
        at += n;
      }
      const bare = (text.match(/\r(?!\n)|(?<!\r)\n/g) ?? []).length;
      const result = await normalize(chunks);
      expect(result.out, JSON.stringify(text)).toBe(text.replace(/\r\n|\r|\n/g, '\r\n'));
      expect(result.rewritten).toBe(bare);
    }
  });
});
