import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Unrar } from '../../../../src/scan/content/unrar.js';
import { rar4, rar5 } from '../../../helpers/rar.js';
import { eicar } from '../../../helpers/hostile.js';

const TEXT = Buffer.from('so lieu quy 3\n');

/**
 * node-unrar-js (RARLAB's unrar in WebAssembly) on RAR files written by the tests' own
 * writer (tests/helpers/rar.ts), cross-checked with 7-Zip's RAR listing so the test files
 * are RAR as other readers see it, not only as the library under test does.
 */
describe('unrar: RAR 4 and 5, plain and encrypted', () => {
  let dir: string;
  const unrar = new Unrar({ maxMemberBytes: 1024 * 1024 });
  const write = (name: string, data: Buffer): string => {
    const file = join(dir, name);
    writeFileSync(file, data);
    return file;
  };

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ms-unrar-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes RAR that 7-Zip lists as RAR 5 and RAR 4, encrypted members marked', () => {
    const list = (file: string): string => execFileSync('7z', ['l', '-slt', file]).toString();
    const p5 = list(write('p5.rar', rar5([{ name: 'a/eicar.com', data: eicar() }])));
    expect(p5).toMatch(/^Type = Rar5$/m);
    expect(p5).toMatch(/^Path = a\/eicar\.com$/m);
    const e5 = list(write('e5.rar', rar5([{ name: 'x.txt', data: TEXT }], { password: 'pw1' })));
    expect(e5).toMatch(/^Encrypted = \+$/m);
    expect(list(write('p4.rar', rar4([{ name: 'eicar.com', data: eicar() }])))).toMatch(
      /^Type = Rar$/m,
    );
  });

  it('lists and extracts a RAR 5 and a RAR 4 member byte for byte', async () => {
    for (const [name, data] of [
      [
        'v5.rar',
        rar5([
          { name: 'dir/eicar.com', data: eicar() },
          { name: 't.txt', data: TEXT },
        ]),
      ],
      [
        'v4.rar',
        rar4([
          { name: 'eicar.com', data: eicar() },
          { name: 't.txt', data: TEXT },
        ]),
      ],
    ] as const) {
      const file = write(name, data);
      const l = await unrar.list(file, '', 10_000);
      expect(l).toMatchObject({ status: 'listed', type: 'Rar' });
      const x = await unrar.extract(file, join(dir, `x-${name}`), '', 10_000, 1e9, 100);
      expect(x.status).toBe('extracted');
      const files = x.status === 'extracted' ? x.files : [];
      expect(files.map((f) => f.name)).toEqual([
        name === 'v5.rar' ? 'dir/eicar.com' : 'eicar.com',
        't.txt',
      ]);
      expect(readFileSync(files[0]!.file)).toEqual(eicar());
      expect(readFileSync(files[1]!.file)).toEqual(TEXT);
    }
  });

  it('opens an encrypted RAR 5 with its password only', async () => {
    const file = write(
      'enc.rar',
      rar5([{ name: 'eicar.com', data: eicar() }], { password: 'Hs2026x' }),
    );
    // The names are readable without the password (headers not encrypted).
    expect(await unrar.list(file, '', 10_000)).toEqual({
      status: 'listed',
      type: 'Rar',
      members: [{ path: 'eicar.com', size: eicar().length, encrypted: true }],
    });
    const out = join(dir, 'enc-out');
    expect(await unrar.extract(file, out, '', 10_000, 1e9, 100)).toEqual({
      status: 'wrong-password',
    });
    expect(await unrar.extract(file, out, 'wrong', 10_000, 1e9, 100)).toEqual({
      status: 'wrong-password',
    });
    const ok = await unrar.extract(file, out, 'Hs2026x', 10_000, 1e9, 100);
    expect(ok.status).toBe('extracted');
    expect(readFileSync(ok.status === 'extracted' ? ok.files[0]!.file : '')).toEqual(eicar());
  });

  it('needs the password to list a RAR 5 with encrypted headers, and opens it with it', async () => {
    const file = write(
      'hp.rar',
      rar5([{ name: 'secret/eicar.com', data: eicar() }], {
        password: 'pw77',
        encryptHeaders: true,
      }),
    );
    expect(execFileSync('7z', ['l', '-slt', '-ppw77', file]).toString()).toMatch(
      /^Path = secret\/eicar\.com$/m,
    );
    expect(await unrar.list(file, '', 10_000)).toEqual({ status: 'needs-password' });
    expect(await unrar.list(file, 'nope', 10_000)).toEqual({ status: 'needs-password' });
    expect(await unrar.list(file, 'pw77', 10_000)).toMatchObject({
      status: 'listed',
      members: [{ path: 'secret/eicar.com', encrypted: true }],
    });
    const x = await unrar.extract(file, join(dir, 'hp'), 'pw77', 10_000, 1e9, 100);
    expect(readFileSync(x.status === 'extracted' ? x.files[0]!.file : '')).toEqual(eicar());
  });

  it('refuses members larger than the in-memory bound, and reports what is not RAR', async () => {
    const small = new Unrar({ maxMemberBytes: 10 });
    const file = write('big.rar', rar5([{ name: 't.txt', data: TEXT }]));
    expect(await small.extract(file, join(dir, 'big'), '', 10_000, 1e9, 100)).toEqual({
      status: 'too-large',
    });
    const junk = write('junk.rar', Buffer.from('Rar!\x1a\x07\x01\x00garbage garbage', 'latin1'));
    const l = await unrar.list(junk, '', 10_000);
    const x = await unrar.extract(junk, join(dir, 'junk'), '', 10_000, 1e9, 100);
    // Damaged after a valid signature: unrar sees no member; never "extracted" empty.
    expect(l).toEqual({ status: 'listed', members: [], type: 'Rar' });
    expect(x).toEqual({ status: 'failed', files: [], reason: 'no member read' });
  });
});
