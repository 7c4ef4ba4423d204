/**
 * Vietnamese number and date formats of the province's reports: 115.692 (dot groups
 * thousands) and 01/01/2024 (day/month/year, two-digit day and month throughout).
 * Written by hand rather than with Intl so a Node built without full ICU prints the same.
 */

/** 115692 -> "115.692"; negative numbers keep their sign. */
export function formatNumberVi(n: number): string {
  return groupDigits(n, '.', ',');
}

/** 115692 -> "115,692" (English reports). */
export function formatNumberEn(n: number): string {
  return groupDigits(n, ',', '.');
}

function groupDigits(n: number, group: string, decimal: string): string {
  const sign = n < 0 ? '-' : '';
  const [int = '0', frac] = Math.abs(n).toString().split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}${grouped}${frac ? `${decimal}${frac}` : ''}`;
}

/** "2024-06-30" -> "30/06/2024". */
export function formatDateVi(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${y}`;
}

/** "2024-06-30" -> "30 Jun 2024" (English reports). */
export function formatDateEn(isoDate: string): string {
  const [y, m, d] = isoDate.split('-');
  const months = [
    'Jan',
    'Feb',
    'Mar',
    'Apr',
    'May',
    'Jun',
    'Jul',
    'Aug',
    'Sep',
    'Oct',
    'Nov',
    'Dec',
  ];
  return `${Number(d)} ${months[Number(m) - 1] ?? m} ${y}`;
}

/** A change against the previous period: "+12,5%" / "-3%"; "—" when there is no base. */
export function formatChange(now: number, before: number, lang: 'vi' | 'en'): string {
  if (before === 0) return now === 0 ? '0%' : '—';
  const pct = Math.round(((now - before) / before) * 1000) / 10;
  const text = lang === 'vi' ? formatNumberVi(pct) : formatNumberEn(pct);
  return `${pct > 0 ? '+' : ''}${text}%`;
}
