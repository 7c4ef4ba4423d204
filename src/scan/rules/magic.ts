import { FileTypeParser, type Detector } from 'file-type';

/**
 * File types recognised from their first bytes ("magic numbers"), whatever the declared
 * name or Content-Type says: attackers rename executables, mail clients trust content.
 *
 * The bytes are read by `file-type` (the maintained signature database of the Node
 * ecosystem, some 200 formats); rules keep naming the few types they test by the names
 * below, so a rule file never depends on the library's own names. file-type is
 * asynchronous (it reads through a tokenizer) while rules are evaluated synchronously, so
 * the type is computed once by the parser (`ParsedAttachment.magic`) and by the content
 * scanner for archive members, and rules read it as a fact.
 */

/** Names usable in an attachment test's `magic:` list. */
export const MAGIC_NAMES = [
  /** DOS/Windows executable (`MZ`), also DLLs and self-extracting archives. */
  'pe',
  'elf',
  /** Mach-O, 32/64 bit both byte orders (not fat binaries: CAFEBABE is also Java's). */
  'macho',
  /** Any ZIP container: plain, Office Open XML, OpenDocument, JAR, APK, EPUB... */
  'zip',
  'rar',
  '7z',
  'gzip',
  'bzip2',
  'xz',
  'cab',
  'pdf',
  /** OLE2 compound file: legacy Office documents, MSI installers. */
  'ole2',
  'rtf',
  'png',
  'jpeg',
  'gif',
  /** Windows shortcut (.lnk). */
  'lnk',
  /** Script with an interpreter line (`#!`). */
  'shebang',
] as const;

export type MagicName = (typeof MAGIC_NAMES)[number];

export function isMagicName(name: string): name is MagicName {
  return (MAGIC_NAMES as readonly string[]).includes(name);
}

/**
 * file-type's extension -> the rule-facing name. file-type looks inside a ZIP to name the
 * format it carries (`docx`, `jar`); for rules they are all the ZIP container a `.docx`
 * must be. Types absent here are known to file-type but tested by no rule: for rules they
 * are "no known type", as they were before file-type.
 */
const FROM_FILE_TYPE: Record<string, MagicName> = {
  exe: 'pe',
  elf: 'elf',
  macho: 'macho',
  rar: 'rar',
  '7z': '7z',
  gz: 'gzip',
  'tar.gz': 'gzip',
  bz2: 'bzip2',
  xz: 'xz',
  cab: 'cab',
  pdf: 'pdf',
  // Adobe Illustrator files are PDF files with a private part; file-type names them apart.
  ai: 'pdf',
  cfb: 'ole2',
  rtf: 'rtf',
  png: 'png',
  apng: 'png',
  jpg: 'jpeg',
  gif: 'gif',
  lnk: 'lnk',
  shebang: 'shebang',
  ...Object.fromEntries(
    [
      'zip',
      'docx',
      'docm',
      'dotx',
      'dotm',
      'xlsx',
      'xlsm',
      'xltx',
      'xltm',
      'pptx',
      'pptm',
      'potx',
      'potm',
      'ppsx',
      'ppsm',
      'vsdx',
      'odt',
      'ott',
      'ods',
      'ots',
      'odp',
      'otp',
      'odg',
      'otg',
      'epub',
      'jar',
      'apk',
      'xpi',
      '3mf',
    ].map((ext) => [ext, 'zip' as const]),
  ),
};

const SHEBANG = [0x23, 0x21];

/**
 * Scripts are text, which file-type leaves alone on purpose; an interpreter line at the
 * very start is what makes a Unix system run a mailed file as a program.
 */
const shebang: Detector = {
  id: 'mailshield-shebang',
  detect: async (tokenizer) => {
    const head = new Uint8Array(SHEBANG.length);
    const read = await tokenizer.peekBuffer(head, { length: head.length, mayBeLess: true });
    if (read === SHEBANG.length && SHEBANG.every((b, k) => head[k] === b)) {
      return { ext: 'shebang', mime: 'text/x-script' };
    }
    return undefined;
  },
};

const parser = new FileTypeParser({ customDetectors: [shebang] });

/**
 * The rule-facing type of some first bytes (an attachment's `head`): a set of zero or one
 * name, empty when the bytes are no type a rule tests. Never rejects: bytes file-type
 * cannot read are no known type, as any other unknown bytes.
 */
export async function detectMagic(head: Uint8Array): Promise<ReadonlySet<MagicName>> {
  try {
    const type = await parser.fromBuffer(head);
    const name = type === undefined ? undefined : FROM_FILE_TYPE[type.ext];
    return new Set(name === undefined ? [] : [name]);
  } catch {
    return new Set();
  }
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
export function magicMismatch(
  extension: string,
  found: ReadonlySet<MagicName>,
): string | undefined {
  const expected = EXTENSION_MAGIC[extension];
  if (expected === undefined || found.size === 0 || found.has(expected)) return undefined;
  if ((extension === 'doc' || extension === 'xls') && found.has('rtf')) return undefined;
  return [...found].join('/');
}
