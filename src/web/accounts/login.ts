import type { Db } from '../../store/db.js';
import { DUMMY_HASH_PROMISE, verifyPassword } from './password.js';
import { countFailedLogin, findUserByName, updateUser, type User } from './users-repo.js';

export interface LockoutPolicy {
  /** Wrong passwords in a row that lock the account. */
  attempts: number;
  lockMs: number;
}

export type LoginResult =
  | { ok: true; user: User }
  | { ok: false; reason: 'unknown' | 'disabled' | 'locked' | 'wrong'; user?: User };

/**
 * Checks a name and password. Every path costs one scrypt, so the answer time does not
 * tell whether a name exists; the caller shows one message for every failure. After
 * `attempts` wrong passwords in a row the account is locked for `lockMs`, during which
 * even the right password is refused (the attacker cannot tell a lock from a miss).
 */
export async function attemptLogin(
  db: Db,
  name: string,
  password: string,
  policy: LockoutPolicy,
  now: number = Date.now(),
): Promise<LoginResult> {
  const user = await findUserByName(db, name);
  const good = await verifyPassword(password, user?.passwordHash ?? (await DUMMY_HASH_PROMISE()));
  if (!user) return { ok: false, reason: 'unknown' };
  if (user.disabled) return { ok: false, reason: 'disabled', user };
  if (user.lockedUntil !== null && user.lockedUntil > now)
    return { ok: false, reason: 'locked', user };
  if (!good) {
    await countFailedLogin(db, user.id, policy.attempts, policy.lockMs, now);
    return { ok: false, reason: 'wrong', user };
  }
  if (user.failedLogins !== 0 || user.lockedUntil !== null) {
    await updateUser(db, user.id, { failed_logins: 0, locked_until: null });
  }
  return { ok: true, user };
}
