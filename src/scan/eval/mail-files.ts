import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

/**
 * Most files listed from one directory tree: a mistyped `/` must not make eval or learn
 * walk a whole disk.
 */
export const MAX_MAIL_FILES = 200_000;

/** A message file and its path relative to the directory given (the split key). */
export interface MailFile {
  path: string;
  key: string;
}

/**
 * Every regular file under `dir`, recursively, sorted by relative path so that runs are
 * reproducible whatever order the file system returns. Hidden files (`.DS_Store`, `.git`)
 * are skipped.
 */
export function listMailFiles(dir: string, max: number = MAX_MAIL_FILES): MailFile[] {
  const out: MailFile[] = [];
  const walk = (at: string): void => {
    const entries = readdirSync(at, { withFileTypes: true }).sort((a, b) =>
      a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
    );
    for (const entry of entries) {
      if (out.length >= max) return;
      if (entry.name.startsWith('.')) continue;
      const path = join(at, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) out.push({ path, key: relative(dir, path) });
    }
  };
  walk(dir);
  return out;
}
