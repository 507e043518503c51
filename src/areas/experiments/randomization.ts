import { createRng } from '../../stats/random.ts';
import { countAssignments } from '../../stats/randomization.ts';
import type { Better, Condition } from './rules.ts';

export interface OneSided {
  /** Mean of the B-phase means − mean of the A-phase means, original scale. */
  statistic: number;
  /** Share of admissible schedules whose statistic is at least as far in `direction`. */
  p: number;
  /** The same in the opposite direction (counted in the same pass). */
  pOpposite: number;
  method: 'exact' | 'monte-carlo';
  assignments: number;
  smallestPossibleP: number;
}

/**
 * The experiments area's one call to the randomization test (Edgington 1975; Onghena 1992):
 * one-sided in `direction`, over every split of the series into the same phases each at least
 * `minPhase` long; exact up to 20,000 splits, else 10,000 seeded draws with
 * p = (1 + hits) / (draws + 1) (Phipson & Smyth 2010).
 *
 * MERGE NOTE: the stats module's `randomizationTest` gains `direction` and `statistic` options on
 * another branch. Once they land, this body becomes
 *   randomizationTest(values, labels, lengths, { minPhase, direction, statistic: 'mean', seed })
 * (called once per direction). Until then it is the same enumeration with a one-sided
 * comparison, counting both tails in one pass.
 */
export function oneSidedRandomization(
  values: readonly number[],
  labels: readonly Condition[],
  lengths: readonly number[],
  options: { minPhase: number; direction: Better; seed?: number },
): OneSided {
  const n = values.length;
  const k = lengths.length;
  const min = options.minPhase;
  if (lengths.reduce((s, l) => s + l, 0) !== n)
    throw new RangeError('phase lengths must add up to the series');
  if (!(min >= 1) || lengths.some((l) => l < min))
    throw new RangeError('a phase is shorter than the minimum');
  const prefix = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i]! + values[i]!;
  const nB = labels.filter((l) => l === 'B').length;
  const nA = k - nB;
  const sign = options.direction === 'higher' ? 1 : -1;
  const stat = (lens: ArrayLike<number>): number => {
    let start = 0;
    let sA = 0;
    let sB = 0;
    for (let i = 0; i < k; i++) {
      const m = (prefix[start + lens[i]!]! - prefix[start]!) / lens[i]!;
      if (labels[i] === 'B') sB += m;
      else sA += m;
      start += lens[i]!;
    }
    return sB / nB - sA / nA;
  };
  const observed = stat(lengths);
  // Ties within rounding count on both sides.
  const eps = 1e-12 * Math.max(1, Math.abs(observed));
  const threshold = sign * observed - eps;
  const lowThreshold = sign * observed + eps;
  const assignments = countAssignments(n, k, min);
  const extra = n - k * min;
  const lens = new Int32Array(k);
  let hits = 0;
  let low = 0;
  const count = () => {
    const t = sign * stat(lens);
    if (t >= threshold) hits++;
    if (t <= lowThreshold) low++;
  };
  if (assignments <= 20_000) {
    const rec = (i: number, left: number): void => {
      if (i === k - 1) {
        lens[i] = min + left;
        count();
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
      p: hits / assignments,
      pOpposite: low / assignments,
      method: 'exact',
      assignments,
      smallestPossibleP: 1 / assignments,
    };
  }
  const draws = 10_000;
  const rng = createRng(options.seed ?? 1);
  const slots = extra + k - 1;
  const cuts = new Int32Array(k - 1);
  for (let d = 0; d < draws; d++) {
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
    count();
  }
  return {
    statistic: observed,
    p: (1 + hits) / (draws + 1),
    pOpposite: (1 + low) / (draws + 1),
    method: 'monte-carlo',
    assignments,
    smallestPossibleP: 1 / assignments,
  };
}
