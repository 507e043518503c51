import { describe, expect, it } from 'vitest';
import { ar1Cost, ar1Segment } from './change-ar1.ts';
import { peltMean } from './change-points.ts';
import { createRng } from './random.ts';

const everyDay = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('ar1Segment', () => {
  it('is squared-error PELT when φ = 0 (random step series)', () => {
    const rng = createRng(3);
    for (let r = 0; r < 40; r++) {
      const n = 20 + rng.int(60);
      const values = Array.from({ length: n }, (_, i) => (i > n / 2 ? 2 : 0) + rng.normal());
      const beta = 1 + 4 * rng.next();
      const got = ar1Segment(everyDay(n), values, 0, beta, 3);
      const want = peltMean(values, beta, 3);
      expect(got.starts).toEqual(want.starts);
      expect(got.cost).toBeCloseTo(want.cost, 9);
    }
  });

  it('costs one segment as the AR(1) generalised least squares residual sum of squares', () => {
    // By hand: with φ = 0.5 and no gaps, the whitened rows are √(1 − φ²)·y₀ and y_t − φ·y_{t−1}
    // with coefficients √(1 − φ²) and 1 − φ on the mean; the cost is the residual sum of squares
    // of that one-column regression.
    const y = [1, 3, 2, 4, 3];
    const phi = 0.5;
    const s = Math.sqrt(1 - phi * phi);
    const rows = [[s * y[0]!, s], ...y.slice(1).map((v, i) => [v - phi * y[i]!, 1 - phi])];
    const mu = rows.reduce((a, [t, c]) => a + t! * c!, 0) / rows.reduce((a, [, c]) => a + c! * c!, 0);
    const want = rows.reduce((a, [t, c]) => a + (t! - c! * mu) ** 2, 0);
    expect(ar1Cost(everyDay(5), y, phi, [])).toBeCloseTo(want, 12);
  });

  it('scales a row after a gap of g days to the variance of g innovations', () => {
    // y on days 0 and 3 only, φ = 0.5: row (y₃ − φ³y₀)/√(1 + φ² + φ⁴), coefficient (1 − φ³)/√(…).
    const phi = 0.5;
    const s = Math.sqrt(1 - phi * phi);
    const v = Math.sqrt(1 + phi ** 2 + phi ** 4);
    const rows = [
      [s * 1, s],
      [(4 - phi ** 3 * 1) / v, (1 - phi ** 3) / v],
    ];
    const mu = rows.reduce((a, [t, c]) => a + t! * c!, 0) / rows.reduce((a, [, c]) => a + c! * c!, 0);
    const want = rows.reduce((a, [t, c]) => a + (t! - c! * mu) ** 2, 0);
    expect(ar1Cost([0, 3], [1, 4], phi, [])).toBeCloseTo(want, 12);
  });

  it('finds a planted step in strongly autocorrelated noise where a slow swing is not a change', () => {
    const rng = createRng(11);
    const phi = 0.8;
    let e = rng.normal();
    const values = Array.from({ length: 200 }, (_, t) => {
      if (t > 0) e = phi * e + Math.sqrt(1 - phi * phi) * rng.normal();
      return (t >= 120 ? 4 : 0) + e;
    });
    const { starts } = ar1Segment(everyDay(200), values, phi, 2.4 * (1 - phi * phi) * Math.log(200), 7);
    expect(starts).toHaveLength(1);
    expect(Math.abs(starts[0]! - 120)).toBeLessThanOrEqual(2);
  });
});
