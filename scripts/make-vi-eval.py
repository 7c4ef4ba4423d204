#!/usr/bin/env python3
"""Build samples/eval/vi-ham/*.eml: legitimate Vietnamese government mail for evaluation.

The letters themselves are written one by one in scripts/vi-eval/letters_*.py; this script
only does what a mail client or server would: MIME structure, transfer encodings, RFC 2047
and RFC 2231 headers, HTML the way Outlook, Gmail, Zimbra, Roundcube and Thunderbird write
it, Received chains, and small real attachments (a one-page PDF, minimal DOCX and XLSX).

Deterministic: the same letters give the same bytes (seeded per file). No network.

    python3 scripts/make-vi-eval.py            # writes samples/eval/vi-ham/
"""
from __future__ import annotations

import base64
import hashlib
import html as htmlmod
import importlib
import io
import os
import random
import re
import sys
import unicodedata
import urllib.parse
import zipfile
import zlib
from datetime import datetime, timedelta

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'samples', 'eval', 'vi-ham')
sys.path.insert(0, os.path.join(ROOT, 'scripts', 'vi-eval'))

CRLF = '\r\n'
DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']


# ---------------------------------------------------------------- small helpers

def rfc_date(d: datetime) -> str:
    return f'{DAYS[d.weekday()]}, {d.day:02d} {MONTHS[d.month - 1]} {d.year} {d:%H:%M:%S} +0700'


def fold_ascii(s: str) -> str:
    return unicodedata.normalize('NFD', s.replace('đ', 'd').replace('Đ', 'D')).encode('ascii', 'ignore').decode()


def is_ascii(s: str) -> bool:
    return all(ord(c) < 128 for c in s)


def hexs(rng: random.Random, n: int, upper=False) -> str:
    s = ''.join(rng.choice('0123456789abcdef') for _ in range(n))
    return s.upper() if upper else s


def b64rand(rng: random.Random, nbytes: int) -> str:
    return base64.b64encode(bytes(rng.randrange(256) for _ in range(nbytes))).decode()


def encode_words(s: str, mode: str = 'B', charset: str = 'UTF-8') -> list[str]:
    """RFC 2047 encoded words, each at most 75 characters, never splitting a character."""
    words, cur = [], ''
    prefix = f'=?{charset}?{mode}?'

    def enc(t: str) -> str:
        b = t.encode('utf-8')
        if mode == 'B':
            return base64.b64encode(b).decode()
        out = ''
        for ch in t:
            if ch == ' ':
                out += '_'
            elif ch.isascii() and (ch.isalnum() or ch in '!*+-/'):
                out += ch
            else:
                out += ''.join(f'={x:02X}' for x in ch.encode('utf-8'))
        return out

    for ch in s:
        if len(prefix) + len(enc(cur + ch)) + 2 > 75:
            words.append(prefix + enc(cur) + '?=')
            cur = ch
        else:
            cur += ch
    if cur:
        words.append(prefix + enc(cur) + '?=')
    return words


def hdr_text(s: str, mode: str, charset='UTF-8') -> str:
    """A header value: as is when ASCII, else encoded words folded onto lines."""
    if is_ascii(s) or mode == 'raw':
        return s
    return (CRLF + ' ').join(encode_words(s, mode, charset))


def hdr_addr(a: str, mode: str) -> str:
    m = re.match(r'^\s*(.*?)\s*<([^>]+)>\s*$', a)
    if not m:
        return a
    name, addr = m.group(1).strip('"'), m.group(2)
    if not name:
        return addr
    if is_ascii(name) or mode == 'raw':
        if re.search(r'[,.;:()]', name) or mode == 'raw':
            return f'"{name}" <{addr}>'
        return f'{name} <{addr}>'
    return hdr_text(name, mode) + f' <{addr}>'


def addr_list(lst: list[str], mode: str) -> str:
    return (',' + CRLF + ' ').join(hdr_addr(a, mode) for a in lst)


def addr_of(a: str) -> str:
    m = re.search(r'<([^>]+)>', a)
    return m.group(1) if m else a.strip()


def name_of(a: str) -> str:
    m = re.match(r'^\s*"?(.*?)"?\s*<', a)
    return m.group(1) if m else ''


def qp_encode(data: bytes) -> str:
    lines = data.split(b'\n')
    out = []
    for raw in lines:
        raw = raw.rstrip(b'\r')
        enc = []
        for i, byte in enumerate(raw):
            c = chr(byte)
            if byte == 0x3D or byte > 126 or (byte < 32 and byte != 9):
                enc.append(f'={byte:02X}')
            elif byte in (32, 9) and i == len(raw) - 1:
                enc.append(f'={byte:02X}')
            else:
                enc.append(c)
        line = ''
        for tok in enc:
            if len(line) + len(tok) > 75:
                out.append(line + '=')
                line = ''
            line += tok
        out.append(line)
    return CRLF.join(out)


def b64_encode(data: bytes, width=76) -> str:
    s = base64.b64encode(data).decode()
    return CRLF.join(s[i:i + width] for i in range(0, len(s), width))


def flowed(text: str, width=76) -> str:
    """format=flowed: long lines broken after a space, the space kept (soft break)."""
    out = []
    for line in text.split('\n'):
        line = line.rstrip(' ')
        if line == '-- ':
            out.append(line)
            continue
        if line.startswith('>'):
            out.append(line)
            continue
        while len(line) > width:
            cut = line.rfind(' ', 0, width)
            if cut <= 0:
                break
            out.append(line[:cut + 1])
            line = line[cut + 1:]
        out.append(line)
    return '\n'.join(out)


def to_cp1258(text: str) -> bytes:
    """Windows-1258 has the shaped vowels precomposed and the five tone marks as combining."""
    tones = {'\u0300', '\u0301', '\u0303', '\u0309', '\u0323'}
    out = []
    for ch in unicodedata.normalize('NFD', text):
        if unicodedata.combining(ch) and ch not in tones and out:
            # compose circumflex, breve, horn onto the base letter
            base = out.pop()
            tone_stack = []
            while base in tones and out:
                tone_stack.append(base)
                base = out.pop()
            out.append(unicodedata.normalize('NFC', base + ch))
            out.extend(reversed(tone_stack))
        else:
            out.append(ch)
    # Windows-1258 has precomposed letters like À too; the codec maps what it can.
    s = ''.join(out)
    res = b''
    for ch in s:
        try:
            res += ch.encode('cp1258')
        except UnicodeEncodeError:
            res += unicodedata.normalize('NFD', ch).encode('cp1258', 'replace')
    return res


