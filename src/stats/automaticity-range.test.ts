import { describe, expect, it } from 'vitest';
import { automaticityRange } from './automaticity-range.ts';
import { createRng } from './random.ts';

describe('automaticityRange', () => {
  const curve = (d: number) => 5.5 - 4 * Math.exp(-0.08 * d);

  it('is a point on noise-free data: every refit finds the same day95 = ln(b / 0.05a) / c', () => {
    const pts = Array.from({ length: 12 }, (_, i) => ({ day: 1 + i * 7, srbai: curve(1 + i * 7) }));
    const r = automaticityRange(pts)!;
    const exact = Math.log(4 / 0.275) / 0.08; // 33.466
    expect(r.day95).toBeCloseTo(exact, 3);
    expect(r.low).toBeCloseTo(exact, 3);
    expect(r.high).toBeCloseTo(exact, 3);
  });

  it('widens with noise and still contains the estimate', () => {
    const rng = createRng(7);
    const pts = Array.from({ length: 14 }, (_, i) => ({
      day: 3 + i * 6,
      srbai: curve(3 + i * 6) + 0.4 * rng.normal(),
    }));
    const r = automaticityRange(pts)!;
    expect(r.low).toBeLessThanOrEqual(r.day95);
    expect(r.high ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(r.day95);
    expect((r.high ?? Number.POSITIVE_INFINITY) - r.low).toBeGreaterThan(0.5);
  });

  it('leaves the upper end open when one answer less leaves too few to fit', () => {
    const pts = Array.from({ length: 6 }, (_, i) => ({ day: 1 + i * 12, srbai: curve(1 + i * 12) }));
    const r = automaticityRange(pts)!;
    expect(r.high).toBeNull();
  });

  it('refuses (null) when there is no curve to fit', () => {
    expect(automaticityRange([{ day: 1, srbai: 2 }])).toBeNull();
  });
});
