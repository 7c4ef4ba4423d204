import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src/core/envelope.js';
import { MailshieldError, PermanentError, TempFailError } from '../../../src/core/errors.js';
import { newId } from '../../../src/core/ids.js';
import { MessageTooLargeError, Spool } from '../../../src/spool/spool.js';

const envelope: Envelope = {
  mailFrom: 'sender@example.com',
  rcptTo: ['van.a@stc.songhong.gov.vn', 'thi.b@syt.songhong.gov.vn'],
  clientAddress: '192.0.2.10',
  helo: 'mail.example.com',
  receivedAt: '2024-03-05T07:04:09.000Z',
  tls: true,
};

let dir: string;
let spool: Spool;

beforeEach(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ms-spool-'));
  spool = new Spool(dir);
  await spool.init();
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

/** A stream that yields the chunks, then fails. */
function failingStream(chunks: Buffer[]): Readable {
  return Readable.from(
    (function* () {
      for (const c of chunks) yield c;
      throw new Error('client connection reset');
    })(),
  );
}

/** A stream that records how many of its chunks were consumed. */
function countingStream(chunks: Buffer[]): { stream: Readable; consumed: () => number } {
  let n = 0;
  const stream = Readable.from(
    (function* () {
      for (const c of chunks) {
        n++;
        yield c;
      }
    })(),
  );
  return { stream, consumed: () => n };
}

const filesIn = (sub: string): string[] => readdirSync(join(dir, sub));

async function caught(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected the promise to reject');
}

describe('Spool.init', () => {
  it('creates the queue and tmp folders', async () => {
    const fresh = join(dir, 'nested', 'spool');
    const s = new Spool(fresh);
    expect(await s.init()).toBe(0);
    expect(readdirSync(fresh).sort()).toEqual(['queue', 'seg', 'tmp']);
  });

  it('removes half-written files left in tmp/ and reports how many', async () => {
    writeFileSync(join(dir, 'tmp', `${newId()}.msg`), 'MSPOOL1 3\n{}');
    writeFileSync(join(dir, 'tmp', 'stray'), 'x');
    expect(await spool.init()).toBe(2);
    expect(filesIn('tmp')).toEqual([]);
  });

  it('leaves complete messages in queue/ alone', async () => {
    const id = newId();
    await spool.write(id, envelope, Buffer.alloc(0), Readable.from([Buffer.from('x')]));
    await spool.init();
    expect(await spool.list()).toEqual([id]);
  });
});

describe('Spool.write and read', () => {
  it('reads back the envelope, size and raw bytes written', async () => {
    const id = newId();
    const raw = Buffer.from('Subject: chào\r\n\r\nbody\r\n', 'utf8');
    const size = await spool.write(id, envelope, Buffer.alloc(0), Readable.from([raw]));
    expect(size).toBe(raw.length);
    const entry = await spool.read(id);
    expect(entry.id).toBe(id);
    expect(entry.envelope).toEqual(envelope);
    expect(entry.size).toBe(raw.length);
    expect(await readAll(spool.openRaw(entry))).toEqual(raw);
  });

  it('puts the prefix bytes before the data and counts them in the size', async () => {
    const id = newId();
    const prefix = Buffer.from('Received: from x\r\n\tby y; date\r\n');
    const data = [Buffer.from('Subject: a\r\n'), Buffer.from('\r\nbody\r\n')];
    const size = await spool.write(id, envelope, prefix, Readable.from(data));
    const expected = Buffer.concat([prefix, ...data]);
    expect(size).toBe(expected.length);
    const entry = await spool.read(id);
    expect(entry.size).toBe(expected.length);
    expect(await readAll(spool.openRaw(entry))).toEqual(expected);
  });

  it('keeps every byte value, NUL and 8-bit included', async () => {
    const id = newId();
    const raw = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    await spool.write(id, envelope, Buffer.alloc(0), Readable.from([raw]));
    expect(await readAll(spool.openRaw(await spool.read(id)))).toEqual(raw);
  });

  it('stores an empty message with the null sender', async () => {
    const id = newId();
    const bounce: Envelope = { ...envelope, mailFrom: '' };
    expect(await spool.write(id, bounce, Buffer.alloc(0), Readable.from([]))).toBe(0);
    const entry = await spool.read(id);
    expect(entry.envelope.mailFrom).toBe('');
    expect(entry.size).toBe(0);
    expect(await readAll(spool.openRaw(entry))).toEqual(Buffer.alloc(0));
  });

  it('gives a fresh raw stream each time', async () => {
    const id = newId();
    const raw = Buffer.from('a\r\n\r\nb\r\n');
    await spool.write(id, envelope, Buffer.alloc(0), Readable.from([raw]));
    const entry = await spool.read(id);
    expect(await readAll(spool.openRaw(entry))).toEqual(raw);
    expect(await readAll(spool.openRaw(entry))).toEqual(raw);
  });

  it('leaves no file in tmp/ after a successful write', async () => {
    const id = newId();
    await spool.write(id, envelope, Buffer.alloc(0), Readable.from([Buffer.from('x')]));
    expect(filesIn('tmp')).toEqual([]);
    expect(await spool.exists(id)).toBe(true);
  });

  it('refuses to overwrite a message being written under the same id', async () => {
    const id = newId();
    writeFileSync(join(dir, 'tmp', `${id}.msg`), 'in progress');
    const err = await caught(
      spool.write(id, envelope, Buffer.alloc(0), Readable.from([Buffer.from('x')])),
    );
    expect(err).toBeInstanceOf(TempFailError);
    expect(await spool.exists(id)).toBe(false);
  });
});

describe('Spool.write failures leave nothing behind', () => {
  it('throws a TempFailError and keeps no file when the data stream errors midway', async () => {
    const id = newId();
    const err = await caught(
      spool.write(
        id,
        envelope,
        Buffer.from('Received: x\r\n'),
        failingStream([Buffer.from('Subject: a\r\n'), Buffer.from('\r\nbody')]),
      ),
    );
    expect(err).toBeInstanceOf(TempFailError);
    expect((err as TempFailError).code).toBe('MS_ERR_SPOOL_WRITE');
    expect(filesIn('queue')).toEqual([]);
    expect(filesIn('tmp')).toEqual([]);
    expect(await spool.exists(id)).toBe(false);
  });

  it('throws MessageTooLargeError over maxBytes after consuming the whole input', async () => {
    const id = newId();
    const chunks = Array.from({ length: 10 }, () => Buffer.alloc(100, 0x61));
    const { stream, consumed } = countingStream(chunks);
    const err = await caught(spool.write(id, envelope, Buffer.alloc(0), stream, 250));
    expect(err).toBeInstanceOf(MessageTooLargeError);
    expect(err).toBeInstanceOf(PermanentError);
    expect((err as MessageTooLargeError).code).toBe('MS_ERR_TOO_LARGE');
    expect((err as MessageTooLargeError).size).toBe(1000);
    expect(consumed()).toBe(10);
    expect(stream.readableEnded).toBe(true);
    expect(filesIn('queue')).toEqual([]);
    expect(filesIn('tmp')).toEqual([]);
  });

  it('counts the prefix against maxBytes', async () => {
    const err = await caught(
      spool.write(
        newId(),
        envelope,
        Buffer.alloc(60, 0x52),
        Readable.from([Buffer.alloc(50, 0x61)]),
        100,
      ),
    );
    expect(err).toBeInstanceOf(MessageTooLargeError);
    expect((err as MessageTooLargeError).size).toBe(110);
  });

  it('accepts a message of exactly maxBytes', async () => {
    const id = newId();
    const raw = Buffer.alloc(100, 0x61);
    expect(await spool.write(id, envelope, Buffer.alloc(0), Readable.from([raw]), 100)).toBe(100);
    expect(await readAll(spool.openRaw(await spool.read(id)))).toEqual(raw);
  });
});

describe('Spool.read errors', () => {
  it('throws MS_ERR_SPOOL_MISSING for an id that is not spooled', async () => {
    const err = await caught(spool.read(newId()));
    expect(err).toBeInstanceOf(MailshieldError);
    expect((err as MailshieldError).code).toBe('MS_ERR_SPOOL_MISSING');
  });

  it('throws MS_ERR_SPOOL_MISSING for an id that tries to leave the spool', async () => {
    writeFileSync(join(dir, 'secret.msg'), 'MSPOOL1 2\n{}\nraw');
    const err = await caught(spool.read('../secret'));
    expect((err as MailshieldError).code).toBe('MS_ERR_SPOOL_MISSING');
  });

  const corrupt: Record<string, string | Buffer> = {
    garbage: 'this is not a spool file at all\r\n',
    'an empty file': '',
    'random bytes': Buffer.from([0xff, 0x00, 0x13, 0x37, 0x0a, 0x0d, 0x00]),
    'a non-numeric envelope length': 'MSPOOL1 abc\n{}\n',
    'a zero envelope length': 'MSPOOL1 0\n\n',
    'a first line without newline': `MSPOOL1 ${'9'.repeat(40)}`,
    'an envelope that is not JSON': 'MSPOOL1 5\n{{{{{\nraw',
    'a file truncated inside the envelope': 'MSPOOL1 100\n{"mailFrom":',
  };

  for (const [name, content] of Object.entries(corrupt)) {
    it(`throws for a file with ${name}`, async () => {
      const id = newId();
      writeFileSync(spool.pathOf(id), content);
      await expect(spool.read(id)).rejects.toThrow();
    });
  }

  // Regression (found by these tests, fixed): Spool.read (src/spool/spool.ts:130-134) neither checks that the envelope is
  // followed by its "\n" separator nor that the file is long enough, so a file cut right
  // after the envelope JSON is read as valid with size -1 instead of being refused.
  it('throws for a file truncated right after the envelope', async () => {
    const id = newId();
    writeFileSync(spool.pathOf(id), 'MSPOOL1 2\n{}');
    await expect(spool.read(id)).rejects.toThrow();
  });
});

describe('Spool.list and remove', () => {
  it('lists the ids oldest first whatever the write order', async () => {
    const ids = [newId(3_000_000), newId(1_000_000), newId(2_000_000), newId(1_000_000_000_000)];
    for (const id of ids) {
      await spool.write(id, envelope, Buffer.alloc(0), Readable.from([Buffer.from('x')]));
    }
    expect(await spool.list()).toEqual([ids[1], ids[2], ids[0], ids[3]]);
  });

  it('lists nothing for an empty spool', async () => {
    expect(await spool.list()).toEqual([]);
  });

  it('ignores files that are not spooled messages', async () => {
    const id = newId();
    await spool.write(id, envelope, Buffer.alloc(0), Readable.from([Buffer.from('x')]));
    writeFileSync(join(dir, 'queue', 'notes.txt'), 'x');
    writeFileSync(join(dir, 'queue', 'not-an-id.msg'), 'x');
    expect(await spool.list()).toEqual([id]);
  });

  it('removes a message so that it can no longer be read', async () => {
    const id = newId();
    await spool.write(id, envelope, Buffer.alloc(0), Readable.from([Buffer.from('x')]));
    await spool.remove(id);
    expect(await spool.exists(id)).toBe(false);
    expect(await spool.list()).toEqual([]);
    const err = await caught(spool.read(id));
    expect((err as MailshieldError).code).toBe('MS_ERR_SPOOL_MISSING');
  });

  it('removes idempotently: a missing message is not an error', async () => {
    const id = newId();
    await spool.write(id, envelope, Buffer.alloc(0), Readable.from([Buffer.from('x')]));
    await spool.remove(id);
    await expect(spool.remove(id)).resolves.toBeUndefined();
    await expect(spool.remove(newId())).resolves.toBeUndefined();
  });

  it('removes only the message asked for', async () => {
    const keep = newId();
    const drop = newId();
    for (const id of [keep, drop]) {
      await spool.write(id, envelope, Buffer.alloc(0), Readable.from([Buffer.from(id)]));
    }
    await spool.remove(drop);
    expect(await spool.list()).toEqual([keep]);
  });
});
