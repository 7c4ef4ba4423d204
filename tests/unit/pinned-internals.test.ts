import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { connect, type Socket } from 'node:net';
import DataStream from 'nodemailer/lib/smtp-connection/data-stream.js';
import { SMTPServer } from 'smtp-server';
import { SMTPConnection } from 'smtp-server/lib/smtp-connection.js';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * Upgrade guard. Two modules reach past public options (see the README, "Where we reach
 * into a dependency"): src/ingress/gateway-server.ts subclasses smtp-server's
 * SMTPConnection and replaces SMTPServer.connect (which calls SMTPConnection.init), and
 * src/deliver/dot-stuffing.ts replaces nodemailer's DataStream._transform. Both packages
 * are pinned to an exact version in package.json; this file fails, naming what moved, as
 * soon as an upgrade changes the internals those modules rely on, before any behaviour
 * test has to find out.
 */

const root = new URL('../../', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('package.json', root), 'utf8')) as {
  dependencies: Record<string, string>;
};
const installed = (name: string): string =>
  (
    JSON.parse(readFileSync(new URL(`node_modules/${name}/package.json`, root), 'utf8')) as {
      version: string;
    }
  ).version;

/** Whitespace-insensitive fingerprint of a function's source. */
const fingerprint = (fn: unknown): string =>
  createHash('sha256').update(String(fn).replace(/\s+/g, ' ')).digest('hex').slice(0, 16);

/** The functions our code re-implements, as they were when it was written. */
const REPLACED = {
  'SMTPServer.prototype.connect': '760cd6611cf58d7f',
  'SMTPConnection.prototype.init': '67b68fcaf9a0a35f',
  'DataStream.prototype._transform': '1f6c058f1f708b7a',
};

describe('dependencies whose internals we reach into', () => {
  it('pins smtp-server and nodemailer to the exact versions installed', () => {
    for (const name of ['smtp-server', 'nodemailer']) {
      const wanted = manifest.dependencies[name];
      expect(wanted, `${name} must be pinned exactly (no ^ or ~)`).toMatch(/^\d+\.\d+\.\d+$/);
      expect(installed(name), `${name} installed differs from package.json`).toBe(wanted);
    }
  });

  it('still has the functions we replace, unchanged', () => {
    const now = {
      'SMTPServer.prototype.connect': fingerprint(
        (SMTPServer.prototype as unknown as { connect: unknown }).connect,
      ),
      'SMTPConnection.prototype.init': fingerprint(
        (SMTPConnection.prototype as unknown as { init: unknown }).init,
      ),
      'DataStream.prototype._transform': fingerprint(
        (DataStream.prototype as unknown as { _transform: unknown })._transform,
      ),
    };
    expect(now).toEqual(REPLACED);
  });

  it('still has the SMTPConnection methods and fields the gateway connection uses', async () => {
    const proto = SMTPConnection.prototype as unknown as Record<string, unknown>;
    for (const method of [
      '_setListeners',
      'connectionReady',
      'send',
      '_onCommand',
      'handler_DATA',
      '_whenWritable',
      'close',
    ]) {
      expect(typeof proto[method], `SMTPConnection.prototype.${method}`).toBe('function');
    }
    const serverProto = SMTPServer.prototype as unknown as Record<string, unknown>;
    for (const method of ['_onError', '_onClientConnect']) {
      expect(typeof serverProto[method], `SMTPServer.prototype.${method}`).toBe('function');
    }
    // A live connection: the fields gateway-server.ts reads.
    const server = new SMTPServer({
      authOptional: true,
      disableReverseLookup: true,
      logger: false,
    });
    servers.push(server);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.server.address() as { port: number };
    const client: Socket = connect(port, '127.0.0.1');
    await new Promise((resolve) => client.once('data', resolve));
    const [connection] = [...server.connections] as unknown as Record<string, unknown>[];
    expect(connection).toBeDefined();
    for (const field of [
      '_socket',
      '_parser',
      '_ready',
      '_upgrading',
      '_unrecognizedCommands',
      '_closing',
      'name',
      'remoteAddress',
    ]) {
      expect(connection!, `SMTPConnection field ${field}`).toHaveProperty(field);
    }
    expect(connection!['_parser']).toHaveProperty('_dataMode', false);
    expect(connection!).toHaveProperty('_dataStream');
    expect(connection!).toHaveProperty('_handlerPending');
    client.destroy();
  });

  it('still keeps the DataStream counters the fast dot-stuffing updates', async () => {
    const stream = new DataStream();
    const out: Buffer[] = [];
    stream.on('data', (d: Buffer) => out.push(d));
    const ended = new Promise((resolve) => stream.on('end', resolve));
    stream.end(Buffer.from('a\r\n.b'));
    await ended;
    const state = stream as unknown as Record<string, unknown>;
    expect(state['inByteCount']).toBe(5);
    expect(typeof state['outByteCount']).toBe('number');
    expect(state).toHaveProperty('lastByte');
  });
});

const servers: SMTPServer[] = [];
afterAll(async () => {
  for (const s of servers) await new Promise<void>((resolve) => s.close(() => resolve()));
});
