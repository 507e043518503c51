import { addDays } from '../../dates.ts';
import { type Phrase, phrase } from '../../server/phrases.ts';
import { createRng } from '../../stats/random.ts';
import { countAssignments } from '../../stats/randomization.ts';

/*
 * The pure rules of an experiment: its design and drawn schedule, who may know today's phase,
 * the "enough data yet?" meter and the decision rule. No I/O.
 */

export const DESIGNS = ['AB', 'ABAB', 'ABABAB'] as const;
export type Design = (typeof DESIGNS)[number];
export type Condition = 'A' | 'B';
export type Better = 'higher' | 'lower';

export const DEFAULT_PHASE_DAYS = 7;
export const MIN_PHASE_DAYS = 3;
/** Significance level and NAP threshold of the decision rule (Parker & Vannest 2009: NAP < .66 is weak). */
export const ALPHA = 0.05;
export const NAP_THRESHOLD = 0.66;

/** The check-in's own fields, their names and which way is better. */
export const BUILT_IN_METRICS: Record<string, { name: string; better: Better }> = {
  satisfaction: { name: 'satisfaction', better: 'higher' },
  energy: { name: 'energy', better: 'higher' },
  connection: { name: 'felt connection', better: 'higher' },
  conflicts: { name: 'conflicts', better: 'lower' },
  positives: { name: 'positive interactions', better: 'higher' },
};

export const conditionsOf = (design: Design): Condition[] => [...design] as Condition[];

/**
 * The shortest phase the draw may give: half the planned length (so a drawn schedule stays
 * recognisably the design), at least 3 days, and at least two days after the settling days.
 */
export function minPhaseFor(phaseDays: number, settlingDays: number, randomized: boolean): number {
  if (!randomized) return phaseDays;
  return Math.min(phaseDays, Math.max(MIN_PHASE_DAYS, settlingDays + 2, Math.floor(phaseDays / 2)));
}

/**
 * Draws the phase lengths: a uniform choice among every split of the design's days into its
 * phases with each phase at least `minPhase` long — exactly the reference set the randomization
 * test enumerates (Edgington 1975; Onghena 1992). Stars and bars: k − 1 distinct bar positions
 * among extra + k − 1 slots, drawn by a partial Fisher–Yates shuffle from the recorded seed.
 */
export function drawSchedule(design: Design, phaseDays: number, minPhase: number, seed: number): number[] {
  const k = design.length;
  const extra = k * phaseDays - k * minPhase;
  const slots = Array.from({ length: extra + k - 1 }, (_, i) => i);
  const rng = createRng(seed);
  for (let i = 0; i < k - 1; i++) {
    const j = i + rng.int(slots.length - i);
    [slots[i], slots[j]] = [slots[j]!, slots[i]!];
  }
  const bars = slots.slice(0, k - 1).sort((a, b) => a - b);
  const lengths: number[] = [];
  let prev = -1;
  for (const bar of bars) {
    lengths.push(minPhase + (bar - prev - 1));
    prev = bar;
  }
  lengths.push(minPhase + (extra + k - 1 - prev - 1));
  return lengths;
}

/** How many schedules the draw could have given, and so the smallest p the design can reach. */
export function possibleSchedules(design: Design, phaseDays: number, minPhase: number): number {
  return countAssignments(design.length * phaseDays, design.length, minPhase);
}

export interface PhaseSpan {
  /** "A1", "B1", "A2", … */
  label: string;
  condition: Condition;
  start: string;
  end: string;
  days: number;
}

/** The phase calendar of a locked experiment. */
export function phasesOf(design: Design, startDate: string, schedule: readonly number[]): PhaseSpan[] {
  const count = { A: 0, B: 0 };
  let start = startDate;
  return conditionsOf(design).map((condition, i) => {
    const days = schedule[i]!;
    count[condition]++;
    const span = {
      label: `${condition}${count[condition]}`,
      condition,
      start,
      end: addDays(start, days - 1),
      days,
    };
    start = addDays(start, days);
    return span;
  });
}

export interface DayPhase {
  phase: PhaseSpan;
  index: number;
  /** 1 on a phase's first day. */
  dayInPhase: number;
  /** A settling day at the phase start, which the analysis leaves out (carry-over). */
  settling: boolean;
}

