import type { ArchiveFacts, MailAddress, ParsedAttachment } from '../types.js';
import { dropInvisible, foldText, unfoldSpan } from './fold.js';
import { htmlToText } from './html-text.js';
import { magicMismatch, type MagicName } from './magic.js';
import { trimTrailing } from './trim-trailing.js';
import { MAX_URIS, urlHost, urlsInText } from './uris.js';
import type { Pattern } from './pattern.js';
import type { RuleInput } from './types.js';
import { listZip } from './zip-listing.js';

/** Invisible characters in a detail shown to officers: as a visible mark. */
const INVISIBLE_SHOWN = /[\u00ad\u180e\u200b-\u200d\u2060-\u2064\ufeff]/g;

/** Longest detail shown to officers for one hit. */
export const DETAIL_MAX_CHARS = 80;

/** A detail for officers: whitespace collapsed, at most DETAIL_MAX_CHARS characters. */
export function shortDetail(text: string): string {
  // Only the start is shown: do not flatten a megabyte to keep 80 characters of it.
  const head = text.length > DETAIL_MAX_CHARS * 8 ? text.slice(0, DETAIL_MAX_CHARS * 8) : text;
  const flat = head.replace(/\s+/g, ' ').trim();
  return flat.length > DETAIL_MAX_CHARS ? `${flat.slice(0, DETAIL_MAX_CHARS - 1)}…` : flat;
}

/**
 * A text and, computed on first use, its diacritic-folded form. Invisible characters
 * slipped between letters to break keyword matches (zero-width space and joiners, word
 * joiner and the invisible operators, BOM, soft hyphen) are dropped from both; `raw` keeps
 * the text as sent, for the rules that look for those characters themselves.
 */
export class TextView {
  private foldedText: string | undefined;
  readonly text: string;
  constructor(readonly raw: string) {
    this.text = dropInvisible(raw);
  }
  get folded(): string {
    this.foldedText ??= foldText(this.text);
    return this.foldedText;
  }
}

/**
 * Runs `re` on the text (or its folded form) and returns what matched as written in the
 * original, shortened for officers; false when nothing matched.
 */
export function matchView(re: Pattern, view: TextView, fold: boolean, raw = false): string | false {
  const subject = raw ? view.raw : fold ? view.folded : view.text;
  const m = re.exec(subject);
  if (m === null) return false;
  if (raw) return shortDetail(m[0].replace(INVISIBLE_SHOWN, '\u2423')) || shortDetail(view.text);
  if (!fold || subject === view.text) return shortDetail(m[0]) || shortDetail(view.text);
  const [start, end] = unfoldSpan(view.text, m.index, m.index + m[0].length);
  return shortDetail(view.text.slice(start, end)) || shortDetail(view.text);
}

/** File name extension (lower-case, no dot) the way Windows sees it: trailing dots and spaces dropped. */
export function extensionOf(fileName: string): string | undefined {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const trimmed = trimTrailing(base, '. ');
  const dot = trimmed.lastIndexOf('.');
  if (dot < 0 || dot === trimmed.length - 1) return undefined;
  return trimmed.slice(dot + 1).toLowerCase();
}

/**
 * Bytes of an attachment read as text by `content` tests. Script and form tags of HTML and
 * SVG lures sit near the start; the bound keeps a 10 MB attachment from being scanned whole.
 */
export const ATTACHMENT_TEXT_BYTES = 64 * 1024;

const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const PDF_ENCRYPT = Buffer.from('/Encrypt');

/** What attachment tests look at, computed on first use. */
export class AttachmentFacts {
  private memberNames: string[] | undefined;
  private zipEncrypted = false;
  private zipUnpacked = 0;
  private textHead: string | undefined;
  readonly filename: string | undefined;
  readonly extension: string | undefined;
  /** Shown to officers: the file name, or the type when the part has none. */
  readonly label: string;

