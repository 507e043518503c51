import { describe, expect, it } from 'vitest';
import { laggedCredit } from './lagged.ts';
import { createRng } from './random.ts';

/** AR(1) series x_t = φ·x_{t−1} + ε_t, stationary start. */
function ar1(n: number, phi: number, rng: ReturnType<typeof createRng>): number[] {
  const out: number[] = [];
  let x = rng.normal() / Math.sqrt(1 - phi * phi);
  for (let t = 0; t < n; t++) {
    x = phi * x + rng.normal();
    out.push(x);
  }
  return out;
}

/** Daily counts from a latent AR(1) (an action done 0, 1, 2… times). */
function counts(n: number, phi: number, rng: ReturnType<typeof createRng>): number[] {
  return ar1(n, phi, rng).map((z) => Math.max(0, Math.round(1 + z)));
}

function pearson(xs: number[], ys: number[]): number {
  const n = xs.length;
  const mx = xs.reduce((a, b) => a + b, 0) / n;
  const my = ys.reduce((a, b) => a + b, 0) / n;
  let c = 0;
  let vx = 0;
  let vy = 0;
  for (let i = 0; i < n; i++) {
    c += (xs[i]! - mx) * (ys[i]! - my);
    vx += (xs[i]! - mx) ** 2;
    vy += (ys[i]! - my) ** 2;
  }
  return c / Math.sqrt(vx * vy);
}

describe('laggedCredit', () => {
  const rng = createRng(11);
  const a = counts(120, 0.3, rng);
  const o = ar1(120, 0.3, rng);

  it('r at each lag equals a two-pass Pearson on the aligned days; nulls are dropped, not imputed', () => {
    const withGaps = o.map((y, i) => (i % 9 === 4 ? null : y));
    const res = laggedCredit({ act: a }, { out: withGaps }, { maxLag: 3, seed: 1 });
    for (const t of res.tests) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i + t.lag < 120; i++) {
        const y = withGaps[i + t.lag];
        if (y !== null && y !== undefined) {
          xs.push(a[i]!);
          ys.push(y);
        }
      }
      expect(t.n).toBe(xs.length);
      expect(t.r).toBeCloseTo(pearson(xs, ys), 10);
    }
    expect(res.tests).toHaveLength(4);
  });

  it('a perfectly aligned copy at lag 2 is found, with slope 1 (hand-checked)', () => {
    const shifted = a.map((_, i) => (i >= 2 ? a[i - 2]! : null));
    const res = laggedCredit({ act: a }, { out: shifted }, { maxLag: 4, seed: 2 });
    const t2 = res.tests.find((t) => t.lag === 2)!;
    expect(t2.r).toBeCloseTo(1, 12);
    expect(t2.slope).toBeCloseTo(1, 12);
    expect(t2.discovery).toBe(true);
    expect(t2.q).toBeLessThan(0.05);
  });

  it('is invariant to shifting all values and reproducible by seed', () => {
    const r1 = laggedCredit({ act: a }, { out: o }, { maxLag: 3, seed: 5 });
    const r2 = laggedCredit(
      { act: a.map((x) => x + 10) },
      { out: o.map((y) => y - 3) },
      { maxLag: 3, seed: 5 },
    );
    r1.tests.forEach((t, i) => {
      expect(r2.tests[i]!.r).toBeCloseTo(t.r!, 9);
      expect(r2.tests[i]!.p).toBeCloseTo(t.p!, 9);
    });
  });

  it('says plainly when there are too few days', () => {
    expect(() => laggedCredit({ a: [1, 2, 3] }, { o: [1, 2, 3] }, { maxLag: 1 })).toThrow(/not enough days/);
  });

  it('calibration: AR(1) null data give a discovery in ≤ 5 % of runs; a planted lag-2 effect is found in most', () => {
    // Full null: 3 actions × 2 outcomes × lags 0–7 (48 tests) on a year of data, both series
    // autocorrelated (φ = 0.6). BH at 0.05 bounds the chance of any discovery by 0.05 here.
    const runs = 1000; // SE of a 5 % rate over 1000 runs ≈ 0.7 points
    const sim = createRng(2024);
    let nullRuns = 0;
    let nullTests = 0;
    let nullRejections = 0;
    let plantedFound = 0;
    let plantedRuns = 0;
    for (let run = 0; run < runs; run++) {
      const acts = { a1: counts(365, 0.6, sim), a2: counts(365, 0.6, sim), a3: counts(365, 0.6, sim) };
      const outs = { o1: ar1(365, 0.6, sim), o2: ar1(365, 0.6, sim) };
      const res = laggedCredit(acts, outs, { maxLag: 7, rotations: 200, seed: run });
      if (res.discoveries > 0) nullRuns++;
      for (const t of res.tests) {
        nullTests++;
        if (t.p !== null && t.p < 0.05) nullRejections++;
      }
      if (run < 100) {
        // Plant: o1 rises 0.4 per unit of a1 two days later (a modest effect: r ≈ 0.3).
        const o1 = outs.o1.map((y, t) => (t >= 2 ? y + 0.4 * acts.a1[t - 2]! : y));
        const planted = laggedCredit(acts, { ...outs, o1 }, { maxLag: 7, rotations: 200, seed: run });
        plantedRuns++;
        if (
          planted.tests.some((t) => t.action === 'a1' && t.outcome === 'o1' && t.lag === 2 && t.discovery)
        ) {
          plantedFound++;
        }
      }
    }
    const nullRate = nullRuns / runs;
    const power = plantedFound / plantedRuns;
    const perTest = nullRejections / nullTests;
    console.log(
      `lagged calibration: null runs with any discovery ${nullRuns}/${runs} = ${(100 * nullRate).toFixed(1)} %; single tests with p < 0.05 ${(100 * perTest).toFixed(2)} %; planted effect found ${plantedFound}/${plantedRuns} = ${(100 * power).toFixed(1)} %`,
    );
    expect(nullRate).toBeLessThanOrEqual(0.05);
    // Each single p-value is calibrated too: about 5 % below 0.05 (48 000 correlated tests).
    expect(perTest).toBeGreaterThan(0.035);
    expect(perTest).toBeLessThan(0.065);
    expect(power).toBeGreaterThan(0.7);
  }, 30_000);
});