export function phaseOn(phases: readonly PhaseSpan[], date: string, settlingDays: number): DayPhase | null {
  const index = phases.findIndex((p) => p.start <= date && date <= p.end);
  if (index < 0) return null;
  const phase = phases[index]!;
  const dayInPhase = Math.round((Date.parse(date) - Date.parse(phase.start)) / 86_400_000) + 1;
  return { phase, index, dayInPhase, settling: dayInPhase <= settlingDays };
}

export type Status = 'proposed' | 'running' | 'ended' | 'stopped' | 'withdrawn';

interface Dated {
  status: 'proposed' | 'running' | 'stopped';
  locked_at: string | null;
  end_date: string | null;
}

/** Where an experiment stands on a local day: "ended" once its last day has passed. */
export function statusOf(e: Dated, today: string): Status {
  if (e.status === 'stopped') return e.locked_at ? 'stopped' : 'withdrawn';
  if (e.status === 'proposed') return 'proposed';
  return e.end_date !== null && today > e.end_date ? 'ended' : 'running';
}

/** Results (and, under blinding, the schedule) open only after the design's end or a stop. */
export const isOver = (s: Status) => s === 'ended' || s === 'stopped';

/** Whose ratings the analysis uses: under blinding only the blinded partner's, else both. */
export function ratersOf(e: { blind_rater: string | null }, partners: readonly string[]): string[] {
  return e.blind_rater ? [e.blind_rater] : [...partners];
}

/** The decision rule as a phrase code (the web app words it; the locked English text stays). */
export function rulePhrase(metric: { key: string; name: string }, better: Better): Phrase {
  return phrase(better === 'higher' ? 'rule.higher' : 'rule.lower', {
    metric: metric.name,
    metricKey: metric.key,
    alpha: ALPHA,
    alphaPct: ALPHA * 100,
    nap: NAP_THRESHOLD,
    napPct: NAP_THRESHOLD * 100,
  });
}

/** The decision rule in plain words, shown and locked before anything starts. */
export function ruleText(metricName: string, better: Better): string {
  const b = better === 'higher' ? 'higher' : 'lower';
  return `We will call it helpful if ${metricName} is ${b} on B days than on A days clearly enough that shuffling the phase starts the way our draw could have placed them would give a difference this large less than ${ALPHA * 100}% of the time (one-sided randomization p < ${ALPHA}), and a B day beats an A day in at least ${NAP_THRESHOLD * 100}% of comparisons (NAP ≥ ${NAP_THRESHOLD}). The mirror image calls it harmful; anything else is "not enough evidence". Tau-BC (the same comparison with a baseline trend taken out) is shown beside it, and Tau-U for comparison only.`;
}

export type Verdict = 'helps' | 'hurts' | 'not enough evidence';

export interface VerdictInput {
  /** One-sided p in the better direction, and in the worse one. */
  pBetter: number;
  pWorse: number;
  /** Pooled NAP in the better direction (0.5 = no difference). */
  nap: number;
  smallestPossibleP: number;
}

/** The verdict by the locked rule, with why in plain words. */
export function verdictOf(v: VerdictInput): { verdict: Verdict; reason: string; reasonPhrase: Phrase } {
  const p = (x: number) => (x < 0.001 ? '< 0.001' : `= ${x.toFixed(3)}`);
  // As a phrase parameter: "p ≤ 0.001" when smaller (a bound), else p to three decimals.
  const at = (x: number) => Math.max(0.001, Math.round(x * 1000) / 1000);
  const nap = Math.round(v.nap * 100) / 100;
  if (v.pBetter < ALPHA && v.nap >= NAP_THRESHOLD)
    return {
      verdict: 'helps',
      reason: `p ${p(v.pBetter)} is below ${ALPHA} and NAP = ${v.nap.toFixed(2)} is at least ${NAP_THRESHOLD}`,
      reasonPhrase: phrase('reason.helps', { p: at(v.pBetter), alpha: ALPHA, nap, threshold: NAP_THRESHOLD }),
    };
  if (v.pWorse < ALPHA && v.nap <= 1 - NAP_THRESHOLD)
    return {
      verdict: 'hurts',
      reason: `p ${p(v.pWorse)} (for worse) is below ${ALPHA} and NAP = ${v.nap.toFixed(2)} is at most ${(1 - NAP_THRESHOLD).toFixed(2)}`,
      reasonPhrase: phrase('reason.hurts', {
        p: at(v.pWorse),
        alpha: ALPHA,
        nap,
        threshold: Math.round((1 - NAP_THRESHOLD) * 100) / 100,
      }),
    };
  if (v.smallestPossibleP >= ALPHA)
    return {
      verdict: 'not enough evidence',
      reason: `this schedule could never reach p < ${ALPHA} (the smallest possible p is ${v.smallestPossibleP.toFixed(3)}); longer or more phases are needed`,
      reasonPhrase: phrase('reason.neverReach', {
        alpha: ALPHA,
        smallest: Math.round(v.smallestPossibleP * 1000) / 1000,
      }),
    };
  if (Math.min(v.pBetter, v.pWorse) >= ALPHA)
    return {
      verdict: 'not enough evidence',
      reason: `p ${p(Math.min(v.pBetter, v.pWorse))} is not below ${ALPHA}: a difference this size turns up often by chance`,
      reasonPhrase: phrase('reason.chance', { p: at(Math.min(v.pBetter, v.pWorse)), alpha: ALPHA }),
    };
  return {
    verdict: 'not enough evidence',
    reason: `the shuffle test points one way, but NAP = ${v.nap.toFixed(2)} is too close to 0.5 to count as a clear change`,
    reasonPhrase: phrase('reason.napClose', { nap }),
  };
}

