/**
 * Seeded simulations that measure what the statistics promise on the daily data couples actually
 * produce: autocorrelated, drifting, with weekly rhythms and missing days. The calibration tests
 * assert on these rates and `npm run bench` prints them, so both report the same figures.
 */
import { detectChangePoints } from './change-points.ts';
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
