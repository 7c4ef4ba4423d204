import { randomBytes } from 'node:crypto';

/**
 * Spool ids: 10 characters of millisecond time in base 32 (so ids sort by arrival)
 * followed by 12 characters: random for a message in its own spool file, the segment key
 * and offset for a message in a spool segment (src/spool/segment-format.ts). Safe as file
 * names, BullMQ job ids and URL segments.
 */
export const ID_ALPHABET = '0123456789abcdefghjkmnpqrstvwxyz';

/** The 10-character time part of an id. */
export function idTime(now: number = Date.now()): string {
  let time = '';
  let t = now;
  for (let i = 0; i < 10; i++) {
    time = ID_ALPHABET[t % 32]! + time;
    t = Math.floor(t / 32);
  }
  return time;
}

export function newId(now: number = Date.now()): string {
  const bytes = randomBytes(12);
  let rand = '';
  for (const b of bytes) rand += ID_ALPHABET[b % 32]!;
  return idTime(now) + rand;
}

const ID_RE = /^[0-9a-z]{22}$/;

export function isId(value: string): boolean {
  return ID_RE.test(value);
}
