import { Socket, type AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { GatewaySmtpServer } from '../../../src/ingress/gateway-server.js';
import { rawSession, type RawSession } from '../../helpers/raw-smtp.js';

const servers: GatewaySmtpServer[] = [];
const sessions: RawSession[] = [];

afterEach(async () => {
  for (const s of sessions.splice(0)) s.close();
  await Promise.all(
    servers.splice(0).map((s) => new Promise<void>((resolve) => s.close(() => resolve()))),
  );
});

async function serve(greetWaitMs: number, maxClients = 10): Promise<number> {
  const server = new GatewaySmtpServer(
    {
      name: 'mx.test',
      banner: 'test',
      secure: false,
      disabledCommands: ['AUTH', 'STARTTLS'],
      disableReverseLookup: true,
      maxClients,
      logger: false,
      // Synchronous, as the gateway's own handlers are.
      onMailFrom: (_a, _s, cb) => cb(),
      onRcptTo: (_a, _s, cb) => cb(),
      onData: (stream, _s, cb) => {
        stream.resume();
        stream.on('end', () => cb());
      },
    },
    greetWaitMs,
  );
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return (server.server.address() as AddressInfo).port;
}

function open(port: number): RawSession {
  const s = rawSession(port);
  sessions.push(s);
  return s;
}

describe('gateway SMTP server: greet wait and replies written together', () => {
  it('greets at once without a wait, and the session works', async () => {
    const port = await serve(0);
    const s = open(port);
    expect(await s.next()).toMatch(/^220 mx\.test/);
    s.send('EHLO client.example');
    expect(await s.next()).toMatch(/^250 /);
    s.send('QUIT');
    expect(await s.next()).toMatch(/^221 /);
  });

  it('with a wait, answers 421 to a client that talks before the greeting', async () => {
    const port = await serve(300);
    const s = open(port);
    s.send('EHLO early.example');
    expect(await s.next()).toMatch(/^421 .*talk too soon/);
  });

  it('with a wait, greets a patient client after it', async () => {
    const port = await serve(200);
    const t = performance.now();
    const s = open(port);
    expect(await s.next()).toMatch(/^220 /);
    expect(performance.now() - t).toBeGreaterThanOrEqual(190);
  });

  it('keeps the client limit: one connection over maxClients gets 421', async () => {
    const port = await serve(0, 1);
    const first = open(port);
    expect(await first.next()).toMatch(/^220 /);
    const second = open(port);
    expect(await second.next()).toMatch(/^421 .*Too many connected clients/);
  });

  it('answers a pipelined MAIL, RCPT and DATA in one write', async () => {
    const port = await serve(0);
    // Writes that reach the server side's socket handle (one per system call).
    let writes = 0;
    const proto = Socket.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
    const original = { _write: proto._write!, _writev: proto._writev! };
    for (const name of ['_write', '_writev'] as const) {
      proto[name] = function (this: Socket, ...a: unknown[]) {
        if (this.localPort === port) writes++;
        return original[name].apply(this, a);
      };
    }
    try {
      const s = open(port);
      expect(await s.next()).toMatch(/^220 /);
      s.send('EHLO client.example');
      expect(await s.next()).toMatch(/^250 /);
      writes = 0;
      s.sock.write('MAIL FROM:<a@example.com>\r\nRCPT TO:<b@example.org>\r\nDATA\r\n');
      expect(await s.next()).toMatch(/^250 /);
      expect(await s.next()).toMatch(/^250 /);
      expect(await s.next()).toMatch(/^354 /);
      expect(writes).toBe(1);
    } finally {
      Object.assign(proto, original);
    }
  });
});
