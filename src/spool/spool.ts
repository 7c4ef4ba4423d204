import { mkdir, open, readdir, rename, unlink, stat, type FileHandle } from 'node:fs/promises';
import { createReadStream, constants as fsConstants } from 'node:fs';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { Envelope } from '../core/envelope.js';
import { MailshieldError, PermanentError, TempFailError } from '../core/errors.js';
import { isId } from '../core/ids.js';

/**
 * The spool holds every accepted message until it is delivered or quarantined: it is the
 * source of truth from the moment the gateway answers 250.
 *
 * One file per message, `queue/<id>.msg`: a first line `MSPOOL1 <n>\n`, then n bytes of
 * envelope JSON and `\n`, then the raw message. Keeping the envelope in the same file
 * halves file creations and fsyncs against a sidecar, and the message can never be
 * found without its envelope. Files are written in `tmp/` and renamed into `queue/`
 * only after fsync, then the directory is fsynced, so a crash leaves either a
 * complete file or a stray in `tmp/` that start-up removes.
 */
export interface SpoolEntry {
  id: string;
  envelope: Envelope;
  /** Size of the raw message in bytes. */
  size: number;
  /** Byte offset of the raw message in the file. */
  offset: number;
  path: string;
}

const MAGIC = 'MSPOOL1 ';
/** Longest first line we accept when reading back ("MSPOOL1 " + digits + "\n"). */
const MAX_FIRST_LINE = 32;

export class Spool {
  readonly queueDir: string;
  readonly tmpDir: string;

  constructor(readonly dir: string) {
    this.queueDir = join(dir, 'queue');
    this.tmpDir = join(dir, 'tmp');
  }

  /** Creates the folders; what workers and the web app need. */
  async ensureDirs(): Promise<void> {
    await mkdir(this.queueDir, { recursive: true });
    await mkdir(this.tmpDir, { recursive: true });
  }

  /**
   * Creates the folders and removes half-written files left by a crash. Only the gateway
   * calls this, at its start: `tmp/` holds the messages its sessions are receiving, so no
   * other process may clear it.
   */
  async init(): Promise<number> {
    await this.ensureDirs();
    let removed = 0;
    for (const name of await readdir(this.tmpDir)) {
      await unlink(join(this.tmpDir, name)).catch(() => undefined);
      removed++;
    }
    return removed;
  }

  pathOf(id: string): string {
    return join(this.queueDir, `${id}.msg`);
  }

  /**
   * Writes a message durably. Resolves with the raw size once file and directory are
   * fsynced; on any failure nothing is left behind and a TempFailError is thrown.
   * @param prefix - bytes written before the data (our Received: header).
   * @param maxBytes - past this the rest of the data is read and discarded, and the
   *   write fails with MessageTooLargeError (the client must still see its DATA through).
   */
  async write(
    id: string,
    envelope: Envelope,
    prefix: Buffer,
    data: Readable,
    maxBytes = Infinity,
  ): Promise<number> {
    const tmp = join(this.tmpDir, `${id}.msg`);
    const final = this.pathOf(id);
    let fh: FileHandle | undefined;
    let renamed = false;
    try {
      fh = await open(tmp, fsConstants.O_WRONLY | fsConstants.O_CREAT | fsConstants.O_EXCL, 0o640);
      const env = Buffer.from(JSON.stringify(envelope), 'utf8');
      const head = Buffer.concat([
        Buffer.from(`${MAGIC}${env.length}\n`, 'latin1'),
        env,
        Buffer.from('\n'),
        prefix,
      ]);
      await writeAll(fh, head);
      let size = prefix.length;
      for await (const chunk of data) {
        const buf = chunk as Buffer;
        size += buf.length;
        if (size <= maxBytes) await writeAll(fh, buf);
      }
      if (size > maxBytes) throw new MessageTooLargeError(size);
      await fh.sync();
      await fh.close();
      fh = undefined;
      await rename(tmp, final);
      renamed = true;
      await fsyncDir(this.queueDir);
      return size;
    } catch (err) {
      if (fh) await fh.close().catch(() => undefined);
      await unlink(renamed ? final : tmp).catch(() => undefined);
      throw spoolError(err);
    }
  }

