import { mkdirSync, writeFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { SMTPServer } from 'smtp-server';
import { newId } from '../core/ids.js';
import { createLogger } from '../core/logger.js';
import { runUntilSignal } from './run-until-signal.js';

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

/** `mailshield sink [--port 2526] [--dir var/sink]`: listens on 127.0.0.1 until a signal. */
export async function cmdSink(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: {
      port: { type: 'string', default: '2526' },
      dir: { type: 'string', default: 'var/sink' },
    },
  });
  const log = createLogger('info', 'mailshield-sink');
  const sink = buildSink(values.dir ?? 'var/sink');
  // Clients that drop the connection must not end the sink.
  sink.on('error', (err) => log.debug({ err: err.message }, 'sink connection error'));
  await new Promise<void>((r) => sink.listen(Number(values.port), '127.0.0.1', r));
  log.info({ port: Number(values.port), dir: values.dir }, 'sink listening on 127.0.0.1');
  return runUntilSignal(log, [{ close: () => new Promise<void>((r) => sink.close(() => r())) }]);
}
