/**
 * Randomization test for single-case phase designs with randomized phase starts (Edgington
 * 1975, "Randomization tests for one-subject operant experiments", J. Psychology 90; Onghena
 * 1992, "Randomization tests for extensions and variations of ABAB single-case experimental
 * designs", Behavioral Assessment 14).
 *
 * Its premise is the design, not the data: the p-value is valid only if the phase starts were
 * drawn at random, uniformly among the schedules a stated rule admits. The rule here is the one
 * the experiments area records: the phase order (A, B, A, B, …) is fixed, and the starts were
 * drawn uniformly among every split of the N days into that many phases, each at least
 * `minPhase` long: C(N − k·minPhase + k − 1, k − 1) schedules for k phases. The test enumerates
 * exactly those schedules (Monte Carlo over them only when there are too many). For an AB design
 * that is "phase B starts at any point that leaves both phases at least `minPhase` long", the
 * reference set of scan's `rand_test` with `limit = minPhase` (Wilbert & Lüke, R package scan;
 * after Bulté & Onghena 2008, SCRT). For a schedule that was not drawn at random (fixed
 * 14-day phases, say) there is no randomization p, and callers must not show one.
 *
 * Days without a recording (null) keep their place in the schedule: phases are counted in days,
 * as the rule was drawn, and each phase's centre uses its recorded days. A schedule that would
 * leave some phase with no recorded day counts as at least as extreme (the conservative choice).
 *
 * Statistic: mean over B phases of the phase centre − mean over A phases of the phase centre,
 * the centre being the mean (scan's "Mean B-A") or the median ("Median B-A"). With a direction the
 * p is one-sided, the share of schedules with a statistic at least as extreme in that direction
 * (scan's "equal or higher"); without one it is two-sided on |statistic|.
 */
import { createRng } from './random.ts';

export type RandomizationStatistic = 'mean' | 'median';

export interface RandomizationOptions {
  /** Minimum phase length of the rule the phase starts were drawn with. */
  minPhase: number;
  /** One-sided in this direction ('higher': B above A). Absent: two-sided on |statistic|. */
  direction?: 'higher' | 'lower';
  /** Phase centre: 'mean' (default) or 'median'. */
  statistic?: RandomizationStatistic;
  /** Monte Carlo draws when the reference set is larger than `exactLimit`. Default 10 000. */
  draws?: number;
  /** Enumerate exactly when there are at most this many admissible splits. Default 20 000. */
  exactLimit?: number;
  seed?: number;
}

export interface RandomizationResult {
  /** The observed statistic: mean of the B-phase centres − mean of the A-phase centres. */
  statistic: number;
  /** 'mean' or 'median': which phase centre the statistic uses. */
  centre: RandomizationStatistic;
  /** 'higher' / 'lower' (one-sided) or 'two-sided'. */
  alternative: 'higher' | 'lower' | 'two-sided';
  /** Share of admissible schedules with a statistic at least as extreme as the observed one. */
  p: number;
  method: 'exact' | 'monte-carlo';
  /** Number of admissible phase-start schedules. */
  assignments: number;
  /** Draws used (Monte Carlo) or schedules enumerated (exact). */
  evaluated: number;
  /** The smallest p this design could ever give (1 / assignments). */
  smallestPossibleP: number;
  seed: number | null;
  /** The design the p-value assumes, in words. */
  premise: string;
}

/** Binomial coefficient as a float (exact for the sizes that matter here). */
export function binomial(n: number, k: number): number {
  if (k < 0 || k > n) return 0;
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return Math.round(r);
}

/** Number of ways to split n days into k phases of at least `min` days each. */
export function countAssignments(n: number, k: number, min: number): number {
  return binomial(n - k * min + k - 1, k - 1);
}

/** The randomization premise in words, for outputs that show the p-value. */
export function randomizationPremise(phases: number, minPhase: number): string {
  return `the ${phases} phase starts were drawn at random, uniformly among the schedules that leave every phase at least ${minPhase} day${minPhase === 1 ? '' : 's'} long`;
}

function sortedMedian(xs: Float64Array): number {
  xs.sort();
  const n = xs.length;
  return n % 2 === 1 ? xs[(n - 1) / 2]! : (xs[n / 2 - 1]! + xs[n / 2]!) / 2;
}

/**
 * The randomization-test p for the difference between B- and A-phase centres.
 * `labels[i]` is the condition of phase i and `lengths[i]` its length in days; the values are
 * the whole series in time order, one per day, null for a day without a recording. Exact when the reference set is small, otherwise Monte Carlo
 * with p = (1 + #{T* at least as extreme}) / (draws + 1) (Phipson & Smyth 2010), reproducible by
 * seed.
 *
 * @example
 *   // scan's rand_test example: byHeart2011 "Lisa", "Median B-A", limit 5: 11 schedules, p = 7/11.
 *   randomizationTest(lisa, ['A', 'B'], [5, 15], { minPhase: 5, statistic: 'median', direction: 'higher' })
 */
