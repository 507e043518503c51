/**
 * Lagged credit assignment: which actions (daily counts) are followed, 0…L days later, by a
 * better or worse outcome (a daily metric)?
 *
 * Preparation, against the everyday confounders (missing days stay missing throughout: pairwise
 * deletion, never imputed):
 * 1. Each series is reduced to its residuals from a linear trend and day-of-week means (ordinary
 *    least squares on the recorded days; weekday = day index mod 7). A couple doing more of
 *    everything while things improve, or a weekend rhythm in both, is no longer an association.
 * 2. Prewhitening: the action's residuals are fitted by an AR(1), and that same filter
 *    x_t − φ̂·x_{t−1} is applied to the action and the outcome (Box & Jenkins 1976, "Time Series
 *    Analysis: Forecasting and Control", revised ed., ch. 11: identifying a transfer function from
 *    the cross-correlation of the prewhitened series). Slow drifts that a line does not capture, random walks
 *    included, are differenced away (φ̂ near 1), and a lagged effect o_{t+k} = β·a_t keeps its
 *    slope β, since both sides go through the same filter.
 *
 * Association: Pearson's r between the prepared action[t] and outcome[t + lag].
 *
 * Inference: the circular-shift (rotation) null. Rotating the prepared action series against the
 * outcome keeps each series' own remaining autocorrelation and breaks only their alignment (the
 * time-series form of the torus-translation test, Harms, Condit, Hubbell & Foster 2001,
 * J. Ecology 89; not Ebisuzaki's 1997 random-phase surrogates, which randomize Fourier phases
 * instead). Rotations closer than `maxLag + exclusion` days to the true alignment, in either
 * direction, are not used. From the rotated correlations we take the null standard deviation of
 * r (root mean square, centred at 0) and report p = 2·Φ̄(|r| / SD_null), the upper tail computed
 * directly, so that p-values smaller than 1 / rotations, which the BH step needs, are possible;
 * the plain rank p of the rotations is reported beside it as `pShift`.
 * Effect sizes: r and the slope (outcome units per extra action) with intervals ± 1.96·SD_null.
 * Multiplicity: Benjamini–Hochberg over every action × outcome × lag tested (see fdr.ts).
 *
 * Calibrated by seeded simulation (lagged.calibration.test.ts, `npm run bench`): stationary AR(1),
 * independent random walks, a linear trend shared by actions and outcomes, a weekday pattern
 * shared by both.
 */
import { normalUpperTail } from './distributions.ts';
import { benjaminiHochberg } from './fdr.ts';
import { createRng } from './random.ts';

export type DailySeries = readonly (number | null)[];

export interface LaggedOptions {
  /** Largest lag in days (lags 0…maxLag are tested). */
  maxLag: number;
  /** Number of rotations for the null distribution. Default 300. */
  rotations?: number;
  /** Extra days of exclusion around the tested lags. Default 7. */
  exclusion?: number;
  seed?: number;
  /** FDR level. Default 0.05. */
  alpha?: number;
  /** Fewest overlapping days for a test to run. Default 14. */
  minOverlap?: number;
}

export interface LaggedTest {
  action: string;
  outcome: string;
  lag: number;
  /** Days with both values recorded. */
  n: number;
  r: number | null;
  rInterval: { lower: number; upper: number } | null;
  /** Outcome units per extra action, with interval. */
  slope: number | null;
  slopeInterval: { lower: number; upper: number } | null;
  /** Normal p from the rotation null's SD (used for FDR). */
  p: number | null;
  /** Rank p among the rotations, (1 + #{|r*| ≥ |r|}) / (rotations + 1). */
  pShift: number | null;
  /** BH-adjusted p. */
  q: number | null;
  discovery: boolean;
}

export interface LaggedResult {
  method: string;
  rotations: number;
  seed: number;
  alpha: number;
  tests: LaggedTest[];
  discoveries: number;
}

export const LAGGED_METHOD =
  'residuals from a linear trend and day-of-week means, both series prewhitened by the action’s AR(1) filter (Box & Jenkins 1976); Pearson r at each lag; circular-shift (rotation) null preserving the remaining autocorrelation, p from the null SD; Benjamini–Hochberg FDR over all pairs and lags';

/**
 * Residuals of a least-squares fit of a linear trend and day-of-week means (weekday = day index
 * mod 7), on the recorded days; null stays null. By Frisch–Waugh: both the values and the day
 * index are centred within their weekday, then the slope is fitted on what is left.
 */
export function removeTrendAndWeekday(xs: DailySeries): (number | null)[] {
  const sum = new Float64Array(7);
  const sumT = new Float64Array(7);
  const count = new Float64Array(7);
  xs.forEach((x, t) => {
    if (x === null) return;
    sum[t % 7]! += x;
    sumT[t % 7]! += t;
    count[t % 7]!++;
  });
  let sxy = 0;
  let sxx = 0;
  xs.forEach((x, t) => {
    if (x === null) return;
    const w = t % 7;
    const tc = t - sumT[w]! / count[w]!;
    sxy += tc * (x - sum[w]! / count[w]!);
    sxx += tc * tc;
  });
  const slope = sxx > 0 ? sxy / sxx : 0;
  return xs.map((x, t) => {
    if (x === null) return null;
    const w = t % 7;
    return x - sum[w]! / count[w]! - slope * (t - sumT[w]! / count[w]!);
  });
}

