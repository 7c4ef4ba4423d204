import {
  mkdirSync,
  appendFileSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Envelope } from '../../../src/core/envelope.js';
import { MailshieldError, TempFailError } from '../../../src/core/errors.js';
import { isId } from '../../../src/core/ids.js';
import { MessageTooLargeError, Spool } from '../../../src/spool/spool.js';
import { locate } from '../../../src/spool/segment-format.js';
import { SegmentIndex } from '../../../src/spool/segment-index.js';

const envelope: Envelope = {
  mailFrom: 'sender@example.com',
  rcptTo: ['van.a@stc.songhong.gov.vn'],
  clientAddress: '192.0.2.10',
  helo: 'mail.example.com',
  receivedAt: '2024-03-05T07:04:09.000Z',
  tls: false,
};

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'ms-seg-'));
});

afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

const prefixFor = (id: string): Buffer => Buffer.from(`Received: by test id ${id}\r\n`);

function message(n: number, bytes = 200): Buffer {
  const body = `Subject: m${n}\r\n\r\n${'x'.repeat(bytes)}\r\n`;
  return Buffer.from(body);
}

async function readAll(stream: Readable): Promise<Buffer> {
  const parts: Buffer[] = [];
  for await (const part of stream) parts.push(part as Buffer);
  return Buffer.concat(parts);
}

async function gateway(opts: ConstructorParameters<typeof Spool>[1] = {}): Promise<Spool> {
  const spool = new Spool(dir, opts);
  await spool.init();
  return spool;
}

const segFiles = (ext: string): string[] =>
  readdirSync(join(dir, 'seg')).filter((n) => n.endsWith(ext));

