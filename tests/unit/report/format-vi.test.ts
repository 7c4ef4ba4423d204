import { describe, expect, it } from 'vitest';
import {
  formatChange,
  formatDateEn,
  formatDateVi,
  formatNumberEn,
  formatNumberVi,
} from '../../../src/report/format/vi.js';

describe('Vietnamese report formats', () => {
  it('groups thousands with a dot', () => {
    expect(formatNumberVi(115692)).toBe('115.692');
    expect(formatNumberVi(505)).toBe('505');
    expect(formatNumberVi(0)).toBe('0');
    expect(formatNumberVi(1234567)).toBe('1.234.567');
    expect(formatNumberVi(-1000)).toBe('-1.000');
    expect(formatNumberVi(12.5)).toBe('12,5');
  });

  it('agrees with Intl vi-VN where ICU is full', () => {
    expect(formatNumberVi(115692)).toBe(new Intl.NumberFormat('vi-VN').format(115692));
  });

  it('writes dates day/month/year with two-digit day and month', () => {
    expect(formatDateVi('2024-01-01')).toBe('01/01/2024');
    expect(formatDateVi('2024-06-30')).toBe('30/06/2024');
  });

  it('has English forms for --lang en', () => {
    expect(formatNumberEn(115692)).toBe('115,692');
    expect(formatDateEn('2024-06-30')).toBe('30 Jun 2024');
  });

  it('states the change against the previous period', () => {
    expect(formatChange(150, 100, 'vi')).toBe('+50%');
    expect(formatChange(75, 100, 'en')).toBe('-25%');
    expect(formatChange(1, 3, 'vi')).toBe('-66,7%');
    expect(formatChange(5, 0, 'vi')).toBe('—');
    expect(formatChange(0, 0, 'vi')).toBe('0%');
  });
});
