import { readFileSync } from 'node:fs';
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Limits } from '../../core/limits.js';
import { checkStructure } from '../content/mime-structure.js';
import { PasswordFinder, type PasswordWords } from '../content/password-finder.js';
import { ArchiveTimeoutError, SevenZip } from '../content/seven-zip.js';
import { Unrar } from '../content/unrar.js';
import { detectMagic } from '../rules/magic.js';
import { htmlToText } from '../rules/html-text.js';
import { listZip } from '../rules/zip-listing.js';
import { extensionOf } from '../rules/facts.js';
import type {
  ArchiveFacts,
  Finding,
  ParsedAttachment,
  ScanContext,
  ScanResult,
  ScanView,
  Scanner,
} from '../types.js';

/**
 * The password finder's words: `rules/passwords/keywords.txt` and `connectives.txt`, one
 * phrase a line (spaces allowed, unlike rules/lists), `#` starts a comment.
 */
export function passwordWords(rulesDir: string): PasswordWords {
  const read = (name: string): string[] => {
    try {
      return readFileSync(join(rulesDir, 'passwords', `${name}.txt`), 'utf8')
        .split('\n')
        .map((l) => l.replace(/#.*/, '').trim())
        .filter(Boolean);
    } catch {
      return [];
    }
  };
  return { keywords: read('keywords'), connectives: read('connectives') };
}

export interface ContentOptions {
  limits: Limits;
  /** The 7-Zip binary. @defaultValue '7z' */
  sevenZip: string;
  words: PasswordWords;
  /** An encrypted archive no password opens: held (`hold`) or delivered tagged (`tag`). */
  encryptedUnopened: 'hold' | 'tag';
}

/** Reasons given to the verdict (`unscannable: ...`). */
export const UNSCANNABLE = {
  encrypted: 'encrypted archive that could not be scanned',
  limits: 'archive too large, too deep or too slow to scan in full',
  unreadable: 'archive the extractor could not read',
  ambiguous: 'ambiguous MIME structure',
  views: 'too many parts to scan',
} as const;

/**
 * Formats the extractor reads, by extension: a nested member with one of these is opened
 * even inside a plain zip (clamd opens the zip, not an encrypted 7z inside it).
 */
const ARCHIVE_EXTENSIONS = new Set([
  'zip',
  '7z',
  'rar',
  'tar',
  'gz',
  'tgz',
  'bz2',
  'tbz2',
  'xz',
  'txz',
  'cab',
  'iso',
  'img',
  'vhd',
  'vhdx',
  'udf',
  'arj',
  'lzh',
  'wim',
]);

/** Disk images are recognised deep inside: ISO 9660 / UDF descriptors sit at 32 KiB. */
const DISK_IMAGE_HEAD = 32 * 1024 + 16;
const HEAD_BYTES = DISK_IMAGE_HEAD + 64;

function ascii(buf: Buffer, at: number, text: string): boolean {
  return buf.length >= at + text.length && buf.toString('latin1', at, at + text.length) === text;
}

/** Archive kind of some bytes, or undefined. */
export async function archiveKind(head: Buffer, name?: string): Promise<string | undefined> {
  const magic = await detectMagic(head);
  for (const kind of ['zip', '7z', 'rar', 'gzip', 'bzip2', 'xz', 'cab'] as const) {
    if (magic.has(kind)) return kind;
  }
  if (ascii(head, 257, 'ustar')) return 'tar';
  if (ascii(head, 32769, 'CD001') || ascii(head, 32769, 'BEA01')) return 'iso';
  if (ascii(head, 0, 'conectix') || ascii(head, 0, 'vhdxfile')) return 'vhd';
  const ext = name === undefined ? undefined : extensionOf(name);
  if (ext === 'img' || ext === 'vhd' || ext === 'vhdx' || ext === 'iso') return ext;
  return undefined;
}

interface Budget {
  deadline: number;
  passwordDeadline: number;
  members: number;
  bytes: number;
}

/**
 * Makes every reading of the message available to clamd and the rules: mailparser's
 * decoded parts, a second strict/lenient MIME reading with its ambiguities, uuencode /
 * yEnc / BinHex bodies, and archive members (7-Zip, RAR with unrar; nested; encrypted ones
 * opened with the passwords the mail gives). Fails closed: what cannot be opened is held, not passed.
 */
export class ContentScanner implements Scanner {
  readonly name = 'content';
  private readonly finder: PasswordFinder;
  private readonly tools: Extractors;

  constructor(private readonly opts: ContentOptions) {
    this.finder = new PasswordFinder(opts.words);
    this.tools = {
      seven: new SevenZip({ bin: opts.sevenZip }),
      // In memory: members up to what an attachment may hold in memory (unrar.ts).
      unrar: new Unrar({ maxMemberBytes: opts.limits.attachmentInspectBytes }),
    };
  }

  async scan(ctx: ScanContext): Promise<ScanResult> {
    const run = new ContentRun(ctx, this.opts, this.finder, this.tools);
    try {
      await run.execute();
    } catch (err) {
      await run.dispose();
      throw err;
    }
    return { status: 'pass', hits: [] };
  }
}

/** The extractors: RAR goes to unrar, every other kind to 7-Zip. */
interface Extractors {
  seven: SevenZip;
  unrar: Unrar;
}

class ContentRun {
  private readonly views: ScanView[] = [];
  private readonly findings: Finding[] = [];
  private readonly archives = new Map<ParsedAttachment, ArchiveFacts>();
  private readonly unscannable = new Set<string>();
  private readonly tagReasons = new Set<string>();
  private readonly bySize = new Map<number, Buffer[]>();
  private readonly limits: Limits;
  private dir: string | undefined;
  private files = 0;
  private passwords: string[] | undefined;
  private budget: Budget;

  constructor(
    private readonly ctx: ScanContext,
    private readonly opts: ContentOptions,
    private readonly finder: PasswordFinder,
    private readonly tools: Extractors,
  ) {
    this.limits = opts.limits;
    const now = Date.now();
    this.budget = {
      deadline: now + this.limits.archiveTimeoutMs,
      passwordDeadline: now + this.limits.passwordBudgetMs,
      members: 0,
      bytes: 0,
    };
  }

  async execute(): Promise<void> {
    const { ctx } = this;
    ctx.views = this.views;
    ctx.findings = this.findings;
    ctx.archives = this.archives;
    (ctx.cleanup ??= []).push(() => this.dispose());
    const { mail } = ctx;
    mail.attachments.forEach((a, i) => {
      if (a.content === undefined && a.file !== undefined) {
        this.addView({
          name: `part ${i + 1} (${a.filename ?? a.contentType})`,
          file: a.file,
          size: a.size,
        });
      } else if (a.content !== undefined) {
        this.addView({
          name: `part ${i + 1} (${a.filename ?? a.contentType})`,
          data: a.content,
          size: a.size,
        });
      }
    });
    if (mail.text) this.addView(textView('text body', mail.text));
    if (mail.html) this.addView(textView('HTML body', mail.html));

    // The second reading of the raw message, bounded by structureScanBytes.
    const extra: ScanView[] = [];
    if (ctx.size <= this.limits.structureScanBytes) {
      const raw = await readAll(ctx.raw(), this.limits.structureScanBytes);
      const r = checkStructure(raw, {
        maxParts: this.limits.maxMimeParts * 2,
        maxViews: this.limits.maxScanViews,
      });
      for (const a of r.ambiguities) {
        this.findings.push({ name: 'Mime.Ambiguous', detail: a });
      }
      for (const v of r.views) {
        const view = { name: v.name, data: v.data, size: v.data.length };
        if (this.addView(view)) extra.push(view);
      }
    }

    for (const a of mail.attachments) {
      const label = a.filename ?? `(unnamed ${a.contentType})`;
      if (a.content === undefined) {
        // Too large to hold: parsed to the scan's folder, read from there.
        if (a.file === undefined) continue;
        const kind = await archiveKind(await readHead(a.file), a.filename);
        if (kind !== undefined)
          this.archives.set(a, await this.archive({ file: a.file }, label, kind, 1));
        continue;
      }
      const kind = await archiveKind(a.content.subarray(0, HEAD_BYTES), a.filename);
      if (kind === undefined) continue;
      const facts = await this.archive({ data: a.content }, label, kind, 1);
      this.archives.set(a, facts);
    }
    // Archives that only the second reading found (uuencoded, hidden after the boundary).
    for (const v of extra) {
      const kind = v.data && (await archiveKind(v.data.subarray(0, HEAD_BYTES), v.name));
      if (v.data && kind !== undefined) await this.archive({ data: v.data }, v.name, kind, 1);
    }
    for (const r of this.unscannable) (ctx.unscannable ??= []).push(r);
    for (const r of this.tagReasons) (ctx.tagReasons ??= []).push(r);
  }

  async dispose(): Promise<void> {
    const dir = this.dir;
    this.dir = undefined;
    if (dir !== undefined) await rm(dir, { recursive: true, force: true });
  }

  /** Adds a view unless the same bytes are already there; false when not added. */
  private addView(view: ScanView): boolean {
    if (view.size === 0) return false;
    if (view.data !== undefined) {
      // Same bytes need one scan: compared only against views of the same size.
      const same = this.bySize.get(view.data.length) ?? [];
      if (same.some((d) => d.equals(view.data!))) return false;
      same.push(view.data);
      this.bySize.set(view.data.length, same);
    }
    if (this.views.length >= this.limits.maxScanViews) {
      this.unscannable.add(UNSCANNABLE.views);
      return false;
    }
    this.views.push(view);
    return true;
  }

  private async folder(): Promise<string> {
    this.dir ??= await mkdtemp(join(tmpdir(), 'ms-scan-'));
    return this.dir;
  }

  private limit(detail: string): void {
    this.findings.push({ name: 'Archive.Limits', detail });
    this.unscannable.add(UNSCANNABLE.limits);
  }

  private passwordList(): string[] {
    if (this.passwords === undefined) {
      const { mail } = this.ctx;
      const html = mail.html ? htmlToText(mail.html, this.limits.ruleScanBytes, 0).text : '';
      this.passwords = this.finder.find(
        {
          subject: mail.subject,
          text: `${mail.text}\n${html}`,
          filenames: mail.attachments.flatMap((a) => (a.filename ? [a.filename] : [])),
        },
        this.limits.maxPasswordCandidates,
      );
    }
    return this.passwords;
  }

  /** Opens one archive (depth 1 = an attachment), its members become views. */
  private async archive(
    src: { data?: Buffer; file?: string },
    label: string,
    kind: string,
    depth: number,
  ): Promise<ArchiveFacts> {
    const facts: ArchiveFacts = { names: [], encrypted: false, unpackedBytes: 0 };
    if (depth > this.limits.maxArchiveDepth) {
      this.limit(`${label}: archives nested deeper than ${this.limits.maxArchiveDepth}`);
      return facts;
    }
    // A plain zip is read by clamd itself from its view; our own listing (both directories,
    // no decompression) gives the names. Opened here only when clamd cannot look inside
    // (encrypted) or when it holds a nested archive of a kind clamd may not read.
    if (kind === 'zip' && src.data !== undefined) {
      const z = listZip(src.data, this.limits.maxArchiveMembers);
      facts.names = z.names;
      facts.unpackedBytes = z.unpackedBytes;
      const nested = z.names.some((n) => ARCHIVE_EXTENSIONS.has(extensionOf(n) ?? ''));
      if (!z.encrypted && !nested && z.names.length > 0) return facts;
    }
    try {
      return await this.extract(src, label, kind, depth, facts);
    } catch (err) {
      if (!(err instanceof ArchiveTimeoutError)) throw err;
      this.limit(`${label}: not opened within ${this.limits.archiveTimeoutMs} ms`);
      return facts;
    }
  }

  private async extract(
    src: { data?: Buffer; file?: string },
    label: string,
    kind: string,
    depth: number,
    facts: ArchiveFacts,
  ): Promise<ArchiveFacts> {
    const tool = kind === 'rar' ? this.tools.unrar : this.tools.seven;
    const dir = await this.folder();
    const n = (this.files += 1);
    let file = src.file;
    if (file === undefined) {
      file = join(dir, `in-${n}`);
      await writeFile(file, src.data ?? Buffer.alloc(0), { mode: 0o600 });
    }
    const left = (): number => this.budget.deadline - Date.now();
    let listing = await tool.list(file, '', left());
    let password: string | undefined;
    if (listing.status === 'needs-password') {
      // Encrypted headers (7z -mhe): even the names need the password.
      facts.encrypted = true;
      for (const candidate of this.passwordList()) {
        if (Date.now() > this.budget.passwordDeadline) break;
        const l = await tool.list(file, candidate, left());
        if (l.status === 'listed') {
          listing = l;
          password = candidate;
          break;
        }
      }
      if (listing.status !== 'listed') return this.unopened(label, facts);
    }
    if (listing.status === 'not-archive') {
      // Magic said archive, the extractor disagrees: clamd still scans the bytes.
      return facts;
    }
    const members = listing.members;
    const declared = members.reduce((s, m) => s + m.size, 0);
    facts.names = [...new Set([...facts.names, ...members.map((m) => m.path)])];
    facts.unpackedBytes = Math.max(facts.unpackedBytes, declared);
    if (members.some((m) => m.encrypted)) facts.encrypted = true;
    if (this.budget.members + members.length > this.limits.maxArchiveMembers) {
      this.limit(`${label}: more than ${this.limits.maxArchiveMembers} members`);
      return facts;
    }
    if (this.budget.bytes + declared > this.limits.maxArchiveUnpackedBytes) {
      this.limit(`${label}: unpacks to more than ${this.limits.maxArchiveUnpackedBytes} bytes`);
      return facts;
    }
    const out = join(dir, `x-${n}`);
    const maxFile = this.limits.maxArchiveUnpackedBytes - this.budget.bytes;
    const maxFiles = this.limits.maxArchiveMembers - this.budget.members;
    const tries =
      facts.encrypted && password === undefined ? this.passwordList() : [password ?? ''];
    let used = tries[0] ?? '';
    let result = await tool.extract(file, out, used, left(), maxFile, maxFiles);
    for (let i = 1; result.status === 'wrong-password' && i < tries.length; i += 1) {
      if (Date.now() > this.budget.passwordDeadline) break;
      used = tries[i] ?? '';
      result = await tool.extract(file, out, used, left(), maxFile, maxFiles);
    }
    if (result.status === 'wrong-password') return this.unopened(label, facts);
    if (result.status === 'too-large') {
      this.limit(`${label}: a member is larger than ${maxFile} bytes`);
      return facts;
    }
    if (facts.encrypted && used !== '') {
      this.findings.push({
        name: 'Archive.OpenedWithPassword',
        detail: `${label} (password from the mail)`,
      });
    }
    if (result.status === 'failed' && result.files.length === 0) {
      // A damaged archive: what clamd cannot read either is held.
      this.findings.push({ name: 'Archive.Unreadable', detail: `${label}: ${result.reason}` });
      if (facts.encrypted) return this.unopened(label, facts);
      this.unscannable.add(UNSCANNABLE.unreadable);
      return facts;
    }
    for (const f of result.files) {
      this.budget.members += 1;
      this.budget.bytes += f.size;
      this.addView({ name: `${label} → ${f.name}`, file: f.file, size: f.size });
      const head = await readHead(f.file);
      const kind = await archiveKind(head, f.name);
      if (kind === undefined) continue;
      const data =
        kind === 'zip' && f.size <= this.limits.attachmentInspectBytes
          ? await readFileBounded(f.file)
          : undefined;
      const inner = await this.archive(
        data !== undefined ? { data } : { file: f.file },
        `${label}/${f.name}`,
        kind,
        depth + 1,
      );
      facts.names.push(...inner.names.map((m) => `${f.name}/${m}`));
      if (inner.encrypted) facts.encrypted = true;
    }
    return facts;
  }

  private unopened(label: string, facts: ArchiveFacts): ArchiveFacts {
    facts.encrypted = true;
    this.findings.push({ name: 'Archive.EncryptedUnopened', detail: label });
    if (this.opts.encryptedUnopened === 'tag') this.tagReasons.add(UNSCANNABLE.encrypted);
    else this.unscannable.add(UNSCANNABLE.encrypted);
    return facts;
  }
}

function textView(name: string, text: string): ScanView {
  const data = Buffer.from(text, 'utf8');
  return { name, data, size: data.length };
}

async function readAll(stream: Readable, max: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of stream) {
      const b = chunk as Buffer;
      chunks.push(b);
      size += b.length;
      if (size > max) break;
    }
  } finally {
    stream.destroy();
  }
  return Buffer.concat(chunks, size);
}

async function readHead(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    const buf = Buffer.alloc(HEAD_BYTES);
    const { bytesRead } = await fh.read(buf, 0, HEAD_BYTES, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

async function readFileBounded(file: string): Promise<Buffer> {
  const fh = await open(file, 'r');
  try {
    return await fh.readFile();
  } finally {
    await fh.close();
  }
}
