/**
 * A small, bounded HTML-to-text converter for rule matching: drops tags, comments,
 * scripts and styles, decodes character references, and collects link attributes.
 * It is linear in the input (each position is looked at a bounded number of times) because
 * the input is hostile; it does not try to render, only to recover the words a reader sees.
 */

/** Visible text and link targets (`href`, `src`, ...) of an HTML body. */
export interface HtmlText {
  text: string;
  links: string[];
  /** `<a href>` links with the text shown for them (at most ANCHOR_TEXT_CHARS of it). */
  anchors: { href: string; text: string }[];
}

/** Characters of an anchor's text kept: enough for the address or phrase it shows. */
const ANCHOR_TEXT_CHARS = 200;

const HREF = /(?:^|\s)href\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;

/** Elements that start a new line when rendered, so words on both sides do not join. */
const BLOCK_ELEMENTS = new Set(
  (
    'address article aside blockquote br center dd div dl dt fieldset figcaption figure ' +
    'footer form h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody td ' +
    'tfoot th thead title tr ul'
  ).split(' '),
);

/** Elements whose content is never shown as text. */
const HIDDEN_ELEMENTS = new Set(['script', 'style']);

/** Attributes whose value is a URL a reader can be sent to or that is fetched. */
const LINK_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'background', 'poster']);

/** HTML named character references used in mail: Latin-1 and Vietnamese letters, punctuation. */
// prettier-ignore
const NAMED_ENTITIES: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', shy: '\u00ad', zwnj: '\u200c',
  zwj: '\u200d', ensp: ' ', emsp: ' ', thinsp: ' ', copy: '©', reg: '®', trade: '™', hellip: '…',
  mdash: '—', ndash: '–', lsquo: '‘', rsquo: '’', ldquo: '“', rdquo: '”', laquo: '«', raquo: '»',
  bull: '•', middot: '·', euro: '€', times: '×', deg: '°', iexcl: '¡', iquest: '¿', cent: '¢',
  pound: '£', yen: '¥', sect: '§', Agrave: 'À', Aacute: 'Á', Acirc: 'Â', Atilde: 'Ã', Auml: 'Ä',
  Aring: 'Å', Ccedil: 'Ç', Egrave: 'È', Eacute: 'É', Ecirc: 'Ê', Euml: 'Ë', Igrave: 'Ì',
  Iacute: 'Í', Icirc: 'Î', Iuml: 'Ï', Ntilde: 'Ñ', Ograve: 'Ò', Oacute: 'Ó', Ocirc: 'Ô',
  Otilde: 'Õ', Ouml: 'Ö', Ugrave: 'Ù', Uacute: 'Ú', Ucirc: 'Û', Uuml: 'Ü', Yacute: 'Ý', agrave: 'à',
  aacute: 'á', acirc: 'â', atilde: 'ã', auml: 'ä', aring: 'å', ccedil: 'ç', egrave: 'è',
  eacute: 'é', ecirc: 'ê', euml: 'ë', igrave: 'ì', iacute: 'í', icirc: 'î', iuml: 'ï', ntilde: 'ñ',
  ograve: 'ò', oacute: 'ó', ocirc: 'ô', otilde: 'õ', ouml: 'ö', ugrave: 'ù', uacute: 'ú',
  ucirc: 'û', uuml: 'ü', yacute: 'ý', szlig: 'ß', Abreve: 'Ă', abreve: 'ă', Dstrok: 'Đ',
  dstrok: 'đ', Itilde: 'Ĩ', itilde: 'ĩ', Utilde: 'Ũ', utilde: 'ũ',
};

const ENTITY = /&(?:#(\d{1,8})|#[xX]([0-9a-fA-F]{1,8})|([A-Za-z][A-Za-z0-9]{1,31}));?/g;

function fromCodePoint(cp: number): string {
  // NUL, surrogates and out-of-range values become U+FFFD, as HTML parsers do.
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(cp);
}

/** Decodes HTML character references (`&amp;`, `&#7921;`, `&#x1EF1;`). */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, dec?: string, hex?: string, name?: string) => {
    if (dec !== undefined) return fromCodePoint(Number.parseInt(dec, 10));
    if (hex !== undefined) return fromCodePoint(Number.parseInt(hex, 16));
    // hasOwn: `&constructor;` must not reach Object.prototype.
    return name !== undefined && Object.hasOwn(NAMED_ENTITIES, name)
      ? (NAMED_ENTITIES[name] ?? whole)
      : whole;
  });
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

