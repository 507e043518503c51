/**
 * Randomization test for single-case phase designs with randomized phase starts (Edgington
 * 1975, "Randomization tests for one-subject operant experiments", J. Psychology 90; Onghena
 * 1992, "Randomization tests for extensions and variations of ABAB single-case experimental
 * designs", Behavioral Assessment 14). The phase order (A, B, A, B, …) is fixed; what was
 * randomized is where each phase starts, subject to a minimum phase length. The reference set
 * is every admissible split of the N days into the same number of phases, each at least
 * `minPhase` long: C(N − k·minPhase + k − 1, k − 1) splits for k phases.
 */
import { createRng } from './random.ts';

export interface RandomizationOptions {
  /** Minimum phase length used when the schedule was randomized. */
  minPhase: number;
  /** Monte Carlo draws when the reference set is larger than `exactLimit`. Default 10 000. */
  draws?: number;
  /** Enumerate exactly when there are at most this many admissible splits. Default 20 000. */
  exactLimit?: number;
  seed?: number;
}

export interface RandomizationResult {
  /** The observed statistic: mean of the B-phase means − mean of the A-phase means. */
  statistic: number;
  /** Two-sided p: share of admissible splits with |statistic| ≥ the observed one. */
  p: number;
  method: 'exact' | 'monte-carlo';
  /** Number of admissible phase-start assignments. */
  assignments: number;
  /** Draws used (Monte Carlo) or splits enumerated (exact). */
  evaluated: number;
  /** The smallest p this design could ever give (1 / assignments when exact). */
  smallestPossibleP: number;
  seed: number | null;
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

/**
 * The p-value of the randomization test for the difference between B- and A-phase means.
 * `labels[i]` is the condition of phase i and `lengths[i]` its observed length; the values are
 * the whole series in time order. Exact when the reference set is small, otherwise Monte Carlo
 * with p = (1 + #{|T*| ≥ |T|}) / (draws + 1) (Phipson & Smyth 2010), reproducible by seed.
 */
export function randomizationTest(
  values: readonly number[],
  labels: readonly ('A' | 'B')[],
  lengths: readonly number[],
  options: RandomizationOptions,
): RandomizationResult {
  const n = values.length;
  const k = lengths.length;
  const min = options.minPhase;
  if (labels.length !== k) throw new RangeError('one label per phase');
  if (lengths.reduce((s, l) => s + l, 0) !== n)
    throw new RangeError('phase lengths must add up to the series length');
  if (!(min >= 1) || lengths.some((l) => l < min)) {
    throw new RangeError(`every observed phase must be at least the minimum phase length (${min})`);
  }
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + values[i]!;
  const nA = labels.filter((l) => l === 'A').length;
  const nB = k - nA;
  if (nA === 0 || nB === 0) throw new RangeError('the design needs at least one A and one B phase');
  const isB = labels.map((l) => l === 'B');
  const stat = (lens: ArrayLike<number>): number => {
    let start = 0;
    let sA = 0;
    let sB = 0;
    for (let i = 0; i < k; i++) {
      const len = lens[i]!;
      const m = (prefix[start + len]! - prefix[start]!) / len;
      if (isB[i]) sB += m;
      else sA += m;
      start += len;
    }
    return sB / nB - sA / nA;
  };
  const observed = stat(lengths);
  // Compare with a small tolerance so that splits giving the same statistic up to rounding count.
  const threshold = Math.abs(observed) - 1e-12 * Math.max(1, Math.abs(observed));
  const assignments = countAssignments(n, k, min);
  const exactLimit = options.exactLimit ?? 20_000;
  const lens = new Int32Array(k);
  if (assignments <= exactLimit) {
    let hits = 0;
    let total = 0;
    const extra = n - k * min;
    // Enumerate every composition of `extra` into k non-negative parts.
    const rec = (i: number, left: number): void => {
      if (i === k - 1) {
        lens[i] = min + left;
        total++;
        if (Math.abs(stat(lens)) >= threshold) hits++;
        return;
      }
      for (let e = 0; e <= left; e++) {
        lens[i] = min + e;
        rec(i + 1, left - e);
      }
    };
    rec(0, extra);
    return {
      statistic: observed,
      p: hits / total,
      method: 'exact',
      assignments,
      evaluated: total,
      smallestPossibleP: 1 / total,
      seed: null,
    };
  }
  const draws = options.draws ?? 10_000;
  const seed = options.seed ?? 1;
  const rng = createRng(seed);
  const extra = n - k * min;
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
    if (Math.abs(stat(lens)) >= threshold) hits++;
  }
  return {
    statistic: observed,
    p: (1 + hits) / (draws + 1),
    method: 'monte-carlo',
    assignments,
    evaluated: draws,
    smallestPossibleP: 1 / assignments,
    seed,
  };
}
