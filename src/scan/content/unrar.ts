import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { FileHeader } from 'node-unrar-js';
import { ArchiveTimeoutError, type ExtractResult, type ListResult } from './seven-zip.js';

/**
 * Lists and extracts RAR (formats 1.5-4.x and 5.0, encrypted members and encrypted headers
 * too) with `node-unrar-js`: RARLAB's own unrar compiled to WebAssembly (README
 * "Dependencies" says why). Debian's 7-Zip lists RAR but has no RAR codec, and its clamd
 * no unrar, so without this every RAR was held unscanned.
 *
 * Same results as `SevenZip` (content.ts uses either by the archive's kind), with these
 * differences, each a bound:
 * - Everything happens in memory, inside the WebAssembly sandbox: a memory-safety bug in
 *   unrar's C++ cannot reach the process (its memory is one bounded array), and unrar
 *   never touches the file system (no path traversal, no links; members are written by
 *   this code under names it makes up). The archive (at most an attachment) is read whole.
 * - It runs on the calling thread and cannot be interrupted, so it runs only when the
 *   declared sizes fit `maxMemberBytes` (content.ts: `attachmentInspectBytes`, 10 MB by
 *   default) and the time left is checked between members; unrar writes no more than a
 *   member's declared size, so the declared sizes bound the work.
 */

export interface UnrarOptions {
  /** Largest member extracted in memory; larger ones are `too-large` (held as policy). */
  maxMemberBytes: number;
}

interface UnrarError {
  reason?: string;
}

function reasonOf(err: unknown): string {
  return (err as UnrarError).reason ?? (err instanceof Error ? err.message : String(err));
}

const PASSWORD_REASONS = new Set(['ERAR_MISSING_PASSWORD', 'ERAR_BAD_PASSWORD']);

export class Unrar {
  constructor(private readonly opts: UnrarOptions) {}

  private async open(file: string, password: string) {
    // Loaded on the first RAR: its Emscripten glue costs a worker's start ~0.3 s otherwise.
    const { createExtractorFromData } = await import('node-unrar-js');
    const data = await readFile(file);
    const buf = data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength);
    return createExtractorFromData({ data: buf, ...(password !== '' ? { password } : {}) });
  }

  /** Lists a RAR; `password` is needed only when its headers are encrypted (rar -hp). */
  async list(file: string, password: string, timeoutMs: number): Promise<ListResult> {
    if (timeoutMs <= 0) throw new ArchiveTimeoutError('no time left');
    let headers: FileHeader[];
    try {
      const extractor = await this.open(file, password);
      headers = [...extractor.getFileList().fileHeaders];
    } catch (err) {
      const reason = reasonOf(err);
      if (PASSWORD_REASONS.has(reason)) return { status: 'needs-password' };
      if (reason === 'ERAR_BAD_ARCHIVE' || reason === 'ERAR_UNKNOWN_FORMAT') {
        return { status: 'not-archive' };
      }
      // Damaged: listed as empty, and the extraction that follows reports the failure
      // (the archive is then held as unreadable, never passed unread).
      return { status: 'listed', members: [], type: 'Rar' };
    }
    const members = headers
      .filter((h) => !h.flags.directory)
      .map((h) => ({ path: h.name, size: h.unpSize, encrypted: h.flags.encrypted }));
    return { status: 'listed', members, type: 'Rar' };
  }

  /**
   * Extracts every member into `dir` (created), each file named by its index; the name in
   * the archive is returned beside it. Stops at the first member past the limits.
   */
  async extract(
    file: string,
    dir: string,
    password: string,
    timeoutMs: number,
    maxFileBytes: number,
    maxFiles: number,
  ): Promise<ExtractResult> {
    const deadline = Date.now() + timeoutMs;
    if (timeoutMs <= 0) throw new ArchiveTimeoutError('no time left');
    await mkdir(dir, { recursive: true });
    const files: { name: string; file: string; size: number }[] = [];
    const fits = (h: FileHeader): boolean =>
      h.unpSize <= Math.min(maxFileBytes, this.opts.maxMemberBytes);
    let encrypted = false;
    try {
      const extractor = await this.open(file, password);
      const headers = [...extractor.getFileList().fileHeaders].filter((h) => !h.flags.directory);
      encrypted = headers.some((h) => h.flags.encrypted);
      // unrar reads bytes that are not RAR headers after a valid signature as the end of
      // the archive: nothing read is "unreadable" (held), never an empty archive passed.
      if (headers.length === 0) return { status: 'failed', files, reason: 'no member read' };
      if (!headers.every(fits)) {
        await rm(dir, { recursive: true, force: true });
        return { status: 'too-large' };
      }
      const { files: extracted } = extractor.extract({ files: (h) => !h.flags.directory });
      for (const f of extracted) {
        if (Date.now() > deadline) {
          await rm(dir, { recursive: true, force: true });
          throw new ArchiveTimeoutError('extraction timed out');
        }
        if (files.length >= maxFiles) break;
        const data = f.extraction ?? new Uint8Array(0);
        const path = join(dir, `m-${files.length}`);
        await writeFile(path, data, { mode: 0o600 });
        files.push({ name: f.fileHeader.name, file: path, size: data.length });
      }
    } catch (err) {
      if (err instanceof ArchiveTimeoutError) throw err;
      const reason = reasonOf(err);
      // RAR 5 checks the password before the data; RAR 4 finds a wrong one by the CRC.
      if (PASSWORD_REASONS.has(reason) || (encrypted && reason === 'ERAR_BAD_DATA')) {
        await rm(dir, { recursive: true, force: true });
        return { status: 'wrong-password' };
      }
      return { status: 'failed', files, reason };
    }
    return { status: 'extracted', files };
  }
}
