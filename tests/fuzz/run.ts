/**
 * `npm run fuzz [-- COUNT SEED]`: the long fuzz run (10,000 cases by default). Prints
 * progress, the failures with the seed and case number to reproduce them, and peak heap.
 */
import { fuzz } from './scan-path.js';

const count = Number(process.argv[2] ?? 10_000);
const seed = Number(process.argv[3] ?? 20261123);
const started = Date.now();
const { failures, maxHeapMb } = await fuzz(count, seed, (i) => {
  if (i > 0 && i % 1000 === 0)
    process.stderr.write(`fuzz: ${i} cases, ${Math.round((Date.now() - started) / 1000)} s\n`);
});
process.stdout.write(
  `fuzz: ${count} cases from seed ${seed}: ${failures.length} failures, peak heap ${Math.round(maxHeapMb)} MB\n`,
);
for (const f of failures) process.stdout.write(`  ${f}\n`);
process.exitCode = failures.length === 0 ? 0 : 1;
