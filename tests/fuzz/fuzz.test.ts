import { describe, expect, it } from 'vitest';
import { fuzz } from './scan-path.js';

describe('fuzz: mutated samples through the worker scan (scanMessage, no clamd)', () => {
  it('gives 300 mutants from a fixed seed a verdict, with no exception and bounded memory', async () => {
    const { failures, maxHeapMb } = await fuzz(300, 20261123);
    expect(failures).toEqual([]);
    // Mutants are at most a few MB; the heap must not grow with the number of cases.
    expect(maxHeapMb).toBeLessThan(1024);
  }, 120_000);
});
