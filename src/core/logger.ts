import { pino, type Logger } from 'pino';
export type { Logger } from 'pino';

/**
 * The one root logger. Credentials and message bodies never reach the log.
 * @param level - pino level; `MAILSHIELD_LOG_LEVEL` overrides it.
 */
export function createLogger(level = 'info', name = 'mailshield'): Logger {
  return pino({
    name,
    level: process.env.MAILSHIELD_LOG_LEVEL ?? level,
    redact: {
      paths: ['password', '*.password', 'auth.pass', '*.auth.pass', 'body', '*.body', 'raw'],
      censor: '[redacted]',
    },
  });
}