# ---------------------------------------------------------------- attachments

def make_pdf(lines: list[str], title: str, when: datetime, producer: str) -> bytes:
    def esc(s: str) -> str:
        return s.replace('\\', '\\\\').replace('(', '\\(').replace(')', '\\)')

    wrapped = []
    for ln in lines:
        ln = fold_ascii(ln)
        while len(ln) > 88:
            cut = ln.rfind(' ', 0, 88)
            cut = cut if cut > 0 else 88
            wrapped.append(ln[:cut])
            ln = '    ' + ln[cut:].lstrip()
        wrapped.append(ln)
    wrapped = wrapped[:50]
    ops = ['BT', '/F1 11 Tf', '15 TL', '64 790 Td']
    for i, ln in enumerate(wrapped):
        if i < 2:
            ops.append('/F2 11 Tf')
        elif i == 2:
            ops.append('/F1 11 Tf')
        ops.append(f'({esc(ln)}) Tj T*')
    ops.append('ET')
    content = zlib.compress(('\n'.join(ops) + '\n').encode('latin-1'))
    stamp = when.strftime('D:%Y%m%d%H%M%S+07\'00\'')
    objs = [
        b'<< /Type /Catalog /Pages 2 0 R >>',
        b'<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        b'<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] '
        b'/Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>',
        b'<< /Length ' + str(len(content)).encode() + b' /Filter /FlateDecode >>\nstream\n' + content + b'\nendstream',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding /WinAnsiEncoding >>',
        b'<< /Type /Font /Subtype /Type1 /BaseFont /Times-Bold /Encoding /WinAnsiEncoding >>',
        f'<< /Title ({esc(fold_ascii(title))}) /Producer ({esc(producer)}) /CreationDate ({stamp}) /ModDate ({stamp}) >>'.encode('latin-1'),
    ]
    out = io.BytesIO()
    out.write(b'%PDF-1.5\n%\xe2\xe3\xcf\xd3\n')
    offsets = []
    for i, o in enumerate(objs, 1):
        offsets.append(out.tell())
        out.write(f'{i} 0 obj\n'.encode() + o + b'\nendobj\n')
    xref = out.tell()
    out.write(f'xref\n0 {len(objs) + 1}\n0000000000 65535 f \n'.encode())
    for off in offsets:
        out.write(f'{off:010d} 00000 n \n'.encode())
    fid = hashlib.md5(title.encode()).hexdigest()
    out.write(f'trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 7 0 R /ID [<{fid}> <{fid}>] >>\nstartxref\n{xref}\n%%EOF\n'.encode())
    return out.getvalue()


def _zip(files: list[tuple[str, str]], when: datetime) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, 'w', zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(when.year, when.month, when.day, when.hour, when.minute, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(zi, data.encode('utf-8'))
    return buf.getvalue()


def _core(title: str, author: str, when: datetime) -> str:
    iso = (when - timedelta(hours=7)).strftime('%Y-%m-%dT%H:%M:%SZ')
    x = htmlmod.escape
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f'<dc:title>{x(title)}</dc:title><dc:creator>{x(author)}</dc:creator>'
            f'<cp:lastModifiedBy>{x(author)}</cp:lastModifiedBy><cp:revision>3</cp:revision>'
            f'<dcterms:created xsi:type="dcterms:W3CDTF">{iso}</dcterms:created>'
            f'<dcterms:modified xsi:type="dcterms:W3CDTF">{iso}</dcterms:modified></cp:coreProperties>')


RELS_ROOT = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
             '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
             '<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/>'
             '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
             '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="{main}"/>'
             '</Relationships>')


def _app(application: str) -> str:
    return ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
            '<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" '
            'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">'
            f'<Application>{application}</Application><DocSecurity>0</DocSecurity><AppVersion>16.0000</AppVersion></Properties>')


def make_docx(paras: list[str], title: str, author: str, when: datetime) -> bytes:
    x = htmlmod.escape
    body = []
    for i, p in enumerate(paras):
        bold = p.startswith('**')
        p = p.strip('*')
        centre = i < 3 or bold
        ppr = '<w:pPr><w:jc w:val="center"/></w:pPr>' if centre else '<w:pPr><w:ind w:firstLine="567"/><w:jc w:val="both"/></w:pPr>'
        rpr = '<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:cs="Times New Roman"/>' + ('<w:b/>' if bold or i == 0 else '') + '<w:sz w:val="28"/></w:rPr>'
        body.append(f'<w:p>{ppr}<w:r>{rpr}<w:t xml:space="preserve">{x(p)}</w:t></w:r></w:p>')
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
           'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>'
           + ''.join(body) +
           '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1134" w:right="1134" w:bottom="1134" w:left="1701" w:header="720" w:footer="720" w:gutter="0"/></w:sectPr>'
           '</w:body></w:document>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    return _zip([
        ('[Content_Types].xml', ct),
        ('_rels/.rels', RELS_ROOT.replace('{main}', 'word/document.xml')),
        ('word/document.xml', doc),
        ('docProps/core.xml', _core(title, author, when)),
        ('docProps/app.xml', _app('Microsoft Office Word')),
    ], when)


