#!/usr/bin/env node
// Runs the compiled CLI (dist/, built by `npm ci` through the prepare script or `npm run build`).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const main = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
if (!existsSync(main)) {
  process.stderr.write('mailshield: not built yet; run `npm ci` (or `npm run build`) first\n');
  process.exit(1);
}
await import(main);
