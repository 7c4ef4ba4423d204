import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { SMTPServer } from 'smtp-server';
import { newId } from '../core/ids.js';

/**
 * A capturing SMTP server standing in for the agencies' mail servers in demos: every
 * message is written to `<dir>/<id>.eml` with an `X-Sink-Envelope` first line.
 * Not for production.
 */
export function buildSink(dir: string): SMTPServer {
  mkdirSync(dir, { recursive: true });
  return new SMTPServer({
    authOptional: true,
    disabledCommands: ['AUTH', 'STARTTLS'],
    disableReverseLookup: true,
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        const id = newId();
        const env = JSON.stringify({
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
          to: session.envelope.rcptTo.map((r) => r.address),
        });
        const tmp = join(dir, `.${id}.tmp`);
        writeFileSync(tmp, Buffer.concat([Buffer.from(`X-Sink-Envelope: ${env}\r\n`), ...chunks]));
        renameSync(tmp, join(dir, `${id}.eml`));
        callback(null, `2.0.0 stored as ${id}`);
      });
    },
  });
}
