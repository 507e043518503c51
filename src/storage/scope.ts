import type { ExpressionBuilder, Kysely, SelectQueryBuilder } from 'kysely';
import { AppError } from '../server/errors.ts';
import type { Database, LogRow } from './tables.ts';

/**
 * attune's access rules, in one place. Every area reads couple data through these functions,
 * so "which rows may this person see" is decided here and nowhere else.
 *
 * - A couple's rows are seen only by that couple's members.
 * - A private row is seen by its author only: not the partner, not a coach, in no view, export
 *   or statistic computed for anyone else.
 * - Only the author edits or deletes an entry; either partner may mark a shared promise kept or
 *   broken (the partner it was made to is usually the one who knows).
 */

/** Who is asking: resolved from the session cookie on every request. */
export interface Viewer {
  userId: string;
  email: string;
  sessionId: string;
  /** The couple this person is a partner in, if any. */
  couple: { id: string; role: 'partner' | 'coach'; displayName: string; timeZone: string } | null;
}

/** A viewer who is a partner of a couple: what every couple route needs. */
export interface PartnerViewer extends Viewer {
  couple: NonNullable<Viewer['couple']> & { role: 'partner' };
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError('unauthenticated', 'Please log in.');
  return viewer;
}

export function requirePartner(viewer: Viewer | null): PartnerViewer {
  const v = requireViewer(viewer);
  if (v.couple?.role !== 'partner') {
    throw new AppError('no_couple', 'Create your couple space or join your partner’s first.');
  }
  return v as PartnerViewer;
}

