import type { Kysely } from 'kysely';
import { newId, nowIso } from '../../storage/ids.ts';
import {
  coupleExperiments,
  coupleRows,
  experimentGuesses,
  experimentTaps,
  type PartnerViewer,
  visibleCheckins,
} from '../../storage/scope.ts';
import type { CheckinRow, Database, ExperimentRow, ExperimentsTable } from '../../storage/tables.ts';

export type NewExperiment = Pick<
  ExperimentsTable,
  | 'title'
  | 'performer'
  | 'blind_rater'
  | 'metric'
  | 'better'
  | 'design'
  | 'phase_days'
  | 'min_phase'
  | 'randomized'
  | 'settling_days'
  | 'rule'
  | 'domain'
> & {
  secondary: string[];
  /** The first day the proposal asks for, or null for "the day after both accept". */
  proposedStart: string | null;
};

/** A proposal, already accepted by its proposer (who and when are recorded). */
export async function insertExperiment(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  e: NewExperiment,
): Promise<ExperimentRow> {
  const now = nowIso();
  const { proposedStart, ...fields } = e;
  const row: ExperimentRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    ...fields,
    secondary: JSON.stringify(e.secondary),
    status: 'proposed',
    proposed_by: viewer.userId,
    proposed_at: now,
    acceptances: JSON.stringify([{ userId: viewer.userId, at: now }]),
    locked_at: null,
    // Until the lock this is the proposed first day; the lock fixes the real one.
    start_date: proposedStart,
    end_date: null,
    seed: null,
    schedule: null,
    stopped_at: null,
    stopped_on: null,
    stopped_by: null,
    stop_reason: null,
    next_step: null,
    next_step_by: null,
    next_step_at: null,
    follow_up: null,
    created_at: now,
    updated_at: now,
  };
  await db.insertInto('experiments').values(row).execute();
  return row;
}

export async function listExperiments(db: Kysely<Database>, viewer: PartnerViewer): Promise<ExperimentRow[]> {
  return coupleExperiments(db, viewer)
    .selectAll()
    .orderBy('experiments.created_at', 'desc')
    .orderBy('experiments.id', 'desc')
    .execute();
}

export async function findExperiment(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
): Promise<ExperimentRow | undefined> {
  return coupleExperiments(db, viewer).selectAll().where('experiments.id', '=', id).executeTakeFirst();
}

/**
 * Changes an experiment, but only while it is still in the state the caller checked (`from`):
 * two partners racing (accept and withdraw, say) cannot both win. Returns whether it changed.
 */
export async function updateExperiment(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  from: { status: ExperimentRow['status']; updated_at: string },
  patch: Partial<Omit<ExperimentsTable, 'couple_id' | 'id'>>,
): Promise<boolean> {
  const r = await db
    .updateTable('experiments')
    .set({ ...patch, updated_at: nowIso() })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .where('status', '=', from.status)
    .where('updated_at', '=', from.updated_at)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

export async function saveAdherence(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  experimentId: string,
  a: { date: string; done: boolean; note: string | null },
): Promise<void> {
  const values = { done: a.done ? 1 : 0, note: a.note };
  await db
    .insertInto('experiment_adherence')
    .values({
      couple_id: viewer.couple.id,
      experiment_id: experimentId,
      user_id: viewer.userId,
      date: a.date,
      created_at: nowIso(),
      ...values,
    })
    .onConflict((oc) => oc.columns(['couple_id', 'experiment_id', 'user_id', 'date']).doUpdateSet(values))
    .execute();
}

export async function saveGuess(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  experimentId: string,
  g: { date: string; guess: 'A' | 'B' },
): Promise<void> {
  await db
    .insertInto('experiment_guesses')
    .values({
      couple_id: viewer.couple.id,
      experiment_id: experimentId,
      user_id: viewer.userId,
      date: g.date,
      guess: g.guess,
      created_at: nowIso(),
    })
    .onConflict((oc) =>
      oc.columns(['couple_id', 'experiment_id', 'user_id', 'date']).doUpdateSet({ guess: g.guess }),
    )
    .execute();
}

export type Rating = Pick<
  CheckinRow,
  'date' | 'author_id' | 'metrics' | 'satisfaction' | 'energy' | 'connection' | 'conflicts' | 'positives'
>;

/**
 * The check-ins this viewer may see (their own, the partner's shared ones) between two dates:
 * the only ratings any analysis or meter shown to this viewer is computed from.
 */
export async function listRatings(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  from: string,
  to: string,
): Promise<Rating[]> {
  return visibleCheckins(db, viewer)
    .select([
      'checkins.date',
      'checkins.author_id',
      'checkins.metrics',
      'checkins.satisfaction',
      'checkins.energy',
      'checkins.connection',
      'checkins.conflicts',
      'checkins.positives',
    ])
    .where('checkins.date', '>=', from)
    .where('checkins.date', '<=', to)
    .orderBy('checkins.date')
    .execute();
}

/** Every adherence tap and phase guess of the couple's experiments (presenting decides who sees what). */
export async function listTapsAndGuesses(db: Kysely<Database>, viewer: PartnerViewer) {
  const [adherence, guesses] = await Promise.all([
    experimentTaps(db, viewer)
      .selectAll()
      .orderBy('experiment_id')
      .orderBy('date')
      .orderBy('user_id')
      .execute(),
    experimentGuesses(db, viewer).selectAll().orderBy('experiment_id').orderBy('date').execute(),
  ]);
  return { adherence, guesses };
}

export async function listPartnerIds(db: Kysely<Database>, coupleId: string): Promise<string[]> {
  const rows = await coupleRows(db, coupleId, 'members')
    .select('user_id')
    .where('role', '=', 'partner')
    .orderBy('joined_at')
    .execute();
  return rows.map((r) => r.user_id);
}

/**
 * The running experiments of a couple for a calendar feed (no viewer: the token stands for one
 * partner). Only columns that say nothing about phases are read, so no feed can reveal one.
 */
export async function feedExperimentsOf(db: Kysely<Database>, coupleId: string) {
  return coupleRows(db, coupleId, 'experiments')
    .select(['id', 'title', 'start_date', 'end_date'])
    .where('status', '=', 'running')
    .orderBy('id')
    .execute();
}
