/**
 * Seeded simulations that measure what the statistics promise on the daily data couples actually
 * produce: autocorrelated, drifting, with weekly rhythms and missing days. The calibration tests
 * assert on these rates and `npm run bench` prints them, so both report the same figures.
 */
import { day95Interval } from './automaticity-interval.ts';
import { detectChangePoints } from './change-points.ts';
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

export interface RateByPhi {
  phi: number;
  /** Share of series without a change that got any change point. */
  falseAlarm: number;
  /** Share of series with one 1.5-SD shift where a change point lies within 14 days of it. */
  found: number;
}

/**
 * Change points on AR(1) noise (φ ∈ {0, 0.3, 0.6, 0.8}, 90–365 days, 5 % missing), `reps`
 * series per φ without a change and as many with one shift of 1.5 marginal SD at a uniform day
 * at least 14 days from either end.
 */
export function calibrateChangePoints(reps: number, seed = 1000): RateByPhi[] {
  return [0, 0.3, 0.6, 0.8].map((phi, k) => {
    const rng = createRng(seed + k);
    let falseAlarm = 0;
    let found = 0;
    for (let r = 0; r < reps; r++) {
      const n = 90 + rng.int(276);
      if (detectChangePoints(ar1Series(rng, n, phi, 0.05)).changePoints.length > 0) falseAlarm++;
      const at = 14 + rng.int(n - 28);
      const y = ar1Series(rng, n, phi, 0.05).map((v, t) => (v === null ? null : t >= at ? v + 1.5 : v));
      if (detectChangePoints(y).changes.some((c) => Math.abs(c.day - at) <= 14)) found++;
    }
    return { phi, falseAlarm: falseAlarm / reps, found: found / reps };
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
