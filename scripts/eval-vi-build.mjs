#!/usr/bin/env node
// Writes samples/eval/vi-spam/*.eml and samples/eval/vi-phish/*.eml from the hand-written
// entries in scripts/eval-vi-{spam1,spam2,phish1,phish2}.mjs. Output is deterministic.
// Run: node scripts/eval-vi-build.mjs
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from './eval-vi-mime.mjs';
import spam1 from './eval-vi-spam1.mjs';
import spam2 from './eval-vi-spam2.mjs';
import phish1 from './eval-vi-phish1.mjs';
import phish2 from './eval-vi-phish2.mjs';

const root = join(import.meta.dirname, '../samples/eval');
const sets = { 'vi-spam': [...spam1, ...spam2], 'vi-phish': [...phish1, ...phish2] };

for (const [dir, msgs] of Object.entries(sets)) {
  const out = join(root, dir);
  mkdirSync(out, { recursive: true });
  const names = new Set();
  for (const m of msgs) {
    if (names.has(m.f)) throw new Error(`duplicate file name ${m.f}`);
    names.add(m.f);
  }
  for (const old of readdirSync(out))
    if (old.endsWith('.eml') && !names.has(old)) unlinkSync(join(out, old));
  for (const m of msgs) writeFileSync(join(out, m.f), build(m));
  process.stdout.write(`${dir}: ${msgs.length} messages\n`);
}
