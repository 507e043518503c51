import type { Kysely } from 'kysely';
import { newId, nowIso } from '../../storage/ids.ts';
import { type PartnerViewer, visibleRows } from '../../storage/scope.ts';
import type { Database, InsightFailureRow, ReflectionRow } from '../../storage/tables.ts';

/** Failure analyses this viewer may see: their own and the partner's shared ones. */
export async function listFailures(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): Promise<InsightFailureRow[]> {
  return visibleRows(db, viewer, 'insight_failures').selectAll().orderBy('created_at').execute();
}

export interface FailureInput {
  subject_kind: 'habit' | 'experiment';
  subject_id: string;
  cue: InsightFailureRow['cue'];
  reward: InsightFailureRow['reward'];
  size: InsightFailureRow['size'];
  timing: InsightFailureRow['timing'];
  partner_response: InsightFailureRow['partner_response'];
  note: string | null;
  visibility: 'shared' | 'private';
}

/** Saves the viewer's analysis of an abandoned change; answering again replaces their earlier one. */
export async function saveFailure(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  f: FailureInput,
): Promise<InsightFailureRow> {
  const now = nowIso();
  const { subject_kind, subject_id, ...answers } = f;
  return db
    .insertInto('insight_failures')
    .values({
      couple_id: viewer.couple.id,
      id: newId(),
      author_id: viewer.userId,
      subject_kind,
      subject_id,
      ...answers,
      created_at: now,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc
        .columns(['couple_id', 'subject_kind', 'subject_id', 'author_id'])
        .doUpdateSet({ ...answers, updated_at: now }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}

/** Reflections this viewer may see, newest first. */
export async function listReflections(db: Kysely<Database>, viewer: PartnerViewer): Promise<ReflectionRow[]> {
  return visibleRows(db, viewer, 'reflections')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(200)
    .execute();
}

export async function insertReflection(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  r: { question: number; answer: string; visibility: 'shared' | 'private' },
): Promise<ReflectionRow> {
  return db
    .insertInto('reflections')
    .values({
      couple_id: viewer.couple.id,
      id: newId(),
      author_id: viewer.userId,
      ...r,
      created_at: nowIso(),
    })
    .returningAll()
    .executeTakeFirstOrThrow();
}
