import { type Kysely, sql } from 'kysely';
import type { Database } from './tables.ts';

/*
 * Counters for rate limits, kept in the database so that several app servers count together.
 * One atomic upsert per hit; a window restarts once it is older than its length.
 */

export interface Hit {
  count: number;
  /** Set while the key is blocked: the instant it may try again. */
  blockedUntil: Date | null;
}

/** Counts one hit on `key` within a window of `windowMs` and returns the count so far. */
export async function countHit(
  db: Kysely<Database>,
  key: string,
  windowMs: number,
  now = Date.now(),
): Promise<Hit> {
  const nowIso = new Date(now).toISOString();
  const cutoff = new Date(now - windowMs).toISOString();
  const row = await db
    .insertInto('rate_limits')
    .values({ key, count: 1, window_start: nowIso, blocked_until: null })
    .onConflict((oc) =>
      oc.column('key').doUpdateSet({
        count: sql`case when rate_limits.window_start < ${cutoff} then 1 else rate_limits.count + 1 end`,
        window_start: sql`case when rate_limits.window_start < ${cutoff} then ${nowIso} else rate_limits.window_start end`,
        blocked_until: sql`case when rate_limits.window_start < ${cutoff} then null else rate_limits.blocked_until end`,
      }),
    )
    .returning(['count', 'blocked_until'])
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), blockedUntil: row.blocked_until ? new Date(row.blocked_until) : null };
}

/** The key's current state without counting a hit. */
export async function peekHits(
  db: Kysely<Database>,
  key: string,
  windowMs: number,
  now = Date.now(),
): Promise<Hit> {
  const row = await db
    .selectFrom('rate_limits')
    .select(['count', 'window_start', 'blocked_until'])
    .where('key', '=', key)
    .executeTakeFirst();
  if (!row || Date.parse(row.window_start) < now - windowMs) return { count: 0, blockedUntil: null };
  const blockedUntil =
    row.blocked_until && Date.parse(row.blocked_until) > now ? new Date(row.blocked_until) : null;
  return { count: Number(row.count), blockedUntil };
}

export async function blockKey(db: Kysely<Database>, key: string, until: Date): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set({ blocked_until: until.toISOString() })
    .where('key', '=', key)
    .execute();
}

export async function clearHits(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}
