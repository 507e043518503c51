import type { Kysely, SelectQueryBuilder } from 'kysely';
import type { Database } from '../tables.ts';
import type { PartnerViewer } from '../viewer.ts';
import { coupleRows, visibleRows, wholeCouple } from './rules.ts';

/** The log rows this viewer may see: their couple's, not deleted, shared or their own. */
export function visibleLog(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'log', object> {
  return visibleRows(db, viewer, 'log');
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
  return visibleRows(db, viewer, 'checkins');
}

/** The CSI-4 results this viewer may see: their own, and the partner's shared ones. */
export function visibleCsi4(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'csi4', object> {
  return visibleRows(db, viewer, 'csi4');
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
  return visibleRows(db, viewer, 'habits');
}

/** The reward-audit items this viewer may see: their couple's shared ones and their own. */
export function visibleRewardAudit(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): SelectQueryBuilder<Database, 'reward_audit', object> {
  return visibleRows(db, viewer, 'reward_audit');
}

/**
 * The SRBAI answers behind the automaticity both partners see: a one-owner habit's owner's, and
 * the viewer's own on a shared habit. Anyone else's answers stay theirs.
 */
export function habitAnswersForStrength(db: Kysely<Database>, viewer: PartnerViewer, habitId?: string) {
  let q = wholeCouple(db, viewer.couple.id, 'habit_srbai')
    .innerJoin('habits', (j) =>
      j
        .onRef('habits.couple_id', '=', 'habit_srbai.couple_id')
        .onRef('habits.id', '=', 'habit_srbai.habit_id'),
    )
    .select([
      'habit_srbai.habit_id',
      'habit_srbai.user_id',
      'habit_srbai.date',
      'habit_srbai.items',
      'habit_srbai.automaticity',
    ])
    .where((eb) =>
      eb.or([
        eb.and([eb('habits.owner', '=', 'both'), eb('habit_srbai.user_id', '=', viewer.userId)]),
        eb.and([eb('habits.owner', '!=', 'both'), eb('habit_srbai.user_id', '=', eb.ref('habits.owner'))]),
      ]),
    );
  if (habitId) q = q.where('habit_srbai.habit_id', '=', habitId);
  return q.orderBy('habit_srbai.date').execute();
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
  return coupleRows(db, viewer.couple.id, 'experiments');
}

/**
 * Every adherence tap of the couple's experiments, both partners'. Only for presenting an
 * experiment, which shows taps and results to a partner only when `mayKnowPhase` allows.
 */
export function experimentTaps(db: Kysely<Database>, viewer: PartnerViewer) {
  return wholeCouple(db, viewer.couple.id, 'experiment_adherence');
}

/** Every phase guess of the couple's experiments; presenting shows them as `mayKnowPhase` allows. */
export function experimentGuesses(db: Kysely<Database>, viewer: PartnerViewer) {
  return wholeCouple(db, viewer.couple.id, 'experiment_guesses');
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

/**
 * Every rating of the couple's tries. Only for presenting exploration, which shows a partner's
 * rating of a try once both have rated it (so neither answer leans on the other).
 */
export function explorationRatings(db: Kysely<Database>, viewer: PartnerViewer) {
  return wholeCouple(db, viewer.couple.id, 'exploration_ratings');
}

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
  return visibleRows(db, viewer, 'alignment_answers');
}

/** The one thing known of a sealed answer: who submitted in which round (never a draft). */
export function submittedAlignmentAnswers(db: Kysely<Database>, viewer: PartnerViewer) {
  return db
    .selectFrom('alignment_answers')
    .select(['alignment_answers.round_id', 'alignment_answers.author_id'])
    .where('alignment_answers.couple_id', '=', viewer.couple.id)
    .where('alignment_answers.submitted_at', 'is not', null);
}
