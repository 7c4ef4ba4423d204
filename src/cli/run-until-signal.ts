import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/logger.js';
import type { Closable } from './runtime.js';

/* Responsibility: keeping a command's parts running until a signal, then closing them in order. */

/**
 * Runs until SIGINT/SIGTERM, then closes in order: stop accepting, finish jobs. A process
 * started by a supervisor (`start --workers N`) also stops when its IPC channel to the
 * supervisor closes, as it does when the supervisor dies, even by SIGKILL.
 */
export function runUntilSignal(
  log: Logger,
  parts: Closable[],
  after?: () => Promise<void> | void,
): Promise<number> {
  return new Promise((resolve) => {
    let stopping = false;
    const stop = (signal: string): void => {
      if (stopping) return;
      stopping = true;
      if (signal === 'disconnect') log.warn({ signal }, 'supervisor gone; stopping');
      else log.info({ signal }, 'stopping');
      const finish = async (): Promise<void> => {
        await Promise.resolve(after?.()).catch((err: unknown) =>
          log.warn({ err: errorMessage(err) }, 'stopping services failed'),
        );
      };
      const timer = setTimeout(() => {
        log.error('shutdown took too long; exiting');
        void finish().then(() => resolve(1));
      }, 30_000);
      timer.unref();
      void (async () => {
        for (const p of parts)
          await p
            .close()
            .catch((err: unknown) => log.warn({ err: errorMessage(err) }, 'close failed'));
        await finish();
        clearTimeout(timer);
        resolve(0);
      })();
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
    if (process.channel) {
      if (process.connected) process.once('disconnect', () => stop('disconnect'));
      else stop('disconnect');
    }
  });
}
