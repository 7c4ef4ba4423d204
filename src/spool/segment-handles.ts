import { open, type FileHandle } from 'node:fs/promises';

/* Responsibility: a bounded cache of open segment files shared by concurrent reads. */

/**
 * Open segments for reading, kept across reads: opening and closing a file for every
 * read cost more than the read itself. A handle stays valid after the gateway deletes
 * its segment (the file lives on while open), so users check `fstat().nlink`. Handles
 * beyond the cap are closed once no read is using them.
 */
export class SegmentHandles {
  private readonly open = new Map<string, { fh: Promise<FileHandle | undefined>; users: number }>();
  private readonly retired = new Set<{ fh: Promise<FileHandle | undefined>; users: number }>();

  /**
   * @param path - the file of a segment key (the segment, or its done list)
   * @param flags - 'r' to read; 'a' to append (O_APPEND, created when missing)
   */
  constructor(
    private readonly path: (key: string) => string,
    private readonly flags: 'r' | 'a' = 'r',
    private readonly max = 16,
  ) {}

  /** Runs `fn` with the file of `key` open, or with undefined when there is no such file. */
  async use<T>(key: string, fn: (fh: FileHandle | undefined) => Promise<T>): Promise<T> {
    let slot = this.open.get(key);
    if (slot) {
      this.open.delete(key);
    } else {
      slot = {
        fh: open(this.path(key), this.flags).catch((err: NodeJS.ErrnoException) => {
          if (err.code === 'ENOENT') return undefined;
          throw err;
        }),
        users: 0,
      };
    }
    this.open.set(key, slot);
    this.evict();
    slot.users++;
    try {
      const fh = await slot.fh.catch((err: unknown) => {
        if (this.open.get(key) === slot) this.open.delete(key);
        throw err;
      });
      // No file: not kept, the next call looks again.
      if (!fh && this.open.get(key) === slot) this.open.delete(key);
      return await fn(fh);
    } finally {
      slot.users--;
      if (slot.users === 0 && this.retired.delete(slot)) void closeSlot(slot);
    }
  }

  /** Forgets `key` (its segment is gone); the handle closes once unused. */
  drop(key: string): void {
    const slot = this.open.get(key);
    if (!slot) return;
    this.open.delete(key);
    this.retire(slot);
  }

  async close(): Promise<void> {
    for (const key of [...this.open.keys()]) this.drop(key);
    await Promise.all([...this.retired].map((slot) => slot.fh.catch(() => undefined)));
  }

  private evict(): void {
    while (this.open.size > this.max) {
      const [key, slot] = this.open.entries().next().value!;
      this.open.delete(key);
      this.retire(slot);
    }
  }

  private retire(slot: { fh: Promise<FileHandle | undefined>; users: number }): void {
    if (slot.users === 0) void closeSlot(slot);
    else this.retired.add(slot);
  }
}

async function closeSlot(slot: { fh: Promise<FileHandle | undefined> }): Promise<void> {
  const fh = await slot.fh.catch(() => undefined);
  await fh?.close().catch(() => undefined);
}
