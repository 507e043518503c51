import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { addDays, localDate } from '../../dates.ts';
import { mayKnowPhase, type PartnerViewer } from '../../storage/scope.ts';
import type {
  Database,
  ExperimentAdherenceRow,
  ExperimentGuessRow,
  ExperimentRow,
} from '../../storage/tables.ts';
import { listMetrics } from '../checkins/store.ts';
import { type Analysis, analyze, blindCheck } from './analysis.ts';
import {
  analysedRange,
  BUILT_IN_METRICS,
  type Design,
  dailyValues,
  isOver,
  meterOf,
  phaseOn,
  phasesOf,
  possibleSchedules,
  ratersOf,
  rulePhrase,
  statusOf,
} from './rules.ts';
import type { Experiment } from './schema.ts';
import * as store from './store.ts';

type View = Static<typeof Experiment>;

/** What presenting needs besides the rows: loaded once per request, in a fixed number of queries. */
export interface Context {
  today: string;
  partners: string[];
  metricNames: Map<string, string>;
}

interface Facts {
  adherence: ExperimentAdherenceRow[];
  guesses: ExperimentGuessRow[];
  /** The check-ins the viewer may see over every locked experiment's days. */
  ratings: store.Rating[];
}

/** The experiments as this viewer may see them: one query each for taps, guesses and ratings. */
export async function presentAll(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  rows: readonly ExperimentRow[],
  ctx?: Context,
): Promise<View[]> {
  const c = ctx ?? (await contextFor(db, viewer));
  const locked = rows.filter((r) => r.start_date && r.end_date && r.schedule);
  const from = locked.reduce((m, r) => (r.start_date! < m ? r.start_date! : m), '9999-12-31');
  const to = locked.reduce((m, r) => (r.end_date! > m ? r.end_date! : m), '0000-01-01');
  const [taps, ratings] = await Promise.all([
    store.listTapsAndGuesses(db, viewer),
    locked.length > 0 ? store.listRatings(db, viewer, from, to) : Promise.resolve([]),
  ]);
  const facts: Facts = { ...taps, ratings };
  return rows.map((row) => presentExperiment(viewer, row, c, facts));
}

export async function contextFor(db: Kysely<Database>, viewer: PartnerViewer): Promise<Context> {
  const [partners, metrics] = await Promise.all([
    store.listPartnerIds(db, viewer.couple.id),
    listMetrics(db, viewer),
  ]);
  const metricNames = new Map<string, string>(Object.entries(BUILT_IN_METRICS).map(([k, m]) => [k, m.name]));
  for (const m of metrics) metricNames.set(m.id, m.name);
  return { today: localDate(viewer.couple.timeZone), partners, metricNames };
}

export const scheduleOf = (row: ExperimentRow) =>
  row.schedule && row.start_date
    ? phasesOf(row.design as Design, row.start_date, JSON.parse(row.schedule) as number[])
    : null;

/**
 * One experiment as this viewer may see it. Under blinding, while it runs, every field that
 * could reveal a day's phase is null for the blinded partner: the schedule and its seed, today's
 * phase, the adherence taps, the results. That is decided here, from `mayKnowPhase`, and the
 * response schema carries nothing else.
 */
function presentExperiment(viewer: PartnerViewer, row: ExperimentRow, ctx: Context, facts: Facts): View {
  const { today } = ctx;
  const status = statusOf(row, today);
  const know = mayKnowPhase(viewer.userId, row, today);
  const phases = scheduleOf(row);
  const iPerform = row.performer === 'both' || row.performer === viewer.userId;
  const acceptances = JSON.parse(row.acceptances) as { userId: string; at: string }[];
  const adherence = phases && know ? facts.adherence.filter((a) => a.experiment_id === row.id) : null;
  const guesses = facts.guesses.filter((g) => g.experiment_id === row.id && g.user_id === viewer.userId);
  const raters = ratersOf(row, ctx.partners);

  let today_: View['today'] = null;
  let meter: View['meter'] = null;
  if (phases && status === 'running') {
    const at = phaseOn(phases, today, row.settling_days);
    const day = at ? Math.round((Date.parse(today) - Date.parse(row.start_date!)) / 86_400_000) + 1 : null;
    const mine = adherence?.find((a) => a.user_id === viewer.userId && a.date === today);
    today_ = {
      date: today,
      day,
      phase:
        know && at
          ? {
              label: at.phase.label,
              condition: at.phase.condition,
              dayInPhase: at.dayInPhase,
              settling: at.settling,
            }
          : null,
      adherence: know && iPerform && mine ? { done: Number(mine.done) === 1, note: mine.note } : null,
      // Asked at the planned phase ends: the drawn ones would give the boundaries away.
      guessDue:
        row.blind_rater === viewer.userId &&
        day !== null &&
        day % row.phase_days === 0 &&
        !guesses.some((g) => g.date === today),
    };
    const upTo = today < row.end_date! ? today : row.end_date!;
    const rated = dailyValues(facts.ratings, row.metric, raters, row.start_date!, upTo).size;
    const planned = row.design.length * row.phase_days;
    meter = meterOf(
      rated,
      planned,
      1 / possibleSchedules(row.design as Design, row.phase_days, row.min_phase),
    );
  }

  return {
    id: row.id,
    title: row.title,
    metric: { key: row.metric, name: ctx.metricNames.get(row.metric) ?? row.metric },
    better: row.better,
    secondary: JSON.parse(row.secondary) as string[],
    design: row.design,
    phaseDays: Number(row.phase_days),
    minPhase: Number(row.min_phase),
    randomized: Number(row.randomized) === 1,
    settlingDays: Number(row.settling_days),
    rule: row.rule,
    rulePhrase: rulePhrase(
      { key: row.metric, name: ctx.metricNames.get(row.metric) ?? row.metric },
      row.better,
    ),
    domain: row.domain,
    performer: row.performer,
    blindRater: row.blind_rater,
    iPerform,
    iAmBlinded: !know,
    status,
    proposedBy: row.proposed_by,
    proposedAt: row.proposed_at,
    acceptances,
    canAccept: status === 'proposed' && !acceptances.some((a) => a.userId === viewer.userId),
    lockedAt: row.locked_at,
    startDate: row.start_date,
    endDate: row.end_date,
    stop:
      row.stopped_at && row.stopped_by && row.stop_reason
        ? { at: row.stopped_at, on: row.stopped_on ?? '', by: row.stopped_by, reason: row.stop_reason }
        : null,
    nextStep:
      row.next_step && row.next_step_by && row.next_step_at
        ? { step: row.next_step, by: row.next_step_by, at: row.next_step_at, followUp: row.follow_up }
        : null,
    today: today_,
    schedule: phases && know ? { seed: row.seed === null ? null : Number(row.seed), phases } : null,
    adherence: adherence
      ? adherence.map((a) => ({ date: a.date, userId: a.user_id, done: Number(a.done) === 1, note: a.note }))
      : null,
    myGuesses: guesses.map((g) => ({ date: g.date, guess: g.guess })),
    meter,
    resultsOpenOn: row.end_date ? (row.stopped_on ?? addDays(row.end_date, 1)) : null,
    results: phases && know && isOver(status) ? resultsOf(viewer, row, phases, ctx, facts) : null,
  };
}

