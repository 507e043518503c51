import type { Kysely } from 'kysely';
import { AppError } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import {
  coupleRows,
  type PartnerViewer,
  submittedAlignmentAnswers,
  visibleAlignmentAnswers,
} from '../../storage/scope.ts';
import type { AlignmentAnswerRow, AlignmentRoundRow, Database, MetricRow } from '../../storage/tables.ts';
import { insertMetric } from '../checkins/store.ts';
import { type Answer, checkComplete, EMPTY_ANSWER } from './rules.ts';

/** The couple's rounds, newest quarter first. */
export async function listRounds(db: Kysely<Database>, viewer: PartnerViewer): Promise<AlignmentRoundRow[]> {
  return coupleRows(db, viewer.couple.id, 'alignment_rounds')
    .selectAll()
    .orderBy('quarter', 'desc')
    .execute();
}

export async function findRound(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
): Promise<AlignmentRoundRow | undefined> {
  return coupleRows(db, viewer.couple.id, 'alignment_rounds')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
}

/** Opens the round of a quarter; a second round for the same quarter is a 409. */
export async function insertRound(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  quarter: string,
): Promise<AlignmentRoundRow> {
  const row: AlignmentRoundRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    quarter,
    opened_by: viewer.userId,
    opened_at: nowIso(),
    revealed_at: null,
  };
  const r = await db
    .insertInto('alignment_rounds')
    .values(row)
    .onConflict((oc) => oc.columns(['couple_id', 'quarter']).doNothing())
    .executeTakeFirst();
  if (Number(r.numInsertedOrUpdatedRows ?? 0) === 0) throw roundExists(quarter);
  return row;
}

export const roundExists = (quarter: string) =>
  new AppError('conflict', `There is already a round for ${quarter}.`, 'quarter').saying(
    phrase('refuse.roundExists', { quarter }),
  );

/** The answers the viewer may see, by round: their own always, the partner's once revealed. */
export async function listVisibleAnswers(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  roundIds?: readonly string[],
): Promise<AlignmentAnswerRow[]> {
  let q = visibleAlignmentAnswers(db, viewer).selectAll();
  if (roundIds) {
    if (roundIds.length === 0) return [];
    q = q.where('alignment_answers.round_id', 'in', roundIds);
  }
  return q.orderBy('alignment_answers.round_id').orderBy('alignment_answers.author_id').execute();
}

/** Who submitted in which round: the only thing known of a sealed answer. */
export async function listSubmissions(
  db: Kysely<Database>,
  viewer: PartnerViewer,
): Promise<{ round_id: string; author_id: string }[]> {
  return submittedAlignmentAnswers(db, viewer).execute();
}

export function answerOf(r: AlignmentAnswerRow): Answer {
  return {
    optimizingFor: r.optimizing_for,
    successMeans: r.success_means,
    rewardsSought: r.rewards_sought,
    rewards: JSON.parse(r.rewards) as string[],
    harmonyAuthenticity: num(r.harmony_authenticity),
    independenceConnection: num(r.independence_connection),
    growthStability: num(r.growth_stability),
    familyCareer: num(r.family_career),
    domains: JSON.parse(r.domains) as string[],
  };
}
const num = (v: number | null) => (v === null ? null : Number(v));

function columnsOf(a: Answer) {
  return {
    optimizing_for: a.optimizingFor,
    success_means: a.successMeans,
    rewards_sought: a.rewardsSought,
    rewards: JSON.stringify(a.rewards),
    harmony_authenticity: a.harmonyAuthenticity,
    independence_connection: a.independenceConnection,
    growth_stability: a.growthStability,
    family_career: a.familyCareer,
    domains: JSON.stringify(a.domains),
  };
}

async function findOwnAnswer(db: Kysely<Database>, viewer: PartnerViewer, roundId: string) {
  return visibleAlignmentAnswers(db, viewer)
    .selectAll()
    .where('alignment_answers.round_id', '=', roundId)
    .where('alignment_answers.author_id', '=', viewer.userId)
    .executeTakeFirst();
}

/**
 * Takes the round's row lock (PostgreSQL) before reading answers, so that a draft save and two
 * submissions racing each other run one after the other. SQLite runs one write transaction at
 * a time anyway. The update changes nothing.
 */
async function lockRound(trx: Kysely<Database>, viewer: PartnerViewer, roundId: string): Promise<void> {
  await trx
    .updateTable('alignment_rounds')
    .set((eb) => ({ revealed_at: eb.ref('revealed_at') }))
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', roundId)
    .execute();
}

