import { spawn, type ChildProcess } from 'node:child_process';
import { createServer, connect, type Server, type Socket, type AddressInfo } from 'node:net';
import { redisAnswers } from '../../src/cli/services.js';

export async function freePort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise<void>((r) => s.close(() => r()));
  return port;
}

export interface RedisProc {
  url: string;
  port: number;
  stop(): Promise<void>;
  start(): Promise<void>;
}

/** A redis-server of the test's own on a free loopback port, to stop and start at will. */
export async function startRedis(port?: number): Promise<RedisProc> {
  const p = port ?? (await freePort());
  const url = `redis://127.0.0.1:${p}`;
  let child: ChildProcess | undefined;
  const proc: RedisProc = {
    url,
    port: p,
    async start() {
      child = spawn(
        'redis-server',
        [
          '--port',
          String(p),
          '--bind',
          '127.0.0.1',
          '--save',
          '',
          '--appendonly',
          'no',
          '--maxmemory-policy',
          'noeviction',
        ],
        {
          stdio: 'ignore',
        },
      );
      for (let i = 0; i < 100; i++) {
        if (await redisAnswers(url, 300)) return;
        await new Promise((r) => setTimeout(r, 50));
      }
      throw new Error('test redis-server did not start');
    },
    async stop() {
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((r) => child!.once('exit', r));
      child.kill('SIGKILL');
      await exited;
    },
  };
  await proc.start();
  return proc;
}

export interface ClamdProxy {
  port: number;
  /** Hold clamd's answers back this long (a slow or hung clamd). */
  delayMs: number;
  /** Forward connections to the real clamd. */
  up(): Promise<void>;
  /** Refuse connections (clamd down): the port is closed. */
  down(): Promise<void>;
}

/**
 * A TCP port in front of the real clamd's Unix socket. While down the port is closed, so
 * the worker sees ECONNREFUSED exactly as with a stopped clamd.
 */
export async function clamdProxy(socketPath: string): Promise<ClamdProxy> {
  const port = await freePort();
  let server: Server | undefined;
  const open = new Set<Socket>();
  const proxy: ClamdProxy = {
    port,
    delayMs: 0,
    async up() {
      if (server) return;
      server = createServer((client) => {
        const upstream = connect(socketPath);
        open.add(client);
        client.on('close', () => open.delete(client));
        client.pipe(upstream);
        upstream.on('data', (d: Buffer) => {
          if (proxy.delayMs > 0) setTimeout(() => client.write(d), proxy.delayMs);
          else client.write(d);
        });
        upstream.on('end', () => setTimeout(() => client.end(), proxy.delayMs));
        client.on('error', () => upstream.destroy());
        upstream.on('error', () => client.destroy());
      });
      await new Promise<void>((r) => server!.listen(port, '127.0.0.1', r));
    },
    async down() {
      if (!server) return;
      const s = server;
      server = undefined;
      for (const c of open) c.destroy();
      await new Promise<void>((r) => s.close(() => r()));
    },
  };
  return proxy;
}