def make_xlsx(rows: list[list], title: str, author: str, when: datetime, sheet='Sheet1') -> bytes:
    x = htmlmod.escape

    def col(i: int) -> str:
        s = ''
        i += 1
        while i:
            i, r = divmod(i - 1, 26)
            s = chr(65 + r) + s
        return s

    xml_rows = []
    for r, row in enumerate(rows, 1):
        cells = []
        for c, v in enumerate(row):
            ref = f'{col(c)}{r}'
            if isinstance(v, (int, float)) and not isinstance(v, bool):
                cells.append(f'<c r="{ref}"><v>{v}</v></c>')
            elif v is None or v == '':
                continue
            else:
                cells.append(f'<c r="{ref}" t="inlineStr"><is><t>{x(str(v))}</t></is></c>')
        xml_rows.append(f'<row r="{r}">' + ''.join(cells) + '</row>')
    sheet_xml = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
                 '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
                 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
                 '<sheetData>' + ''.join(xml_rows) + '</sheetData></worksheet>')
    wb = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
          f'<sheets><sheet name="{x(sheet)}" sheetId="1" r:id="rId1"/></sheets></workbook>')
    wbrels = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
              '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
              '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>'
              '</Relationships>')
    ct = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
          '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
          '<Default Extension="xml" ContentType="application/xml"/>'
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
          '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
          '<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>'
          '</Types>')
    return _zip([
        ('[Content_Types].xml', ct),
        ('_rels/.rels', RELS_ROOT.replace('{main}', 'xl/workbook.xml')),
        ('xl/workbook.xml', wb),
        ('xl/_rels/workbook.xml.rels', wbrels),
        ('xl/worksheets/sheet1.xml', sheet_xml),
        ('docProps/core.xml', _core(title, author, when)),
        ('docProps/app.xml', _app('Microsoft Excel')),
    ], when)


CTYPES = {
    'pdf': 'application/pdf',
    'docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
}


# ---------------------------------------------------------------- text -> HTML, per client

URL_RE = re.compile(r'(https?://[^\s<>")]+[^\s<>").,;:])')
MAIL_RE = re.compile(r'(?<![\w./:-])([\w.+-]+@[\w-]+(?:\.[\w-]+)+)')


def linkify(s: str, style='') -> str:
    s = htmlmod.escape(s, quote=False)
    st = f' style="{style}"' if style else ''

    def url(m):
        u = m.group(1)
        return f'<a href="{u}"{st}>{u}</a>'

    s = URL_RE.sub(url, s)
    parts = re.split(r'(<a [^>]*>.*?</a>)', s)
    for i in range(0, len(parts), 2):
        parts[i] = MAIL_RE.sub(lambda m: f'<a href="mailto:{m.group(1)}"{st}>{m.group(1)}</a>', parts[i])
    return ''.join(parts)


def table_text(rows: list[list]) -> str:
    return '\n'.join('\t'.join('' if v is None else str(v) for v in r) for r in rows)


def table_html(rows: list[list], client: str) -> str:
    if client == 'outlook':
        out = ['<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style=\'border-collapse:collapse;border:none\'>']
        for i, r in enumerate(rows):
            out.append('<tr>')
            for v in r:
                v = '' if v is None else htmlmod.escape(str(v))
                b = f'<b>{v}</b>' if i == 0 else v
                out.append("<td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>"
                           f"<p class=MsoNormal>{b}<o:p></o:p></p></td>")
            out.append('</tr>')
        out.append('</table>')
        return ''.join(out)
    out = ['<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:13px">']
    for i, r in enumerate(rows):
        tag = 'th' if i == 0 else 'td'
        out.append('<tr>' + ''.join(f'<{tag}>{htmlmod.escape("" if v is None else str(v))}</{tag}>' for v in r) + '</tr>')
    out.append('</table>')
    return '\n'.join(out)


OUTLOOK_HEAD = '''<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"><meta name=Generator content="Microsoft Word 15 (filtered medium)"><style><!--
/* Font Definitions */
@font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;}
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
	{margin:0in;
	font-size:FONTSIZE;
	font-family:FONTFAMILY;}
a:link, span.MsoHyperlink
	{mso-style-priority:99;
	color:#0563C1;
	text-decoration:underline;}
span.EmailStyle17
	{mso-style-type:personal-compose;
	font-family:"Calibri",sans-serif;
	color:windowtext;}
.MsoChpDefault
	{mso-style-type:export-only;
	font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;}
div.WordSection1
	{page:WordSection1;}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]--><!--[if gte mso 9]><xml>
<o:shapelayout v:ext="edit">
<o:idmap v:ext="edit" data="1" />
</o:shapelayout></xml><![endif]--></head><body lang=VI link="#0563C1" vlink="#954F72" style='word-wrap:break-word'><div class=WordSection1>'''


def split_quote(lines: list[str]) -> tuple[list[str], str | None, list[str]]:
    """Own text, the attribution line, and the quoted lines of a reply (if any)."""
    for i, ln in enumerate(lines):
        if re.search(r'(đã viết|wrote|viết):\s*$', ln) and i + 1 < len(lines) and any(l.startswith('>') for l in lines[i + 1:i + 3]):
            return lines[:i], ln, lines[i + 1:]
    return lines, None, []


