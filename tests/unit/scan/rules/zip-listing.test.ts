import { describe, expect, it } from 'vitest';
import {
  listZip,
  listZipNames,
  MAX_ARCHIVE_ENTRIES,
} from '../../../../src/scan/rules/zip-listing.js';
import { zip } from '../../../helpers/hostile.js';
import { EICAR, storedZip } from './make-input.js';

describe('listZipNames', () => {
  it('finds eicar.com in a zip', () => {
    const zip = storedZip([
      { name: 'docs/readme.txt', data: 'read me' },
      { name: 'eicar.com', data: EICAR },
    ]);
    expect(listZipNames(zip)).toEqual(['docs/readme.txt', 'eicar.com']);
  });

  it('finds members when bytes precede the archive (self-extracting, polyglot)', () => {
    const zip = storedZip([{ name: 'run.js', data: 'WScript.Echo(1)' }]);
    const sfx = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(500), zip]);
    expect(listZipNames(sfx)).toEqual(['run.js']);
  });

  it('reads local headers when the central directory is missing', () => {
    const zip = storedZip([
      { name: 'a.txt', data: 'a' },
      { name: 'b.exe', data: 'MZ' },
    ]);
    const localsOnly = zip.subarray(0, 2 * 30 + 'a.txt'.length + 1 + 'b.exe'.length + 2);
    expect(listZipNames(localsOnly)).toEqual(['a.txt', 'b.exe']);
  });

  it('lists also the name before a NUL, as some extractors cut it there', () => {
    const zip = storedZip([{ name: 'invoice.exe\u0000.pdf', data: 'MZ' }]);
    expect(listZipNames(zip)).toContain('invoice.exe');
  });

  it('returns nothing for data that is not a zip, truncated or garbage', () => {
    expect(listZipNames(Buffer.from('%PDF-1.7 not a zip'))).toEqual([]);
    expect(listZipNames(Buffer.alloc(0))).toEqual([]);
    const zip = storedZip([{ name: 'x.txt', data: 'x' }]);
    expect(() => listZipNames(zip.subarray(0, 20))).not.toThrow();
    const garbled = Buffer.from(zip);
    garbled.writeUInt16LE(0xffff, garbled.length - 22 - 46 - 5 + 28); // name length past the end
    expect(() => listZipNames(garbled)).not.toThrow();
  });

  it(`lists at most ${MAX_ARCHIVE_ENTRIES} members`, () => {
    const entries = Array.from({ length: MAX_ARCHIVE_ENTRIES + 200 }, (_, i) => ({
      name: `f${i}.txt`,
      data: '',
    }));
    expect(listZipNames(storedZip(entries))).toHaveLength(MAX_ARCHIVE_ENTRIES);
  });
});

describe('listZip: declared sizes', () => {
  it('sums the uncompressed sizes the central directory declares, without unpacking', () => {
    const z = zip([
      { name: 'a.xlsx', compressed: { bytes: Buffer.alloc(100), size: 2 ** 31, crc: 0 } },
      { name: 'b.txt', data: Buffer.from('hello') },
    ]);
    expect(listZip(z).unpackedBytes).toBe(2 ** 31 + 5);
  });

  it('declares nothing for data that is not a zip', () => {
    expect(listZip(Buffer.from('not a zip at all')).unpackedBytes).toBe(0);
  });
});
