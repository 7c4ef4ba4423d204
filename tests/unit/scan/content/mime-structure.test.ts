import { describe, expect, it } from 'vitest';
import { AMBIGUITY, checkStructure } from '../../../../src/scan/content/mime-structure.js';

const opts = { maxParts: 100, maxViews: 100 };
const check = (raw: string): ReturnType<typeof checkStructure> =>
  checkStructure(Buffer.from(raw, 'latin1'), opts);
const head = 'From: a@example.com\r\nMIME-Version: 1.0\r\n';
const payload = Buffer.from('secret payload bytes').toString('base64');

describe('second MIME reading', () => {
  it('finds nothing ambiguous in an ordinary multipart, leaving plain binary parts to mailparser', () => {
    const r = check(
      `${head}Content-Type: multipart/mixed; boundary="b"\r\n\r\npreamble\r\n--b\r\nContent-Type: text/plain\r\n\r\nhello\r\n--b\r\nContent-Type: application/pdf; name="a.pdf"\r\nContent-Transfer-Encoding: base64\r\n\r\n${payload}\r\n--b--\r\nepilogue text\r\n`,
    );
    expect(r.ambiguities).toEqual([]);
    // The pdf reads the same here as in mailparser (one base64, no inner padding).
    expect(r.views.map((v) => v.data.toString())).toEqual(['hello']);
  });

  it('reports two Content-Transfer-Encoding headers and decodes both ways', () => {
    const r = check(
      `${head}Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: 7bit\r\nContent-Transfer-Encoding: base64\r\n\r\n${payload}\r\n`,
    );
    expect(r.ambiguities).toContain(AMBIGUITY.duplicateCte);
    expect(r.views.map((v) => v.data.toString())).toContain('secret payload bytes');
  });

  it('reports base64 padding inside the stream and keeps every reading', () => {
    const r = check(
      `${head}Content-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from('Hello').toString('base64')}\r\n${payload}\r\n`,
    );
    expect(r.ambiguities).toContain(AMBIGUITY.base64Padding);
    const texts = r.views.map((v) => v.data.toString('latin1'));
    expect(texts).toContain('Hello');
    expect(texts.some((t) => t.endsWith('secret payload bytes'))).toBe(true);
  });

  it('reports a nested multipart reusing its parent boundary', () => {
    const r = check(
      `${head}Content-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\nContent-Type: multipart/mixed; boundary="z"\r\n\r\n--z\r\nContent-Type: text/plain\r\n\r\nx\r\n--z--\r\n--z--\r\n`,
    );
    expect(r.ambiguities).toContain(AMBIGUITY.nestedBoundary);
  });

  it('reports a boundary line that only starts with the boundary', () => {
    const r = check(
      `${head}Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--bX\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${payload}\r\n--b--\r\n`,
    );
    expect(r.ambiguities).toContain(AMBIGUITY.prefixBoundary);
    expect(r.views.map((v) => v.data.toString())).toContain('secret payload bytes');
  });

  it('reports a MIME part after the closing boundary and scans it', () => {
    const r = check(
      `${head}Content-Type: multipart/mixed; boundary="b"\r\n\r\n--b\r\nContent-Type: text/plain\r\n\r\nx\r\n--b--\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n\r\n${payload}\r\n`,
    );
    expect(r.ambiguities).toContain(AMBIGUITY.afterClose);
    expect(r.views.map((v) => v.data.toString())).toContain('secret payload bytes');
  });

  it('reports two boundaries declared for one multipart', () => {
    const r = check(
      `${head}Content-Type: multipart/mixed; boundary="a"; boundary="b"\r\n\r\n--a\r\n\r\nx\r\n--a--\r\n`,
    );
    expect(r.ambiguities).toContain(AMBIGUITY.duplicateBoundary);
  });

  it('decodes a uuencoded file inside a text part', () => {
    const r = check(
      `${head}Content-Type: text/plain\r\n\r\nhi\r\nbegin 644 cat.txt\r\n#0V%T\r\n\`\r\nend\r\n`,
    );
    expect(
      r.views.some((v) => v.name.includes('uuencode cat.txt') && v.data.toString() === 'Cat'),
    ).toBe(true);
  });
});