/** The log rows this viewer may see: their couple's, not deleted, shared or their own. */
export function visibleLog(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'log', object> {
  return db
    .selectFrom('log')
    .where('log.couple_id', '=', viewer.couple.id)
    .where('log.deleted_at', 'is', null)
    .where((eb: ExpressionBuilder<Database, 'log'>) =>
      eb.or([eb('log.visibility', '=', 'shared'), eb('log.author_id', '=', viewer.userId)]),
    );
}

export function canSeeLogEntry(
  viewer: PartnerViewer,
  row: Pick<LogRow, 'couple_id' | 'author_id' | 'visibility'>,
): boolean {
  return (
    row.couple_id === viewer.couple.id && (row.visibility === 'shared' || row.author_id === viewer.userId)
  );
}

export function canEditLogEntry(
  viewer: PartnerViewer,
  row: Pick<LogRow, 'couple_id' | 'author_id'>,
): boolean {
  return row.couple_id === viewer.couple.id && row.author_id === viewer.userId;
}

export function canMarkPromise(
  viewer: PartnerViewer,
  row: Pick<LogRow, 'couple_id' | 'author_id' | 'visibility' | 'kind'>,
): boolean {
  return row.kind === 'promise' && canSeeLogEntry(viewer, row);
}

/*
 * Check-ins (issue 6). A partner's check-in numbers are seen by the partner only when shared;
 * the note has its own visibility and is private by default. A CSI-4 result reaches the partner
 * only when its author shared it. Statistics for a viewer are computed from these queries only.
 */

/** The check-in rows this viewer may see: their own, and the partner's shared ones. */
export function visibleCheckins(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'checkins', object> {
  return db
    .selectFrom('checkins')
    .where('checkins.couple_id', '=', viewer.couple.id)
    .where((eb: ExpressionBuilder<Database, 'checkins'>) =>
      eb.or([eb('checkins.visibility', '=', 'shared'), eb('checkins.author_id', '=', viewer.userId)]),
    );
}

/** Whether the viewer may read a check-in's note (a separate choice from its numbers). */
export function canSeeCheckinNote(
  viewer: PartnerViewer,
  row: { couple_id: string; author_id: string; note_visibility: 'shared' | 'private' },
): boolean {
  return (
    row.couple_id === viewer.couple.id &&
    (row.author_id === viewer.userId || row.note_visibility === 'shared')
  );
}

/** The CSI-4 results this viewer may see: their own, and the partner's shared ones. */
export function visibleCsi4(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'csi4', object> {
  return db
    .selectFrom('csi4')
    .where('csi4.couple_id', '=', viewer.couple.id)
    .where((eb: ExpressionBuilder<Database, 'csi4'>) =>
      eb.or([eb('csi4.visibility', '=', 'shared'), eb('csi4.author_id', '=', viewer.userId)]),
    );
}

/** A proposed metric is accepted by the other partner: nobody accepts their own proposal. */
export function canAcceptMetric(
  viewer: PartnerViewer,
  row: { couple_id: string; proposed_by: string },
): boolean {
  return row.couple_id === viewer.couple.id && row.proposed_by !== viewer.userId;
}

/**
 * Rituals, their completions and metrics are the couple's shared structure: both partners see
 * and change them (queried with `couple_id = viewer.couple.id`). A calendar feed belongs to one
 * partner; its token grants that feed only.
 */

/*
 * Habits, the reward audit and pace (issue 7). Habits are the couple's shared structure: both
 * partners see every habit of their couple, its check-offs and its strength (the progress both
 * see). Only an owner (or either partner, for a habit owned by both) checks it off, edits it,
 * answers its SRBAI or changes its status; only the other partner answers a check-off with an
 * appreciation. A reward-audit item is private to its author unless shared.
 */

/** The habits of the viewer's couple. */
export function coupleHabits(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'habits', object> {
  return db.selectFrom('habits').where('habits.couple_id', '=', viewer.couple.id);
}

export function isHabitOwner(viewer: PartnerViewer, row: { couple_id: string; owner: string }): boolean {
  return row.couple_id === viewer.couple.id && (row.owner === 'both' || row.owner === viewer.userId);
}

/** The partner answers a check-off; nobody thanks themselves. */
export function canAppreciateCheckoff(
  viewer: PartnerViewer,
  row: { couple_id: string; by_user: string; kind: string },
): boolean {
  return row.couple_id === viewer.couple.id && row.kind === 'done' && row.by_user !== viewer.userId;
}

/** The reward-audit items this viewer may see: their couple's shared ones and their own. */
export function visibleRewardAudit(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'reward_audit', object> {
  return db
    .selectFrom('reward_audit')
    .where('reward_audit.couple_id', '=', viewer.couple.id)
    .where((eb: ExpressionBuilder<Database, 'reward_audit'>) =>
      eb.or([eb('reward_audit.visibility', '=', 'shared'), eb('reward_audit.author_id', '=', viewer.userId)]),
    );
}

/*
 * Experiments (issue 14) are the couple's shared structure: both partners see each experiment,
 * its design, rule and acceptances. Only a performer taps adherence; only the blinded partner
 * guesses phases. Blinding is a boundary like privacy: while an experiment runs, its blinded
 * partner gets nothing that reveals a day's phase — no schedule or seed, no today's phase, no
 * adherence taps (they only happen on B days), no results — in any view, export or feed.
 * Ratings enter an analysis only through `visibleCheckins` of the viewer it is computed for.
 */

export function coupleExperiments(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'experiments', object> {
  return db.selectFrom('experiments').where('experiments.couple_id', '=', viewer.couple.id);
}

/** Whether this person may know the experiment's phases today (everyone but a blinded partner mid-run). */
export function mayKnowPhase(
  userId: string,
  e: { blind_rater: string | null; status: string; end_date: string | null },
  today: string,
): boolean {
  const over = e.status === 'stopped' || (e.end_date !== null && today > e.end_date);
  return e.blind_rater !== userId || over;
}

export function isPerformer(viewer: PartnerViewer, e: { couple_id: string; performer: string }): boolean {
  return e.couple_id === viewer.couple.id && (e.performer === 'both' || e.performer === viewer.userId);
}

/*
 * Anchors and stress periods (issue 18) are the couple's shared structure: either partner names,
 * lowers, checks off or removes an anchor, and opens or closes a stress period (queried with
 * `couple_id = viewer.couple.id`). An anchor kept by log entries counts only the entries the
 * viewer may see (`visibleLog`), so a private entry keeps it for its author alone. Crisis mode is
 * the one place a partner changes the other's habits: it pauses every active habit of the couple
 * (a stress period is decided together, and a pause is undone when the period closes). A stress
 * period opens only from a shared life event, since its name becomes the period's.
 *
 * Exploration: ideas, draws and tries are shared; a partner's rating of a try is seen by the other
 * only once both have rated (so neither answer leans on the other).
 */

/*
 * Alignment (issue 17). An answer is sealed: until both partners have submitted, only its author
 * sees anything of it — the partner (or anyone else) learns one bit, submitted or not yet, and
 * not whether a draft exists, its content or its length. The second submission turns both
 * answers from 'sealed' to 'shared' in one transaction: both are revealed at once. Every read of
 * an answer goes through these two statements.
 */

/** The alignment answers this viewer may see: their own, and any answer already revealed. */
export function visibleAlignmentAnswers(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'alignment_answers', object> {
  return db
    .selectFrom('alignment_answers')
    .where('alignment_answers.couple_id', '=', viewer.couple.id)
    .where((eb: ExpressionBuilder<Database, 'alignment_answers'>) =>
      eb.or([
        eb('alignment_answers.visibility', '=', 'shared'),
        eb('alignment_answers.author_id', '=', viewer.userId),
      ]),
    );
}

/** The one thing known of a sealed answer: who submitted in which round (never a draft). */
export function submittedAlignmentAnswers(db: Kysely<Database>, viewer: PartnerViewer) {
  return db
    .selectFrom('alignment_answers')
    .select(['alignment_answers.round_id', 'alignment_answers.author_id'])
    .where('alignment_answers.couple_id', '=', viewer.couple.id)
    .where('alignment_answers.submitted_at', 'is not', null);
}
