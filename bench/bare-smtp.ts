/** Baseline: smtp-server reading DATA to nowhere (the ceiling for ingress in Node). Prints its port. */
import { SMTPServer } from 'smtp-server';
import type { AddressInfo } from 'node:net';

const server = new SMTPServer({
  authOptional: true,
  disabledCommands: ['AUTH', 'STARTTLS'],
  disableReverseLookup: true,
  logger: false,
  size: 25 * 1024 * 1024,
  onData(stream, _session, cb) {
    stream.on('data', () => undefined);
    stream.on('end', () => cb(null, '2.0.0 Ok: queued as 0000000000000000000000'));
  },
});
// A client that vanishes mid-session (a SIGKILLed worker) makes smtp-server emit 'error';
// unhandled, that would end the process.
server.on('error', () => undefined);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${(server.server.address() as AddressInfo).port}\n`);
});
