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

interface Deadlines {
  dataDeadlineMs?: number;
  sessionDeadlineMs?: number;
  onDeadline?: (phase: 'data' | 'session') => void;
  /** What onData saw: whether each message's stream ended whole or failed. */
  outcomes?: string[];
}

async function serve(greetWaitMs: number, maxClients = 10, d: Deadlines = {}): Promise<number> {
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
        stream.on('end', () => {
          d.outcomes?.push('whole');
          cb();
        });
        stream.on('error', (err) => {
          d.outcomes?.push(`failed: ${err.message}`);
          cb(err);
        });
      },
    },
    {
      greetWaitMs,
      dataDeadlineMs: d.dataDeadlineMs ?? 600_000,
      sessionDeadlineMs: d.sessionDeadlineMs ?? 1_800_000,
      onDeadline: d.onDeadline,
    },
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

describe('gateway SMTP server: control characters and deadlines (issue #15)', () => {
  it('refuses with 501 every command line with a bare CR, NUL or other control character', async () => {
    const port = await serve(0);
    const s = open(port);
    expect(await s.next()).toMatch(/^220 /);
    s.send('EHLO client.example');
    expect(await s.next()).toMatch(/^250 /);
    for (const bad of [
      'MAIL FROM:<a@example.org>\rX-Injected: yes>',
      'MAIL FROM:<a@example.org>\u0000',
      'MAIL FROM:<a@exa\u001bmple.org>',
      'MAIL FROM:<a@example.org>\u007f',
      'EHLO client\rexample',
    ]) {
      s.send(bad);
      expect(await s.next()).toMatch(/^501 5\.5\.2 .*control character/);
    }
    // None of them ran: a MAIL FROM is still needed, and a clean one works.
    s.send('RCPT TO:<b@example.org>');
    expect(await s.next()).toMatch(/^503 /);
    s.send('MAIL FROM:<a@example.org>');
    expect(await s.next()).toMatch(/^250 /);
    s.send('RCPT TO:<b@example.org>\r');
    expect(await s.next()).toMatch(/^501 /);
  });

  it('ends a slow-drip DATA at the data deadline with 421 4.4.2; the message is not accepted', async () => {
    const outcomes: string[] = [];
    const phases: string[] = [];
    const port = await serve(0, 10, {
      dataDeadlineMs: 1500,
      outcomes,
      onDeadline: (p) => phases.push(p),
    });
    const s = open(port);
    expect(await s.next()).toMatch(/^220 /);
    s.send('EHLO client.example');
    await s.next();
    s.send('MAIL FROM:<a@example.org>');
    await s.next();
    s.send('RCPT TO:<b@example.org>');
    await s.next();
    s.send('DATA');
    expect(await s.next()).toMatch(/^354 /);
    // One byte every 200 ms: the idle timeout never fires, the deadline does.
    const drip = setInterval(() => s.sock.write('x'), 200);
    try {
      expect(await s.next()).toMatch(/^421 4\.4\.2 /);
    } finally {
      clearInterval(drip);
    }
    expect(await s.next()).toBe('');
    expect(phases).toEqual(['data']);
    await new Promise((r) => setTimeout(r, 50));
    expect(outcomes).toEqual([expect.stringMatching(/^failed: data deadline/)]);
  });

  it('ends a session at the session deadline however busy the client keeps it', async () => {
    const phases: string[] = [];
    const port = await serve(0, 10, { sessionDeadlineMs: 1500, onDeadline: (p) => phases.push(p) });
    const s = open(port);
    expect(await s.next()).toMatch(/^220 /);
    let reply = '';
    for (let i = 0; i < 100 && !reply.startsWith('421'); i++) {
      s.send('NOOP');
      reply = await s.next();
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(reply).toMatch(/^421 4\.4\.2 Session lasted too long/);
    expect(phases).toEqual(['session']);
  });
});
