import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../../../src/scan/rules/html-text.js';

const convert = (html: string, maxChars = 10_000): string => htmlToText(html, maxChars, 100).text;

describe('htmlToText', () => {
  it('joins words split by inline tags and separates blocks', () => {
    expect(convert('<p>tr<b>úng</b> th<span style="x">ưởng</span></p><p>next</p>')).toBe(
      '\ntrúng thưởng\n\nnext\n',
    );
  });

  it('drops scripts, styles and comments, keeping what follows', () => {
    expect(
      convert(
        'a<script type="x">var s = "</p>visible?";</script>b<style>p{}</style>c<!-- hidden -->d',
      ),
    ).toBe('abcd');
  });

  it('does not end a tag at a > inside a quoted attribute', () => {
    expect(convert('<img alt="a > b" src="x.png">after')).toBe('after');
  });

  it('keeps a lone < as text and drops text after an unclosed tag', () => {
    expect(convert('1 < 2 and <b')).toBe('1 < 2 and ');
  });

  it('decodes named and numeric character references', () => {
    expect(decodeEntities('tr&uacute;ng th&#432;&#7903;ng &amp; &#x111;&atilde; &bogus;')).toBe(
      'trúng thưởng & đã &bogus;',
    );
    expect(decodeEntities('&#0;&#xD800;')).toBe('\ufffd\ufffd');
    expect(decodeEntities('&constructor; &toString;')).toBe('&constructor; &toString;');
  });

  it('collects link attributes, decoded', () => {
    const { links } = htmlToText(
      '<a HREF="https://a.example/?x=1&amp;y=2">x</a><img src=\'https://b.example/i.png\'><form action=https://c.example/post>',
      1000,
      100,
    );
    expect(links).toEqual([
      'https://a.example/?x=1&y=2',
      'https://b.example/i.png',
      'https://c.example/post',
    ]);
  });

  it('bounds its output and the links it collects', () => {
    expect(convert('<p>abcdefghij</p>'.repeat(100), 25)).toHaveLength(25);
    const { links } = htmlToText('<a href="https://x.example/">x</a>'.repeat(50), 1000, 10);
    expect(links).toHaveLength(10);
  });

  it('gives up at the first unclosed script or tag of a hostile body', () => {
    // Each of these repeats used to be the quadratic case of regex-based strippers.
    const hostile = 'ok' + '<script>'.repeat(20_000) + '<a title="'.repeat(20_000);
    expect(convert(hostile, 1_000_000)).toBe('ok');
    expect(convert('<a title="'.repeat(20_000) + 'x', 1_000_000)).toBe('');
  });
});
