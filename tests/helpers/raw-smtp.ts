import { connect, type Socket } from 'node:net';

export interface RawSession {
  sock: Socket;
  /** Next complete reply (continuation lines of multi-line replies skipped); '' when closed. */
  next(): Promise<string>;
  send(line: string): void;
  close(): void;
}

/** A raw SMTP client for abuse tests: exact bytes in, exact replies out. */
export function rawSession(port: number): RawSession {
  const sock = connect(port, '127.0.0.1');
  let buf = '';
  const waiters: ((l: string) => void)[] = [];
  const lines: string[] = [];
  let closed = false;
  sock.on('data', (d: Buffer) => {
    buf += d.toString('latin1');
    let i: number;
    while ((i = buf.indexOf('\r\n')) >= 0) {
      const line = buf.slice(0, i);
      buf = buf.slice(i + 2);
      if (/^\d{3}-/.test(line)) continue;
      const w = waiters.shift();
      if (w) w(line);
      else lines.push(line);
    }
  });
  sock.on('error', () => undefined);
  sock.on('close', () => {
    closed = true;
    for (const w of waiters.splice(0)) w('');
  });
  return {
    sock,
    next: () =>
      new Promise((r) => {
        const l = lines.shift();
        if (l !== undefined) r(l);
        else if (closed) r('');
        else waiters.push(r);
      }),
    send: (l: string) => {
      sock.write(`${l}\r\n`);
    },
    close: () => sock.destroy(),
  };
}
