import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { nowIso } from '../../storage/ids.ts';
import type { Database } from '../../storage/tables.ts';

/** How long a challenge waits for its answer. */
export const CHALLENGE_MS = 5 * 60_000;

export async function saveChallenge(
  db: Kysely<Database>,
  challenge: string,
  userId: string | null,
  now = Date.now(),
) {
  const id = randomBytes(18).toString('base64url');
  await db
    .deleteFrom('passkey_challenges')
    .where('created_at', '<', nowIso(now - CHALLENGE_MS))
    .execute();
  await db
    .insertInto('passkey_challenges')
    .values({ id, challenge, user_id: userId, created_at: nowIso(now) })
    .execute();
  return id;
}

/**
 * Uses a challenge up: returns it once, for the person it was made for (or for a sign-in), while
 * it is fresh; never again, so an answer cannot be replayed.
 */
export async function takeChallenge(
  db: Kysely<Database>,
  id: string,
  userId: string | null,
  now = Date.now(),
): Promise<string | null> {
  // Deleted and read in one statement: of two answers racing with one challenge, one gets it.
  const row = await db
    .deleteFrom('passkey_challenges')
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirst();
  if (!row) return null;
  if (row.user_id !== userId || row.created_at < nowIso(now - CHALLENGE_MS)) return null;
  return row.challenge;
}

export function passkeysOf(db: Kysely<Database>, userId: string) {
  return db.selectFrom('passkeys').selectAll().where('user_id', '=', userId).orderBy('created_at').execute();
}

export function findPasskey(db: Kysely<Database>, id: string) {
  return db.selectFrom('passkeys').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertPasskey(
  db: Kysely<Database>,
  p: { id: string; userId: string; publicKey: string; counter: number; transports: string[]; name: string },
) {
  const row = {
    id: p.id,
    user_id: p.userId,
    public_key: p.publicKey,
    counter: p.counter,
    transports: JSON.stringify(p.transports),
    name: p.name,
    created_at: nowIso(),
    last_used_at: null,
  };
  await db.insertInto('passkeys').values(row).execute();
  return row;
}

export async function markUsed(db: Kysely<Database>, id: string, counter: number) {
  await db.updateTable('passkeys').set({ counter, last_used_at: nowIso() }).where('id', '=', id).execute();
}

/** Removes one of the person's passkeys; false when they have none by that id. */
export async function deletePasskey(db: Kysely<Database>, userId: string, id: string): Promise<boolean> {
  const r = await db
    .deleteFrom('passkeys')
    .where('user_id', '=', userId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}