export function randomizationTest(
  values: readonly (number | null)[],
  labels: readonly ('A' | 'B')[],
  lengths: readonly number[],
  options: RandomizationOptions,
): RandomizationResult {
  const n = values.length;
  const k = lengths.length;
  const min = options.minPhase;
  const centre = options.statistic ?? 'mean';
  const direction = options.direction;
  if (centre !== 'mean' && centre !== 'median')
    throw new RangeError(`statistic must be 'mean' or 'median', got ${String(centre)}`);
  if (direction !== undefined && direction !== 'higher' && direction !== 'lower')
    throw new RangeError(`direction must be 'higher' or 'lower', got ${String(direction)}`);
  if (labels.length !== k) throw new RangeError('one label per phase');
  if (lengths.reduce((s, l) => s + l, 0) !== n)
    throw new RangeError('phase lengths must add up to the series length');
  if (!(Number.isInteger(min) && min >= 1) || lengths.some((l) => l < min)) {
    throw new RangeError(`every observed phase must be at least the minimum phase length (${min})`);
  }
  const prefix = new Float64Array(n + 1);
  const recorded = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const v = values[i];
    if (v !== null && v !== undefined && !Number.isFinite(v))
      throw new RangeError(`day ${i + 1}: not a number`);
    const seen = v !== null && v !== undefined;
    prefix[i + 1] = prefix[i]! + (seen ? v : 0);
    recorded[i + 1] = recorded[i]! + (seen ? 1 : 0);
  }
  const nA = labels.filter((l) => l === 'A').length;
  const nB = k - nA;
  if (nA === 0 || nB === 0) throw new RangeError('the design needs at least one A and one B phase');
  const isB = labels.map((l) => l === 'B');
  // NaN when the phase has no recorded day.
  const phaseCentre =
    centre === 'mean'
      ? (start: number, len: number) =>
          (prefix[start + len]! - prefix[start]!) / (recorded[start + len]! - recorded[start]!)
      : (start: number, len: number) => {
          const xs = values.slice(start, start + len).filter((v): v is number => v !== null);
          return xs.length === 0 ? Number.NaN : sortedMedian(Float64Array.from(xs));
        };
  const stat = (lens: ArrayLike<number>): number => {
    let start = 0;
    let sA = 0;
    let sB = 0;
    for (let i = 0; i < k; i++) {
      const len = lens[i]!;
      const m = phaseCentre(start, len);
      if (isB[i]) sB += m;
      else sA += m;
      start += len;
    }
    return sB / nB - sA / nA;
  };
  const observed = stat(lengths);
  if (Number.isNaN(observed)) throw new RangeError('every observed phase needs at least one recorded value');
  // A small tolerance, so that schedules giving the same statistic up to rounding count.
  const tol = 1e-12 * Math.max(1, Math.abs(observed));
  const extreme =
    direction === 'higher'
      ? (t: number) => Number.isNaN(t) || t >= observed - tol
      : direction === 'lower'
        ? (t: number) => Number.isNaN(t) || t <= observed + tol
        : (t: number) => Number.isNaN(t) || Math.abs(t) >= Math.abs(observed) - tol;
  const assignments = countAssignments(n, k, min);
  const common = {
    statistic: observed,
    centre,
    alternative: direction ?? ('two-sided' as const),
    assignments,
    smallestPossibleP: 1 / assignments,
    premise: randomizationPremise(k, min),
  };
  const exactLimit = options.exactLimit ?? 20_000;
  const lens = new Int32Array(k);
  const extra = n - k * min;
  if (assignments <= exactLimit) {
    let hits = 0;
    let total = 0;
    // Enumerate every composition of `extra` into k non-negative parts.
    const rec = (i: number, left: number): void => {
      if (i === k - 1) {
        lens[i] = min + left;
        total++;
        if (extreme(stat(lens))) hits++;
        return;
      }
      for (let e = 0; e <= left; e++) {
        lens[i] = min + e;
        rec(i + 1, left - e);
      }
    };
    rec(0, extra);
    return { ...common, p: hits / total, method: 'exact', evaluated: total, seed: null };
  }
  const draws = options.draws ?? 10_000;
  const seed = options.seed ?? 1;
  const rng = createRng(seed);
  const slots = extra + k - 1;
  const cuts = new Int32Array(k - 1);
  let hits = 0;
  for (let d = 0; d < draws; d++) {
    // A uniform composition: choose k − 1 distinct bar positions among extra + k − 1 slots
    // (Floyd's algorithm, then sort the few cut points).
    let c = 0;
    for (let j = slots - (k - 1); j < slots; j++) {
      const t = rng.int(j + 1);
      let seen = false;
      for (let q = 0; q < c; q++) if (cuts[q] === t) seen = true;
      cuts[c++] = seen ? j : t;
    }
    cuts.sort();
    let prev = -1;
    for (let i = 0; i < k - 1; i++) {
      lens[i] = min + (cuts[i]! - prev - 1);
      prev = cuts[i]!;
    }
    lens[k - 1] = min + (slots - prev - 1);
    if (extreme(stat(lens))) hits++;
  }
  return { ...common, p: (1 + hits) / (draws + 1), method: 'monte-carlo', evaluated: draws, seed };
}
