import { type Kysely, type RawBuilder, sql } from 'kysely';
import type { Database } from './tables.ts';

/*
 * Counters for rate limits, kept in the database so that several app servers count together.
 * One atomic upsert per hit; a window restarts once it is older than its length.
 */

/** No limit counts over a longer window, so housekeeping may remove rows older than this. */
export const LONGEST_WINDOW_MS = 24 * 60 * 60_000;

function checkWindow(windowMs: number): void {
  if (windowMs > LONGEST_WINDOW_MS)
    throw new Error(`A rate-limit window may be at most ${LONGEST_WINDOW_MS} ms.`);
}

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
  checkWindow(windowMs);
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

export async function clearHits(db: Kysely<Database>, key: string): Promise<void> {
  await db.deleteFrom('rate_limits').where('key', '=', key).execute();
}

/** What may be reserved on a key: a cap on the count, and a block after the n-th attempt. */
export interface ReserveRule {
  windowMs: number;
  /** Attempts allowed in one window; omitted for no cap. */
  limit?: number;
  /** Seconds the next attempt must wait after the n-th (0 for none). Pure; assumed to level off. */
  waitAfter?: (n: number) => number;
}

/**
 * Reserves one attempt on `key`, atomically: refused while the key is blocked or at its limit,
 * otherwise counted at once — and blocked as if this attempt will fail, so the next one waits
 * before this one is even checked. A success then clears or releases the key. One statement per
 * step, so parallel attempts (from any number of app servers) are limited exactly like sequential
 * ones.
 *
 * @example
 * const n = await reserveHit(db, 'login-pair:…', { windowMs: 900_000, waitAfter: loginDelaySeconds });
 * // n: this attempt's number in the window, or null when refused
 */
export async function reserveHit(
  db: Kysely<Database>,
  key: string,
  rule: ReserveRule,
  now = Date.now(),
): Promise<number | null> {
  checkWindow(rule.windowMs);
  const nowIso = new Date(now).toISOString();
  const cutoff = new Date(now - rule.windowMs).toISOString();
  const blockAfter = (n: number) => {
    const s = rule.waitAfter?.(n) ?? 0;
    return s > 0 ? new Date(now + s * 1000).toISOString() : null;
  };
  // 1. A new key, or one whose window has passed, starts over with this attempt.
  const fresh = await db
    .insertInto('rate_limits')
    .values({ key, count: 1, window_start: nowIso, blocked_until: blockAfter(1) })
    .onConflict((oc) =>
      oc
        .column('key')
        .doUpdateSet({ count: 1, window_start: nowIso, blocked_until: blockAfter(1) })
        .where('rate_limits.window_start', '<', cutoff),
    )
    .returning('count')
    .executeTakeFirst();
  if (fresh) return 1;
  // 2. Otherwise count it, unless blocked or full; the block for the new count is set in the same statement.
  const counted = await db
    .updateTable('rate_limits')
    .set({
      count: sql`count + 1`,
      blocked_until: blockedUntilFor(sql`count + 1`, rule.waitAfter, blockAfter),
    })
    .where('key', '=', key)
    .where('window_start', '>=', cutoff)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<=', nowIso)]))
    .$if(rule.limit !== undefined, (q) => q.where('count', '<', rule.limit!))
    .returning('count')
    .executeTakeFirst();
  return counted ? Number(counted.count) : null;
}

/** Moves a key's block later (never earlier): a wait counts from when the attempt failed. */
export async function extendBlock(db: Kysely<Database>, key: string, until: Date): Promise<void> {
  const iso = until.toISOString();
  await db
    .updateTable('rate_limits')
    .set({ blocked_until: iso })
    .where('key', '=', key)
    .where((eb) => eb.or([eb('blocked_until', 'is', null), eb('blocked_until', '<', iso)]))
    .execute();
}

/**
 * `case <n> when 4 then '…' when 5 then '…' … else '…' end`: the block for each count, worked out
 * here from the pure rule and bound as parameters, so both dialects run the same statement.
 */
function blockedUntilFor(
  n: RawBuilder<unknown>,
  waitAfter: ((n: number) => number) | undefined,
  blockAfter: (n: number) => string | null,
) {
  if (!waitAfter) return null;
  const whens: RawBuilder<unknown>[] = [];
  let i = 1;
  // One branch per count until the wait levels off; the last wait covers every later count.
  for (; i < 64 && !(waitAfter(i) > 0 && waitAfter(i) === waitAfter(i + 1)); i++)
    whens.push(sql`when ${sql.lit(i)} then ${blockAfter(i)}`);
  if (whens.length === 0) return blockAfter(i);
  return sql<string | null>`case ${n} ${sql.join(whens, sql` `)} else ${blockAfter(i)} end`;
}

/** Gives back a reservation that turned out not to count (a successful login, say). */
export async function releaseHit(db: Kysely<Database>, key: string): Promise<void> {
  await db
    .updateTable('rate_limits')
    .set({ count: sql`count - 1` })
    .where('key', '=', key)
    .where('count', '>', 0)
    .execute();
}