function resultsOf(
  viewer: PartnerViewer,
  row: ExperimentRow,
  phases: NonNullable<ReturnType<typeof scheduleOf>>,
  ctx: Context,
  facts: Facts,
): NonNullable<View['results']> {
  const range = analysedRange({
    start_date: row.start_date!,
    end_date: row.end_date!,
    stopped_on: row.stopped_on,
  });
  const raters = ratersOf(row, ctx.partners);
  const run = (metric: string, better: 'higher' | 'lower'): Analysis =>
    analyze({
      phases,
      settlingDays: Number(row.settling_days),
      minPhase: Number(row.min_phase),
      better,
      values: dailyValues(facts.ratings, metric, raters, range.from, range.to),
      to: range.to,
      seed: row.seed === null ? 1 : Number(row.seed),
    });
  const main = run(row.metric, row.better);
  const secondary = [];
  for (const key of JSON.parse(row.secondary) as string[]) {
    const better = BUILT_IN_METRICS[key]?.better ?? row.better;
    const a = run(key, better);
    secondary.push({
      metric: key,
      name: ctx.metricNames.get(key) ?? key,
      nap: a.pooled?.nap ?? null,
      meanDifference: a.pooled?.meanDifference ?? null,
      p: a.randomization?.p ?? null,
    });
  }
  const taps = facts.adherence.filter((a) => a.experiment_id === row.id);
  const inRange = new Set(main.days.map((d) => d.date));
  const tapped = taps.filter((t) => inRange.has(t.date));
  const guesses = facts.guesses
    .filter((g) => g.experiment_id === row.id && g.user_id === row.blind_rater)
    .map((g) => ({ date: g.date, guess: g.guess }));
  const own = raters.includes(viewer.userId);
  const others = raters.filter((r) => r !== viewer.userId).length;
  return {
    verdict: main.verdict,
    reason: main.reason,
    explanation: main.explanation,
    phrases: main.phrases,
    nap: main.pooled?.nap ?? null,
    tauBC: main.pooled?.tauBC ?? null,
    tauU: main.pooled?.tauU ?? null,
    meanDifference: main.pooled?.meanDifference ?? null,
    p: main.randomization?.p ?? null,
    randomization: main.randomization
      ? {
          method: main.randomization.method,
          assignments: main.randomization.assignments,
          smallestPossibleP: main.randomization.smallestPossibleP,
          minPhase: main.randomization.minPhase,
          exactRule: main.randomization.exactRule,
          pWorse: main.randomization.pWorse,
        }
      : null,
    pairs: main.pairs,
    phases: main.phases,
    days: main.days,
    raters: row.blind_rater
      ? own
        ? 'Your ratings as the blinded partner.'
        : 'Your partner’s ratings as the blinded partner, the days they shared with you.'
      : own && others > 0
        ? 'Both of your ratings: yours, and your partner’s on the days they shared (a day’s value is the mean).'
        : 'Your ratings.',
    blind: row.blind_rater ? blindCheck(guesses, phases) : null,
    adherence: {
      days: inRange.size,
      tapped: new Set(tapped.map((t) => t.date)).size,
      kept: tapped.filter((t) => Number(t.done) === 1).length,
    },
    secondary,
  };
}
