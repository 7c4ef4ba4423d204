import { spawn } from 'node:child_process';
import { mkdir, readdir, lstat, rm } from 'node:fs/promises';
import { join, relative } from 'node:path';

/**
 * Lists and extracts archives with the 7-Zip binary (Debian's `p7zip-full` / `7zip`,
 * installed by scripts/lib.sh and the Dockerfile; README "Dependencies" says why).
 * 7-Zip reads zip (ZipCrypto and AES), 7z (encrypted headers too), tar, gzip, bzip2, xz,
 * cab, ISO/UDF, VHD/VHDX, IMG (FAT/NTFS), and lists RAR.
 *
 * Every run is bounded: a time limit (SIGKILL), a file-size limit on the child
 * (`ulimit -f`, so a member whose header lies about its size cannot fill the disk), and
 * extraction only into the per-scan folder the caller owns. Only regular files are
 * returned: symbolic links in an archive are never followed.
 */

export interface SevenZipOptions {
  /** Path or name of the binary. @defaultValue '7z' */
  bin: string;
}

export interface ListedMember {
  path: string;
  size: number;
  encrypted: boolean;
}

export type ListResult =
  | { status: 'listed'; members: ListedMember[]; type: string }
  | { status: 'needs-password' }
  | { status: 'not-archive' };

export interface ExtractedFile {
  /** Path inside the archive. */
  name: string;
  /** Where it was extracted (inside the caller's folder). */
  file: string;
  size: number;
}

export type ExtractResult =
  | { status: 'extracted'; files: ExtractedFile[] }
  | { status: 'wrong-password' }
  | { status: 'too-large' }
  | { status: 'failed'; files: ExtractedFile[]; reason: string };

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  timedOut: boolean;
}

export class ArchiveTimeoutError extends Error {}

export class SevenZip {
  constructor(private readonly opts: SevenZipOptions) {}

  private run(args: string[], timeoutMs: number, maxFileBytes: number): Promise<Run> {
    if (timeoutMs <= 0) return Promise.reject(new ArchiveTimeoutError('no time left'));
    // dash's ulimit -f counts 512-byte blocks (bash 1024: twice the bound, still bounded).
    const blocks = Math.max(1, Math.ceil(maxFileBytes / 512));
    return new Promise((resolve, reject) => {
      const child = spawn(
        '/bin/sh',
        ['-c', `ulimit -f ${blocks} && exec "$0" "$@"`, this.opts.bin, ...args],
        { stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let stdout = '';
      let stderr = '';
      let timedOut = false;
      const timer = setTimeout(() => {
        timedOut = true;
        child.kill('SIGKILL');
      }, timeoutMs);
      child.stdout.setEncoding('utf8').on('data', (d: string) => {
        if (stdout.length < 4 * 1024 * 1024) stdout += d;
      });
      child.stderr.setEncoding('utf8').on('data', (d: string) => {
        if (stderr.length < 64 * 1024) stderr += d;
      });
      child.on('error', (err) => {
        clearTimeout(timer);
        reject(err);
      });
      child.on('close', (code, signal) => {
        clearTimeout(timer);
        resolve({ code, signal, stdout, stderr, timedOut });
      });
    });
  }

  /** Lists an archive; `password` is needed only when its headers are encrypted. */
  async list(file: string, password: string, timeoutMs: number): Promise<ListResult> {
    const r = await this.run(['l', '-slt', '-ba', `-p${password}`, '--', file], timeoutMs, 1);
    if (r.timedOut) throw new ArchiveTimeoutError('listing timed out');
    const text = `${r.stdout}\n${r.stderr}`;
    if (r.code !== 0 && /encrypted archive|wrong password/i.test(text)) {
      return { status: 'needs-password' };
    }
    if (r.code !== 0 && !/^Path = /m.test(r.stdout)) return { status: 'not-archive' };
    const members: ListedMember[] = [];
    for (const record of r.stdout.split(/\r?\n\r?\n/)) {
      const fields = new Map<string, string>();
      for (const line of record.split(/\r?\n/)) {
        const eq = line.indexOf(' = ');
        if (eq > 0) fields.set(line.slice(0, eq), line.slice(eq + 3));
      }
      const path = fields.get('Path');
      if (path === undefined) continue;
      const folder = fields.get('Folder') === '+' || /^D/.test(fields.get('Attributes') ?? '');
      if (folder) continue;
      members.push({
        path,
        size: Number(fields.get('Size') ?? 0) || 0,
        encrypted: fields.get('Encrypted') === '+',
      });
    }
    const type = /^Type = (.+)$/m.exec(r.stdout)?.[1] ?? '';
    return { status: 'listed', members, type };
  }

  /**
   * Extracts into `dir` (created; removed again when the password was wrong). Files larger
   * than `maxFileBytes` stop the extractor (too-large).
   */
  async extract(
    file: string,
    dir: string,
    password: string,
    timeoutMs: number,
    maxFileBytes: number,
    maxFiles: number,
  ): Promise<ExtractResult> {
    await mkdir(dir, { recursive: true });
    // -snl off: links are extracted as files holding the link text, never as links.
    const r = await this.run(
      ['x', '-y', '-bd', '-bso0', '-bsp0', `-p${password}`, `-o${dir}`, '--', file],
      timeoutMs,
      maxFileBytes,
    );
    if (r.timedOut) {
      await rm(dir, { recursive: true, force: true });
      throw new ArchiveTimeoutError('extraction timed out');
    }
    if (r.signal === 'SIGXFSZ' || /File size limit/i.test(r.stderr)) {
      await rm(dir, { recursive: true, force: true });
      return { status: 'too-large' };
    }
    if (r.code !== 0 && /wrong password/i.test(r.stderr)) {
      await rm(dir, { recursive: true, force: true });
      return { status: 'wrong-password' };
    }
    const files = await regularFiles(dir, maxFiles);
    if (r.code !== 0) {
      return { status: 'failed', files, reason: r.stderr.trim().split('\n').pop() ?? '' };
    }
    return { status: 'extracted', files };
  }
}

async function regularFiles(dir: string, max: number): Promise<ExtractedFile[]> {
  const out: ExtractedFile[] = [];
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  for (const e of entries) {
    if (out.length >= max) break;
    if (!e.isFile()) continue;
    const file = join(e.parentPath, e.name);
    const st = await lstat(file);
    if (!st.isFile()) continue;
    out.push({ name: relative(dir, file), file, size: st.size });
  }
  return out;
}
