import type { Kysely } from 'kysely';
import { newId, nowIso } from '../../storage/ids.ts';
import { coupleRows, explorationRatings, type PartnerViewer } from '../../storage/scope.ts';
import type {
  Database,
  ExplorationDrawRow,
  ExplorationIdeaRow,
  ExplorationRatingRow,
  ExplorationTryRow,
} from '../../storage/tables.ts';

// Ideas, draws and tries are the couple's shared structure (`couple_id = viewer.couple.id`).
// Ratings are read whole here; `present.ts` shows a partner's rating only once both rated.

export async function listIdeas(db: Kysely<Database>, viewer: PartnerViewer): Promise<ExplorationIdeaRow[]> {
  return coupleRows(db, viewer.couple.id, 'exploration_ideas')
    .selectAll()
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

export async function insertIdea(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  idea: { domain: string; text: string },
): Promise<ExplorationIdeaRow> {
  const row: ExplorationIdeaRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    domain: idea.domain,
    text: idea.text,
    source: 'own',
    created_by: viewer.userId,
    created_at: nowIso(),
  };
  await db.insertInto('exploration_ideas').values(row).execute();
  return row;
}

export async function listTries(db: Kysely<Database>, viewer: PartnerViewer): Promise<ExplorationTryRow[]> {
  return coupleRows(db, viewer.couple.id, 'exploration_tries')
    .selectAll()
    .orderBy('started_on', 'desc')
    .orderBy('id', 'desc')
    .execute();
}

export async function findTry(db: Kysely<Database>, viewer: PartnerViewer, id: string) {
  return coupleRows(db, viewer.couple.id, 'exploration_tries')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function insertTry(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  t: Omit<ExplorationTryRow, 'couple_id' | 'id' | 'ended_on' | 'outcome' | 'created_by' | 'created_at'>,
): Promise<ExplorationTryRow> {
  const row: ExplorationTryRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    ...t,
    ended_on: null,
    outcome: null,
    created_by: viewer.userId,
    created_at: nowIso(),
  };
  await db.insertInto('exploration_tries').values(row).execute();
  return row;
}

/** Ends a running try; false when it had already ended (nothing changed). */
export async function endTry(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  outcome: 'keep' | 'return',
  on: string,
): Promise<boolean> {
  const r = await db
    .updateTable('exploration_tries')
    .set({ outcome, ended_on: on })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .where('ended_on', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) > 0;
}

export async function listRatings(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): Promise<ExplorationRatingRow[]> {
  return explorationRatings(db, viewer).selectAll().orderBy('try_id').orderBy('user_id').execute();
}

export async function upsertRating(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  tryId: string,
  rating: number,
): Promise<void> {
  await db
    .insertInto('exploration_ratings')
    .values({
      couple_id: viewer.couple.id,
      try_id: tryId,
      user_id: viewer.userId,
      rating,
      created_at: nowIso(),
    })
    .onConflict((oc) => oc.columns(['couple_id', 'try_id', 'user_id']).doUpdateSet({ rating }))
    .execute();
}

export async function insertDraw(db: Kysely<Database>, row: ExplorationDrawRow): Promise<void> {
  await db.insertInto('exploration_draws').values(row).execute();
}

export async function listDraws(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  limit = 5,
): Promise<ExplorationDrawRow[]> {
  return coupleRows(db, viewer.couple.id, 'exploration_draws')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute();
}

export async function findDraw(db: Kysely<Database>, viewer: PartnerViewer, id: string) {
  return coupleRows(db, viewer.couple.id, 'exploration_draws')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}
