import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Db } from '../../store/db.js';

export interface SessionTimes {
  idleMs: number;
  maxMs: number;
}

export interface Session {
  idHash: string;
  userId: number;
  csrf: string;
  createdAt: number;
  lastSeenAt: number;
}

/** Only the SHA-256 of the cookie value is stored: a copy of the database opens no session. */
export function hashSessionId(id: string): string {
  return createHash('sha256').update(id).digest('hex');
}

/** Creates a session; returns the cookie value (32 random bytes, base64url) and its CSRF token. */
export async function createSession(
  db: Db,
  userId: number,
  address: string,
): Promise<{ cookie: string; csrf: string }> {
  const cookie = randomBytes(32).toString('base64url');
  const csrf = randomBytes(32).toString('base64url');
  const now = Date.now();
  await db
    .insertInto('sessions')
    .values({
      id_hash: hashSessionId(cookie),
      user_id: userId,
      csrf,
      created_at: now,
      last_seen_at: now,
      address,
    })
    .execute();
  return { cookie, csrf };
}

/** The live session of a cookie value, touched; expired ones are removed and give undefined. */
export async function lookupSession(
  db: Db,
  cookie: string,
  times: SessionTimes,
  now: number = Date.now(),
): Promise<Session | undefined> {
  const idHash = hashSessionId(cookie);
  const row = await db
    .selectFrom('sessions')
    .selectAll()
    .where('id_hash', '=', idHash)
    .executeTakeFirst();
  if (!row) return undefined;
  if (now - row.last_seen_at > times.idleMs || now - row.created_at > times.maxMs) {
    await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
    return undefined;
  }
  await db
    .updateTable('sessions')
    .set({ last_seen_at: now })
    .where('id_hash', '=', idHash)
    // Requests of one session on two web nodes: the later time stays.
    .where('last_seen_at', '<', now)
    .execute();
  return {
    idHash,
    userId: row.user_id,
    csrf: row.csrf,
    createdAt: row.created_at,
    lastSeenAt: now,
  };
}

export async function destroySession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
}

/** Ends every session of a user (password change, account disabled). */
export async function destroyUserSessions(db: Db, userId: number): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Drops sessions past either expiry; run now and then. */
export async function pruneSessions(db: Db, times: SessionTimes, now = Date.now()): Promise<void> {
  await db
    .deleteFrom('sessions')
    .where((eb) =>
      eb.or([
        eb('last_seen_at', '<', now - times.idleMs),
        eb('created_at', '<', now - times.maxMs),
      ]),
    )
    .execute();
}

export function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}