/** Lag-1 autocorrelation over pairs of recorded consecutive days, clipped to [0, 1]. */
export function ar1Coefficient(xs: readonly (number | null)[]): number {
  let cross = 0;
  let sq = 0;
  for (let t = 1; t < xs.length; t++) {
    const a = xs[t];
    const b = xs[t - 1];
    if (a === null || a === undefined || b === null || b === undefined) continue;
    cross += a * b;
    sq += b * b;
  }
  return sq > 0 ? Math.min(1, Math.max(0, cross / sq)) : 0;
}

/** The filter x_t − φ·x_{t−1}; null where either day is missing (the first day has no yesterday). */
export function prewhiten(xs: readonly (number | null)[], phi: number): (number | null)[] {
  return xs.map((x, t) => {
    const y = t > 0 ? xs[t - 1] : null;
    return x === null || y === null || y === undefined ? null : x - phi * y;
  });
}

interface Prepared {
  v: Float64Array;
  m: Float64Array;
}

function prepare(xs: DailySeries, name: string): Prepared {
  const v = new Float64Array(xs.length);
  const m = new Float64Array(xs.length);
  xs.forEach((x, i) => {
    if (x === null) return;
    if (!Number.isFinite(x)) throw new RangeError(`${name}, day ${i + 1}: not a number`);
    v[i] = x;
    m[i] = 1;
  });
  return { v, m };
}

interface Moments {
  n: number;
  r: number | null;
  sx: number;
  sy: number;
}

/** r between a[t] and o[t + lag] (non-circular), pairwise complete. */
function laggedMoments(a: Prepared, o: Prepared, lag: number): Moments {
  const N = a.v.length;
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  for (let t = 0; t + lag < N; t++) {
    const w = a.m[t]! * o.m[t + lag]!;
    const x = a.v[t]! * w;
    const y = o.v[t + lag]! * w;
    n += w;
    sx += x;
    sy += y;
    sxx += x * x;
    syy += y * y;
    sxy += x * y;
  }
  return finish(n, sx, sy, sxx, syy, sxy);
}

function finish(n: number, sx: number, sy: number, sxx: number, syy: number, sxy: number): Moments {
  if (n < 3) return { n, r: null, sx: 0, sy: 0 };
  const vx = sxx - (sx * sx) / n;
  const vy = syy - (sy * sy) / n;
  const c = sxy - (sx * sy) / n;
  const sdx = Math.sqrt(Math.max(0, vx) / (n - 1));
  const sdy = Math.sqrt(Math.max(0, vy) / (n - 1));
  if (!(vx > 1e-12 * Math.max(1, sxx)) || !(vy > 1e-12 * Math.max(1, syy)))
    return { n, r: null, sx: sdx, sy: sdy };
  return { n, r: c / Math.sqrt(vx * vy), sx: sdx, sy: sdy };
}

/** r between a[(t − s) mod N] and o[t] over all t (circular), pairwise complete. */
function rotatedR(a: Prepared, o: Prepared, s: number): number | null {
  const N = a.v.length;
  let n = 0;
  let sx = 0;
  let sy = 0;
  let sxx = 0;
  let syy = 0;
  let sxy = 0;
  const av = a.v;
  const am = a.m;
  const ov = o.v;
  const om = o.m;
  // Two runs instead of a modulo: t < s reads a[t − s + N], t ≥ s reads a[t − s].
  for (let pass = 0; pass < 2; pass++) {
    const from = pass === 0 ? 0 : s;
    const to = pass === 0 ? s : N;
    const off = pass === 0 ? N - s : -s;
    for (let t = from; t < to; t++) {
      const j = t + off;
      const w = am[j]! * om[t]!;
      const x = av[j]! * w;
      const y = ov[t]! * w;
      n += w;
      sx += x;
      sy += y;
      sxx += x * x;
      syy += y * y;
      sxy += x * y;
    }
  }
  return finish(n, sx, sy, sxx, syy, sxy).r;
}

/**
 * Tests every action × outcome × lag 0…maxLag and controls the FDR across all of them.
 * All series must have the same length (one value or null per day, oldest first).
 */
