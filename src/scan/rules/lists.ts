import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { errorMessage } from '../../core/errors.js';
import { NAME } from './schema.js';
import type { RuleProblem } from './types.js';

/** Named lists: lower-cased entries, compared case-insensitively (domains, extensions). */
export type Lists = Map<string, Set<string>>;

/** The form every list entry and every looked-up value is compared in. */
export function listKey(value: string): string {
  return value.trim().toLowerCase();
}

/**
 * Reads `DIR/NAME.txt` files: one entry a line, `#` starts a comment. A missing directory
 * is no list at all, not a problem.
 */
export function readLists(dir: string, problems: RuleProblem[]): Lists {
  const lists: Lists = new Map();
  let names: string[];
  try {
    names = readdirSync(dir)
      .filter((f) => f.endsWith('.txt'))
      .sort();
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') {
      problems.push({ file: dir, line: 0, message: `cannot read lists: ${errorMessage(err)}` });
    }
    return lists;
  }
  for (const fileName of names) {
    const file = join(dir, fileName);
    const name = fileName.slice(0, -'.txt'.length);
    if (!NAME.test(name)) {
      problems.push({
        file,
        line: 0,
        message: 'list file name must be lower-case words joined by - or _',
      });
      continue;
    }
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (err) {
      problems.push({ file, line: 0, message: `cannot read: ${errorMessage(err)}` });
      continue;
    }
    const entries = new Set<string>();
    text.split(/\r?\n/).forEach((raw, index) => {
      const hash = raw.indexOf('#');
      const entry = listKey(hash >= 0 ? raw.slice(0, hash) : raw);
      if (entry === '') return;
      if (/\s/.test(entry)) {
        problems.push({ file, line: index + 1, message: `list entry '${entry}' contains a space` });
        return;
      }
      entries.add(entry);
    });
    lists.set(name, entries);
  }
  return lists;
}

/** Adds lists supplied at run time (e.g. `agency_domains` from the directory). */
export function mergeLists(lists: Lists, extra: Record<string, string[]> | undefined): void {
  for (const [name, values] of Object.entries(extra ?? {})) {
    const entries = lists.get(name) ?? new Set<string>();
    for (const value of values) {
      const entry = listKey(value);
      if (entry !== '') entries.add(entry);
    }
    lists.set(name, entries);
  }
}
