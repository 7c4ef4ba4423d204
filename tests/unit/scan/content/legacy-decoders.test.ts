import { describe, expect, it } from 'vitest';
import {
  decodeBinhexIn,
  findEmbeddedFiles,
  uudecode,
  ydecode,
} from '../../../../src/scan/content/legacy-decoders.js';
import { binhex, uuencode, yencode } from '../../../helpers/encoders.js';

const sample = Buffer.from(Array.from({ length: 300 }, (_, i) => (i * 37) & 0xff));

describe('pre-MIME decoders', () => {
  it('decodes the uuencode(1) example "Cat"', () => {
    expect(uudecode('#0V%T\n`\n').toString()).toBe('Cat');
  });

  it('finds a uuencoded file in a body and decodes every byte value', () => {
    const body = `Hello,\r\n\r\n${uuencode('data.bin', sample)}\r\nBye\r\n`;
    const files = findEmbeddedFiles(body, 8, 1 << 20);
    expect(files).toHaveLength(1);
    expect(files[0]).toMatchObject({ encoding: 'uuencode', name: 'data.bin' });
    expect(files[0]!.data.equals(sample)).toBe(true);
  });

  it('decodes yEnc, escapes included', () => {
    const text = yencode('y.bin', sample);
    const files = findEmbeddedFiles(`intro\r\n${text}`, 8, 1 << 20);
    expect(files[0]).toMatchObject({ encoding: 'yenc', name: 'y.bin' });
    expect(files[0]!.data.equals(sample)).toBe(true);
    expect(ydecode(Buffer.from('r\u008f\u0096\u0096\u0099', 'latin1')).toString()).toBe('Hello');
  });

  it('decodes the data fork of BinHex 4.0, 0x90 run-length escapes included', () => {
    const data = Buffer.concat([sample, Buffer.from([0x90, 0x90, 7, 7, 7, 7, 7, 7])]);
    const file = decodeBinhexIn(`text before\r\n${binhex('mac.bin', data)}`, 1 << 20);
    expect(file?.name).toBe('mac.bin');
    expect(file?.data.equals(data)).toBe(true);
  });

  it('finds nothing in ordinary text and stays within the byte bound', () => {
    expect(findEmbeddedFiles('begin the meeting at 9\r\nend\r\n', 8, 100)).toEqual([]);
    const big = findEmbeddedFiles(uuencode('a', Buffer.alloc(5000, 1)), 8, 100);
    expect(big[0]!.data.length).toBeLessThanOrEqual(100);
  });
});
