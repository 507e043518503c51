/**
 * How uncertain "day of 95 % automaticity" is: a leave-one-out (jackknife, Quenouille 1956 /
 * Tukey 1958) range of the fitted day95 of the Lally et al. (2010) curve. Each answer is left
 * out in turn and the curve refitted; the range spans the refits. When a refit refuses (too few
 * points, no bend), the estimate leans on that one answer and the range is reported as open
 * (`high: null`), which the app says in words.
 */
import { type AutomaticityPoint, fitAutomaticity } from './automaticity.ts';

export interface Day95Range {
  day95: number;
  low: number;
  /** null when leaving one answer out leaves no curve: the upper end is not known yet. */
  high: number | null;
}

/** The fitted day95 with its jackknife range, or null when the curve cannot be fitted at all. */
export function automaticityRange(points: readonly AutomaticityPoint[]): Day95Range | null {
  const fit = fitAutomaticity(points);
  if (fit.status !== 'fitted') return null;
  let low = fit.day95;
  let high: number | null = fit.day95;
  for (let i = 0; i < points.length; i++) {
    const refit = fitAutomaticity(points.filter((_, j) => j !== i));
    if (refit.status !== 'fitted') {
      high = null;
      continue;
    }
    low = Math.min(low, refit.day95);
    if (high !== null) high = Math.max(high, refit.day95);
  }
  return { day95: fit.day95, low, high };
}
