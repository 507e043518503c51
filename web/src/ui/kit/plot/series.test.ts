import { describe, expect, it } from 'vitest';
import { extent, linear, niceTicks, pathOf, rollingMean, runs } from './series.ts';

describe('linear', () => {
  it('maps the domain onto the range, flipped if asked', () => {
    const y = linear(0, 10, 200, 0);
    expect(y(0)).toBe(200);
    expect(y(10)).toBe(0);
    expect(y(2.5)).toBe(150);
  });
  it('puts everything at the start of a zero-width domain instead of dividing by zero', () => {
    expect(linear(3, 3, 10, 20)(3)).toBe(10);
  });
});

describe('niceTicks', () => {
  it('uses steps of 1, 2 or 5 × 10ⁿ covering the data', () => {
    expect(niceTicks(0.3, 9.7, 5)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(niceTicks(0, 21, 4)).toEqual([0, 10, 20, 30]);
    expect(niceTicks(0.12, 0.87, 4)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(1, 5, 4)).toEqual([1, 2, 3, 4, 5]);
  });
  it('handles a flat or empty domain', () => {
    expect(niceTicks(4, 4, 5)).toEqual([4]);
    expect(niceTicks(Number.NaN, 1, 5)).toEqual([]);
  });
});

describe('runs (gap splitting)', () => {
  it('breaks the line at a missing value and at a skipped day', () => {
    expect(runs([1, 2, 3, 5, 6], [4, null, 6, 7, 8])).toEqual([
      [[1, 4]],
      [[3, 6]],
      [
        [5, 7],
        [6, 8],
      ],
    ]);
  });
  it('keeps one unbroken run when nothing is missing', () => {
    expect(runs([10, 11, 12], [1, 2, 3])).toEqual([
      [
        [10, 1],
        [11, 2],
        [12, 3],
      ],
    ]);
  });
  it('allows wider steps when told (weekly points)', () => {
    expect(runs([0, 7, 14, 28], [1, 2, 3, 4], 7)).toEqual([
      [
        [0, 1],
        [7, 2],
        [14, 3],
      ],
      [[28, 4]],
    ]);
  });
  it('gives nothing for nothing', () => {
    expect(runs([1, 2], [null, null])).toEqual([]);
  });
});

describe('rollingMean', () => {
  it('averages the trailing window of calendar days', () => {
    const days = [1, 2, 3, 4, 5];
    expect(rollingMean(days, [1, 2, 3, 4, 5], 3, 1)).toEqual([1, 1.5, 2, 3, 4]);
  });
  it('counts calendar days, not entries, and skips missing values', () => {
    // Day 4 is absent: the window for day 5 (days 3–5) holds 3 and 9.
    expect(rollingMean([1, 2, 3, 5], [10, null, 3, 9], 3, 1)).toEqual([10, 10, 6.5, 6]);
  });
  it('leaves a gap where too few values are present', () => {
    const values = [5, 5, null, null, null, null, 7];
    expect(rollingMean([1, 2, 3, 4, 5, 6, 7], values, 4)).toEqual([null, 5, 5, 5, null, null, null]);
  });
  it('matches a direct mean on a long random series', () => {
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const days = Array.from({ length: 400 }, (_, i) => i * 1 + (i > 200 ? 3 : 0));
    const values = days.map(() => (random() < 0.2 ? null : Math.round(random() * 10)));
    const fast = rollingMean(days, values, 7, 3);
    days.forEach((d, i) => {
      const inWindow = values.filter((v, j) => v !== null && days[j]! > d - 7 && days[j]! <= d) as number[];
      const expected = inWindow.length >= 3 ? inWindow.reduce((a, b) => a + b, 0) / inWindow.length : null;
      if (expected === null) expect(fast[i]).toBeNull();
      else expect(fast[i]).toBeCloseTo(expected, 10);
    });
  });
});

describe('extent and pathOf', () => {
  it('ignore missing values', () => {
    expect(extent([null, 3, undefined, -1, Number.NaN, 2])).toEqual([-1, 3]);
    expect(extent([null])).toBeNull();
  });
  it('writes a path through the points', () => {
    expect(
      pathOf(
        [
          [0, 0],
          [1, 2],
        ],
        (d) => d * 10,
        (v) => 100 - v,
      ),
    ).toBe('M0 100L10 98');
  });
});
