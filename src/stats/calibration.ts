/**
 * Seeded simulations that measure what the statistics promise on the daily data couples actually
 * produce: autocorrelated, drifting, with weekly rhythms and missing days. The calibration tests
 * assert on these rates and `npm run bench` prints them, so both report the same figures.
 */
import { day95Interval } from './automaticity-interval.ts';
import { ar1Segment } from './change-ar1.ts';
import { checkSeries, defaultPenalty, detectChangePoints } from './change-points.ts';
import { laggedCredit } from './lagged.ts';
import { createRng, type Rng } from './random.ts';

/** A stationary AR(1) series with unit marginal variance, `missing` share of days null. */
export function ar1Series(rng: Rng, n: number, phi: number, missing = 0): (number | null)[] {
  let x = rng.normal();
  const innovation = Math.sqrt(1 - phi * phi);
  const out: (number | null)[] = [];
  for (let t = 0; t < n; t++) {
    if (t > 0) x = phi * x + innovation * rng.normal();
    out.push(rng.next() < missing ? null : x);
  }
  return out;
}

export interface Rates {
  /** Share of series without a change that got any change point. */
  falseAlarm: number;
  /** Share of series with one 1.5-SD shift where a change point lies within 14 days of it. */
  found: number;
  /** Share of series with the shift where change points were found, but none within 14 days. */
  elsewhere: number;
}

export interface RateByPhi extends Rates {
  phi: number;
  /** The same rates for series of 90–180 and of 181–365 days. */
  short: Rates;
  long: Rates;
}

/**
 * The oracle: the search given the true φ and σ_ε² = 1 − φ², with the smallest factor on ln n (on
 * a grid of 0.1) that kept false changes ≤ 8 % in 500 seeded series per φ. What the estimated
 * method could reach at best; measured once, for reference (see change-points.ts).
 */
export const ORACLE_FACTOR: Readonly<Record<number, number>> = { 0: 1.7, 0.3: 1.8, 0.6: 2.0, 0.8: 2.2 };

function oracleChanges(series: (number | null)[], phi: number): number[] {
  const { days, values } = checkSeries(series);
  const beta = defaultPenalty(1 - phi * phi, values.length, ORACLE_FACTOR[phi]);
  return ar1Segment(days, values, phi, beta, 7).starts.map((i) => days[i]!);
}

/**
 * Change points on AR(1) noise (φ ∈ {0, 0.3, 0.6, 0.8}, 90–365 days, 5 % missing), `reps`
 * series per φ without a change and as many with one shift of 1.5 marginal SD at a uniform day
 * at least 14 days from either end. With `oracle`, the search is given the true φ and σ.
 */
export function calibrateChangePoints(reps: number, seed = 1000, oracle = false): RateByPhi[] {
  const detect = (y: (number | null)[], phi: number) =>
    oracle ? oracleChanges(y, phi) : detectChangePoints(y).changePoints;
  return [0, 0.3, 0.6, 0.8].map((phi, k) => {
    const rng = createRng(seed + k);
    // Counts per length bucket (0: 90–180 days, 1: 181–365): series, false alarms, found, elsewhere.
    const counts = [0, 1].map(() => ({ n: 0, falseAlarm: 0, found: 0, elsewhere: 0 }));
    for (let r = 0; r < reps; r++) {
      const n = 90 + rng.int(276);
      const c = counts[n <= 180 ? 0 : 1]!;
      c.n++;
      if (detect(ar1Series(rng, n, phi, 0.05), phi).length > 0) c.falseAlarm++;
      const at = 14 + rng.int(n - 28);
      const y = ar1Series(rng, n, phi, 0.05).map((v, t) => (v === null ? null : t >= at ? v + 1.5 : v));
      const days = detect(y, phi);
      if (days.some((d) => Math.abs(d - at) <= 14)) c.found++;
      else if (days.length > 0) c.elsewhere++;
    }
    const rates = (cs: typeof counts): Rates => {
      const n = cs.reduce((s, c) => s + c.n, 0);
      const sum = (key: 'falseAlarm' | 'found' | 'elsewhere') => cs.reduce((s, c) => s + c[key], 0) / n;
      return { falseAlarm: sum('falseAlarm'), found: sum('found'), elsewhere: sum('elsewhere') };
    };
    return { phi, ...rates(counts), short: rates([counts[0]!]), long: rates([counts[1]!]) };
  });
}

export type CreditScenario = 'stationary AR(1)' | 'random walks' | 'shared trend' | 'shared weekday';

export interface CreditRate {
  scenario: CreditScenario;
  /** Share of null datasets (no action affects any outcome) with any discovery at q < .05. */
  anyDiscovery: number;
}

/** A random walk with unit steps. */
function randomWalk(rng: Rng, n: number): number[] {
  let x = 0;
  return Array.from({ length: n }, () => (x += rng.normal()));
}

/**
 * One dataset of the lagged-credit calibration: 2 actions (daily counts) and 2 outcomes over `n`
 * days, outcomes missing on 5 % of days. `effect` adds effect·a1[t − 1] to o1[t].
 */