/** Applies edits to the viewer's draft (creating it on the first edit). A submitted answer is final. */
export async function saveDraft(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  roundId: string,
  edits: Partial<Answer>,
): Promise<Answer> {
  return db.transaction().execute(async (trx) => {
    await lockRound(trx, viewer, roundId);
    const own = await findOwnAnswer(trx, viewer, roundId);
    if (own?.submitted_at)
      throw new AppError(
        'conflict',
        'You have submitted your answer for this round; it stays as you sent it.',
      ).saying(phrase('refuse.roundSubmitted'));
    const next: Answer = { ...(own ? answerOf(own) : EMPTY_ANSWER), ...edits };
    const now = nowIso();
    if (own) {
      await trx
        .updateTable('alignment_answers')
        .set({ ...columnsOf(next), updated_at: now })
        .where('couple_id', '=', viewer.couple.id)
        .where('round_id', '=', roundId)
        .where('author_id', '=', viewer.userId)
        .execute();
    } else {
      await trx
        .insertInto('alignment_answers')
        .values({
          couple_id: viewer.couple.id,
          round_id: roundId,
          author_id: viewer.userId,
          ...columnsOf(next),
          visibility: 'sealed',
          submitted_at: null,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
    return next;
  });
}

/**
 * Submits the viewer's answer. When this is the second partner's submission, the same transaction
 * reveals the round: both answers turn 'shared' together, so nobody ever sees one without the other.
 */
export async function submitAnswer(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  roundId: string,
): Promise<{ revealed: boolean }> {
  return db.transaction().execute(async (trx) => {
    await lockRound(trx, viewer, roundId);
    const own = await findOwnAnswer(trx, viewer, roundId);
    if (own?.submitted_at)
      throw new AppError('conflict', 'You have submitted your answer for this round already.').saying(
        phrase('refuse.roundSubmitted'),
      );
    checkComplete(own ? answerOf(own) : EMPTY_ANSWER);
    const now = nowIso();
    await trx
      .updateTable('alignment_answers')
      .set({ submitted_at: now, updated_at: now })
      .where('couple_id', '=', viewer.couple.id)
      .where('round_id', '=', roundId)
      .where('author_id', '=', viewer.userId)
      .execute();
    const [submitted, partners] = await Promise.all([
      submittedAlignmentAnswers(trx, viewer).where('alignment_answers.round_id', '=', roundId).execute(),
      coupleRows(trx, viewer.couple.id, 'members').select('user_id').where('role', '=', 'partner').execute(),
    ]);
    const done = new Set(submitted.map((s) => s.author_id));
    const revealed = partners.length === 2 && partners.every((p) => done.has(p.user_id));
    if (revealed) {
      await trx
        .updateTable('alignment_answers')
        .set({ visibility: 'shared' })
        .where('couple_id', '=', viewer.couple.id)
        .where('round_id', '=', roundId)
        .execute();
      await trx
        .updateTable('alignment_rounds')
        .set({ revealed_at: now })
        .where('couple_id', '=', viewer.couple.id)
        .where('id', '=', roundId)
        .execute();
    }
    return { revealed };
  });
}

/** Defines a check-in metric from a round's reveal: the check-ins' own proposal, linked to the round. */
export async function insertRoundMetric(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  roundId: string,
  m: Parameters<typeof insertMetric>[2],
): Promise<MetricRow> {
  return db.transaction().execute(async (trx) => {
    const row = await insertMetric(trx, viewer, m);
    await trx
      .insertInto('alignment_metrics')
      .values({
        couple_id: viewer.couple.id,
        round_id: roundId,
        metric_id: row.id,
        created_at: row.proposed_at,
      })
      .execute();
    return row;
  });
}

/** The check-in metrics defined from a round's reveal, oldest first. */
export async function listRoundMetrics(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  roundId: string,
): Promise<MetricRow[]> {
  const inRound = coupleRows(db, viewer.couple.id, 'alignment_metrics')
    .select('alignment_metrics.metric_id')
    .where('alignment_metrics.round_id', '=', roundId);
  return coupleRows(db, viewer.couple.id, 'metrics')
    .selectAll()
    .where('metrics.id', 'in', inRound)
    .orderBy('metrics.proposed_at')
    .orderBy('metrics.id')
    .execute();
}

/**
 * Whether a quarterly ritual is active: it is what offers a round each quarter. A couple whose
 * rituals were never listed has the built-in ones, quarterly celebration among them.
 */
export async function quarterlyRitualActive(db: Kysely<Database>, viewer: PartnerViewer): Promise<boolean> {
  const rows = await coupleRows(db, viewer.couple.id, 'rituals').select(['cadence', 'active']).execute();
  return rows.length === 0 || rows.some((r) => r.cadence === 'quarterly' && Number(r.active) === 1);
}
