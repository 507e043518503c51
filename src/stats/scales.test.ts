import { describe, expect, it } from 'vitest';
import { rollingMean } from './rolling.ts';
import { CSI4_DISTRESS_CUTOFF, positiveNegativeRatio, scoreCsi4, scoreSrbai } from './scales.ts';

describe('scales', () => {
  it('CSI-4: total 0–21, distress below 13.5 (Funk & Rogge 2007)', () => {
    expect(CSI4_DISTRESS_CUTOFF).toBe(13.5);
    expect(scoreCsi4([6, 5, 5, 5]).total).toBe(21);
    expect(scoreCsi4([3, 3, 4, 3]).distressed).toBe(true); // 13 < 13.5
    expect(scoreCsi4([4, 3, 4, 3]).distressed).toBe(false); // 14
    expect(() => scoreCsi4([7, 0, 0, 0])).toThrow(/item 1 must be a whole number 0–6/);
    expect(() => scoreCsi4([0, 6, 0, 0])).toThrow(/item 2/);
  });

  it('SRBAI is the mean of four 1–7 items (Gardner et al. 2012)', () => {
    expect(scoreSrbai([1, 2, 3, 6])).toBe(3);
    expect(() => scoreSrbai([0, 2, 3, 4])).toThrow(/1–7/);
  });

  it('positive-to-negative ratio with a Wilson interval (hand-checked)', () => {
    // 50 positive, 10 negative: θ = 5/6. Wilson 95 % by hand: centre (p + z²/2n)/(1 + z²/n) =
    // 0.81328, half-width z/(1 + z²/n)·√(p(1−p)/n + z²/4n²) = 0.09359 → θ in 0.71968–0.90687,
    // so the ratio 5 has interval 0.71968/0.28032 = 2.5674 to 0.90687/0.09313 = 9.7375.
    const r = positiveNegativeRatio(50, 10);
    expect(r.ratio).toBe(5);
    expect(r.lower).toBeCloseTo(2.5674, 3);
    expect(r.upper!).toBeCloseTo(9.7375, 3);
    expect(positiveNegativeRatio(4, 0).ratio).toBeNull();
  });
});

describe('rollingMean', () => {
  it('gives null for windows with too few observed days and never fills gaps (hand-checked)', () => {
    expect(rollingMean([1, 2, null, null, 5, 6], 3, 2)).toEqual([null, null, 1.5, null, null, 5.5]);
    expect(rollingMean([2, 4, 6], 1)).toEqual([2, 4, 6]);
  });
});
