import type { Kysely } from 'kysely';
import { newId, nowIso } from '../../storage/ids.ts';
import { coupleExperiments, type PartnerViewer, visibleCheckins } from '../../storage/scope.ts';
import type {
  Database,
  ExperimentAdherenceRow,
  ExperimentGuessRow,
  ExperimentRow,
  ExperimentsTable,
} from '../../storage/tables.ts';
import { BUILT_IN_METRICS } from './rules.ts';

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
> & { secondary: string[] };

/** A proposal, already accepted by its proposer (who and when are recorded). */
export async function insertExperiment(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  e: NewExperiment,
): Promise<ExperimentRow> {
  const now = nowIso();
  const row: ExperimentRow = {
    couple_id: viewer.couple.id,
    id: newId(),
    ...e,
    secondary: JSON.stringify(e.secondary),
    status: 'proposed',
    proposed_by: viewer.userId,
    proposed_at: now,
    acceptances: JSON.stringify([{ userId: viewer.userId, at: now }]),
    locked_at: null,
    start_date: null,
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

/** The first day a proposal asks for; the lock turns it into the real start. */
export async function setProposedStart(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  id: string,
  date: string,
) {
  await db
    .updateTable('experiments')
    .set({ start_date: date })
    .where('couple_id', '=', viewer.couple.id)
    .where('id', '=', id)
    .where('status', '=', 'proposed')
    .execute();
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

export async function listAdherence(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  experimentId: string,
): Promise<ExperimentAdherenceRow[]> {
  return db
    .selectFrom('experiment_adherence')
    .selectAll()
    .where('couple_id', '=', viewer.couple.id)
    .where('experiment_id', '=', experimentId)
    .orderBy('date')
    .orderBy('user_id')
    .execute();
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

/** The viewer's own guesses (the only ones anyone is shown before the results). */
export async function listGuesses(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  experimentId: string,
  userId: string,
): Promise<ExperimentGuessRow[]> {
  return db
    .selectFrom('experiment_guesses')
    .selectAll()
    .where('couple_id', '=', viewer.couple.id)
    .where('experiment_id', '=', experimentId)
    .where('user_id', '=', userId)
    .orderBy('date')
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

/**
 * A metric's daily value over a date range from the check-ins this viewer may see (their own and
 * the partner's shared ones), by the given raters: the mean of their values on each day, and
 * nothing on a day none of them rated.
 */
export async function dailyValues(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  metric: string,
  raters: readonly string[],
  from: string,
  to: string,
): Promise<Map<string, number>> {
  if (raters.length === 0) return new Map();
  const builtIn = metric in BUILT_IN_METRICS;
  const rows = await visibleCheckins(db, viewer)
    .select([
      'checkins.date',
      'checkins.metrics',
      'checkins.satisfaction',
      'checkins.energy',
      'checkins.connection',
      'checkins.conflicts',
      'checkins.positives',
    ])
    .where('checkins.author_id', 'in', raters)
    .where('checkins.date', '>=', from)
    .where('checkins.date', '<=', to)
    .orderBy('checkins.date')
    .execute();
  const sums = new Map<string, { s: number; n: number }>();
  for (const r of rows) {
    const v = builtIn
      ? Number(r[metric as 'satisfaction'])
      : (JSON.parse(r.metrics) as Record<string, number>)[metric];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    const acc = sums.get(r.date) ?? { s: 0, n: 0 };
    acc.s += v;
    acc.n++;
    sums.set(r.date, acc);
  }
  return new Map([...sums].map(([d, a]) => [d, a.s / a.n]));
}

/** How many days in a range have a rating by these raters that the viewer may see. */
export async function countRatedDays(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  metric: string,
  raters: readonly string[],
  from: string,
  to: string,
): Promise<number> {
  return (await dailyValues(db, viewer, metric, raters, from, to)).size;
}

export async function listPartnerIds(db: Kysely<Database>, coupleId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('members')
    .select('user_id')
    .where('couple_id', '=', coupleId)
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
  return db
    .selectFrom('experiments')
    .select(['id', 'title', 'start_date', 'end_date'])
    .where('couple_id', '=', coupleId)
    .where('status', '=', 'running')
    .orderBy('id')
    .execute();
}
