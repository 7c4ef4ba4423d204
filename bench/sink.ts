/** Capturing next hop for the benchmark: records the arrival time of each message id. Prints its port. */
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

const arrivals: { id: string; t: number; mid?: string }[] = [];
const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  disableReverseLookup: true,
  logger: false,
  onData(stream, _session, cb) {
    let head = '';
    stream.on('data', (d: Buffer) => {
      if (head.length < 4096) head += d.toString('latin1');
    });
    stream.on('end', () => {
      const id = / id ([0-9a-z]{22})/.exec(head)?.[1];
      const mid = /^Message-ID:\s*(<[^>\r\n]*>)/im.exec(head)?.[1];
      if (id) arrivals.push({ id, t: Date.now(), ...(mid ? { mid } : {}) });
      cb(null, '2.0.0 captured');
    });
  },
});
process.on('message', (m) => {
  if (m === 'report') process.send?.(arrivals);
});
// A client that vanishes mid-session (a SIGKILLed worker) makes smtp-server emit 'error';
// unhandled, that would end the process.
server.on('error', () => undefined);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.server.address() as AddressInfo).port}\n`);
});
