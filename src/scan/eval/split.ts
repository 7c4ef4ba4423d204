import { createHash } from 'node:crypto';

/**
 * Whether a file belongs to the training half: a hash of the seed and the file's relative
 * path, compared with the fraction. Deterministic (same seed, same split on any machine and
 * in any file order) and stable when files are added: the others keep their side.
 */
export function inTrainingHalf(key: string, fraction: number, seed: number): boolean {
  if (fraction <= 0) return false;
  if (fraction >= 1) return true;
  const digest = createHash('sha256').update(`${seed}\0${key}`).digest();
  return digest.readUInt32BE(0) / 0x1_0000_0000 < fraction;
}