def html_for(text: str, client: str, fragment: str | None, tables: list, opts: dict) -> str:
    """The HTML part a client would send for this text (or around a written fragment)."""
    def body_lines(t: str) -> list[str]:
        return t.split('\n')

    if client == 'outlook':
        font = opts.get('font', ('"Times New Roman",serif', '13.0pt'))
        head = OUTLOOK_HEAD.replace('FONTFAMILY', font[0]).replace('FONTSIZE', font[1])
        if fragment is None:
            parts = []
            for ln in body_lines(text):
                m = re.match(r'^\[\[table:(\d+)\]\]$', ln)
                if m:
                    parts.append(table_html(tables[int(m.group(1))], 'outlook'))
                elif ln.strip() == '':
                    parts.append('<p class=MsoNormal><o:p>&nbsp;</o:p></p>')
                elif re.match(r'^(From|Sent|To|Cc|Subject|Từ|Đã gửi|Gửi|Đến|Chủ đề):\s', ln):
                    k, v = ln.split(':', 1)
                    parts.append(f'<p class=MsoNormal><b>{k}:</b>{linkify(v)}<o:p></o:p></p>')
                elif ln.startswith('-----Original Message-----') or ln.startswith('-----Thư gốc-----'):
                    parts.append("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0in 0in 0in'>")
                else:
                    parts.append(f'<p class=MsoNormal>{linkify(ln)}<o:p></o:p></p>')
            inner = '\n'.join(parts)
            if '<div style=\'border:none' in inner:
                inner += '</div>'
        else:
            inner = fragment
        return head + '\n' + inner + '\n</div></body></html>'

    if fragment is not None:
        if client == 'gmail':
            return f'<div dir="ltr">{fragment}</div>'
        if client == 'zimbra':
            return ('<html><body><div style="font-family: times new roman, new york, times, serif; font-size: 12pt; color: #000000">'
                    + fragment + '</div></body></html>')
        if client == 'raw':
            return fragment
        return ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
                '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>' + fragment + '</body></html>')

    own, attr, quoted = split_quote(body_lines(text))

    def render(lines: list[str], tag_line, blank) -> str:
        out = []
        for ln in lines:
            m = re.match(r'^\[\[table:(\d+)\]\]$', ln)
            if m:
                out.append(table_html(tables[int(m.group(1))], client))
            elif ln.strip() == '':
                out.append(blank)
            else:
                out.append(tag_line(linkify(ln)))
        return ''.join(out)

    def unquote(lines):
        return [re.sub(r'^> ?', '', l) for l in lines]

    if client == 'gmail':
        sig_at = own.index('-- ') if '-- ' in own else None
        main = own[:sig_at] if sig_at is not None else own
        h = '<div dir="ltr">' + render(main, lambda s: f'<div>{s}</div>', '<div><br></div>')
        if sig_at is not None:
            h += '<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature"><div dir="ltr">' + '<br>'.join(linkify(l) for l in own[sig_at + 1:] if l.strip()) + '</div></div>'
        h += '</div>'
        if attr:
            h += ('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">' + linkify(attr) + '<br></div>'
                  '<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">'
                  + render(unquote(quoted), lambda s: f'<div>{s}</div>', '<div><br></div>') + '</blockquote></div>')
        return h
    if client == 'zimbra':
        h = ('<html><body><div style="font-family: times new roman, new york, times, serif; font-size: 12pt; color: #000000">'
             + render(own, lambda s: f'<div>{s}</div>', '<div><br data-mce-bogus="1"></div>'))
        if attr:
            h += ('<hr id="zwchr" data-marker="__DIVIDER__"><div data-marker="__QUOTED_TEXT__"><blockquote style="border-left:2px solid #1010FF;margin-left:5px;padding-left:5px;color:#000;font-weight:normal;font-style:normal;text-decoration:none;font-family:Helvetica,Arial,sans-serif;font-size:12pt;">'
                  + '<div>' + linkify(attr) + '</div>' + render(unquote(quoted), lambda s: f'<div>{s}</div>', '<div><br></div>') + '</blockquote></div>')
        return h + '</div></body></html>'
    if client == 'thunderbird':
        h = ('<!DOCTYPE html>\r\n<html>\r\n  <head>\r\n    <meta http-equiv="content-type" content="text/html; charset=UTF-8">\r\n  </head>\r\n  <body>\r\n    <p>'
             + render(own, lambda s: f'{s}<br>\r\n', '</p>\r\n    <p>') + '</p>\r\n')
        if attr:
            h += ('    <div class="moz-cite-prefix">' + linkify(attr) + '<br>\r\n    </div>\r\n    <blockquote type="cite">'
                  + render(unquote(quoted), lambda s: f'{s}<br>\r\n', '<br>\r\n') + '</blockquote>\r\n')
        return h + '  </body>\r\n</html>'
    # roundcube
    h = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>'
         '<body style=\'font-size: 10pt; font-family: Verdana,Geneva,sans-serif\'>\n<p>'
         + render(own, lambda s: f'{s}<br />\n', '</p>\n<p>') + '</p>\n')
    if attr:
        h += ('<p>' + linkify(attr) + '</p>\n<blockquote type="cite" style="padding: 0 0.4em; border-left: #1010ff 2px solid; margin: 0">\n'
              + render(unquote(quoted), lambda s: f'{s}<br />\n', '<br />\n') + '</blockquote>\n')
    return h + '</body></html>'


# ---------------------------------------------------------------- MIME

class Part:
    def __init__(self, headers: list[tuple[str, str]], body: str = '', children: list['Part'] | None = None,
                 boundary: str | None = None, preamble: str | None = None):
        self.headers, self.body, self.children, self.boundary, self.preamble = headers, body, children, boundary, preamble

    def render(self) -> str:
        out = ''.join(f'{k}: {v}{CRLF}' for k, v in self.headers) + CRLF
        if self.children is None:
            return out + self.body
        if self.preamble:
            out += self.preamble + CRLF
        for c in self.children:
            out += f'{CRLF}--{self.boundary}{CRLF}' + c.render()
        return out + f'{CRLF}--{self.boundary}--{CRLF}'


def text_part(text: str, subtype: str, charset: str, enc: str, flowed_ok=False, ct_style='outlook') -> Part:
    if charset.lower() == 'windows-1258':
        data = to_cp1258(text.replace('\n', '\r\n'))
    elif charset.lower() == 'us-ascii':
        data = text.encode('ascii')
    else:
        data = text.replace('\r\n', '\n').replace('\n', '\r\n').encode('utf-8')
    q = '"' if ct_style in ('outlook', 'gmail') else ''
    ff = '; format=flowed' if flowed_ok and subtype == 'plain' and enc in ('8bit', '7bit') else ''
    if ct_style == 'gmail':
        ct = f'text/{subtype}; charset="{charset}"'
    elif ct_style == 'zimbra':
        ct = f'text/{subtype}; charset={charset}'
    elif ct_style in ('roundcube', 'thunderbird'):
        ct = f'text/{subtype}; charset={charset}{ff}'
    else:
        ct = f'text/{subtype};{CRLF}\tcharset={q}{charset}{q}'
    if enc == 'qp':
        body, cte = qp_encode(data), 'quoted-printable'
    elif enc == 'b64':
        body, cte = b64_encode(data), 'base64'
    else:
        body, cte = data.decode('utf-8' if charset.lower() != 'windows-1258' else 'latin-1'), enc
    return Part([('Content-Type', ct), ('Content-Transfer-Encoding', cte)], body)