export function creditDataset(
  rng: Rng,
  scenario: CreditScenario,
  n: number,
  effect = 0,
): { actions: Record<string, (number | null)[]>; outcomes: Record<string, (number | null)[]> } {
  const drift = (t: number) => (scenario === 'shared trend' ? (2 * t) / n : 0);
  const weekend = (t: number) => (scenario === 'shared weekday' && t % 7 >= 5 ? 1 : 0);
  const latent = (phi: number) =>
    scenario === 'random walks'
      ? randomWalk(rng, n).map((x) => 0.3 * x)
      : (ar1Series(rng, n, phi) as number[]);
  const action = () => latent(0.5).map((z, t) => Math.max(0, Math.round(1 + z + drift(t) + weekend(t))));
  const actions = { a1: action(), a2: action() };
  const outcome = (planted: boolean) =>
    latent(0.7).map((z, t) => {
      if (rng.next() < 0.05) return null;
      const lagged = planted && t > 0 ? effect * actions.a1[t - 1]! : 0;
      return z + drift(t) + weekend(t) + lagged;
    });
  return { actions, outcomes: { o1: outcome(effect !== 0), o2: outcome(false) } };
}

/**
 * Null datasets of each scenario (`reps` each, 180–365 days, lags 0–3): the share with any
 * discovery; and the share of datasets with a lag-1 effect of `effect` on top of a shared trend
 * in which that pair and lag is a discovery.
 */
export function calibrateLaggedCredit(
  reps: number,
  effect = 0.3,
  seed = 2000,
): { nulls: CreditRate[]; plantedFound: number } {
  const scenarios: CreditScenario[] = ['stationary AR(1)', 'random walks', 'shared trend', 'shared weekday'];
  const nulls = scenarios.map((scenario, k) => {
    const rng = createRng(seed + k);
    let any = 0;
    for (let r = 0; r < reps; r++) {
      const d = creditDataset(rng, scenario, 180 + rng.int(186));
      if (laggedCredit(d.actions, d.outcomes, { maxLag: 3, seed: r }).discoveries > 0) any++;
    }
    return { scenario, anyDiscovery: any / reps };
  });
  const rng = createRng(seed + 10);
  let found = 0;
  for (let r = 0; r < reps; r++) {
    const d = creditDataset(rng, 'shared trend', 180 + rng.int(186), effect);
    const res = laggedCredit(d.actions, d.outcomes, { maxLag: 3, seed: r });
    if (res.tests.some((t) => t.action === 'a1' && t.outcome === 'o1' && t.lag === 1 && t.discovery)) found++;
  }
  return { nulls, plantedFound: found / reps };
}

export interface AutomaticityCoverage {
  level: number;
  /** Share of fitted series whose interval holds the true day95. */
  coverage: number;
  /** The same, by number of answers: 14–19 and 20–26. */
  coverageFew: number;
  coverageMany: number;
  /** Share of series the curve could be fitted to at all. */
  fitted: number;
  /** Share of fitted series whose interval is open above. */
  openEnded: number;
}

/**
 * Weekly SRBAI answers along varied Lally curves: plateau a ∈ [4.5, 6.5], first score 1.5–3,
 * rate c ∈ [0.02, 0.08] per day (day95 from about 30 to 125), 14–26 answers a week apart (±1 day),
 * noise SD 0.3–0.6, scores kept on the 1–7 scale.
 */
export function calibrateAutomaticity(reps: number, level = 0.8, seed = 3000): AutomaticityCoverage {
  const rng = createRng(seed);
  let fitted = 0;
  let covered = 0;
  let open = 0;
  const few = [0, 0];
  const many = [0, 0];
  for (let r = 0; r < reps; r++) {
    const a = 4.5 + 2 * rng.next();
    const b = a - (1.5 + 1.5 * rng.next());
    const c = 0.02 + 0.06 * rng.next();
    const sd = 0.3 + 0.3 * rng.next();
    const k = 14 + rng.int(13);
    const truth = Math.log(b / (0.05 * a)) / c;
    const points = Array.from({ length: k }, (_, i) => {
      const day = 1 + 7 * i + (rng.int(3) - 1);
      const y = a - b * Math.exp(-c * day) + sd * rng.normal();
      return { day, srbai: Math.min(7, Math.max(1, y)) };
    });
    const iv = day95Interval(points, level);
    if (iv === null) continue;
    fitted++;
    if (iv.high === null) open++;
    const hit = truth >= iv.low && (iv.high === null || truth <= iv.high);
    if (hit) covered++;
    const bin = k < 20 ? few : many;
    bin[0]! += hit ? 1 : 0;
    bin[1]!++;
  }
  return {
    level,
    coverage: covered / fitted,
    coverageFew: few[0]! / few[1]!,
    coverageMany: many[0]! / many[1]!,
    fitted: fitted / reps,
    openEnded: open / fitted,
  };
}