/** Whether `html` has `word` (lower-case ASCII) at `at`, ignoring ASCII case. */
function hasWordAt(html: string, at: number, word: string): boolean {
  if (at + word.length > html.length) return false;
  for (let k = 0; k < word.length; k += 1) {
    if ((html.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  }
  return !isAsciiAlnum(html.charCodeAt(at + word.length));
}

/** Index just past `</name ...>` at or after `from`, or -1 when the element never closes. */
function skipElement(html: string, from: number, name: string): number {
  let at = from;
  for (;;) {
    const close = html.indexOf('</', at);
    if (close < 0) return -1;
    if (hasWordAt(html, close + 2, name)) {
      const gt = html.indexOf('>', close + 2);
      return gt < 0 ? -1 : gt + 1;
    }
    at = close + 2;
  }
}

/**
 * Index of the `>` closing a tag whose attributes start at `from`; quotes opened right after
 * `=` hide a `>` inside an attribute value. -1 when the tag never closes.
 */
function tagEnd(html: string, from: number): number {
  let quote = 0;
  let afterEquals = false;
  for (let j = from; j < html.length; j += 1) {
    const c = html.charCodeAt(j);
    if (quote !== 0) {
      if (c === quote) quote = 0;
    } else if (c === 0x3e) {
      return j;
    } else if ((c === 0x22 || c === 0x27) && afterEquals) {
      quote = c;
    } else if (c === 0x3d) {
      afterEquals = true;
      continue;
    }
    if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) afterEquals = false;
  }
  return -1;
}

const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+)))?/g;

function collectLinks(attributes: string, links: string[], maxLinks: number): void {
  for (const m of attributes.matchAll(ATTRIBUTE)) {
    if (links.length >= maxLinks) return;
    const name = (m[1] ?? '').toLowerCase();
    const value = m[2] ?? m[3] ?? m[4];
    if (value === undefined || !LINK_ATTRIBUTES.has(name)) continue;
    const url = decodeEntities(value).trim();
    if (url.length > 0) links.push(url);
  }
}

/** The text emitted since part `from`, at most ANCHOR_TEXT_CHARS: bounded per anchor. */
function textSince(parts: readonly string[], from: number): string {
  let shown = '';
  for (let k = from; k < parts.length && shown.length < ANCHOR_TEXT_CHARS * 2; k += 1) {
    shown += parts[k] ?? '';
  }
  return shown.trim().slice(0, ANCHOR_TEXT_CHARS);
}

/**
 * Converts HTML to the text a reader sees, at most `maxChars` characters, and collects at
 * most `maxLinks` link attribute values. Text after an unclosed tag, comment, script or style
 * is dropped, as a browser would not show it either.
 */
export function htmlToText(html: string, maxChars: number, maxLinks: number): HtmlText {
  const parts: string[] = [];
  const links: string[] = [];
  const anchors: { href: string; text: string }[] = [];
  let open: { href: string; from: number } | undefined;
  let length = 0;
  const emit = (chunk: string): void => {
    parts.push(chunk);
    length += chunk.length;
  };
  let i = 0;
  while (i < html.length && length < maxChars) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      emit(decodeEntities(html.slice(i)));
      break;
    }
    if (lt > i) emit(decodeEntities(html.slice(i, lt)));
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      if (end < 0) break;
      i = end + 3;
      continue;
    }
    const next = html.charCodeAt(lt + 1);
    if (next === 0x21 || next === 0x3f) {
      // <!DOCTYPE ...>, <![CDATA[ ...]]>, <?xml ...?>: nothing a reader sees.
      const end = html.indexOf('>', lt + 2);
      if (end < 0) break;
      i = end + 1;
      continue;
    }
    const closing = next === 0x2f;
    const nameStart = lt + (closing ? 2 : 1);
    let nameEnd = nameStart;
    while (nameEnd < html.length && isAsciiAlnum(html.charCodeAt(nameEnd))) nameEnd += 1;
    if (nameEnd === nameStart) {
      // A lone '<' ("a < b") is text.
      emit('<');
      i = lt + 1;
      continue;
    }
    const end = tagEnd(html, nameEnd);
    if (end < 0) break;
    const name = html.slice(nameStart, nameEnd).toLowerCase();
    if (!closing && links.length < maxLinks) {
      collectLinks(html.slice(nameEnd, end), links, maxLinks);
    }
    if (name === 'a' && anchors.length < maxLinks) {
      if (open !== undefined) {
        anchors.push({ href: open.href, text: textSince(parts, open.from) });
        open = undefined;
      }
      if (!closing) {
        const m = HREF.exec(html.slice(nameEnd, end));
        const href = m === null ? undefined : (m[1] ?? m[2] ?? m[3]);
        if (href !== undefined) open = { href: decodeEntities(href).trim(), from: parts.length };
      }
    }
    if (BLOCK_ELEMENTS.has(name)) emit('\n');
    i = end + 1;
    if (!closing && HIDDEN_ELEMENTS.has(name) && html.charCodeAt(end - 1) !== 0x2f) {
      i = skipElement(html, i, name);
      if (i < 0) break;
    }
  }
  const text = parts.join('');
  return { text: text.length > maxChars ? text.slice(0, maxChars) : text, links, anchors };
}
