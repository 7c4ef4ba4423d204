import { MailshieldError } from '../core/errors.js';
import { cmdEval } from './eval.js';
import { cmdLearn } from './learn.js';
import { cmdQuarantine } from './quarantine.js';
import { cmdReport } from './report.js';
import { cmdRules } from './rules.js';
import { cmdSenders } from './senders.js';
import { cmdGateway, cmdWeb, cmdWorker } from './serve.js';
import { cmdSink } from './sink.js';
import { cmdSpool } from './spool.js';
import { cmdStart } from './start.js';
import { USAGE, usageFor } from './usage.js';
import { cmdUser } from './web.js';

/*
 * Responsibility: the `mailshield` entry point: picks the command, runs it, and exits with
 * its status once the output is flushed. Each command lives in its own module.
 */

async function main(argv: string[]): Promise<number> {
  const [cmd, ...rest] = argv;
  // `--help` on any command prints its usage: the commands' own argument parsers are
  // strict and would throw on an option they do not know (issue #15).
  if (cmd !== undefined && (rest.includes('--help') || rest.includes('-h'))) {
    process.stdout.write(`${usageFor(cmd)}\n`);
    return 0;
  }
  switch (cmd) {
    case 'start':
      return cmdStart(rest);
    case 'gateway':
      return cmdGateway(rest);
    case 'worker':
      return cmdWorker(rest);
    case 'quarantine':
      return cmdQuarantine(rest);
    case 'web':
      return cmdWeb();
    case 'user':
      return cmdUser(rest);
    case 'senders':
      return cmdSenders(rest);
    case 'rules':
      return cmdRules(rest);
    case 'eval':
      return cmdEval(rest);
    case 'learn':
      return cmdLearn(rest);
    case 'sink':
      return cmdSink(rest);
    case 'report':
      return cmdReport(rest);
    case 'spool':
      return cmdSpool(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(`${USAGE}\n`);
      return cmd === undefined ? 2 : 0;
    default:
      process.stderr.write(`mailshield: unknown command "${cmd}"\n\n${USAGE}\n`);
      return 2;
  }
}

/**
 * Exits once stdout and stderr have flushed. On Linux a write to a pipe is asynchronous:
 * `process.exit` right after a large write cut `quarantine list --json | jq` at the pipe's
 * 64 KiB buffer, with exit status 0 (issue #15). An empty write's callback runs after
 * every write before it.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let pending = 2;
  const done = (): void => {
    if (--pending === 0) process.exit(code);
  };
  for (const stream of [process.stdout, process.stderr]) {
    if (stream.destroyed || !stream.writable) done();
    // A reader that went away (EPIPE) ends the wait as well.
    else stream.write('', () => done());
  }
}

main(process.argv.slice(2)).then(
  (code) => exitWhenFlushed(code),
  (err: unknown) => {
    // Mistakes of the user (config, arguments, a report period or time limit): the message.
    if (
      err instanceof MailshieldError &&
      (err.code === 'MS_ERR_CONFIG' || err.code.startsWith('MS_ERR_REPORT_'))
    ) {
      process.stderr.write(`mailshield: ${err.message}\n`);
    } else {
      process.stderr.write(
        `mailshield: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`,
      );
    }
    exitWhenFlushed(1);
  },
);