  constructor(
    readonly attachment: ParsedAttachment,
    /** The content scanner's listing (7-Zip, every archive kind, nested), when it ran. */
    private readonly archive?: ArchiveFacts,
  ) {
    this.filename = attachment.filename?.normalize('NFC');
    this.extension = this.filename === undefined ? undefined : extensionOf(this.filename);
    this.label = shortDetail(this.filename ?? `(unnamed ${attachment.contentType})`);
  }

  /** The type the first bytes show (computed by the parser: file-type is asynchronous). */
  get magic(): ReadonlySet<MagicName> {
    return this.attachment.magic;
  }

  /**
   * Member names: our own ZIP listing (both directories, self-extracting too) and, when the
   * content scanner opened the archive, its listing of every kind (7z, RAR, tar, ISO...),
   * nested members as `inner.zip/file.exe`.
   */
  get members(): string[] {
    if (this.memberNames === undefined) {
      const listing =
        this.attachment.content === undefined
          ? { names: [], encrypted: false, unpackedBytes: 0 }
          : listZip(this.attachment.content);
      const names = new Set(listing.names);
      for (const n of this.archive?.names ?? []) names.add(n);
      this.memberNames = [...names];
      this.zipEncrypted = listing.encrypted || this.archive?.encrypted === true;
      this.zipUnpacked = Math.max(listing.unpackedBytes, this.archive?.unpackedBytes ?? 0);
    }
    return this.memberNames;
  }

  /** What a ZIP attachment declares it unpacks to, in bytes (0 when not a ZIP). */
  get unpackedBytes(): number {
    void this.members;
    return this.zipUnpacked;
  }

  /**
   * Password-protected: a ZIP with an encrypted member, an encrypted PDF, or an Office
   * file saved with a password (an OLE2 container holding `EncryptedPackage`). Nothing
   * inside can be scanned, which is why malware is sent that way with the password in the
   * mail text.
   */
  get encrypted(): boolean {
    void this.members;
    if (this.zipEncrypted) return true;
    const bytes = this.attachment.content ?? this.attachment.head;
    if (this.magic.has('pdf')) return bytes.includes(PDF_ENCRYPT);
    if (this.magic.has('ole2')) return bytes.includes(ENCRYPTED_PACKAGE);
    return false;
  }

  /** The detected type when it contradicts the extension, else undefined. */
  get mismatch(): string | undefined {
    return this.extension === undefined ? undefined : magicMismatch(this.extension, this.magic);
  }

  /** The start of the content as text (UTF-8), at most ATTACHMENT_TEXT_BYTES. */
  get text(): string {
    this.textHead ??= (this.attachment.content ?? this.attachment.head)
      .subarray(0, ATTACHMENT_TEXT_BYTES)
      .toString('utf8');
    return this.textHead;
  }
}

export function domainOf(address: string): string {
  const at = address.lastIndexOf('@');
  return at < 0
    ? ''
    : trimTrailing(
        address
          .slice(at + 1)
          .toLowerCase()
          .replace(/^\[|\]$/g, ''),
        '.',
      );
}

/** Parsed address headers by lower-case name; other headers only have raw values. */
const ADDRESS_HEADERS: Record<string, (input: RuleInput) => MailAddress[]> = {
  from: (input) => input.mail.from,
  'reply-to': (input) => input.mail.replyTo,
  to: (input) => input.mail.to,
  cc: (input) => input.mail.cc,
};

export function isAddressHeader(name: string): boolean {
  return Object.hasOwn(ADDRESS_HEADERS, name.toLowerCase());
}

/**
 * Everything the rule tests derive from one message, each computed once on first use and
 * bounded: text capped at `scanChars` characters, at most MAX_URIS URLs.
 */
