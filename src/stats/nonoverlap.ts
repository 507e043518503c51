/**
 * Non-overlap effect sizes for one baseline (A) and one intervention (B) phase.
 *
 * Conventions follow the R package SingleCaseES (Pustejovsky, Chen & Swan, version 0.7.x),
 * whose documented outputs our tests reproduce. "Improvement" is the direction in which a
 * change counts as better: `'higher'` (e.g. connection) or `'lower'` (e.g. conflicts).
 */
import { bisect, median, normalQuantile } from './distributions.ts';

export type Direction = 'higher' | 'lower';

export interface Interval {
  lower: number;
  upper: number;
  /** Confidence level, e.g. 0.95. */
  level: number;
  /** How the interval was computed, in words a statistician can check. */
  method: string;
}

export interface NapResult {
  estimate: number;
  /** Standard error, "exactly unbiased" estimator (Sen 1967; Mee 1990) as in SingleCaseES. */
  se: number;
  /** Hanley & McNeil (1982) standard error, for comparison. */
  seHanley: number;
  ci: Interval;
  /** m · n, the number of A×B pairs compared. */
  pairs: number;
  /** Sum over pairs of 1 (B better), ½ (tie), 0 (B worse). */
  credit: number;
}

const NAP_CI_METHOD =
  'Newcombe (2006) score-type interval for the Mann–Whitney probability (method 5), as in the R package SingleCaseES';

function oriented(xs: readonly number[], direction: Direction): number[] {
  return direction === 'higher' ? [...xs] : xs.map((x) => -x);
}

function assertPhases(a: readonly number[], b: readonly number[]): void {
  if (a.length < 2 || b.length < 2) throw new RangeError('each phase needs at least two values');
  for (const x of [...a, ...b]) if (!Number.isFinite(x)) throw new RangeError(`not a finite number: ${x}`);
}

/**
 * Non-overlap of All Pairs (Parker & Vannest 2009, "An improved effect size for single-case
 * research: Nonoverlap of All Pairs", Behavior Therapy 40(4)): the share of all A×B pairs in
 * which the B value improves on the A value, ties counting ½. 0.5 means no difference.
 *
 * Standard error: the unbiased estimator of SingleCaseES (Sen 1967 / Mee 1990, NAP truncated
 * to [½/mn, 1 − ½/mn] inside the variance). Interval: Newcombe (2006) method 5, the root of
 * `mn(NAP − x)²(2 − x)(1 + x) = z² x(1 − x)(2 + h + (1 + 2h)x(1 − x))`, h = (m + n)/2 − 1.
 *
 * @example nap([20, 20, 26, 25, 22, 23], [28, 25, 24, 27, 30, 30, 29]).estimate // 38.5 / 42
 */
export function nap(
  a: readonly number[],
  b: readonly number[],
  direction: Direction = 'higher',
  confidence = 0.95,
): NapResult {
  assertPhases(a, b);
  const A = oriented(a, direction);
  const B = oriented(b, direction);
  const m = A.length;
  const n = B.length;
  const rows = new Float64Array(m);
  const cols = new Float64Array(n);
  let credit = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const q = B[j]! > A[i]! ? 1 : B[j] === A[i] ? 0.5 : 0;
      rows[i]! += q;
      cols[j]! += q;
      credit += q;
    }
  }
  const est = credit / (m * n);
  let q1 = 0;
  for (let i = 0; i < m; i++) q1 += (rows[i]! - n * est) ** 2;
  q1 /= m * n * n;
  let q2 = 0;
  for (let j = 0; j < n; j++) q2 += (cols[j]! - m * est) ** 2;
  q2 /= m * m * n;
  let x = 0;
  for (let i = 0; i < m; i++) {
    for (let j = 0; j < n; j++) {
      const q = B[j]! > A[i]! ? 1 : B[j] === A[i] ? 0.5 : 0;
      x += (q - est) ** 2;
    }
  }
  x /= m * n;
  const trunc = 0.5 / (m * n);
  const t = Math.min(Math.max(est, trunc), 1 - trunc);
  const vUnbiased = (t * (1 - t) + n * q1 + m * q2 - 2 * x) / ((m - 1) * (n - 1));
  const vHanley = (t * (1 - t) + (n - 1) * q1 + (m - 1) * q2) / (m * n);
  return {
    estimate: est,
    se: Math.sqrt(Math.max(0, vUnbiased)),
    seHanley: Math.sqrt(vHanley),
    ci: napInterval(est, m, n, confidence),
    pairs: m * n,
    credit,
  };
}

/** Newcombe (2006) method-5 interval for NAP (see {@link nap}). */
export function napInterval(est: number, m: number, n: number, confidence = 0.95): Interval {
  const h = (m + n) / 2 - 1;
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const f = (p: number) =>
    m * n * (est - p) ** 2 * (2 - p) * (1 + p) - z * z * p * (1 - p) * (2 + h + (1 + 2 * h) * p * (1 - p));
  return {
    lower: est > 0 ? bisect(f, 0, est) : 0,
    upper: est < 1 ? bisect(f, est, 1) : 1,
    level: confidence,
    method: NAP_CI_METHOD,
  };
}