  /** Reads the envelope; throws MS_ERR_SPOOL_MISSING when the message is not spooled. */
  async read(id: string): Promise<SpoolEntry> {
    if (!isId(id)) throw new MailshieldError('MS_ERR_SPOOL_MISSING', `bad spool id ${id}`);
    const path = this.pathOf(id);
    let fh: FileHandle;
    try {
      fh = await open(path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') {
        throw new MailshieldError('MS_ERR_SPOOL_MISSING', `${id} is not in the spool`);
      }
      throw new TempFailError('MS_ERR_SPOOL_WRITE', `cannot open ${path}`, { cause: err });
    }
    try {
      const { size: fileSize } = await fh.stat();
      const first = Buffer.alloc(MAX_FIRST_LINE);
      const { bytesRead } = await fh.read(first, 0, MAX_FIRST_LINE, 0);
      const line = first.subarray(0, bytesRead).toString('latin1');
      const nl = line.indexOf('\n');
      if (!line.startsWith(MAGIC) || nl < 0) throw corrupt(path);
      const envLen = Number(line.slice(MAGIC.length, nl));
      if (!Number.isSafeInteger(envLen) || envLen <= 0) throw corrupt(path);
      const offset = nl + 1 + envLen + 1;
      if (fileSize < offset) throw corrupt(path);
      const envBuf = Buffer.alloc(envLen + 1);
      await fh.read(envBuf, 0, envLen + 1, nl + 1);
      if (envBuf[envLen] !== 0x0a) throw corrupt(path);
      const envelope = JSON.parse(envBuf.subarray(0, envLen).toString('utf8')) as Envelope;
      return { id, envelope, size: fileSize - offset, offset, path };
    } finally {
      await fh.close();
    }
  }

  /** A fresh stream of the raw message. */
  openRaw(entry: SpoolEntry): Readable {
    return createReadStream(entry.path, { start: entry.offset, highWaterMark: 256 * 1024 });
  }

  async exists(id: string): Promise<boolean> {
    return stat(this.pathOf(id)).then(
      () => true,
      () => false,
    );
  }

  /** Removes a message once its outcome is final. Missing is fine (idempotent). */
  async remove(id: string): Promise<void> {
    await unlink(this.pathOf(id)).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'ENOENT') throw err;
    });
  }

  /** Ids of every spooled message, oldest first. */
  async list(): Promise<string[]> {
    const names = await readdir(this.queueDir);
    return names
      .filter((n) => n.endsWith('.msg'))
      .map((n) => n.slice(0, -4))
      .filter(isId)
      .sort();
  }
}

async function writeAll(fh: FileHandle, buf: Buffer): Promise<void> {
  let off = 0;
  while (off < buf.length) {
    const { bytesWritten } = await fh.write(buf, off, buf.length - off);
    off += bytesWritten;
  }
}

export async function fsyncDir(dir: string): Promise<void> {
  const fh = await open(dir, 'r');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

function corrupt(path: string): MailshieldError {
  return new MailshieldError('MS_ERR_SPOOL_MISSING', `${path} is not a spool file`);
}

/** The message exceeded the size limit (SMTP 552 5.3.4). */
export class MessageTooLargeError extends PermanentError {
  constructor(readonly size: number) {
    super('MS_ERR_TOO_LARGE', `message of ${size} bytes exceeds the size limit`);
  }
}

function spoolError(err: unknown): MailshieldError {
  if (err instanceof MailshieldError) return err;
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') {
    return new TempFailError('MS_ERR_SPOOL_FULL', `spool is full (${code})`, { cause: err });
  }
  return new TempFailError('MS_ERR_SPOOL_WRITE', `spool write failed: ${String(code ?? err)}`, {
    cause: err,
  });
}