def rfc2231(name: str, param: str) -> str:
    enc = urllib.parse.quote(name.encode('utf-8'), safe='')
    if len(enc) <= 60:
        return f"{param}*=UTF-8''{enc}"
    chunks, i = [], 0
    while i < len(enc):
        j = min(i + 60, len(enc))
        while j < len(enc) and enc[j - 1] != '%' and j - 2 >= i and enc[j - 2] == '%':
            j -= 2
        while j < len(enc) and '%' in enc[max(i, j - 2):j]:
            j -= 1
        chunks.append(enc[i:j])
        i = j
    return (';' + CRLF + ' ').join(
        (f"{param}*{k}*=UTF-8''{c}" if k == 0 else f'{param}*{k}*={c}') for k, c in enumerate(chunks))


def attach_part(kind: str, filename: str, data: bytes, style: str, rng: random.Random, size_hint=True) -> Part:
    ct = CTYPES[kind]
    b = b64_encode(data)
    if is_ascii(filename):
        n = f'name="{filename}"'
        f = f'filename="{filename}"'
    elif style == 'outlook':
        w = encode_words(filename, 'B', 'utf-8')
        n = 'name="' + (CRLF + '\t').join(w) + '"'
        f = 'filename="' + (CRLF + '\t').join(w) + '"'
    elif style == 'gmail':
        w = encode_words(filename, 'B', 'UTF-8')
        n = 'name="' + (CRLF + ' ').join(w) + '"'
        f = 'filename="' + (CRLF + ' ').join(w) + '"'
    elif style == 'q':
        w = encode_words(filename, 'Q', 'UTF-8')
        n = 'name="' + (CRLF + ' ').join(w) + '"'
        f = 'filename="' + (CRLF + ' ').join(w) + '"'
    else:  # RFC 2231 (Zimbra, Roundcube, Thunderbird)
        w = encode_words(filename, 'Q', 'UTF-8')
        n = 'name="' + (CRLF + ' ').join(w) + '"' if style == 'thunderbird' else rfc2231(filename, 'name')
        f = rfc2231(filename, 'filename')
    if style == 'outlook':
        hs = [('Content-Type', f'{ct};{CRLF}\t{n}'), ('Content-Description', hdr_text(filename, 'B')),
              ('Content-Disposition', f'attachment;{CRLF}\t{f};{CRLF}\tsize={len(data)};{CRLF}\tcreation-date="{rng.choice(DAYS)}, 01 Jan 2025 08:00:00 GMT"'),
              ('Content-Transfer-Encoding', 'base64')]
        hs[2] = ('Content-Disposition', f'attachment;{CRLF}\t{f};{CRLF}\tsize={len(data)}')
    elif style == 'gmail':
        aid = 'f_' + ''.join(rng.choice('abcdefghijklmnopqrstuvwxyz0123456789') for _ in range(9)) + '0'
        hs = [('Content-Type', f'{ct}; {n}'), ('Content-Disposition', f'attachment; {f}'),
              ('Content-Transfer-Encoding', 'base64'), ('Content-ID', f'<{aid}>'), ('X-Attachment-Id', aid)]
    else:
        hs = [('Content-Type', f'{ct};{CRLF} {n}'), ('Content-Transfer-Encoding', 'base64'),
              ('Content-Disposition', f'attachment;{CRLF} {f}')]
    return Part(hs, b)


# ---------------------------------------------------------------- clients and servers

def domain_of(addr: str) -> str:
    return addr.split('@', 1)[1].lower()


def mail_host(domain: str) -> str:
    return 'mail.' + domain if not domain.startswith('mail.') else domain


def priv_ip(rng: random.Random) -> str:
    return rng.choice([f'10.{rng.randrange(1, 60)}.{rng.randrange(0, 30)}.{rng.randrange(2, 250)}',
                       f'192.168.{rng.randrange(0, 20)}.{rng.randrange(2, 250)}',
                       f'172.{rng.randrange(16, 31)}.{rng.randrange(0, 10)}.{rng.randrange(2, 250)}'])


def postfix_id(rng) -> str:
    return '4' + ''.join(rng.choice('BCDFGHJKLMNPQRSTVWXYZbcdfghjklmnpqrstvwxyz0123456789') for _ in range(13))