export interface TauResult {
  estimate: number;
  se: number;
  ci: Interval;
}

/**
 * Tau (A vs B), the non-overlap form of Kendall's tau: (#improving pairs − #worsening pairs) /
 * (m · n) = 2 · NAP − 1 (Parker, Vannest, Davis & Sauber 2011, Behavior Therapy 42(2)).
 * SE and interval are NAP's, mapped by 2x − 1 (as SingleCaseES does).
 */
export function tau(
  a: readonly number[],
  b: readonly number[],
  direction: Direction = 'higher',
  confidence = 0.95,
): TauResult {
  const r = nap(a, b, direction, confidence);
  return {
    estimate: 2 * r.estimate - 1,
    se: 2 * r.se,
    ci: {
      ...r.ci,
      lower: 2 * r.ci.lower - 1,
      upper: 2 * r.ci.upper - 1,
      method: `2·NAP − 1 of the ${r.ci.method}`,
    },
  };
}

/** Kendall's S of a series against time: Σ_{i<j} sign(x_j − x_i). */
export function kendallS(xs: readonly number[]): number {
  let s = 0;
  for (let i = 0; i < xs.length; i++) for (let j = i + 1; j < xs.length; j++) s += Math.sign(xs[j]! - xs[i]!);
  return s;
}

export interface TauUResult {
  estimate: number;
  /** S of the A×B comparison (improving minus worsening pairs). */
  sAB: number;
  /** Kendall S of the baseline against time (its monotone trend, in the improvement direction). */
  sTrendA: number;
  pairs: number;
}

/**
 * Tau-U, "A vs B − trend A" (Parker, Vannest, Davis & Sauber 2011, "Combining nonoverlap and
 * trend for single-case research: Tau-U", Behavior Therapy 42(2), 284–299):
 * (S_AB − S_trendA) / (m · n). The denominator is the number of A×B pairs, as in Parker et al.'s
 * worked example and in SingleCaseES's `Tau_U`; the value can leave [−1, 1] when the baseline
 * trend is steep. Other packages (e.g. some versions of R's `scan::tau_u`) divide by a different
 * number of pairs, so their "A vs. B − Trend A" row can differ from ours.
 *
 * @example tauU([3, 3, 4, 5], [4, 5, 6, 7, 7]).estimate // 11 / 20
 */
export function tauU(
  a: readonly number[],
  b: readonly number[],
  direction: Direction = 'higher',
): TauUResult {
  assertPhases(a, b);
  const A = oriented(a, direction);
  const B = oriented(b, direction);
  let sAB = 0;
  for (const x of A) for (const y of B) sAB += Math.sign(y - x);
  const sTrendA = kendallS(A);
  return { estimate: (sAB - sTrendA) / (A.length * B.length), sAB, sTrendA, pairs: A.length * B.length };
}

export interface TauBCResult extends TauResult {
  /** Theil–Sen slope of the baseline per session, on the original scale. */
  slope: number;
  intercept: number;
}

/**
 * Baseline-corrected Tau, Tau-BC (Tarlow 2017, "An improved rank correlation effect size
 * statistic for single-case designs: Baseline corrected Tau", Behavior Modification 41(4)).
 * The baseline trend is estimated with the Theil–Sen slope over sessions 1…m, intercept =
 * median(A − slope · session); that line is removed from both phases (B sessions m+1…m+n) and
 * Tau (A vs B) is computed on the residuals. As in SingleCaseES's default (`Kendall = FALSE`,
 * `pretest_trend = FALSE`) the correction is always applied and the non-overlap Tau is used,
 * not Kendall's tau-b. This differs from Tau-U: Tau-BC removes a fitted line, Tau-U subtracts
 * the baseline's rank trend count.
 */
export function tauBC(
  a: readonly number[],
  b: readonly number[],
  direction: Direction = 'higher',
  confidence = 0.95,
): TauBCResult {
  assertPhases(a, b);
  const m = a.length;
  const slopes: number[] = [];
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) slopes.push((a[j]! - a[i]!) / (j - i));
  const slope = median(slopes);
  const intercept = median(a.map((y, i) => y - slope * (i + 1)));
  // Rounded to 1e-9 so that residuals equal up to floating-point noise count as ties.
  const snap = (x: number) => Math.round(x * 1e9) / 1e9;
  const ca = a.map((y, i) => snap(y - intercept - slope * (i + 1)));
  const cb = b.map((y, j) => snap(y - intercept - slope * (m + j + 1)));
  const t = tau(ca, cb, direction, confidence);
  return { ...t, slope, intercept };
}