export class MessageFacts {
  private plainView: TextView | undefined;
  private htmlView: TextView | undefined;
  private htmlSourceView: TextView | undefined;
  private htmlLinks: string[] = [];
  private htmlAnchors: { href: string; text: string }[] = [];
  private urlList: string[] | undefined;
  private hostList: { url: string; host: string }[] | undefined;
  private headerMap: Map<string, TextView[]> | undefined;
  private allHeaderView: TextView | undefined;
  private attachmentList: AttachmentFacts[] | undefined;

  constructor(
    readonly input: RuleInput,
    private readonly scanChars: number,
  ) {}

  private cap(text: string): string {
    // NFC so that accented patterns match whether the sender composed letters or not.
    const capped = text.length > this.scanChars ? text.slice(0, this.scanChars) : text;
    const nfc = capped.normalize('NFC');
    return nfc.length > this.scanChars ? nfc.slice(0, this.scanChars) : nfc;
  }

  get plain(): TextView {
    this.plainView ??= new TextView(this.cap(this.input.mail.text));
    return this.plainView;
  }

  /** The HTML body as sent, capped. */
  get htmlSource(): TextView {
    this.htmlSourceView ??= new TextView(this.cap(this.input.mail.html));
    return this.htmlSourceView;
  }

  /** The HTML body as a reader sees it. */
  get html(): TextView {
    if (this.htmlView === undefined) {
      const { text, links, anchors } = htmlToText(this.input.mail.html, this.scanChars, MAX_URIS);
      this.htmlView = new TextView(this.cap(text));
      this.htmlLinks = links;
      this.htmlAnchors = anchors;
    }
    return this.htmlView;
  }

  /** URLs in the plain text, in HTML link attributes and in the HTML's visible text. */
  get urls(): string[] {
    if (this.urlList === undefined) {
      const found = new Set<string>();
      urlsInText(this.plain.text, found, MAX_URIS);
      const html = this.html;
      for (const link of this.htmlLinks) {
        if (found.size >= MAX_URIS) break;
        found.add(link);
      }
      urlsInText(html.text, found, MAX_URIS);
      this.urlList = [...found];
    }
    return this.urlList;
  }

  /** HTML links with the text shown for them. */
  get anchors(): { href: string; text: string }[] {
    void this.html;
    return this.htmlAnchors;
  }

  /** Each URL that has a host name, with that host (lower-case, punycode). */
  get hosts(): { url: string; host: string }[] {
    if (this.hostList === undefined) {
      this.hostList = [];
      for (const url of this.urls) {
        const host = urlHost(url);
        if (host !== undefined) this.hostList.push({ url, host });
      }
    }
    return this.hostList;
  }

  /** Every occurrence of a header (decoded, unfolded value), by case-insensitive name. */
  header(name: string): TextView[] {
    if (this.headerMap === undefined) {
      this.headerMap = new Map();
      for (const field of this.input.mail.headers) {
        const key = field.name.toLowerCase();
        const views = this.headerMap.get(key) ?? [];
        views.push(new TextView(this.cap(field.value)));
        this.headerMap.set(key, views);
      }
    }
    return this.headerMap.get(name.toLowerCase()) ?? [];
  }

  /** All header lines as `name: value\n`, capped like the body. */
  get allHeaders(): TextView {
    this.allHeaderView ??= new TextView(
      this.cap(this.input.mail.headers.map((h) => `${h.name}: ${h.value}\n`).join('')),
    );
    return this.allHeaderView;
  }

  /** Display names, addresses or domains of an address header (From, Reply-To, To, Cc). */
  addresses(name: string, part: 'name' | 'address' | 'domain'): TextView[] {
    const list = ADDRESS_HEADERS[name.toLowerCase()]?.(this.input) ?? [];
    return list.map((a) => {
      const value = part === 'name' ? a.name : part === 'address' ? a.address : domainOf(a.address);
      return new TextView(this.cap(value));
    });
  }

  get attachments(): AttachmentFacts[] {
    this.attachmentList ??= this.input.mail.attachments.map(
      (a) => new AttachmentFacts(a, this.input.archives?.get(a)),
    );
    return this.attachmentList;
  }
}