export type Meter = 'not yet' | 'barely' | 'enough';

/**
 * "Enough data yet?" from what carries no phase information: the days rated so far out of the
 * design's days, and the smallest p the design can reach.
 */
export function meterOf(ratedDays: number, plannedDays: number, smallestPossibleP: number) {
  const share = plannedDays === 0 ? 0 : ratedDays / plannedDays;
  const level: Meter =
    smallestPossibleP >= ALPHA || share < 0.5 ? 'not yet' : share < 0.8 ? 'barely' : 'enough';
  const words =
    smallestPossibleP >= ALPHA
      ? `This design has too few possible schedules to ever show a clear result (smallest possible p ${smallestPossibleP.toFixed(3)}); running it longer would help.`
      : level === 'not yet'
        ? `${ratedDays} of ${plannedDays} days rated so far: not enough yet to tell a change from chance.`
        : level === 'barely'
          ? `${ratedDays} of ${plannedDays} days rated: enough for a first look, not yet for a firm answer.`
          : `${ratedDays} of ${plannedDays} days rated: enough for the rule to decide.`;
  const phrases = [
    smallestPossibleP >= ALPHA
      ? phrase('meter.never', { smallest: Math.round(smallestPossibleP * 1000) / 1000 })
      : phrase(level === 'not yet' ? 'meter.notYet' : level === 'barely' ? 'meter.barely' : 'meter.enough', {
          rated: ratedDays,
          count: plannedDays,
        }),
  ];
  return { level, ratedDays, plannedDays, smallestPossibleP, words, phrases };
}

/** The calendar-day range the analysis reads: the design's days, up to the day before a stop. */
export function analysedRange(e: { start_date: string; end_date: string; stopped_on: string | null }) {
  const last = e.stopped_on && e.stopped_on <= e.end_date ? addDays(e.stopped_on, -1) : e.end_date;
  return { from: e.start_date, to: last };
}

/** A check-in's value of a metric: a built-in field, or the couple's own metric in `metrics`. */
type RatingLike = { date: string; author_id: string; metrics: string } & Record<
  'satisfaction' | 'energy' | 'connection' | 'conflicts' | 'positives',
  number | null
>;

/**
 * A metric's daily value from the given ratings by the given raters: the mean of their values
 * on each day, and nothing on a day none of them rated (a gap is never filled in).
 */
export function dailyValues(
  ratings: readonly RatingLike[],
  metric: string,
  raters: readonly string[],
  from: string,
  to: string,
): Map<string, number> {
  const builtIn = metric in BUILT_IN_METRICS;
  const sums = new Map<string, { s: number; n: number }>();
  for (const r of ratings) {
    if (r.date < from || r.date > to || !raters.includes(r.author_id)) continue;
    const raw = builtIn ? r[metric as keyof typeof BUILT_IN_METRICS & keyof RatingLike] : null;
    // An unanswered value (null) is a gap, not a zero.
    const v = builtIn
      ? raw === null
        ? null
        : Number(raw)
      : (JSON.parse(r.metrics) as Record<string, number>)[metric];
    if (typeof v !== 'number' || !Number.isFinite(v)) continue;
    const acc = sums.get(r.date) ?? { s: 0, n: 0 };
    acc.s += v;
    acc.n++;
    sums.set(r.date, acc);
  }
  return new Map([...sums].map(([d, a]) => [d, a.s / a.n]));
}
