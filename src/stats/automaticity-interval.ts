/**
 * How uncertain "day of 95 % automaticity" is: a profile-likelihood interval for day95 of the
 * Lally et al. (2010) curve, at a stated level (default 80 %).
 *
 * Reparametrised by its day95 = D, the curve y = a − b·e^(−c·day) is y = a·(1 − 0.05·e^(c·(D − day))).
 * For each D the best a and c are found (a exactly, c by a grid and golden-section search, as in
 * the fit), giving the profile sum of squares S(D). The interval is every D ≥ 0 with
 *
 *   S(D) ≤ S_min · (1 + F(1, n − 3; level) / (n − 3)),
 *
 * the likelihood interval of nonlinear least squares (Bates & Watts 1988, "Nonlinear Regression
 * Analysis and Its Applications", ch. 6, profile t; Venzon & Moolgavkar 1988 for the profile search). Unlike
 * a symmetric ± interval it follows the curve's skew, and when later days fit about as well as any
 * (the answers have not yet levelled off enough) the upper end is open: `high: null`.
 * Coverage is measured in a seeded simulation (automaticity-interval.calibration.test.ts).
 */
import { type AutomaticityPoint, fitAutomaticity } from './automaticity.ts';
import { goldenSectionMin, normalQuantile } from './distributions.ts';

export interface Day95Interval {
  /** The fitted day95 (days since the habit started). */
  day95: number;
  low: number;
  /** null when the answers cannot bound it: later days fit about as well. */
  high: number | null;
  /** Confidence level, e.g. 0.8. */
  level: number;
}

export const DAY95_INTERVAL_METHOD =
  'profile-likelihood interval for day95 of the Lally et al. (2010) curve (Bates & Watts 1988, ch. 6)';

/** The level the app states the interval at. */
export const DAY95_LEVEL = 0.8;

/** Where the upper search stops: beyond this many days "open-ended" is the honest answer. */
const HORIZON_DAYS = 3650;

/**
 * Student's t quantile by the Cornish–Fisher expansion of Abramowitz & Stegun (1964) 26.7.5
 * (four correction terms; within 1e-3 of the tables for ν ≥ 3 at the levels used here).
 */
export function tQuantile(p: number, nu: number): number {
  const z = normalQuantile(p);
  const z2 = z * z;
  return (
    z +
    (z * (z2 + 1)) / (4 * nu) +
    (z * (5 * z2 * z2 + 16 * z2 + 3)) / (96 * nu ** 2) +
    (z * (3 * z2 ** 3 + 19 * z2 ** 2 + 17 * z2 - 15)) / (384 * nu ** 3) +
    (z * (79 * z2 ** 4 + 776 * z2 ** 3 + 1482 * z2 ** 2 - 1920 * z2 - 945)) / (92160 * nu ** 4)
  );
}

/** Least squares with day95 fixed at D and rate c: the best a ≥ 0 is exact. */
function sseAt(points: readonly AutomaticityPoint[], d95: number, c: number): number {
  let sgy = 0;
  let sgg = 0;
  let syy = 0;
  for (const p of points) {
    const g = 1 - 0.05 * Math.exp(c * (d95 - p.day));
    sgy += g * p.srbai;
    sgg += g * g;
    syy += p.srbai * p.srbai;
  }
  if (!(sgg > 0) || sgy <= 0) return syy;
  return Math.max(0, syy - (sgy * sgy) / sgg);
}

const LOG_C_LO = Math.log(1e-5);
const LOG_C_HI = Math.log(2);

/** Profile sum of squares S(D) = min over c of the least squares with day95 = D. */
function profileSse(points: readonly AutomaticityPoint[], d95: number): number {
  const steps = 80;
  let best = 0;
  let bestSse = Number.POSITIVE_INFINITY;
  for (let i = 0; i <= steps; i++) {
    const s = sseAt(points, d95, Math.exp(LOG_C_LO + ((LOG_C_HI - LOG_C_LO) * i) / steps));
    if (s < bestSse) {
      bestSse = s;
      best = i;
    }
  }
  const h = (LOG_C_HI - LOG_C_LO) / steps;
  const lo = LOG_C_LO + h * Math.max(0, best - 1);
  const hi = LOG_C_LO + h * Math.min(steps, best + 1);
  const { fx } = goldenSectionMin((lc) => sseAt(points, d95, Math.exp(lc)), lo, hi, 40, 0);
  return Math.min(bestSse, fx);
}

/**
 * The fitted day95 with its profile-likelihood interval at `level`, or null when the curve cannot
 * be fitted at all (see `fitAutomaticity`).
 *
 * @example day95Interval(points) // { day95: 61.2, low: 48.0, high: 95.5, level: 0.8 }
 */
export function day95Interval(
  points: readonly AutomaticityPoint[],
  level = DAY95_LEVEL,
): Day95Interval | null {
  if (!(level > 0 && level < 1)) throw new RangeError(`level must be between 0 and 1, got ${level}`);
  const fit = fitAutomaticity(points);
  if (fit.status !== 'fitted') return null;
  const n = points.length;
  const t = tQuantile((1 + level) / 2, n - 3);
  const sMin = Math.min(fit.rmse ** 2 * n, profileSse(points, fit.day95));
  const limit = sMin * (1 + (t * t) / (n - 3));
  const inside = (d: number) => profileSse(points, d) <= limit;
  // Walk out from the estimate in growing steps until outside, then bisect the crossing.
  const edge = (dir: 1 | -1): number | null => {
    let inner = fit.day95;
    let step = Math.max(1, fit.day95 * 0.05);
    for (;;) {
      const next = dir === 1 ? inner + step : Math.max(0, inner - step);
      if (dir === 1 && next > HORIZON_DAYS) return null;
      if (!inside(next)) {
        let a = inner;
        let b = next;
        for (let i = 0; i < 30 && Math.abs(b - a) > 0.05; i++) {
          const mid = (a + b) / 2;
          if (inside(mid)) a = mid;
          else b = mid;
        }
        return a;
      }
      if (dir === -1 && next === 0) return 0;
      inner = next;
      step *= 1.5;
    }
  };
  const low = Math.min(fit.day95, edge(-1) ?? 0);
  const up = edge(1);
  return { day95: fit.day95, low, high: up === null ? null : Math.max(fit.day95, up), level };
}
