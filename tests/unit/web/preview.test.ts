import { describe, expect, it } from 'vitest';
import { previewDocument, sanitizeBody, PREVIEW_CSP } from '../../../src/web/preview.js';

describe('HTML preview sanitizer', () => {
  const hostile = [
    '<p onclick="alert(1)">Hello <b>officer</b></p>',
    '<script>alert(document.cookie)</script>',
    '<img src="http://192.0.2.1/x.png" onerror="alert(2)" alt="logo">',
    '<img src="//192.0.2.1/y.png">',
    '<a href="javascript:alert(3)">click</a>',
    '<a href="https://phish.example.net/login">Đăng nhập</a>',
    '<iframe src="https://evil.example"></iframe>',
    '<form action="https://evil.example"><input name=p></form>',
    '<style>body{background:url(http://192.0.2.1/bg.png)}</style>',
    '<div style="background:url(http://192.0.2.1/s.png)">styled</div>',
    '<svg><script>alert(4)</script></svg>',
    '<object data="http://192.0.2.1/o.swf"></object>',
    '<link rel="stylesheet" href="http://192.0.2.1/l.css">',
    '<meta http-equiv="refresh" content="0;url=http://192.0.2.1/">',
    '<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">',
  ].join('\n');

  it('removes scripts, handlers, javascript: and every remote reference, keeping the text', () => {
    const out = sanitizeBody(hostile);
    expect(out).not.toMatch(
      /<script|onerror|onclick|javascript:|<iframe|<form|<style|<object|<link|<meta|<svg/i,
    );
    expect(out).not.toMatch(/src="(?:https?:)?\/\//i);
    expect(out).not.toMatch(/href=/i);
    expect(out).not.toMatch(/style=/i);
    expect(out).toContain('Hello <b>officer</b>');
    expect(out).toContain('Đăng nhập');
    expect(out).toContain('[image: logo]');
    expect(out).toContain('src="data:image/png;base64,iVBORw0KGgo="');
  });

  it('wraps the body in a document whose CSP forbids scripts and remote loads', () => {
    const doc = previewDocument(hostile);
    expect(PREVIEW_CSP).toBe("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    expect(doc).toContain(`content="${PREVIEW_CSP}"`);
    expect(doc).not.toMatch(/<script/i);
  });
});