describe('spool segments', () => {
  it('appends small messages to a segment and reads each back by id alone', async () => {
    const spool = await gateway();
    const { id, size } = await spool.accept(envelope, prefixFor, Readable.from([message(1)]));
    expect(isId(id)).toBe(true);
    expect(readdirSync(join(dir, 'queue'))).toEqual([]);
    expect(segFiles('.seg')).toHaveLength(1);
    // Another process (a worker) finds it from the id.
    const reader = new Spool(dir);
    const entry = await reader.read(id);
    expect(entry.envelope).toEqual(envelope);
    expect(entry.size).toBe(size);
    const raw = await readAll(reader.openRaw(entry));
    expect(raw.toString()).toBe(prefixFor(id).toString() + message(1).toString());
    expect((await readAll(reader.openRaw(entry, 10))).toString()).toBe(raw.subarray(10).toString());
    await spool.close();
  });

  it('gives messages over recordMaxBytes a file of their own, with the whole data', async () => {
    const spool = await gateway({ recordMaxBytes: 1000 });
    const chunks = [message(1, 700), message(2, 700), message(3, 700)];
    const { id, size } = await spool.accept(envelope, prefixFor, Readable.from(chunks));
    expect(readdirSync(join(dir, 'queue'))).toEqual([`${id}.msg`]);
    const entry = await spool.read(id);
    expect(entry.size).toBe(size);
    const raw = await readAll(spool.openRaw(entry));
    expect(raw.toString()).toBe(prefixFor(id).toString() + Buffer.concat(chunks).toString());
    await spool.close();
  });

  it('keeps 200 concurrent appends apart, each flushed before it resolves', async () => {
    const spool = await gateway();
    const results = await Promise.all(
      Array.from({ length: 200 }, (_, i) =>
        spool.accept(envelope, prefixFor, Readable.from([message(i, i * 7)])),
      ),
    );
    expect(new Set(results.map((r) => r.id)).size).toBe(200);
    const reader = new Spool(dir);
    for (const [i, r] of results.entries()) {
      const raw = await readAll(reader.openRaw(await reader.read(r.id)));
      expect(raw.toString()).toBe(prefixFor(r.id).toString() + message(i, i * 7).toString());
    }
    expect((await reader.list()).sort()).toEqual(results.map((r) => r.id).sort());
    await spool.close();
  });

  it('removes by marking done: read says missing, list leaves it out, remove is idempotent', async () => {
    const spool = await gateway();
    const a = await spool.accept(envelope, prefixFor, Readable.from([message(1)]));
    const b = await spool.accept(envelope, prefixFor, Readable.from([message(2)]));
    const worker = new Spool(dir);
    await worker.remove(a.id);
    await worker.remove(a.id);
    await expect(spool.read(a.id)).rejects.toMatchObject({ code: 'MS_ERR_SPOOL_MISSING' });
    expect(await spool.list()).toEqual([b.id]);
    expect(await spool.exists(b.id)).toBe(true);
    expect(await spool.exists(a.id)).toBe(false);
    expect(readFileSync(join(dir, 'seg', segFiles('.done')[0]!), 'latin1')).toBe(`${a.id}\n`);
    await spool.close();
  });

  it('serves concurrent reads and removes in one process while the done list grows', async () => {
    // Regression: two jobs refreshing the same done list at once read a negative length.
    const spool = await gateway();
    const ids: string[] = [];
    for (let i = 0; i < 60; i++) {
      ids.push((await spool.accept(envelope, prefixFor, Readable.from([message(i)]))).id);
    }
    const worker = new Spool(dir);
    const other = new Spool(dir);
    await Promise.all(
      ids.map(async (id, i) => {
        expect((await worker.read(id)).id).toBe(id);
        if (i % 2 === 0) await worker.remove(id);
        else await other.remove(id);
        await expect(worker.read(id)).rejects.toMatchObject({ code: 'MS_ERR_SPOOL_MISSING' });
      }),
    );
    expect(await worker.list()).toEqual([]);
    expect(await spool.list()).toEqual([]);
    await spool.close();
  });

  it('keeps the done list right when one process refreshes it concurrently while it grows', async () => {
    const writer = new SegmentIndex(join(dir, 'seg'));
    const reader = new SegmentIndex(join(dir, 'seg'));
    mkdirSync(join(dir, 'seg'), { recursive: true });
    const marked: string[] = [];
    for (let round = 0; round < 200; round++) {
      const id = `id${String(round).padStart(20, '0')}`;
      marked.push(id);
      // Refreshes started before, during and after the append.
      const reads = [
        reader.doneIds('k0000'),
        writer.markDone('k0000', id),
        reader.doneIds('k0000'),
      ];
      await Promise.all(reads);
    }
    expect([...(await reader.doneIds('k0000'))].sort()).toEqual(marked.sort());
  });

  it('keeps only recent segments in memory and reads a forgotten one again from disk', async () => {
    const index = new SegmentIndex(join(dir, 'seg'));
    mkdirSync(join(dir, 'seg'), { recursive: true });
    for (let k = 0; k < 100; k++) {
      const key = `k${String(k).padStart(4, '0')}`;
      await index.markDone(key, `id-${k}`);
      expect([...(await index.doneIds(key))]).toEqual([`id-${k}`]);
    }
    const cache = (index as unknown as { done: Map<string, unknown> }).done;
    expect(cache.size).toBeLessThanOrEqual(65);
    // The first segment was forgotten; its done list is read again, whole and right.
    await index.markDone('k0000', 'id-late');
    expect([...(await index.doneIds('k0000'))].sort()).toEqual(['id-0', 'id-late']);
  });

  it('an id that points into a segment at the wrong place is missing, not another message', async () => {
    const spool = await gateway();
    const a = await spool.accept(envelope, prefixFor, Readable.from([message(1)]));
    const { key } = locate(a.id);
    // Same segment key, another offset: no record header there names this id.
    const forged = a.id.slice(0, 15) + '0000001';
    expect(locate(forged).key).toBe(key);
    await expect(spool.read(forged)).rejects.toBeInstanceOf(MailshieldError);
    await spool.close();
  });

  it('cuts a torn tail at start and keeps every whole record', async () => {
    let spool = await gateway();
    const a = await spool.accept(envelope, prefixFor, Readable.from([message(1)]));
    const b = await spool.accept(envelope, prefixFor, Readable.from([message(2)]));
    await spool.close();
    const seg = join(dir, 'seg', segFiles('.seg')[0]!);
    const whole = readFileSync(seg).length;
    // A crash in the middle of a third append.
    appendFileSync(seg, `MSEG1 ${a.id.slice(0, 15)}zzzzzzz 120 5000 00000000\n{"mailFrom":`);
    spool = await gateway();
    expect(readFileSync(seg).length).toBe(whole);
    expect((await spool.list()).sort()).toEqual([a.id, b.id].sort());
    const c = await spool.accept(envelope, prefixFor, Readable.from([message(3)]));
    expect((await spool.list()).sort()).toEqual([a.id, b.id, c.id].sort());
    await spool.close();
  });

  it('moves a whole last record with a bad checksum aside (it was acknowledged), then cuts it', async () => {
    let spool = await gateway();
    const a = await spool.accept(envelope, prefixFor, Readable.from([message(1)]));
    const b = await spool.accept(envelope, prefixFor, Readable.from([message(2)]));
    await spool.close();
    const seg = join(dir, 'seg', segFiles('.seg')[0]!);
    const bytes = readFileSync(seg);
    const bStart = locate(b.id).offset;
    bytes[bytes.length - 10]! ^= 0xff;
    writeFileSync(seg, bytes);
    spool = await gateway();
    expect(await spool.list()).toEqual([a.id]);
    await expect(spool.read(b.id)).rejects.toMatchObject({ code: 'MS_ERR_SPOOL_MISSING' });
    expect(spool.damaged).toMatchObject([{ id: b.id, offset: bStart }]);
    expect(readFileSync(spool.damaged[0]!.file)).toEqual(bytes.subarray(bStart));
    expect(readFileSync(seg).length).toBe(bStart);
    await spool.close();
  });

  // Issue #15: a damaged record in the middle used to cut the segment there, losing every
  // acknowledged record after it.
  it('skips a damaged middle record: only it is lost, moved aside; every later one is kept', async () => {
    let spool = await gateway();
    const ids: string[] = [];
    for (let i = 0; i < 10; i++) {
      ids.push((await spool.accept(envelope, prefixFor, Readable.from([message(i)]))).id);
    }
    await spool.close();
    const seg = join(dir, 'seg', segFiles('.seg')[0]!);
    const original = readFileSync(seg);
    const bytes = Buffer.from(original);
    const fourth = locate(ids[3]!).offset;
    const fifth = locate(ids[4]!).offset;
    bytes[fourth + 150]! ^= 0x01;
    writeFileSync(seg, bytes);
    spool = await gateway();
    const kept = ids.filter((_, i) => i !== 3);
    expect(await spool.list()).toEqual(kept);
    for (const [i, id] of ids.entries()) {
      if (i === 3) continue;
      const entry = await spool.read(id);
      expect((await readAll(spool.openRaw(entry))).toString()).toContain(`Subject: m${i}\r\n`);
    }
    await expect(spool.read(ids[3]!)).rejects.toMatchObject({ code: 'MS_ERR_SPOOL_MISSING' });
    expect(spool.damaged).toHaveLength(1);
    expect(spool.damaged[0]).toMatchObject({ id: ids[3], offset: fourth, length: fifth - fourth });
    expect(readFileSync(spool.damaged[0]!.file)).toEqual(bytes.subarray(fourth, fifth));
    expect(readdirSync(join(dir, 'damaged')).sort()).toHaveLength(2);
    // Offsets do not move; new mail still goes in; a second start finds nothing to repair.
    expect(readFileSync(seg).length).toBe(original.length);
    const more = await spool.accept(envelope, prefixFor, Readable.from([message(10)]));
    await spool.close();
    spool = await gateway();
    expect(spool.damaged).toEqual([]);
    expect(await spool.list()).toEqual([...kept, more.id].sort());
    for (const id of [...kept, more.id]) await spool.remove(id);
    await spool.close();
    // A segment with a skip marker is collected like any other once its records are done.
    spool = await gateway();
    expect(segFiles('.seg')).toHaveLength(0);
    await spool.close();
  });

  it('never hands a reader a damaged record before the gateway has repaired the segment', async () => {
    const spool = await gateway();
    const a = await spool.accept(envelope, prefixFor, Readable.from([message(1)]));
    const b = await spool.accept(envelope, prefixFor, Readable.from([message(2)]));
    await spool.close();
    const seg = join(dir, 'seg', segFiles('.seg')[0]!);
    const bytes = readFileSync(seg);
    bytes[locate(b.id).offset - 20]! ^= 0x01; // inside record a's message
    writeFileSync(seg, bytes);
    // A worker's spool: no init, no repair.
    const reader = new Spool(dir);
    await expect(reader.read(a.id)).rejects.toMatchObject({ code: 'MS_ERR_SPOOL_DAMAGED' });
    await expect(reader.read(a.id)).rejects.toBeInstanceOf(TempFailError);
    expect((await reader.read(b.id)).id).toBe(b.id);
    await reader.close();
  });

  it('finds the next record when a header is damaged, and is not fooled by a header inside a message', async () => {
    let spool = await gateway();
    const ids: string[] = [];
    for (let i = 0; i < 4; i++) {
      // Message 1 carries text that looks like a record header (an id of its own segment).
      const body =
        i === 1
          ? Buffer.from(`Subject: m1\r\n\r\nMSEG1 ${ids[0]!} 10 10 00000000\n{"x":1}\n\r\n`)
          : message(i);
      ids.push((await spool.accept(envelope, prefixFor, Readable.from([body]))).id);
    }
    await spool.close();
    const seg = join(dir, 'seg', segFiles('.seg')[0]!);
    const bytes = readFileSync(seg);
    const second = locate(ids[1]!).offset;
    bytes[second + 2] = 0x58; // MSEG1 -> MSXG1: the header no longer parses
    writeFileSync(seg, bytes);
    spool = await gateway();
    expect(await spool.list()).toEqual([ids[0], ids[2], ids[3]]);
    expect(spool.damaged).toMatchObject([
      { offset: second, length: locate(ids[2]!).offset - second, id: undefined },
    ]);
    await spool.close();
  });

  it('starts new segments past segmentBytes and deletes old ones once all is done', async () => {
    const spool = await gateway({ segmentBytes: 1000 });
    const ids: string[] = [];
    for (let i = 0; i < 6; i++) {
      ids.push((await spool.accept(envelope, prefixFor, Readable.from([message(i, 600)]))).id);
    }
    expect(segFiles('.seg').length).toBeGreaterThanOrEqual(3);
    for (const id of ids.slice(0, 5)) await spool.remove(id);
    const before = segFiles('.seg').length;
    expect(await spool.collect()).toBe(before - 1);
    // The segment still written to stays, with the one live message.
    expect(segFiles('.seg')).toHaveLength(1);
    expect(await spool.list()).toEqual([ids[5]]);
    await spool.remove(ids[5]!);
    expect(await spool.collect()).toBe(0);
    await spool.close();
    // At the next start the old current segment is no longer written to: it goes.
    const next = await gateway();
    expect(segFiles('.seg')).toEqual([]);
    await next.close();
  });

  it('a reader with the segment open sees it deleted: missing, and no done list made again', async () => {
    const spool = await gateway({ segmentBytes: 500 });
    const reader = new Spool(dir);
    const a = await spool.accept(envelope, prefixFor, Readable.from([message(1, 600)]));
    await spool.accept(envelope, prefixFor, Readable.from([message(2, 600)]));
    // The reader opens a's segment and keeps it open.
    expect((await reader.read(a.id)).envelope).toEqual(envelope);
    // Another process (here the gateway's own instance) finishes it; the gateway deletes it.
    await spool.remove(a.id);
    expect(await spool.collect()).toBe(1);
    const key = locate(a.id).key;
    expect(segFiles('.seg')).not.toContain(`${key}.seg`);
    await expect(reader.read(a.id)).rejects.toMatchObject({ code: 'MS_ERR_SPOOL_MISSING' });
    await reader.remove(a.id);
    expect(segFiles('.done')).not.toContain(`${key}.done`);
    // A done list made again by a reader racing the deletion is removed by the next sweep.
    writeFileSync(join(dir, 'seg', `${key}.done`), `${a.id}\n`);
    await spool.collect();
    expect(segFiles('.done')).not.toContain(`${key}.done`);
    await reader.close();
    await spool.close();
  });

  it('reads from many segments at once while older open segments are closed', async () => {
    const spool = await gateway({ segmentBytes: 300 });
    const reader = new Spool(dir);
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      ids.push((await spool.accept(envelope, prefixFor, Readable.from([message(i, 400)]))).id);
    }
    expect(new Set(ids.map((id) => locate(id).key)).size).toBe(40);
    // More segments than the reader keeps open, read concurrently and repeatedly: a
    // handle closed while a read used it would fail that read (EBADF).
    for (let round = 0; round < 3; round++) {
      const bodies = await Promise.all(
        ids.map(async (id) => readAll(reader.openRaw(await reader.read(id)))),
      );
      bodies.forEach((b, i) => expect(b.toString()).toContain(`Subject: m${i}`));
    }
    await reader.close();
    await spool.close();
  });

  it('reads a record larger than the read-ahead whole', async () => {
    const spool = await gateway();
    const big = message(7, 150 * 1024);
    const { id } = await spool.accept(envelope, prefixFor, Readable.from([big]));
    const entry = await new Spool(dir).read(id);
    expect(entry.data?.subarray(-big.length).equals(big)).toBe(true);
    expect(entry.envelope).toEqual(envelope);
    await spool.close();
  });

  it('flushes every segment that holds a record before closing it, also when rotating under load', async () => {
    // Regression: a rotation closed the old segment while appends written to it still
    // waited for their flush, which then ran on the new segment.
    const probe = await open(join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as Record<string, (...a: unknown[]) => unknown>;
    await probe.close();
    const events: string[] = [];
    const originals = { writev: proto.writev!, datasync: proto.datasync!, close: proto.close! };
    for (const name of ['writev', 'datasync', 'close'] as const) {
      proto[name] = function (this: { fd: number }, ...args: unknown[]) {
        events.push(`${name}:${this.fd}`);
        // A slow disk: flushes take long enough for other appends to wait for the next one.
        if (name === 'datasync') {
          return new Promise((r) => setTimeout(r, 5)).then(() => originals[name].apply(this, args));
        }
        return originals[name].apply(this, args);
      };
    }
    let ids: string[] = [];
    try {
      const spool = await gateway({ segmentBytes: 1 });
      ids = (
        await Promise.all(
          Array.from({ length: 30 }, (_, i) =>
            spool.accept(envelope, prefixFor, Readable.from([message(i)])),
          ),
        )
      ).map((r) => r.id);
      await spool.close();
    } finally {
      Object.assign(proto, originals);
    }
    // Per file descriptor: no write may be left without a later flush before its close.
    const pending = new Set<string>();
    for (const e of events) {
      const [name, fd] = e.split(':') as [string, string];
      if (name === 'writev') pending.add(fd);
      if (name === 'datasync') pending.delete(fd);
      if (name === 'close')
        expect(pending.has(fd), `fd ${fd} closed with unflushed writes`).toBe(false);
    }
    expect(pending.size).toBe(0);
    // Records arriving during a write go together in the next one; every batch after the
    // first starts a new segment here (segmentBytes 1).
    expect(segFiles('.seg').length).toBeGreaterThan(1);
    const reader = new Spool(dir);
    expect((await reader.list()).sort()).toEqual([...ids].sort());
    await reader.close();
  });

  it('writes records that arrive during a write together, each whole and at its own id', async () => {
    const spool = await gateway();
    const probe = await open(join(dir, 'probe'), 'w');
    const proto = Object.getPrototypeOf(probe) as Record<string, (...a: unknown[]) => unknown>;
    await probe.close();
    const writev = proto.writev!;
    let writes = 0;
    proto.writev = function (this: unknown, ...args: unknown[]) {
      writes++;
      return writev.apply(this, args);
    };
    let results: { id: string }[];
    try {
      results = await Promise.all(
        Array.from({ length: 50 }, (_, i) =>
          spool.accept(envelope, prefixFor, Readable.from([message(i, 100 + i * 37)])),
        ),
      );
    } finally {
      proto.writev = writev;
    }
    // All in one segment, in fewer writes than records, none overlapping.
    expect(writes).toBeLessThan(50);
    expect(new Set(results.map((r) => locate(r.id).key)).size).toBe(1);
    const reader = new Spool(dir);
    for (const [i, r] of results.entries()) {
      const raw = await readAll(reader.openRaw(await reader.read(r.id)));
      expect(raw.equals(Buffer.concat([prefixFor(r.id), message(i, 100 + i * 37)]))).toBe(true);
    }
    await reader.close();
    await spool.close();
  });

  it('refuses a buffered message over maxBytes and spools nothing', async () => {
    const spool = await gateway();
    await expect(
      spool.accept(envelope, prefixFor, Readable.from([message(1, 5000)]), 1000),
    ).rejects.toBeInstanceOf(MessageTooLargeError);
    expect(await spool.list()).toEqual([]);
    await spool.close();
  });

  it('a client that drops mid-DATA gets a temporary failure and leaves nothing', async () => {
    const spool = await gateway();
    const failing = Readable.from(
      (function* () {
        yield message(1);
        throw new Error('client connection reset');
      })(),
    );
    await expect(spool.accept(envelope, prefixFor, failing)).rejects.toBeInstanceOf(TempFailError);
    expect(await spool.list()).toEqual([]);
    // The segment is still usable.
    const ok = await spool.accept(envelope, prefixFor, Readable.from([message(2)]));
    expect(await spool.list()).toEqual([ok.id]);
    await spool.close();
  });
});