def received_chain(client: str, server: str, sender: str, when: datetime, rng: random.Random) -> list[tuple[str, str]]:
    dom = domain_of(sender)
    host = mail_host(dom)
    t1 = when + timedelta(seconds=rng.randrange(1, 4))
    t2 = t1 + timedelta(seconds=rng.randrange(0, 3))
    ip = priv_ip(rng)
    if dom == 'gmail.com':
        return [
            ('Received', f'by mail-{rng.choice(["pl1", "pj1", "qt1", "yb1", "lf1"])}-f{rng.randrange(41, 199)}.google.com with SMTP id {hexs(rng, 6)}a{rng.randrange(100, 999)}-{rng.randrange(1000, 9999)}sm{rng.randrange(1000000, 9999999)}{CRLF}        for <{"{rcpt}"}>; {rfc_date(t1).replace("+0700", "-0800 (PST)") if False else rfc_date(t1)}'),
            ('X-Received', f'by 2002:a17:90b:{hexs(rng, 4)}:b0:{hexs(rng, 3)}:{hexs(rng, 4)}:{hexs(rng, 4)} with SMTP id {hexs(rng, 6)}mr{rng.randrange(1000000, 9999999)}pjb.{rng.randrange(10, 99)}.{rng.randrange(1700000000, 1790000000)}; {rfc_date(t1)}'),
        ]
    if server == 'exchange':
        ex = rng.choice(['EX01', 'EXCH01', 'MAIL-EX1', 'EXSRV02'])
        ex2 = rng.choice(['EX02', 'EXCH02', 'MAIL-EX2'])
        return [
            ('Received', f'from {ex}.{dom} ({ip.rsplit(".", 1)[0]}.11) by{CRLF} {ex2}.{dom} ({ip.rsplit(".", 1)[0]}.12) with Microsoft SMTP Server{CRLF} (version=TLS1_2, cipher=TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384) id{CRLF} 15.1.2507.{rng.randrange(30, 44)}; {rfc_date(t2)}'),
            ('Received', f'from {ex}.{dom} ([fe80::{hexs(rng, 4)}:{hexs(rng, 4)}:{hexs(rng, 4)}:{hexs(rng, 4)}]) by{CRLF} {ex}.{dom} ([fe80::{hexs(rng, 4)}:{hexs(rng, 4)}:{hexs(rng, 4)}:{hexs(rng, 4)}%12]) with{CRLF} mapi id 15.01.2507.{rng.randrange(30, 44)}; {rfc_date(t1)}'),
        ]
    if server == 'zimbra':
        return [
            ('Received', f'from {host} ({host} [{ip}]){CRLF}\tby {host} (Postfix) with ESMTP id {postfix_id(rng)}{CRLF}\tfor <{"{rcpt}"}>; {rfc_date(t2)} (+07)'),
            ('Received', f'from {host} ([127.0.0.1]){CRLF}\tby localhost ({host} [127.0.0.1]) (amavis, port 10026) with ESMTP{CRLF}\tid {"".join(rng.choice("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") for _ in range(12))}; {rfc_date(t1)} (+07)'),
            ('Received', f'from localhost (localhost [127.0.0.1]){CRLF}\tby {host} (Postfix) with ESMTP id {postfix_id(rng)};{CRLF}\t{rfc_date(when)} (+07)'),
        ]
    if server == 'system':
        app = rng.choice(['qlvb-app01', 'eoffice-web02', 'app-qlvb', 'ioffice01'])
        return [
            ('Received', f'from {app}.{dom} (unknown [{ip}]){CRLF}\tby {host} (Postfix) with ESMTP id {postfix_id(rng)}{CRLF}\tfor <{"{rcpt}"}>; {rfc_date(t1)} (+07)'),
        ]
    if server == 'bulk':
        return [
            ('Received', f'from bulk.{dom} (bulk.{dom} [{ip}]){CRLF}\tby {host} (Postfix) with ESMTPS id {postfix_id(rng)}{CRLF}\t(version=TLSv1.3 cipher=TLS_AES_256_GCM_SHA384 bits=256){CRLF}\tfor <{"{rcpt}"}>; {rfc_date(t1)} (+07)'),
        ]
    # postfix submission (Roundcube, Thunderbird, phones, Outlook over SMTP AUTH)
    via = f'[{ip}] (unknown [{ip}])' if client != 'roundcube' else f'webmail.{dom} (localhost [127.0.0.1])'
    return [
        ('Received', f'from {via}{CRLF}\t(Authenticated sender: {addr_of(sender)}){CRLF}\tby {host} (Postfix) with ESMTPSA id {postfix_id(rng)};{CRLF}\t{rfc_date(t1)} (+07)'),
    ]


def message_id(client: str, sender: str, when: datetime, rng: random.Random) -> str:
    dom = domain_of(sender)
    if client == 'outlook':
        return f'<{hexs(rng, 12)}${hexs(rng, 8)}${hexs(rng, 8)}$@{dom}>'
    if client == 'outlook-ex':
        return f'<{hexs(rng, 8, True)}{hexs(rng, 24, True)}@{rng.choice(["EX01", "EXCH01"])}.{dom}>'
    if client == 'gmail':
        return '<CA' + ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+_-') for _ in range(rng.choice([52, 54, 56]))) + '@mail.gmail.com>'
    if client == 'zimbra':
        return f'<{rng.randrange(100000000, 2147483647)}.{rng.randrange(1000, 9999999)}.{int(when.timestamp() * 1000)}.JavaMail.zimbra@{dom}>'
    if client == 'roundcube':
        return f'<{hexs(rng, 32)}@{dom}>'
    if client in ('thunderbird', 'iphone'):
        u = hexs(rng, 32, client == 'iphone')
        return f'<{u[:8]}-{u[8:12]}-{u[12:16]}-{u[16:20]}-{u[20:]}@{dom}>'
    if client == 'system':
        return f'<qlvb.{when:%Y%m%d%H%M%S}.{rng.randrange(10000, 99999)}@{dom}>'
    return f'<{when:%Y%m%d%H%M%S}.{hexs(rng, 16)}@{dom}>'


def dkim(domain: str, sel: str, when: datetime, rng: random.Random, hlist: str) -> str:
    b = b64rand(rng, 256)
    bl = [b[i:i + 70] for i in range(0, len(b), 70)]
    return (f'v=1; a=rsa-sha256; c=relaxed/relaxed; d={domain};{CRLF}\ts={sel}; t={int(when.timestamp())};{CRLF}'
            f'\tbh={b64rand(rng, 32)};{CRLF}\th={hlist};{CRLF}\tb=' + (CRLF + '\t ').join(bl))


CLIENTS = {
    'outlook': dict(style='outlook', alt=True, enc='qp', server='postfix', hdr='B'),
    'outlook-ex': dict(style='outlook', alt=True, enc='qp', server='exchange', hdr='B'),
    'gmail': dict(style='gmail', alt=True, enc='qp', server='gmail', hdr='B'),
    'zimbra': dict(style='zimbra', alt=True, enc='qp', server='zimbra', hdr='Q'),
    'roundcube': dict(style='roundcube', alt=False, enc='8bit', server='postfix', hdr='Q'),
    'thunderbird': dict(style='thunderbird', alt=False, enc='8bit', server='postfix', hdr='Q'),
    'iphone': dict(style='iphone', alt=False, enc='qp', server='postfix', hdr='B'),
    'system': dict(style='raw', alt=True, enc='b64', server='system', hdr='B'),
    'bulk': dict(style='raw', alt=True, enc='qp', server='bulk', hdr='B'),
}


