/**
 * Automaticity curve (Lally, van Jaarsveld, Potts & Wardle 2010, "How are habits formed:
 * Modelling habit formation in the real world", Eur. J. Social Psychology 40(6)): SRBAI scores
 * over days follow y = a − b·e^(−c·day); a is the plateau (asymptote) and the habit counts as
 * formed when the curve reaches 95 % of it, at day ln(b / (0.05·a)) / c.
 *
 * Fitting: nonlinear least squares by variable projection (Golub & Pereyra 1973): for a given
 * rate c the model is linear in a and b, so a and b are solved exactly and only c is searched,
 * first on a log-spaced grid (0.001…2 per day), then refined by golden-section search. This
 * never diverges, unlike a Gauss–Newton step from a poor start.
 *
 * Honest "not enough data yet": fewer than {@link MIN_AUTOMATICITY_POINTS} scores, a best rate
 * on the edge of the grid (the curve has not started to bend, or is flat), or a curve that does
 * not rise (b ≤ 0 or a ≤ 0).
 */

import { goldenSectionMin } from './distributions.ts';

/** Fewest SRBAI scores we fit a three-parameter curve to (two per parameter). */
export const MIN_AUTOMATICITY_POINTS = 6;

export interface AutomaticityPoint {
  day: number;
  srbai: number;
}

export type AutomaticityFit =
  | {
      status: 'fitted';
      a: number;
      b: number;
      c: number;
      /** Day the curve reaches 95 % of its plateau (may lie in the future). */
      day95: number;
      rmse: number;
      n: number;
      curve: { day: number; fitted: number }[];
      explanation: string;
    }
  | {
      status: 'not enough data';
      /** Why, as a code for other languages: too few scores, no levelling off yet, not rising. */
      why: 'few' | 'not_levelling' | 'not_rising';
      reason: string;
      n: number;
      explanation: string;
    };

function linearFit(pts: readonly AutomaticityPoint[], c: number): { a: number; b: number; sse: number } {
  // y = a + β·g with g = e^(−c·day) and β = −b.
  const n = pts.length;
  let sg = 0;
  let sy = 0;
  let sgg = 0;
  let sgy = 0;
  for (const p of pts) {
    const g = Math.exp(-c * p.day);
    sg += g;
    sy += p.srbai;
    sgg += g * g;
    sgy += g * p.srbai;
  }
  const det = n * sgg - sg * sg;
  if (Math.abs(det) < 1e-14) return { a: sy / n, b: 0, sse: Number.POSITIVE_INFINITY };
  const beta = (n * sgy - sg * sy) / det;
  const a = (sy - beta * sg) / n;
  let sse = 0;
  for (const p of pts) sse += (p.srbai - a - beta * Math.exp(-c * p.day)) ** 2;
  return { a, b: -beta, sse };
}

/** Fits the Lally et al. (2010) curve; see the module comment for the method and refusals. */
export function fitAutomaticity(points: readonly AutomaticityPoint[]): AutomaticityFit {
  const n = points.length;
  const refuse = (why: 'few' | 'not_levelling' | 'not_rising', reason: string): AutomaticityFit => ({
    status: 'not enough data',
    why,
    reason,
    n,
    explanation: `Not enough data yet to estimate when this habit becomes automatic: ${reason}. Keep answering the four short questions every few days.`,
  });
  if (n < MIN_AUTOMATICITY_POINTS)
    return refuse(
      'few',
      `${n} score${n === 1 ? '' : 's'} so far, at least ${MIN_AUTOMATICITY_POINTS} are needed`,
    );
  for (const p of points) {
    if (!Number.isFinite(p.day) || !Number.isFinite(p.srbai))
      throw new RangeError('day and srbai must be numbers');
  }
  const grid: number[] = [];
  for (let i = 0; i <= 120; i++) grid.push(0.001 * 2000 ** (i / 120));
  let best = 0;
  let bestSse = Number.POSITIVE_INFINITY;
  grid.forEach((c, i) => {
    const s = linearFit(points, c).sse;
    if (s < bestSse) {
      bestSse = s;
      best = i;
    }
  });
  if (best === 0 || best === grid.length - 1) {
    return refuse(
      'not_levelling',
      'the scores have not started to level off yet, so the plateau cannot be told apart from a straight line',
    );
  }
  // Golden-section search for c between the grid neighbours of the best grid point (in log c).
  const c = Math.exp(
    goldenSectionMin(
      (lc) => linearFit(points, Math.exp(lc)).sse,
      Math.log(grid[best - 1]!),
      Math.log(grid[best + 1]!),
    ).x,
  );
  const { a, b, sse } = linearFit(points, c);
  if (!(a > 0) || !(b > 0)) return refuse('not_rising', 'the scores are not rising towards a plateau');
  const day95 = Math.max(0, Math.log(b / (0.05 * a)) / c);
  const maxDay = Math.max(...points.map((p) => p.day));
  const curve = [];
  const end = Math.max(maxDay, Math.ceil(day95));
  for (let d = 0; d <= end; d++) curve.push({ day: d, fitted: a - b * Math.exp(-c * d) });
  const future = day95 > maxDay;
  return {
    status: 'fitted',
    a,
    b,
    c,
    day95,
    rmse: Math.sqrt(sse / n),
    n,
    curve,
    explanation: `Your automaticity scores are levelling off towards about ${a.toFixed(1)}. ${
      future
        ? `If the pattern holds, this habit should feel close to automatic around day ${Math.round(day95)}; that is an estimate from ${n} scores and will move as you add more.`
        : `The curve reached 95% of that level around day ${Math.round(day95)}: this habit is close to automatic.`
    } (Lally et al. found a median of 66 days, with a wide range: slow is normal.)`,
  };
}
