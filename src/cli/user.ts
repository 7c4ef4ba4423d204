import { userInfo } from 'node:os';
import type { Db } from '../store/db.js';
import type { AgencyDirectory } from '../directory/directory.js';
import { MailshieldError } from '../core/errors.js';
import { writeAudit, type Actor } from '../quarantine/audit.js';
import { hashPassword, MIN_PASSWORD_LENGTH } from '../web/accounts/password.js';
import { destroyUserSessions } from '../web/accounts/sessions.js';
import {
  findUserByName,
  insertUser,
  updateUser,
  USER_NAME_RE,
} from '../web/accounts/users-repo.js';

/** The actor of CLI actions in the audit log: `cli:<login name>`. */
export function cliActor(): Actor {
  let name = 'unknown';
  try {
    name = userInfo().username;
  } catch {
    // No passwd entry (containers): keep "unknown".
  }
  return { name: `cli:${name}`, address: 'cli' };
}

function configError(message: string): MailshieldError {
  return new MailshieldError('MS_ERR_CONFIG', message);
}

/** Reads all of stdin; one trailing newline is the end of the line, not the password. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks)
    .toString('utf8')
    .replace(/\r?\n$/, '');
}

/** Prompts on the terminal with echo off. */
function promptHidden(question: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const stdin = process.stdin;
    process.stderr.write(question);
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const done = (err?: Error): void => {
      stdin.setRawMode(false);
      stdin.pause();
      stdin.removeListener('data', onData);
      process.stderr.write('\n');
      if (err) reject(err);
      else resolve(value);
    };
    const onData = (chunk: string): void => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return done();
        if (ch === '\u0003') return done(configError('cancelled'));
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** The new password, from stdin (`--password-stdin`) or a terminal prompt typed twice. */
export async function readNewPassword(fromStdin: boolean): Promise<string> {
  let password: string;
  if (fromStdin) {
    password = await readStdin();
  } else if (process.stdin.isTTY) {
    password = await promptHidden('Password: ');
    const again = await promptHidden('Password again: ');
    if (again !== password) throw configError('the passwords differ');
  } else {
    throw configError('no terminal to ask for the password: pipe it with --password-stdin');
  }
  if (password.trim().length === 0) throw configError('empty password refused');
  if ([...password].length < MIN_PASSWORD_LENGTH) {
    throw configError(`password too short: at least ${MIN_PASSWORD_LENGTH} characters`);
  }
  return password;
}

export interface UserAddOptions {
  name: string;
  role: string;
  agencies: string[];
  lang: string;
  password: string;
}

/** Checks everything but the password, so a mistake is reported before it is asked for. */
export async function checkUserAdd(
  db: Db,
  directory: AgencyDirectory,
  o: Omit<UserAddOptions, 'password'>,
): Promise<void> {
  if (!USER_NAME_RE.test(o.name)) {
    throw configError(`bad user name "${o.name}": lower-case letters, digits, . _ - (2-64)`);
  }
  if (o.role !== 'admin' && o.role !== 'officer') {
    throw configError('--role must be admin or officer');
  }
  if (o.lang !== 'vi' && o.lang !== 'en') throw configError('--lang must be vi or en');
  for (const code of o.agencies) {
    if (!directory.byAgencyCode(code)) throw configError(`unknown agency code "${code}"`);
  }
  if (o.role === 'officer' && o.agencies.length === 0) {
    throw configError('an officer needs --agency CODE[,CODE]');
  }
  if (await findUserByName(db, o.name)) throw configError(`user "${o.name}" exists`);
}

/** `mailshield user add`: there is no default account; the first admin is made here. */
export async function userAdd(
  db: Db,
  directory: AgencyDirectory,
  o: UserAddOptions,
): Promise<string> {
  await checkUserAdd(db, directory, o);
  const role = o.role === 'admin' ? 'admin' : 'officer';
  const lang = o.lang === 'en' ? 'en' : 'vi';
  await insertUser(db, {
    name: o.name,
    role,
    agencies: role === 'admin' ? [] : o.agencies,
    lang,
    passwordHash: await hashPassword(o.password),
  });
  await writeAudit(db, cliActor(), 'user-add', null, `${o.name} (${o.role})`);
  return `user ${o.name} added (${o.role}${o.role === 'officer' ? `: ${o.agencies.join(', ')}` : ''})`;
}

/** `mailshield user passwd`: new password, lock cleared, every session ended. */
export async function userPasswd(db: Db, name: string, password: string): Promise<string> {
  const user = await findUserByName(db, name);
  if (!user) throw configError(`no user "${name}"`);
  await updateUser(db, user.id, {
    password_hash: await hashPassword(password),
    failed_logins: 0,
    locked_until: null,
  });
  await destroyUserSessions(db, user.id);
  await writeAudit(db, cliActor(), 'user-passwd', null, name);
  return `password of ${name} changed`;
}

/** `mailshield user disable`: no more logins, every session ended. Rows stay for the audit. */
export async function userDisable(db: Db, name: string): Promise<string> {
  const user = await findUserByName(db, name);
  if (!user) throw configError(`no user "${name}"`);
  await updateUser(db, user.id, { disabled: 1 });
  await destroyUserSessions(db, user.id);
  await writeAudit(db, cliActor(), 'user-disable', null, name);
  return `user ${name} disabled`;
}
