/** Every date in the UI: dd/mm/yyyy HH:mm in Vietnam time (UTC+7, no daylight saving). */
const FMT = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

export function formatDate(ms: number): string {
  return FMT.format(new Date(ms)).replace(',', '');
}

/** Vietnam's offset; the province has had no daylight saving since 1975. */
const VN_OFFSET_MS = 7 * 3_600_000;

/**
 * `yyyy-mm-dd` (an <input type=date>) or `dd/mm/yyyy` (as officers write dates, typed in a
 * text field whatever the browser's locale) → epoch ms of that day's 00:00 in Vietnam.
 */
export function parseDay(value: string | undefined): number | undefined {
  const dmy = value ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(value.trim()) : null;
  if (dmy) value = `${dmy[3]}-${dmy[2]!.padStart(2, '0')}-${dmy[1]!.padStart(2, '0')}`;
  if (!value || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return undefined;
  const t = Date.parse(`${value}T00:00:00Z`);
  return Number.isNaN(t) ? undefined : t - VN_OFFSET_MS;
}

export function formatSize(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
