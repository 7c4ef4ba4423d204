import { createSocket, type RemoteInfo, type Socket } from 'node:dgram';

/**
 * A tiny authoritative DNS server on 127.0.0.1 (UDP) answering TXT records from a table,
 * NXDOMAIN for any other name: enough for mailauth's SPF and DMARC lookups, so a test can
 * send real SMTP from 127.0.0.1 and have the gateway's auth scanner find a real SPF pass
 * (`detection.auth.dnsServers`). Every name it was asked is kept, for the test to read.
 */
export interface DnsServer {
  port: number;
  /** Lower-case names, with the query type: `partner.example TXT`. */
  queries: string[];
  close(): Promise<void>;
}

const TYPE_TXT = 16;

export async function startDnsServer(txt: Record<string, string>): Promise<DnsServer> {
  const records = new Map(Object.entries(txt).map(([k, v]) => [k.toLowerCase(), v]));
  const socket: Socket = createSocket('udp4');
  const queries: string[] = [];
  socket.on('message', (msg: Buffer, peer: RemoteInfo) => {
    const reply = answer(msg, records, queries);
    if (reply) socket.send(reply, peer.port, peer.address);
  });
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  return {
    port: socket.address().port,
    queries,
    close: () => new Promise<void>((resolve) => socket.close(() => resolve())),
  };
}

function answer(msg: Buffer, records: Map<string, string>, queries: string[]): Buffer | undefined {
  if (msg.length < 12 || msg.readUInt16BE(4) !== 1) return undefined;
  // The question: labels up to the root, then type and class (RFC 1035 §4.1.2).
  const labels: string[] = [];
  let off = 12;
  while (off < msg.length && msg[off] !== 0) {
    const len = msg[off]!;
    labels.push(msg.subarray(off + 1, off + 1 + len).toString('latin1'));
    off += 1 + len;
  }
  off += 1;
  if (off + 4 > msg.length) return undefined;
  const qtype = msg.readUInt16BE(off);
  const question = msg.subarray(12, off + 4);
  const name = labels.join('.').toLowerCase();
  queries.push(`${name} ${qtype === TYPE_TXT ? 'TXT' : qtype}`);
  const value = records.get(name);
  const header = Buffer.alloc(12);
  header.writeUInt16BE(msg.readUInt16BE(0), 0);
  // QR, AA, RD copied; RCODE 3 (NXDOMAIN) for names not in the table.
  const rd = msg.readUInt16BE(2) & 0x0100;
  header.writeUInt16BE(0x8400 | rd | (value === undefined ? 3 : 0), 2);
  header.writeUInt16BE(1, 4);
  if (value === undefined || qtype !== TYPE_TXT) return Buffer.concat([header, question]);
  header.writeUInt16BE(1, 6);
  const chunks: Buffer[] = [];
  const bytes = Buffer.from(value, 'utf8');
  for (let i = 0; i < bytes.length; i += 255) {
    const part = bytes.subarray(i, i + 255);
    chunks.push(Buffer.from([part.length]), part);
  }
  const rdata = Buffer.concat(chunks);
  const rr = Buffer.alloc(12);
  rr.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
  rr.writeUInt16BE(TYPE_TXT, 2);
  rr.writeUInt16BE(1, 4); // IN
  rr.writeUInt32BE(60, 6);
  rr.writeUInt16BE(rdata.length, 10);
  return Buffer.concat([header, question, rr, rdata]);
}
