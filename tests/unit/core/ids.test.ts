import { describe, expect, it } from 'vitest';
import { isId, newId } from '../../../src/core/ids.js';

describe('newId', () => {
  it('makes 22-character ids of lower-case letters and digits', () => {
    for (let i = 0; i < 100; i++) {
      const id = newId();
      expect(id).toHaveLength(22);
      expect(id).toMatch(/^[0-9a-z]{22}$/);
    }
  });

  it('leaves out the letters easily misread: i, l, o, u', () => {
    const ids = Array.from({ length: 200 }, () => newId()).join('');
    expect(ids).not.toMatch(/[ilou]/);
  });

  it('makes ids that sort by time', () => {
    const times = [
      0, 1, 31, 32, 33, 1_023, 1_024, 1_700_000_000_000, 1_700_000_000_001, 4_102_444_800_000,
    ];
    for (let i = 1; i < times.length; i++) {
      const earlier = newId(times[i - 1]);
      const later = newId(times[i]);
      expect(earlier < later, `${times[i - 1]} < ${times[i]}`).toBe(true);
    }
  });

  it('sorts a shuffled list of ids back into time order', () => {
    const times = Array.from({ length: 50 }, (_, i) => 1_700_000_000_000 + i * 997);
    const ids = times.map((t) => newId(t));
    const shuffled = [...ids].reverse();
    expect(shuffled.sort()).toEqual(ids);
  });

  it('makes distinct ids within the same millisecond', () => {
    const now = 1_700_000_000_000;
    const ids = new Set(Array.from({ length: 1_000 }, () => newId(now)));
    expect(ids.size).toBe(1_000);
  });

  it('gives ids of the same millisecond the same 10-character time prefix', () => {
    const now = 1_700_000_000_000;
    expect(newId(now).slice(0, 10)).toBe(newId(now).slice(0, 10));
    expect(newId(now).slice(0, 10)).not.toBe(newId(now + 1).slice(0, 10));
  });

  it('uses the current time by default', () => {
    const before = newId(Date.now() - 1);
    const id = newId();
    const after = newId(Date.now() + 1);
    expect(before.slice(0, 10) <= id.slice(0, 10)).toBe(true);
    expect(id.slice(0, 10) <= after.slice(0, 10)).toBe(true);
  });
});

describe('isId', () => {
  it('accepts ids made by newId', () => {
    for (let i = 0; i < 20; i++) expect(isId(newId())).toBe(true);
    expect(isId(newId(0))).toBe(true);
  });

  const refused: Record<string, string> = {
    'a parent-folder path': '../x',
    'a parent-folder path of the right length': `../${'a'.repeat(19)}`,
    'a path with a slash': `${'a'.repeat(10)}/${'b'.repeat(11)}`,
    'a backslash': `${'a'.repeat(10)}\\${'b'.repeat(11)}`,
    'an id with the file extension': `${newId()}.msg`,
    'an id with a trailing newline': `${newId()}\n`,
    'upper-case letters': newId().toUpperCase(),
    '21 characters': newId().slice(1),
    '23 characters': `${newId()}a`,
    'the empty string': '',
    'a NUL byte': `${newId().slice(0, 21)}\u0000`,
    'a space': `${newId().slice(0, 21)} `,
    'a dash': `${newId().slice(0, 21)}-`,
  };

  for (const [name, value] of Object.entries(refused)) {
    it(`refuses ${name}`, () => {
      expect(isId(value)).toBe(false);
    });
  }
});
