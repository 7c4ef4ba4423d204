import { parseArgs } from 'node:util';
import { loadConfig } from '../config/load.js';
import { loadDirectory } from '../directory/directory.js';
import { MailshieldError } from '../core/errors.js';
import { openDb } from '../store/db.js';
import { findSenderEntry, listSenderEntries } from '../store/sender-lists-repo.js';
import { addSenderEntry, describeEntry, removeSenderEntry } from '../senders/manage.js';
import { parsePattern, type PatternProblem, type SenderListKind } from '../senders/pattern.js';
import { cliActor } from './user.js';

export const SENDERS_USAGE = `  mailshield senders list [--agency CODE] [--json]
                                     per-agency sender allow/deny lists (also in the web UI)
  mailshield senders add --agency CODE --allow|--deny PATTERN [--note TEXT]
                                     PATTERN: an address (a@b.vn) or a domain (b.vn, with its
                                     subdomains); audited as cli:<login>
  mailshield senders remove --agency CODE --allow|--deny PATTERN`;

const PROBLEMS: Record<PatternProblem, string> = {
  empty: 'empty pattern',
  wildcard: 'no wildcards (* or a leading @): a domain already covers its subdomains',
  'bad-address': 'not a valid mail address',
  'bad-domain': 'not a valid domain',
  'top-level': 'a whole top-level domain cannot be put on a list',
};

function usageError(message: string): MailshieldError {
  return new MailshieldError('MS_ERR_CONFIG', `${message}\nUsage:\n${SENDERS_USAGE}`);
}

/** `mailshield senders list|add|remove`: the web's functions, for admins and scripts. */
export async function cmdSenders(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values } = parseArgs({
    args: rest,
    options: {
      agency: { type: 'string' },
      allow: { type: 'string' },
      deny: { type: 'string' },
      note: { type: 'string', default: '' },
      json: { type: 'boolean', default: false },
    },
  });
  if (sub !== 'list' && sub !== 'add' && sub !== 'remove') {
    process.stderr.write(`Usage:\n${SENDERS_USAGE}\n`);
    return 2;
  }
  const cfg = loadConfig();
  const directory = loadDirectory(cfg.agencies);
  const agency = values.agency;
  if (agency !== undefined && !directory.byAgencyCode(agency)) {
    throw usageError(`unknown agency code "${agency}"`);
  }
  const db = await openDb(cfg.database.path);
  try {
    if (sub === 'list') {
      const rows = await listSenderEntries(db, agency === undefined ? undefined : [agency]);
      if (values.json) {
        const items = rows.map((r) => ({
          id: r.id,
          agency: r.agency,
          kind: r.kind,
          pattern: r.pattern,
          note: r.note,
          createdBy: r.created_by,
          createdAt: new Date(r.created_at).toISOString(),
        }));
        process.stdout.write(`${JSON.stringify(items, null, 2)}\n`);
      } else if (rows.length === 0) {
        process.stdout.write('No sender list entries.\n');
      } else {
        for (const r of rows) {
          process.stdout.write(
            `${r.agency.padEnd(10)} ${r.kind.padEnd(5)} ${r.pattern.padEnd(40)} ` +
              `${new Date(r.created_at).toISOString()} ${r.created_by}${r.note ? `  ${r.note}` : ''}\n`,
          );
        }
      }
      return 0;
    }
    if (agency === undefined) throw usageError('--agency CODE is required');
    if ((values.allow === undefined) === (values.deny === undefined)) {
      throw usageError('give exactly one of --allow PATTERN and --deny PATTERN');
    }
    const kind: SenderListKind = values.allow !== undefined ? 'allow' : 'deny';
    const pattern = values.allow ?? values.deny ?? '';
    if (sub === 'add') {
      const r = await addSenderEntry(
        db,
        (c) => directory.byAgencyCode(c) !== undefined,
        cliActor(),
        {
          agency,
          kind,
          pattern,
          note: values.note ?? '',
        },
      );
      if (r.ok) {
        process.stdout.write(`${agency}: added ${describeEntry(r.entry)}\n`);
        return 0;
      }
      if (r.error === 'bad-pattern') throw usageError(`"${pattern}": ${PROBLEMS[r.problem]}`);
      if (r.error === 'exists') {
        process.stderr.write(
          `mailshield: ${agency} already has ${describeEntry(r.entry)}; remove it first\n`,
        );
        return 1;
      }
      throw usageError(`unknown agency code "${agency}"`);
    }
    const parsed = parsePattern(pattern);
    if ('problem' in parsed) throw usageError(`"${pattern}": ${PROBLEMS[parsed.problem]}`);
    const found = await findSenderEntry(db, agency, parsed.pattern);
    if (!found || found.kind !== kind) {
      process.stderr.write(`mailshield: ${agency} has no ${kind} entry ${parsed.pattern}\n`);
      return 1;
    }
    const removed = await removeSenderEntry(db, cliActor(), found.id);
    if (!removed) {
      process.stderr.write(`mailshield: ${agency} has no ${kind} entry ${parsed.pattern}\n`);
      return 1;
    }
    process.stdout.write(`${agency}: removed ${describeEntry(removed)}\n`);
    return 0;
  } finally {
    await db.destroy();
  }
}
