import { describe, expect, it } from 'vitest';
import { day95Interval, tQuantile } from './automaticity-interval.ts';
import { createRng } from './random.ts';

describe('tQuantile', () => {
  it('matches the published t table (Abramowitz & Stegun 1964, table 26.10)', () => {
    const table: [number, number, number][] = [
      [0.9, 3, 1.638],
      [0.9, 11, 1.363],
      [0.9, 23, 1.319],
      [0.975, 10, 2.228],
    ];
    for (const [p, nu, t] of table) expect(Math.abs(tQuantile(p, nu) - t)).toBeLessThan(1e-3);
  });
});

describe('day95Interval', () => {
  const curve = (d: number) => 5.5 - 4 * Math.exp(-0.08 * d);
  const exact = Math.log(4 / 0.275) / 0.08; // 33.466

  it('is a point on noise-free data: day95 = ln(b / 0.05a) / c', () => {
    const pts = Array.from({ length: 12 }, (_, i) => ({ day: 1 + i * 7, srbai: curve(1 + i * 7) }));
    const r = day95Interval(pts)!;
    expect(r.day95).toBeCloseTo(exact, 3);
    expect(r.low).toBeGreaterThan(exact - 0.5);
    expect(r.high!).toBeLessThan(exact + 0.5);
    expect(r.level).toBe(0.8);
  });

  it('is skewed like the curve, and wider at a higher level', () => {
    const rng = createRng(7);
    const pts = Array.from({ length: 14 }, (_, i) => ({
      day: 3 + i * 6,
      srbai: curve(3 + i * 6) + 0.4 * rng.normal(),
    }));
    const r80 = day95Interval(pts, 0.8)!;
    const r95 = day95Interval(pts, 0.95)!;
    expect(r80.low).toBeLessThan(r80.day95 - 1);
    expect(r80.high!).toBeGreaterThan(r80.day95 + 1);
    expect(r95.low).toBeLessThan(r80.low);
    expect(r95.high ?? Number.POSITIVE_INFINITY).toBeGreaterThan(r80.high!);
    // Later days are harder to rule out than earlier ones: the upper side is the longer one.
    expect(r80.high! - r80.day95).toBeGreaterThan(r80.day95 - r80.low);
  });

  it('leaves the upper end open when the answers have barely started to level off', () => {
    // Six answers over the first five weeks of a slow curve (day95 ≈ 230 days).
    const slow = (d: number) => 6 - 4.5 * Math.exp(-0.012 * d);
    const rng = createRng(3);
    const pts = Array.from({ length: 8 }, (_, i) => ({
      day: 1 + i * 7,
      srbai: slow(1 + i * 7) + 0.3 * rng.normal(),
    }));
    const r = day95Interval(pts)!;
    expect(r.high).toBeNull();
    expect(r.low).toBeLessThan(r.day95);
  });

  it('refuses (null) when there is no curve to fit, and rejects a level outside (0, 1)', () => {
    expect(day95Interval([{ day: 1, srbai: 2 }])).toBeNull();
    expect(() => day95Interval([{ day: 1, srbai: 2 }], 1)).toThrow(/level/);
  });
});
