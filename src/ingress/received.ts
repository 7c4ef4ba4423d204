/** Builds the Received: header the gateway prepends (RFC 5321 §4.4, RFC 5322 §3.6.7). */
export interface ReceivedInfo {
  helo: string;
  clientAddress: string;
  clientHostname: string | undefined;
  hostname: string;
  id: string;
  tls: boolean;
  /** Added only for a single recipient: listing many would disclose the whole envelope. */
  recipient: string | undefined;
  date: Date;
}

export function receivedHeader(info: ReceivedInfo): Buffer {
  const helo = clean(info.helo) || 'unknown';
  const ip = clean(info.clientAddress);
  const host = info.clientHostname ? clean(info.clientHostname) : '';
  const from = host && host !== ip ? `${host} [${ip}]` : `[${ip}]`;
  const proto = info.tls ? 'ESMTPS' : 'ESMTP';
  const forClause = info.recipient ? `\r\n\tfor <${clean(info.recipient)}>` : '';
  const text =
    `Received: from ${helo} (${from})\r\n` +
    `\tby ${clean(info.hostname)} (mailshield) with ${proto} id ${info.id}${forClause};\r\n` +
    `\t${rfc5322Date(info.date)}\r\n`;
  return Buffer.from(text, 'utf8');
}

/** Only printable ASCII, bounded: HELO names and hostnames are attacker-controlled. */
function clean(value: string): string {
  return value.replace(/[^\x21-\x7e]/g, '').slice(0, 255);
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** RFC 5322 date-time in UTC ("+0000"). */
export function rfc5322Date(d: Date): string {
  const p = (n: number): string => String(n).padStart(2, '0');
  return (
    `${DAYS[d.getUTCDay()]}, ${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} +0000`
  );
}
