import { destination as pinoDestination, pino, type Logger } from 'pino';
export type { Logger } from 'pino';

/**
 * The one root logger. Credentials and message bodies never reach the log.
 *
 * Lines go to stdout asynchronously and in batches: they are written once 4 KiB are
 * buffered, or at the latest every 100 ms (measured on the gateway: a tenth of its CPU
 * per message went to log writes, one system call per line). What is still buffered is
 * written at exit; only a process killed outright (SIGKILL) can lose its last lines,
 * never a message: the spool, not the log, is the record.
 * @param level - pino level; `MAILSHIELD_LOG_LEVEL` overrides it.
 */
export function createLogger(level = 'info', name = 'mailshield'): Logger {
  const destination = pinoDestination({ dest: 1, sync: false, minLength: 4096 });
  let buffered = false;
  setInterval(() => {
    if (!buffered) return;
    buffered = false;
    try {
      destination.flush();
    } catch {
      // stdout closed: nothing more can be written.
    }
  }, 100).unref();
  process.once('exit', () => {
    try {
      destination.flushSync();
    } catch {
      // stdout closed: nothing more can be written.
    }
  });
  return pino(
    {
      name,
      level: process.env.MAILSHIELD_LOG_LEVEL ?? level,
      redact: {
        paths: ['password', '*.password', 'auth.pass', '*.auth.pass', 'body', '*.body', 'raw'],
        censor: '[redacted]',
      },
    },
    {
      write(line: string) {
        buffered = true;
        destination.write(line);
      },
    },
  );
}
