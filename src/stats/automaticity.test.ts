import { describe, expect, it } from 'vitest';
import { fitAutomaticity } from './automaticity.ts';
import { createRng } from './random.ts';

// No published data set with its fitted parameters was found for the Lally et al. (2010) curve
// (the paper reports fits per participant in figures, not as data). The cases below are
// hand-derived: data generated from known parameters, checked by the closed form of day95.
describe('fitAutomaticity', () => {
  const truth = { a: 5.5, b: 4, c: 0.08 };
  const curve = (d: number) => truth.a - truth.b * Math.exp(-truth.c * d);

  it('recovers exact parameters from noise-free data, with day95 = ln(b / 0.05a) / c', () => {
    const pts = Array.from({ length: 15 }, (_, i) => ({ day: 1 + i * 6, srbai: curve(1 + i * 6) }));
    const fit = fitAutomaticity(pts);
    expect(fit.status).toBe('fitted');
    if (fit.status !== 'fitted') return;
    expect(fit.a).toBeCloseTo(5.5, 6);
    expect(fit.b).toBeCloseTo(4, 6);
    expect(fit.c).toBeCloseTo(0.08, 6);
    // ln(4 / 0.275) / 0.08 = ln(14.545…) / 0.08 = 2.67728 / 0.08 ≈ 33.466
    expect(fit.day95).toBeCloseTo(Math.log(4 / 0.275) / 0.08, 4);
    expect(fit.day95).toBeCloseTo(33.466, 2);
  });

  it('stays close with noise (σ = 0.3 on a 1–7 scale)', () => {
    const rng = createRng(3);
    const pts = Array.from({ length: 30 }, (_, i) => ({
      day: 3 * i,
      srbai: curve(3 * i) + 0.3 * rng.normal(),
    }));
    const fit = fitAutomaticity(pts);
    expect(fit.status).toBe('fitted');
    if (fit.status === 'fitted') {
      expect(Math.abs(fit.a - 5.5)).toBeLessThan(0.4);
      expect(Math.abs(fit.day95 - 33.46)).toBeLessThan(15);
    }
  });

  it('says "not enough data" below 6 points, for a straight line and for a falling series', () => {
    expect(fitAutomaticity([1, 2, 3, 4, 5].map((d) => ({ day: d, srbai: d }))).status).toBe(
      'not enough data',
    );
    const line = fitAutomaticity(Array.from({ length: 10 }, (_, d) => ({ day: d, srbai: 1 + 0.1 * d })));
    expect(line.status).toBe('not enough data');
    const falling = fitAutomaticity(
      Array.from({ length: 10 }, (_, d) => ({ day: d * 5, srbai: 1 + 4 * Math.exp(-0.1 * d * 5) })),
    );
    expect(falling.status).toBe('not enough data');
  });
});