export function laggedCredit(
  actions: Record<string, DailySeries>,
  outcomes: Record<string, DailySeries>,
  options: LaggedOptions,
): LaggedResult {
  const names = [...Object.keys(actions), ...Object.keys(outcomes)];
  const all = [...Object.values(actions), ...Object.values(outcomes)];
  if (Object.keys(actions).length === 0 || Object.keys(outcomes).length === 0) {
    throw new RangeError('need at least one action and one outcome series');
  }
  const N = all[0]!.length;
  all.forEach((s, i) => {
    if (s.length !== N) throw new RangeError(`series ${names[i]} has ${s.length} days, expected ${N}`);
  });
  const L = options.maxLag;
  if (!(Number.isInteger(L) && L >= 0)) throw new RangeError(`max lag must be a whole number ≥ 0, got ${L}`);
  const exclusion = options.exclusion ?? 7;
  const rotations = options.rotations ?? 300;
  const seed = options.seed ?? 1;
  const alpha = options.alpha ?? 0.05;
  const minOverlap = options.minOverlap ?? 14;
  const lo = L + exclusion + 1;
  const hi = N - L - exclusion - 1;
  if (hi - lo + 1 < 20) {
    throw new RangeError(
      `not enough days: ${N} days leave ${Math.max(0, hi - lo + 1)} usable rotations for lags up to ${L}; need at least 20 (about ${2 * (L + exclusion) + 22} days)`,
    );
  }
  // The same rotations for every pair, drawn once without replacement (or all when fewer).
  const rng = createRng(seed);
  const pool = Array.from({ length: hi - lo + 1 }, (_, i) => lo + i);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  const shifts = pool.slice(0, Math.min(rotations, pool.length));
  // Check the raw values first, so that errors name the day as given.
  for (const [k, s] of [...Object.entries(actions), ...Object.entries(outcomes)]) prepare(s, k);
  const residualO = Object.entries(outcomes).map(([k, s]) => [k, removeTrendAndWeekday(s)] as const);
  const tests: LaggedTest[] = [];
  const rs = new Float64Array(shifts.length);
  for (const [an, series] of Object.entries(actions)) {
    const ra = removeTrendAndWeekday(series);
    const phi = ar1Coefficient(ra);
    const a = prepare(prewhiten(ra, phi), an);
    for (const [on, ro] of residualO) {
      const o = prepare(prewhiten(ro, phi), on);
      let sumSq = 0;
      let count = 0;
      for (let i = 0; i < shifts.length; i++) {
        const r = rotatedR(a, o, shifts[i]!);
        rs[i] = r === null ? Number.NaN : r;
        if (r !== null) {
          sumSq += r * r;
          count++;
        }
      }
      const nCirc = overlap(a, o);
      const sdCirc = count >= 10 ? Math.sqrt(sumSq / count) : Number.NaN;
      for (let lag = 0; lag <= L; lag++) {
        const mo = laggedMoments(a, o, lag);
        const base: LaggedTest = {
          action: an,
          outcome: on,
          lag,
          n: mo.n,
          r: mo.r,
          rInterval: null,
          slope: null,
          slopeInterval: null,
          p: null,
          pShift: null,
          q: null,
          discovery: false,
        };
        if (mo.r === null || mo.n < minOverlap || !(sdCirc > 0)) {
          tests.push(base);
          continue;
        }
        // The rotations use all overlapping days; a lagged window has fewer, so widen by √(n_c/n).
        const sd = sdCirc * Math.sqrt(nCirc / mo.n);
        const z = Math.abs(mo.r) / sd;
        let beyond = 0;
        for (let i = 0; i < shifts.length; i++) if (Math.abs(rs[i]!) >= Math.abs(mo.r) - 1e-12) beyond++;
        const k = mo.sy / mo.sx;
        base.rInterval = { lower: Math.max(-1, mo.r - 1.96 * sd), upper: Math.min(1, mo.r + 1.96 * sd) };
        base.slope = mo.r * k;
        base.slopeInterval = { lower: (mo.r - 1.96 * sd) * k, upper: (mo.r + 1.96 * sd) * k };
        base.p = Math.min(1, 2 * normalUpperTail(z));
        base.pShift = (1 + beyond) / (count + 1);
        tests.push(base);
      }
    }
  }
  const bh = benjaminiHochberg(
    tests.map((t) => t.p),
    alpha,
  );
  tests.forEach((t, i) => {
    t.q = bh.q[i]!;
    t.discovery = bh.rejected[i]!;
  });
  return { method: LAGGED_METHOD, rotations: shifts.length, seed, alpha, tests, discoveries: bh.discoveries };
}

function overlap(a: Prepared, o: Prepared): number {
  let n = 0;
  for (let t = 0; t < a.m.length; t++) n += a.m[t]! * o.m[t]!;
  return n;
}

/** A candid hint for one discovery, in the "we notice…" voice the credit area uses. */
export function explainLaggedTest(t: LaggedTest): string {
  if (!t.discovery || t.slope === null || t.slopeInterval === null) {
    return `We can't tell yet whether ${t.action} makes a difference to ${t.outcome}${t.lag > 0 ? ` ${t.lag} day${t.lag > 1 ? 's' : ''} later` : ''}.`;
  }
  const when = t.lag === 0 ? 'on the same day' : t.lag === 1 ? 'the next day' : `${t.lag} days later`;
  const dir = t.slope > 0 ? 'higher' : 'lower';
  const f = (x: number) => Math.abs(x).toFixed(2);
  return `We notice that after more ${t.action}, ${t.outcome} tends to be ${dir} ${when}: about ${f(t.slope)} per extra ${t.action} (somewhere between ${f(t.slopeInterval.lower)} and ${f(t.slopeInterval.upper)}). This is a pattern, not proof that one causes the other — does it ring true to you?`;
}
