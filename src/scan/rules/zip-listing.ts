/**
 * Member names of a ZIP archive, read from its central directory and its local headers
 * without decompressing anything (APPNOTE.TXT 6.3: sections 4.3.7, 4.3.12, 4.3.14-16).
 * Both are read because extractors disagree about which one to trust, and a name hidden
 * in one of them is an evasion.
 */

/**
 * Most member names listed per archive. Real attachments hold a handful to a few hundred
 * files; the dangerous member of a malicious archive sits among few decoys. The bound keeps
 * a crafted directory of millions of entries from costing more than a millisecond.
 */
export const MAX_ARCHIVE_ENTRIES = 1000;

const ZIP64_LOCATOR_SIG = 0x07064b50;
const ZIP64_EOCD_SIG = 0x06064b50;
const CENTRAL_SIG = 0x02014b50;
const LOCAL_SIG = 0x04034b50;
const EOCD_SIZE = 22;
/** The EOCD record ends the file, followed only by a comment of at most 65535 bytes. */
const MAX_COMMENT = 0xffff;
const UTF8_FLAG = 0x0800;
const DATA_DESCRIPTOR_FLAG = 0x0008;
/** General purpose bit 0: the member is encrypted (APPNOTE 4.4.4). */
const ENCRYPTED_FLAG = 0x0001;

/** What listing saw besides names. */
interface ListingInfo {
  encrypted: boolean;
  /** Sum of the members' declared uncompressed sizes (central directory). */
  unpackedBytes: number;
}

function u32(buf: Buffer, at: number): number {
  return at >= 0 && at + 4 <= buf.length ? buf.readUInt32LE(at) : -1;
}

function u16(buf: Buffer, at: number): number {
  return at >= 0 && at + 2 <= buf.length ? buf.readUInt16LE(at) : -1;
}

function u64(buf: Buffer, at: number): number {
  if (at < 0 || at + 8 > buf.length) return -1;
  const value = buf.readBigUInt64LE(at);
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? -1 : Number(value);
}

function decodeName(buf: Buffer, start: number, length: number, flags: number): string {
  // Without the UTF-8 flag names are CP437; latin1 keeps ASCII (all that extensions use) exact.
  return buf.toString(flags & UTF8_FLAG ? 'utf8' : 'latin1', start, start + length);
}

const EOCD_BYTES = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

/** Offset of the end-of-central-directory record, or -1. */
function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - EOCD_SIZE - MAX_COMMENT);
  let at = buf.length - EOCD_SIZE;
  while (at >= min) {
    const found = buf.lastIndexOf(EOCD_BYTES, at);
    if (found < min) return -1;
    // A signature inside the comment is not the record: its comment would overrun the file.
    if (found + EOCD_SIZE + u16(buf, found + 20) <= buf.length) return found;
    at = found - 1;
  }
  return -1;
}

/** Where the central directory starts, allowing for data prepended to the archive. */
function centralDirectoryStart(buf: Buffer, eocd: number): number {
  let size = u32(buf, eocd + 12);
  let offset = u32(buf, eocd + 16);
  if (offset === 0xffffffff || size === 0xffffffff) {
    // ZIP64: the locator just before the EOCD points to the ZIP64 EOCD record.
    if (u32(buf, eocd - 20) !== ZIP64_LOCATOR_SIG) return -1;
    const record = u64(buf, eocd - 12);
    if (u32(buf, record) !== ZIP64_EOCD_SIG) return -1;
    size = u64(buf, record + 40);
    offset = u64(buf, record + 48);
    if (size < 0 || offset < 0) return -1;
  }
  if (u32(buf, offset) === CENTRAL_SIG) return offset;
  // Self-extracting archives and polyglots have bytes before the archive: the directory
  // then sits right before the EOCD record instead of at the offset it declares.
  const shifted = eocd - size;
  return u32(buf, shifted) === CENTRAL_SIG ? shifted : -1;
}

function addName(names: Set<string>, name: string): void {
  names.add(name);
  // Some extractors stop a name at NUL: "invoice.exe\0.pdf" is extracted as invoice.exe.
  const nul = name.indexOf('\u0000');
  if (nul > 0) names.add(name.slice(0, nul));
}

function readCentralDirectory(
  buf: Buffer,
  names: Set<string>,
  max: number,
  info: ListingInfo,
): void {
  const eocd = findEocd(buf);
  if (eocd < 0) return;
  let at = centralDirectoryStart(buf, eocd);
  if (at < 0) return;
  while (names.size < max && u32(buf, at) === CENTRAL_SIG) {
    const flags = u16(buf, at + 8);
    const nameLength = u16(buf, at + 28);
    const extraLength = u16(buf, at + 30);
    const commentLength = u16(buf, at + 32);
    if (nameLength < 0 || commentLength < 0 || at + 46 + nameLength > buf.length) return;
    if (flags & ENCRYPTED_FLAG) info.encrypted = true;
    // 0xffffffff means the real size is in a ZIP64 field: at least 4 GiB.
    info.unpackedBytes += u32(buf, at + 24);
    addName(names, decodeName(buf, at + 46, nameLength, flags));
    at += 46 + nameLength + extraLength + commentLength;
  }
}

function readLocalHeaders(buf: Buffer, names: Set<string>, max: number, info: ListingInfo): void {
  let at = 0;
  while (names.size < max && u32(buf, at) === LOCAL_SIG) {
    const flags = u16(buf, at + 6);
    const compressedSize = u32(buf, at + 18);
    const nameLength = u16(buf, at + 26);
    const extraLength = u16(buf, at + 28);
    if (extraLength < 0 || at + 30 + nameLength > buf.length) return;
    if (flags & ENCRYPTED_FLAG) info.encrypted = true;
    addName(names, decodeName(buf, at + 30, nameLength, flags));
    // With a data descriptor or ZIP64 sizes the next header cannot be found without
    // decompressing; the central directory covers those.
    if ((flags & DATA_DESCRIPTOR_FLAG && compressedSize === 0) || compressedSize === 0xffffffff) {
      return;
    }
    at += 30 + nameLength + extraLength + compressedSize;
  }
}

/**
 * Names of the members of a ZIP archive held in `buf` (at most `max`), or an empty list
 * when `buf` is not a ZIP archive. Never decompresses; never throws on malformed input.
 */
export function listZipNames(buf: Buffer, max: number = MAX_ARCHIVE_ENTRIES): string[] {
  return listZip(buf, max).names;
}

/** Member names (as {@link listZipNames}) and whether any member is password-protected. */
export function listZip(
  buf: Buffer,
  max: number = MAX_ARCHIVE_ENTRIES,
): { names: string[]; encrypted: boolean; unpackedBytes: number } {
  const names = new Set<string>();
  const info: ListingInfo = { encrypted: false, unpackedBytes: 0 };
  readCentralDirectory(buf, names, max, info);
  readLocalHeaders(buf, names, max, info);
  return {
    names: [...names].slice(0, max),
    encrypted: info.encrypted,
    unpackedBytes: info.unpackedBytes,
  };
}
