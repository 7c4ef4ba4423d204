import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import { loadConfig } from '../config/load.js';
import { loadDirectory } from '../directory/directory.js';
import { openDb } from '../store/db.js';
import { producerConnection } from '../queue/connections.js';
import { RELEASE_QUEUE, type DeliverJobData } from '../queue/jobs.js';
import { releaseMessage } from '../quarantine/release.js';
import { deleteMessage } from '../quarantine/delete.js';
import { purgeExpired } from '../quarantine/purge.js';
import {
  checkUserAdd,
  cliActor,
  readNewPassword,
  userAdd,
  userDisable,
  userPasswd,
} from './user.js';

export const USER_USAGE = `  mailshield user add NAME --role admin|officer [--agency CODE,CODE] [--lang vi|en] [--password-stdin]
  mailshield user passwd NAME [--password-stdin]
  mailshield user disable NAME`;

export const QUARANTINE_ACTION_USAGE = `  mailshield quarantine release ID [--reason TEXT] [--agency CODE,..]   back to delivery (not rescanned);
                                     --agency: only those agencies' recipients (default: all still held)
  mailshield quarantine delete ID [--reason TEXT] [--agency CODE,..]
  mailshield quarantine purge                        remove files past quarantine.retentionDays`;

/** `mailshield user add|passwd|disable`. */
export async function cmdUser(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({
    args: rest,
    allowPositionals: true,
    options: {
      role: { type: 'string' },
      agency: { type: 'string', default: '' },
      lang: { type: 'string', default: 'vi' },
      'password-stdin': { type: 'boolean', default: false },
    },
  });
  const name = positionals[0];
  if (!name || !['add', 'passwd', 'disable'].includes(sub ?? '')) {
    process.stderr.write(`Usage:\n${USER_USAGE}\n`);
    return 2;
  }
  const cfg = loadConfig();
  const directory = loadDirectory(cfg.agencies);
  const db = await openDb(cfg.database);
  try {
    let out: string;
    if (sub === 'add') {
      const agencies = (values.agency ?? '')
        .split(',')
        .map((a) => a.trim())
        .filter(Boolean);
      const fields = { name, role: values.role ?? '', agencies, lang: values.lang ?? 'vi' };
      // Everything but the password is checked before the password is asked for.
      await checkUserAdd(db, directory, fields);
      const password = await readNewPassword(Boolean(values['password-stdin']));
      out = await userAdd(db, directory, { ...fields, password });
    } else if (sub === 'passwd') {
      out = await userPasswd(db, name, await readNewPassword(Boolean(values['password-stdin'])));
    } else {
      out = await userDisable(db, name);
    }
    process.stdout.write(`${out}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}

/** `mailshield quarantine release|delete|purge`: the same functions as the web UI. */
export async function cmdQuarantineAction(
  sub: 'release' | 'delete' | 'purge',
  args: string[],
): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { reason: { type: 'string' }, agency: { type: 'string' } },
  });
  const cfg = loadConfig();
  const db = await openDb(cfg.database);
  try {
    if (sub === 'purge') {
      const purged = await purgeExpired(db, cfg.quarantine.retentionDays);
      process.stdout.write(`${purged.length} message(s) purged\n`);
      return 0;
    }
    const id = positionals[0];
    if (!id) {
      process.stderr.write(`Usage:\n${QUARANTINE_ACTION_USAGE}\n`);
      return 2;
    }
    const reason = values.reason ?? null;
    // Holds are per agency (issue #15): --agency acts on one agency's copy only.
    const scope = values.agency ? values.agency.split(',').filter(Boolean) : undefined;
    if (sub === 'delete') {
      const done = await deleteMessage(db, id, cliActor(), reason, scope);
      process.stdout.write(`${id} deleted for ${done.join(', ')}\n`);
      return 0;
    }
    const connection = producerConnection(cfg.redis);
    connection.on('error', () => undefined);
    // The queue every node's deliver workers serve (issue #16).
    const deliverQueue = new Queue<DeliverJobData>(RELEASE_QUEUE, {
      connection,
      prefix: cfg.queue.prefix,
    });
    let done: string[];
    try {
      done = await releaseMessage(
        {
          db,
          directory: loadDirectory(cfg.agencies),
          deliverQueue,
          deliverJobOptions: {
            attempts: cfg.deliver.retry.attempts,
            backoff: { type: 'capped' },
            removeOnComplete: { count: 10_000 },
            removeOnFail: { count: 10_000 },
          },
        },
        id,
        cliActor(),
        reason,
        scope,
      );
    } finally {
      await deliverQueue.close();
      connection.disconnect();
    }
    process.stdout.write(`${id} released to delivery for ${done.join(', ')}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}
