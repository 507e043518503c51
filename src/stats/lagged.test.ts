import { describe, expect, it } from 'vitest';
import { ar1Coefficient, laggedCredit, prewhiten, removeTrendAndWeekday } from './lagged.ts';
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

  it('removes a linear trend and day-of-week means exactly (hand-checked), leaving nulls in place', () => {
    const weekday = [0, 1, 0, 0, 2, 5, 4];
    const y = Array.from({ length: 70 }, (_, t) => (t % 10 === 3 ? null : 3 + 0.05 * t + weekday[t % 7]!));
    const r = removeTrendAndWeekday(y);
    r.forEach((v, t) => {
      if (t % 10 === 3) expect(v).toBeNull();
      else expect(v!).toBeCloseTo(0, 10);
    });
    // What is left of noise on top is the noise minus its own trend and weekday fit: mean 0.
    const noisy = y.map((v) => (v === null ? null : v + rng.normal()));
    const left = removeTrendAndWeekday(noisy).filter((v): v is number => v !== null);
    expect(left.reduce((s, v) => s + v, 0)).toBeCloseTo(0, 9);
  });

  it('prewhitens with x_t − φ·x_{t−1}, null where a day or its yesterday is missing', () => {
    expect(prewhiten([1, 2, null, 4, 8], 0.5)).toEqual([null, 1.5, null, null, 6]);
    expect(ar1Coefficient([1, 1, 1, 1])).toBe(1);
    expect(ar1Coefficient([1, -1, 1, -1])).toBe(0); // negative autocorrelation is not filtered
  });

  it('r at each lag equals a two-pass Pearson on the prepared days; nulls are dropped, not imputed', () => {
    const withGaps = o.map((y, i) => (i % 9 === 4 ? null : y));
    const res = laggedCredit({ act: a }, { out: withGaps }, { maxLag: 3, seed: 1 });
    const ra = removeTrendAndWeekday(a);
    const phi = ar1Coefficient(ra);
    const pa = prewhiten(ra, phi);
    const po = prewhiten(removeTrendAndWeekday(withGaps), phi);
    for (const t of res.tests) {
      const xs: number[] = [];
      const ys: number[] = [];
      for (let i = 0; i + t.lag < 120; i++) {
        const x = pa[i];
        const y = po[i + t.lag];
        if (x !== null && x !== undefined && y !== null && y !== undefined) {
          xs.push(x);
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
    // Not exactly 1: the copy lacks the first two and last two days, so its trend and weekday
    // fit differ by a hair from the action's.
    expect(t2.r).toBeCloseTo(1, 2);
    expect(t2.slope).toBeCloseTo(1, 2);
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
});
