/**
 * Load generator, run as its own process by bench/run.ts: N concurrent SMTP clients on
 * 127.0.0.1 send prepared messages for a fixed time (or count) and report per-message
 * latency from MAIL FROM to the 250 after the final dot. A minimal raw-socket client,
 * so the client is not what is measured.
 *
 * argv: JSON { port, concurrency, durationMs, maxMessages, newConnection, uniqueIds, files, rcpts }
 * stdout: JSON { sent, accepted, refused, errors, latenciesMs: number[], ids: {id, t, mid}[], elapsedMs }
 * With uniqueIds, each message gets its own Message-ID (`<load-N@load.example>`) so a
 * capturing next hop can count copies.
 */
import { connect, type Socket } from 'node:net';
import { readFileSync } from 'node:fs';

interface Args {
  port: number;
  concurrency: number;
  durationMs: number;
  maxMessages: number;
  newConnection: boolean;
  uniqueIds?: boolean;
  files: string[];
  rcpts: string[];
}

const args = JSON.parse(process.argv[2] ?? '{}') as Args;
// Dot-stuffed, CRLF-terminated bodies, prepared once.
const bodies = args.files.map((f) => {
  let text = readFileSync(f, 'latin1').replace(/\r?\n/g, '\r\n');
  if (args.uniqueIds) text = text.replace(/^Message-ID:.*\r\n(?:[ \t].*\r\n)*/im, '');
  if (!text.endsWith('\r\n')) text += '\r\n';
  text = text.replace(/^\./gm, '..');
  return Buffer.from(`${text}.\r\n`, 'latin1');
});

class Client {
  private sock!: Socket;
  private buf = '';
  private waiting: ((line: string) => void) | undefined;
  private lines: string[] = [];

  async open(): Promise<void> {
    this.sock = connect(args.port, '127.0.0.1');
    this.sock.setNoDelay(true);
    this.sock.on('data', (d: Buffer) => {
      this.buf += d.toString('latin1');
      let i: number;
      while ((i = this.buf.indexOf('\r\n')) >= 0) {
        const line = this.buf.slice(0, i);
        this.buf = this.buf.slice(i + 2);
        if (/^\d{3}-/.test(line)) continue;
        if (this.waiting) {
          const w = this.waiting;
          this.waiting = undefined;
          w(line);
        } else this.lines.push(line);
      }
    });
    this.sock.on('error', () => this.fail());
    this.sock.on('close', () => this.fail());
    await this.expect('220');
    this.sock.write('EHLO bench.example\r\n');
    await this.expect('250');
  }

  private fail(): void {
    if (this.waiting) {
      const w = this.waiting;
      this.waiting = undefined;
      w('000 connection lost');
    }
  }

  private next(): Promise<string> {
    const l = this.lines.shift();
    if (l !== undefined) return Promise.resolve(l);
    if (this.sock.destroyed) return Promise.resolve('000 connection lost');
    return new Promise((r) => (this.waiting = r));
  }

  private async expect(code: string): Promise<string> {
    const line = await this.next();
    if (!line.startsWith(code)) throw new Error(line);
    return line;
  }

  /** One transaction, pipelined (RFC 2920): MAIL, RCPT and DATA in one write. */
  async send(body: Buffer, rcpt: string, mid?: string): Promise<string> {
    this.sock.write(`MAIL FROM:<bench@example.com>\r\nRCPT TO:<${rcpt}>\r\nDATA\r\n`);
    await this.expect('250');
    await this.expect('250');
    await this.expect('354');
    if (mid) this.sock.write(`Message-ID: ${mid}\r\n`);
    this.sock.write(body);
    return this.next();
  }

  close(): void {
    this.sock.end('QUIT\r\n');
    this.sock.destroy();
  }
}

async function main(): Promise<void> {
  const start = performance.now();
  const deadline = start + args.durationMs;
  let n = 0;
  let accepted = 0;
  let refused = 0;
  let errors = 0;
  const latencies: number[] = [];
  const ids: { id: string; t: number; mid?: string }[] = [];
  const worker = async (w: number): Promise<void> => {
    let client: Client | undefined;
    while (performance.now() < deadline && n < args.maxMessages) {
      const i = n++;
      try {
        if (!client) {
          client = new Client();
          await client.open();
        }
        const t0 = performance.now();
        const mid = args.uniqueIds ? `<load-${i}@load.example>` : undefined;
        const reply = await client.send(
          bodies[i % bodies.length]!,
          args.rcpts[(i + w) % args.rcpts.length]!,
          mid,
        );
        const t1 = performance.now();
        if (reply.startsWith('250')) {
          accepted++;
          latencies.push(t1 - t0);
          const id = /queued as ([0-9a-z]+)/.exec(reply)?.[1];
          if (id) ids.push({ id, t: Date.now(), ...(mid ? { mid } : {}) });
        } else if (reply.startsWith('000')) {
          errors++;
          client = undefined;
        } else refused++;
        if (args.newConnection) {
          client?.close();
          client = undefined;
        }
      } catch {
        errors++;
        client?.close();
        client = undefined;
      }
    }
    client?.close();
  };
  await Promise.all(Array.from({ length: args.concurrency }, (_, w) => worker(w)));
  const elapsedMs = performance.now() - start;
  process.stdout.write(
    JSON.stringify({ sent: n, accepted, refused, errors, latenciesMs: latencies, ids, elapsedMs }),
  );
}

void main();
