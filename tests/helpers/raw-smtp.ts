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

/** Opens a session and goes as far as the 354 after DATA; the caller writes the message. */
export async function beginData(
  port: number,
  from: string,
  rcpt: string,
  helo = 'client.example',
): Promise<RawSession> {
  const s = rawSession(port);
  const expectReply = async (re: RegExp): Promise<void> => {
    const line = await s.next();
    if (!re.test(line)) throw new Error(`unexpected reply: ${line}`);
  };
  await expectReply(/^220 /);
  s.send(`EHLO ${helo}`);
  await expectReply(/^250 /);
  s.send(`MAIL FROM:<${from}>`);
  await expectReply(/^250 /);
  s.send(`RCPT TO:<${rcpt}>`);
  await expectReply(/^250 /);
  s.send('DATA');
  await expectReply(/^354 /);
  return s;
}
