import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { addDays } from '../../dates.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import {
  coupleRows,
  feedByTokenHash,
  ownFeed,
  type PartnerViewer,
  visibleRows,
} from '../../storage/scope.ts';
import type { Database, RitualRow } from '../../storage/tables.ts';
import { insertEntry } from '../log/store.ts';
import { DEFAULT_RITUALS } from './rules.ts';

/** The couple's rituals, the built-in ones first (every couple has them from its start). */
export async function listRituals(db: Kysely<Database>, viewer: PartnerViewer): Promise<RitualRow[]> {
  return visibleRows(db, viewer, 'rituals').selectAll().orderBy('created_at').orderBy('id').execute();
}

/** Gives a new couple the built-in rituals, in the transaction that creates it. */
export async function insertDefaultRituals(trx: Kysely<Database>, coupleId: string, now = Date.now()) {
  await trx
    .insertInto('rituals')
    .values(
      DEFAULT_RITUALS.map((r, i) => ({
        couple_id: coupleId,
        id: newId(now + i),
        ...r,
        active: 1,
        created_by: null,
        created_at: nowIso(now),
      })),
    )
    .execute();
}

export async function findRitual(db: Kysely<Database>, viewer: PartnerViewer, id: string) {
  return visibleRows(db, viewer, 'rituals').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRitual(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  r: Pick<RitualRow, 'title' | 'prompt' | 'cadence' | 'time' | 'weekday' | 'day_of_month'>,
): Promise<RitualRow> {
  const id = newId();
  const row: RitualRow = {
    couple_id: viewer.couple.id,
    id,
    key: id,
    ...r,
    active: 1,
    created_by: viewer.userId,
    created_at: nowIso(),
  };
  await db.insertInto('rituals').values(row).execute();
  return row;
}

export async function updateRitual(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  patch: Partial<
    Pick<RitualRow, 'title' | 'prompt' | 'cadence' | 'time' | 'weekday' | 'day_of_month' | 'active'>
  >,
): Promise<void> {
  await db
    .updateTable('rituals')
    .set(patch)
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .execute();
}

/** Completions from `from` on, for the list's "done" marks and counts. */
export async function listCompletions(db: Kysely<Database>, viewer: PartnerViewer, from: string, to: string) {
  return visibleRows(db, viewer, 'ritual_completions')
    .select(['ritual_id', 'author_id', 'date'])
    .where('date', '>=', from)
    .where('date', '<=', to)
    .execute();
}

/**
 * Records that the viewer did a ritual on a day (once per day: a repeat changes nothing). With an
 * appreciation, the log entry and the completion commit together.
 */
export async function completeRitual(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  ritualId: string,
  date: string,
  appreciation: string | undefined,
): Promise<{ logEntryId: string | null }> {
  return db.transaction().execute(async (trx) => {
    let logEntryId: string | null = null;
    if (appreciation) {
      const entry = await insertEntry(trx, viewer, {
        kind: 'appreciation',
        date,
        text: appreciation,
        domains: [],
        intensity: null,
        visibility: 'shared',
        repairOf: null,
        promiseDue: null,
      });
      logEntryId = entry.id;
    }
    await trx
      .insertInto('ritual_completions')
      .values({
        couple_id: viewer.couple.id,
        id: newId(),
        ritual_id: ritualId,
        author_id: viewer.userId,
        date,
        created_at: nowIso(),
      })
      .onConflict((oc) => oc.columns(['couple_id', 'ritual_id', 'author_id', 'date']).doNothing())
      .execute();
    return { logEntryId };
  });
}

export const hashFeedToken = (token: string) => createHash('sha256').update(token).digest('hex');

/** A new feed token for the viewer; the previous one (if any) stops working at once. */
export async function regenerateFeed(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): Promise<{ token: string; createdAt: string }> {
  const token = randomBytes(36).toString('base64url'); // 48 characters, 288 random bits
  const createdAt = nowIso();
  await db.transaction().execute(async (trx) => {
    await trx
      .deleteFrom('ritual_feeds')
      .where('couple_id', '=', viewer.couple.id)
      .where('user_id', '=', viewer.userId)
      .execute();
    await trx
      .insertInto('ritual_feeds')
      .values({
        couple_id: viewer.couple.id,
        user_id: viewer.userId,
        token_hash: hashFeedToken(token),
        created_at: createdAt,
      })
      .execute();
  });
  return { token, createdAt };
}

export async function findFeed(db: Kysely<Database>, viewer: PartnerViewer) {
  return ownFeed(db, viewer);
}

export async function revokeFeed(db: Kysely<Database>, viewer: PartnerViewer): Promise<void> {
  await db
    .deleteFrom('ritual_feeds')
    .where('couple_id', '=', viewer.couple.id)
    .where('user_id', '=', viewer.userId)
    .execute();
}

/** The feed behind a token: whose it is and their time zone, or undefined for a dead token. */
export async function findFeedByToken(db: Kysely<Database>, token: string) {
  return feedByTokenHash(db, hashFeedToken(token));
}

/** Active rituals of a couple, for a feed (no viewer: the token stands for one partner). */
export async function activeRitualsOf(db: Kysely<Database>, coupleId: string) {
  return coupleRows(db, coupleId, 'rituals')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('created_at')
    .execute();
}

export const last30 = (today: string) => addDays(today, -29);
