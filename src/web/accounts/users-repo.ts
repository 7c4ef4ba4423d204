import type { Db } from '../../store/db.js';

export type Role = 'admin' | 'officer';
export type Lang = 'vi' | 'en';

/** A web account as the app uses it. */
export interface User {
  id: number;
  name: string;
  role: Role;
  /** Agency codes an officer is scoped to; ignored for admins. */
  agencies: string[];
  lang: Lang;
  disabled: boolean;
  failedLogins: number;
  lockedUntil: number | null;
  passwordHash: string;
}

interface UserRowLike {
  id: number;
  name: string;
  role: string;
  agencies: string;
  lang: string;
  password_hash: string;
  disabled: number;
  failed_logins: number;
  locked_until: number | null;
}

function toUser(r: UserRowLike): User {
  return {
    id: r.id,
    name: r.name,
    role: r.role === 'admin' ? 'admin' : 'officer',
    agencies: JSON.parse(r.agencies) as string[],
    lang: r.lang === 'en' ? 'en' : 'vi',
    disabled: r.disabled !== 0,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until,
    passwordHash: r.password_hash,
  };
}

export const USER_NAME_RE = /^[a-z0-9][a-z0-9._-]{1,63}$/;

export async function findUserByName(db: Db, name: string): Promise<User | undefined> {
  const r = await db.selectFrom('users').selectAll().where('name', '=', name).executeTakeFirst();
  return r ? toUser(r) : undefined;
}

export async function findUserById(db: Db, id: number): Promise<User | undefined> {
  const r = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
  return r ? toUser(r) : undefined;
}

export async function insertUser(
  db: Db,
  u: { name: string; role: Role; agencies: string[]; lang: Lang; passwordHash: string },
): Promise<void> {
  const now = Date.now();
  await db
    .insertInto('users')
    .values({
      name: u.name,
      role: u.role,
      agencies: JSON.stringify(u.agencies),
      lang: u.lang,
      password_hash: u.passwordHash,
      disabled: 0,
      failed_logins: 0,
      locked_until: null,
      created_at: now,
      updated_at: now,
    })
    .execute();
}

export async function updateUser(
  db: Db,
  id: number,
  set: Partial<{
    password_hash: string;
    disabled: number;
    failed_logins: number;
    locked_until: number | null;
  }>,
): Promise<void> {
  await db
    .updateTable('users')
    .set({ ...set, updated_at: Date.now() })
    .where('id', '=', id)
    .execute();
}

/**
 * Counts one wrong password, in one statement (web nodes may count the same account at
 * once: a read-then-write would lose attempts and let a brute force run past the lockout).
 * The attempt that reaches `attempts` locks the account for `lockMs` and starts the count
 * again, once however many attempts reach it together.
 * @returns the failures counted with this one (before any reset).
 */
export async function countFailedLogin(
  db: Db,
  id: number,
  attempts: number,
  lockMs: number,
  now: number = Date.now(),
): Promise<number> {
  const row = await db
    .updateTable('users')
    .set((eb) => ({ failed_logins: eb('failed_logins', '+', 1), updated_at: now }))
    .where('id', '=', id)
    .returning('failed_logins')
    .executeTakeFirst();
  const failed = row?.failed_logins ?? 0;
  if (failed >= attempts) {
    await db
      .updateTable('users')
      .set({ failed_logins: 0, locked_until: now + lockMs, updated_at: now })
      .where('id', '=', id)
      .where('failed_logins', '>=', attempts)
      .execute();
  }
  return failed;
}
