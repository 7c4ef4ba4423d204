import { randomBytes } from 'node:crypto';

/**
 * Spool ids: 10 characters of millisecond time in base 32 (so ids sort by arrival)
 * followed by 12 random characters. Safe as file names, BullMQ job ids and URL segments.
 */
const ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

export function newId(now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  const bytes = randomBytes(12);
  let rand = '';
  for (const b of bytes) rand += ALPHABET[b % 32]!;
  return time + rand;
}

const ID_RE = /^[0-9a-z]{22}$/;

export function isId(value: string): boolean {
  return ID_RE.test(value);
}