def build(L: dict) -> bytes:
    rng = random.Random(L['file'])
    client = L.get('client', 'outlook')
    prof = dict(CLIENTS[client])
    style = prof['style']
    hmode = L.get('hdr', prof['hdr'])
    enc = L.get('enc', prof['enc'])
    charset = L.get('charset', 'UTF-8' if style in ('gmail', 'raw') else 'utf-8')
    when = datetime.strptime(L['date'], '%Y-%m-%d %H:%M') + timedelta(seconds=rng.randrange(0, 60))
    frm, to, cc = L['from'], L['to'], L.get('cc', [])
    sender = addr_of(frm)
    rcpt = addr_of(to[0])
    tables = L.get('tables', [])
    text = L['text'].strip('\n') + '\n'
    plain = '\n'.join(table_text(tables[int(m.group(1))]) if (m := re.match(r'^\[\[table:(\d+)\]\]$', ln)) else ln
                      for ln in text.split('\n'))
    alt = L.get('alt', prof['alt'])
    flow = style in ('roundcube', 'thunderbird') and L.get('flowed', True)
    if flow and enc in ('8bit', '7bit'):
        plain = flowed(plain)

    cstyle = {'outlook': 'outlook', 'gmail': 'gmail', 'zimbra': 'zimbra', 'roundcube': 'roundcube',
              'thunderbird': 'thunderbird', 'iphone': 'iphone', 'raw': 'gmail'}[style]
    tpart = text_part(plain, 'plain', charset, enc, flow, cstyle)
    if alt:
        html = html_for(text, style if style != 'iphone' else 'roundcube', L.get('html'), tables, L)
        henc = L.get('html_enc', 'qp' if enc in ('8bit', '7bit') and style not in ('roundcube', 'thunderbird') else enc)
        if style in ('roundcube', 'thunderbird') and henc == '8bit':
            pass
        hpart = text_part(html, 'html', charset, henc, False, cstyle)
        bnd = {
            'outlook': f'----=_NextPart_001_{hexs(rng, 4, True)}_{hexs(rng, 8, True)}.{hexs(rng, 8, True)}',
            'gmail': f'0000000000{hexs(rng, 18)}',
            'zimbra': f'=_{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}',
            'roundcube': f'=_{hexs(rng, 32)}',
            'thunderbird': '------------' + ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(24)),
            'iphone': f'Apple-Mail-{hexs(rng, 8, True)}-{hexs(rng, 4, True)}-{hexs(rng, 4, True)}',
            'raw': f'----=_Part_{rng.randrange(10000, 99999)}_{rng.randrange(100000000, 999999999)}.{int(when.timestamp() * 1000)}',
        }[style]
        body = Part([('Content-Type', f'multipart/alternative;{CRLF}\tboundary="{bnd}"')], children=[tpart, hpart], boundary=bnd)
    else:
        body = tpart

    atts = L.get('att', [])
    author = L.get('author', name_of(frm) or sender.split('@')[0])
    if atts:
        parts = [body]
        for a in atts:
            kind, fname, content = a[0], a[1], a[2]
            title = os.path.splitext(fname)[0]
            if kind == 'pdf':
                data = make_pdf(content, title, when - timedelta(minutes=rng.randrange(20, 600)),
                                rng.choice(['Microsoft\xae Word for Microsoft 365', 'LibreOffice 7.6', 'Microsoft\xae Word 2016', 'iText 5.5.13']))
            elif kind == 'docx':
                data = make_docx(content, title, author, when - timedelta(minutes=rng.randrange(20, 600)))
            else:
                data = make_xlsx(content, title, author, when - timedelta(minutes=rng.randrange(20, 600)), a[3] if len(a) > 3 else 'Sheet1')
            astyle = {'outlook': 'outlook', 'gmail': 'gmail', 'zimbra': 'rfc2231', 'roundcube': 'rfc2231',
                      'thunderbird': 'thunderbird', 'iphone': 'rfc2231', 'raw': 'q'}[style]
            parts.append(attach_part(kind, fname, data, L.get('att_style', astyle), rng))
        mb = {
            'outlook': f'----=_NextPart_000_{hexs(rng, 4, True)}_{hexs(rng, 8, True)}.{hexs(rng, 8, True)}',
            'gmail': f'0000000000{hexs(rng, 18)}',
            'zimbra': f'=_{hexs(rng, 8)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 4)}-{hexs(rng, 12)}',
            'roundcube': f'=_{hexs(rng, 32)}',
            'thunderbird': '------------' + ''.join(rng.choice('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789') for _ in range(24)),
            'iphone': f'Apple-Mail-{hexs(rng, 8, True)}-{hexs(rng, 4, True)}-{hexs(rng, 4, True)}',
            'raw': f'----=_Part_{rng.randrange(10000, 99999)}_{rng.randrange(100000000, 999999999)}.{int(when.timestamp() * 1000)}',
        }[style]
        pre = 'This is a multi-part message in MIME format.' if style in ('outlook', 'thunderbird') else None
        top = Part([('Content-Type', f'multipart/mixed;{CRLF}\tboundary="{mb}"')], children=parts, boundary=mb, preamble=pre)
    else:
        top = body

    # headers, top down as servers and clients write them
    hs: list[tuple[str, str]] = []
    for k, v in received_chain(client, L.get('server', prof['server']), sender, when, rng):
        hs.append((k, v.replace('{rcpt}', rcpt)))
    dk = L.get('dkim', domain_of(sender) == 'gmail.com')
    if dk:
        d = domain_of(sender)
        sel = {'gmail.com': '20230601'}.get(d, rng.choice(['default', 'mail', 'dkim', f'{hexs(rng, 8, True)}-{hexs(rng, 4, True)}-{hexs(rng, 4, True)}']))
        hl = ('mime-version:references:in-reply-to:from:date:message-id:subject:to:cc:content-type' if d == 'gmail.com'
              else 'Date:From:To:Subject:Message-ID:MIME-Version:Content-Type')
        if client == 'zimbra':
            hs.append(('DKIM-Filter', f'OpenDKIM Filter v2.10.3 {mail_host(d)} {postfix_id(rng)}'))
        hs.append(('DKIM-Signature', dkim(d, sel, when, rng, hl)))
    mid = L.get('message_id') or message_id(client if client != 'outlook-ex' else 'outlook-ex', sender, when, rng)
    subj = hdr_text(L['subject'], hmode)
    core = [('Date', rfc_date(when)), ('From', hdr_addr(frm, hmode)), ('To', addr_list(to, hmode))]
    if cc:
        core.append(('Cc', addr_list(cc, hmode)))
    if L.get('reply_to'):
        core.append(('Reply-To', hdr_addr(L['reply_to'], hmode)))
    core.append(('Subject', subj))
    core.append(('Message-ID', mid))
    if L.get('in_reply_to'):
        irt = L['in_reply_to']
        core.append(('In-Reply-To', irt))
        core.append(('References', L.get('references', irt)))
    if style == 'outlook':
        hs += [('From', core[1][1]), ('To', core[2][1])] + [c for c in core[3:] if c[0] in ('Cc', 'Reply-To')] + \
              [('Subject', subj), ('Date', rfc_date(when)), ('Message-ID', mid)] + \
              [c for c in core if c[0] in ('In-Reply-To', 'References')] + \
              [('MIME-Version', '1.0'), ('Content-Type', None), ('X-Mailer', L.get('xmailer', 'Microsoft Outlook 16.0')),
               ('Thread-Index', b64rand(rng, 22).rstrip('=') if not L.get('in_reply_to') else b64rand(rng, 27)),
               ('Content-Language', L.get('lang', 'vi'))]
        if atts:
            hs.append(('X-MS-Has-Attach', 'yes'))
    elif style == 'gmail':
        hs += [('MIME-Version', '1.0')] + [c for c in core if c[0] in ('References', 'In-Reply-To')] + \
              [c for c in core if c[0] == 'From'] + [c for c in core if c[0] == 'Date'] + \
              [('X-Gm-Features', b64rand(rng, 45).rstrip('=').replace('+', '-').replace('/', '_'))] + \
              [c for c in core if c[0] in ('Message-ID', 'Subject', 'To', 'Cc')] + [('Content-Type', None)]
    elif style == 'zimbra':
        hs += [c for c in core if c[0] in ('Date', 'From', 'To', 'Cc', 'Reply-To', 'Message-ID', 'In-Reply-To', 'References', 'Subject')] + \
              [('MIME-Version', '1.0'), ('Content-Type', None),
               ('X-Originating-IP', f'[{priv_ip(rng)}]'),
               ('X-Mailer', L.get('xmailer', f'Zimbra 8.8.15_GA_{rng.choice(["4581", "4562", "4484"])} (ZimbraWebClient - {rng.choice(["GC130", "FF128", "GC118", "ED130"])} (Win)/8.8.15_GA_4581)')),
               ('Thread-Topic', hdr_text(L['subject'].split(': ', 1)[-1] if L['subject'][:3] in ('Re:', 'Fw:', 'RE:', 'FW:') else L['subject'], hmode)),
               ('Thread-Index', b64rand(rng, 21).rstrip('='))]
    elif style == 'roundcube':
        hs += [('MIME-Version', '1.0'), ('Date', rfc_date(when)), ('From', core[1][1]), ('To', core[2][1])] + \
              [c for c in core if c[0] in ('Cc', 'Reply-To', 'Subject', 'In-Reply-To', 'References', 'Message-ID')] + \
              [('X-Sender', sender), ('User-Agent', L.get('xmailer', 'Roundcube Webmail/1.6.9')), ('Content-Type', None)]
    elif style == 'thunderbird':
        hs += [('Message-ID', mid), ('Date', rfc_date(when)), ('MIME-Version', '1.0'),
               ('User-Agent', L.get('xmailer', 'Mozilla Thunderbird')), ('Content-Language', L.get('lang', 'vi'))] + \
              [c for c in core if c[0] in ('To', 'Cc')] + [('From', core[1][1])] + \
              [c for c in core if c[0] in ('Subject', 'In-Reply-To', 'References', 'Reply-To')] + [('Content-Type', None)]
    elif style == 'iphone':
        hs += [('Content-Type', None), ('Mime-Version', '1.0 (1.0)')] + \
              [c for c in core if c[0] in ('Subject', 'Message-ID', 'Date', 'Cc', 'In-Reply-To', 'References', 'To', 'From')] + \
              [('X-Mailer', L.get('xmailer', 'iPhone Mail (22B91)'))]
    else:  # system / bulk
        hs += core + [('MIME-Version', '1.0'), ('Content-Type', None)]
        for k, v in L.get('extra', []):
            hs.append((k, v))
    # content headers of the top part go where the client puts Content-Type
    out_hs = []
    top_ct = [h for h in top.headers if h[0].lower().startswith('content-')]
    for k, v in hs:
        if k == 'Content-Type' and v is None:
            out_hs += top_ct
        else:
            out_hs.append((k, v))
    if style in ('outlook', 'zimbra', 'roundcube', 'thunderbird', 'iphone', 'gmail'):
        for k, v in L.get('extra', []):
            out_hs.append((k, v))
    top.headers = out_hs
    msg = top.render()
    if L.get('raw_headers_8bit'):
        pass
    return msg.encode('utf-8') if charset.lower() != 'windows-1258' else msg.encode('latin-1')


def main() -> int:
    letters = []
    names = sorted(f[:-3] for f in os.listdir(os.path.join(ROOT, 'scripts', 'vi-eval')) if f.startswith('letters_') and f.endswith('.py'))
    for n in names:
        letters += importlib.import_module(n).LETTERS
    seen = set()
    os.makedirs(OUT, exist_ok=True)
    for f in os.listdir(OUT):
        if f.endswith('.eml'):
            os.remove(os.path.join(OUT, f))
    for L in letters:
        if L['file'] in seen:
            raise SystemExit(f'duplicate file name {L["file"]}')
        seen.add(L['file'])
        data = build(L)
        with open(os.path.join(OUT, L['file'] + '.eml'), 'wb') as fh:
            fh.write(data)
    print(f'wrote {len(letters)} messages to {os.path.relpath(OUT, ROOT)}')
    return 0


if __name__ == '__main__':
    sys.exit(main())
