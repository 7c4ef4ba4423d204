/**
 * File types recognised from their first bytes ("magic numbers"), whatever the declared
 * name or Content-Type says: attackers rename executables, mail clients trust content.
 */

interface Signature {
  offset: number;
  bytes: readonly number[];
}

const ascii = (text: string): number[] => [...text].map((c) => c.charCodeAt(0));

const SIGNATURES = {
  /** DOS/Windows executable (`MZ`), also DLLs and self-extracting archives. */
  pe: [{ offset: 0, bytes: ascii('MZ') }],
  elf: [{ offset: 0, bytes: [0x7f, 0x45, 0x4c, 0x46] }],
  /** Mach-O, 32/64 bit both byte orders (fat binaries share CAFEBABE with Java classes). */
  macho: [
    { offset: 0, bytes: [0xfe, 0xed, 0xfa, 0xce] },
    { offset: 0, bytes: [0xfe, 0xed, 0xfa, 0xcf] },
    { offset: 0, bytes: [0xce, 0xfa, 0xed, 0xfe] },
    { offset: 0, bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  ],
  /** Local file header, empty archive, spanned archive. */
  zip: [
    { offset: 0, bytes: [0x50, 0x4b, 0x03, 0x04] },
    { offset: 0, bytes: [0x50, 0x4b, 0x05, 0x06] },
    { offset: 0, bytes: [0x50, 0x4b, 0x07, 0x08] },
  ],
  rar: [{ offset: 0, bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] }],
  '7z': [{ offset: 0, bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] }],
  gzip: [{ offset: 0, bytes: [0x1f, 0x8b] }],
  bzip2: [{ offset: 0, bytes: ascii('BZh') }],
  xz: [{ offset: 0, bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] }],
  cab: [{ offset: 0, bytes: ascii('MSCF') }],
  pdf: [{ offset: 0, bytes: ascii('%PDF-') }],
  /** OLE2 compound file: legacy Office documents, MSI installers. */
  ole2: [{ offset: 0, bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] }],
  rtf: [{ offset: 0, bytes: ascii('{\\rtf') }],
  png: [{ offset: 0, bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] }],
  jpeg: [{ offset: 0, bytes: [0xff, 0xd8, 0xff] }],
  gif: [
    { offset: 0, bytes: ascii('GIF87a') },
    { offset: 0, bytes: ascii('GIF89a') },
  ],
  /** Windows shortcut (.lnk): header size 0x4C then the shell link CLSID. */
  lnk: [{ offset: 0, bytes: [0x4c, 0x00, 0x00, 0x00, 0x01, 0x14, 0x02, 0x00] }],
  /** Script with an interpreter line (`#!`). */
  shebang: [{ offset: 0, bytes: ascii('#!') }],
} satisfies Record<string, readonly Signature[]>;

/** Names usable in an attachment test's `magic:` list. */
export type MagicName = keyof typeof SIGNATURES;

export const MAGIC_NAMES = Object.keys(SIGNATURES) as MagicName[];

export function isMagicName(name: string): name is MagicName {
  return Object.hasOwn(SIGNATURES, name);
}

function startsWith(head: Buffer, sig: Signature): boolean {
  if (head.length < sig.offset + sig.bytes.length) return false;
  return sig.bytes.every((b, k) => head[sig.offset + k] === b);
}

/** Every type whose signature the first bytes carry. */
export function detectMagic(head: Buffer): Set<MagicName> {
  const found = new Set<MagicName>();
  for (const name of MAGIC_NAMES) {
    if (SIGNATURES[name].some((sig) => startsWith(head, sig))) found.add(name);
  }
  return found;
}

/**
 * What the first bytes of a file with this extension must be. A file whose bytes are a
 * known type other than its extension's was renamed, which legitimate senders do not do
 * (a `.pdf` that is a program, a `.doc` that is a ZIP of scripts).
 */
const EXTENSION_MAGIC: Record<string, MagicName> = {
  pdf: 'pdf',
  docx: 'zip',
  xlsx: 'zip',
  pptx: 'zip',
  odt: 'zip',
  ods: 'zip',
  odp: 'zip',
  zip: 'zip',
  doc: 'ole2',
  xls: 'ole2',
  ppt: 'ole2',
  rtf: 'rtf',
  png: 'png',
  jpg: 'jpeg',
  jpeg: 'jpeg',
  gif: 'gif',
  rar: 'rar',
  '7z': '7z',
  gz: 'gzip',
};

/**
 * The declared extension and the detected type disagree: `undefined` when they agree,
 * when the extension is not one we know the bytes of, or when the bytes are no known type.
 * Old Word and Excel files saved as RTF or HTML keep their extension, so `doc` and `xls`
 * also accept RTF.
 */
export function magicMismatch(extension: string, found: Set<MagicName>): string | undefined {
  const expected = EXTENSION_MAGIC[extension];
  if (expected === undefined || found.size === 0 || found.has(expected)) return undefined;
  if ((extension === 'doc' || extension === 'xls') && found.has('rtf')) return undefined;
  return [...found].join('/');
}
