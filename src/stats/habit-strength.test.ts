import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type HabitEntry, habitHalfLife, habitStrength } from './habit-strength.ts';

/**
 * Loop Habit Tracker's test cases (iSoron/uhabits, uhabits-core/src/jvmTest/.../models/
 * ScoreListTest.kt). Loop writes its days newest first ("day 0" = today) and stores numeric
 * values × 1000; its numeric fixture has target 2.0 per day (HabitFixtures.createEmptyNumericalHabit).
 * `series(days, f)` builds our oldest-first input from Loop's "days ago" description.
 */
function series(days: number, f: (daysAgo: number) => HabitEntry): HabitEntry[] {
  return Array.from({ length: days }, (_, i) => f(days - 1 - i));
}
/** Our scores newest first, to compare with Loop's expected arrays. */
const newestFirst = (xs: number[]) => [...xs].reverse();
const daily = { numerator: 1, denominator: 1 };
const TWENTY_DAYS = [
  0.655747, 0.636894, 0.617008, 0.596033, 0.57391, 0.550574, 0.525961, 0.5, 0.472617, 0.443734, 0.41327,
  0.381137, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067, 0.14782, 0.101149, 0.051922,
];

/** Loop's own tolerance: `IsCloseTo.closeTo(expected, E)` with E = 1e-6. */
const E = 1e-6;
function near(actual: number | undefined, expected: number): void {
  expect(Math.abs((actual ?? Number.NaN) - expected)).toBeLessThanOrEqual(E);
}
function expectClose(actual: number[], expected: number[]): void {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((a, i) => {
    near(a, expected[i]!);
  });
}

describe('habitStrength equals Loop on its test cases', () => {
  it('YesNoScoreListTest.test_getValue: 20 days done', () => {
    const h = habitStrength(
      series(20, () => 1),
      { schedule: daily },
    );
    expectClose(newestFirst(h.scores), TWENTY_DAYS);
    expect(h.halfLifeDays).toBe(13);
  });

  it('test_getValueWithSkip: skipped days 5, 10, 11 freeze the score', () => {
    const h = habitStrength(
      series(20, (d) => ([5, 10, 11].includes(d) ? 'skip' : 1)),
      { schedule: daily },
    );
    expectClose(
      newestFirst(h.scores),
      [
        0.596033, 0.57391, 0.550574, 0.525961, 0.5, 0.472617, 0.472617, 0.443734, 0.41327, 0.381137, 0.347244,
        0.347244, 0.347244, 0.311495, 0.273788, 0.234017, 0.192067, 0.14782, 0.101149, 0.051922,
      ],
    );
  });

  it('test_getValueWithSkip2: one check, one skip, then nothing', () => {
    const h = habitStrength(
      series(6, (d) => (d === 5 ? 1 : d === 4 ? 'skip' : null)),
      { schedule: daily },
    );
    expectClose(newestFirst(h.scores), [0.041949, 0.044247, 0.04667, 0.049226, 0.051922, 0.051922]);
  });

  it('test_recompute: daily 0.101149, every other day 0.054816', () => {
    const two = series(2, () => 1);
    near(habitStrength(two, { schedule: daily }).scores[1], 0.101149);
    near(habitStrength(two, { schedule: { numerator: 1, denominator: 2 } }).scores[1], 0.054816);
  });

  it('test_imperfectNonDaily: 2 of 3 per week → 2/3, 2 of 4 → 1/2', () => {
    const values = series(700, (d) => (d % 7 < 2 ? 1 : 0));
    const last = (s: { numerator: number; denominator: number }) =>
      habitStrength(values, { schedule: s }).scores.at(-1);
    near(last({ numerator: 3, denominator: 7 }), 2 / 3);
    near(last({ numerator: 4, denominator: 7 }), 0.5);
  });

  it('NumericalAtLeastScoreListTest: test_getValue, test_recompute, comparable to progress', () => {
    const opts = { schedule: daily, kind: 'at-least' as const, target: 2 };
    expectClose(
      newestFirst(
        habitStrength(
          series(20, () => 2),
          opts,
        ).scores,
      ),
      TWENTY_DAYS,
    );
    const two = habitStrength(
      series(2, () => 2),
      { ...opts, schedule: { numerator: 1, denominator: 2 } },
    );
    near(two.scores[1], 0.072631);
    expect(
      habitStrength(
        series(500, () => 1),
        opts,
      ).scores.at(-1),
    ).toBeCloseTo(0.5, 6);
    expect(
      habitStrength(
        series(500, () => 0.5),
        opts,
      ).scores.at(-1),
    ).toBeCloseTo(0.25, 6);
    near(habitStrength([10000], opts).scores[0], 0.051922); // overachieving isn't relevant
  });

  it('NumericalAtMostScoreListTest: test_getValue, test_recompute, under-achieving', () => {
    const opts = { schedule: daily, kind: 'at-most' as const, target: 2 };
    const h = habitStrength(
      series(21, (d) => (d === 20 ? 1 : 5)),
      opts,
    );
    expectClose(
      newestFirst(h.scores),
      [
        0.344253, 0.363106, 0.382992, 0.403967, 0.42609, 0.449426, 0.474039, 0.5, 0.527383, 0.556266, 0.58673,
        0.618863, 0.652756, 0.688505, 0.726212, 0.765983, 0.807933, 0.85218, 0.898851, 0.948078, 1.0,
      ],
    );
    expect(
      habitStrength(
        series(2, () => 5),
        opts,
      ).scores[1],
    ).toBeCloseTo(0.89885, 5);
    const everyOther = habitStrength(
      series(2, () => 5),
      { ...opts, schedule: { numerator: 1, denominator: 2 } },
    );
    near(everyOther.scores[1], 0.927369);
    near(habitStrength([10000, null], opts).scores[1], 0.950773);
    expect(
      habitStrength(
        series(500, () => 3),
        opts,
      ).scores.at(-1),
    ).toBeCloseTo(0.5, 6);
  });
});

describe('habitStrength beyond Loop', () => {
  it('streaks reset on a miss and pause on a skip (hand-checked)', () => {
    const h = habitStrength([1, 1, 0, 1, 'skip', 1, 1], { schedule: daily });
    expect(h.bestStreak).toBe(3);
    expect(h.currentStreak).toBe(3);
    expect(habitStrength([1, 1, 1, 0], { schedule: daily }).currentStreak).toBe(0);
  });

  it('the pace multiplier lengthens the half-life; an explicit half-life wins', () => {
    expect(habitHalfLife({ numerator: 1, denominator: 7 }, 2)).toBeCloseTo(2 * 13 * Math.sqrt(7), 12);
    const h = habitStrength([1], { schedule: daily, halfLifeDays: 1 });
    expect(h.scores[0]).toBeCloseTo(0.5, 12); // one day with half-life 1: 0 · ½ + 1 · ½
  });

  it('property: scores stay in [0, 1] and a skip never changes the score', () => {
    const entry = fc.oneof(
      fc.constant<HabitEntry>('skip'),
      fc.constant<HabitEntry>(null),
      fc.integer({ min: 0, max: 1 }),
    );
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 60 }),
        fc.integer({ min: 1, max: 7 }),
        (xs, n) => {
          const h = habitStrength(xs, { schedule: { numerator: 1, denominator: n } });
          return h.scores.every(
            (s, i) => s >= 0 && s <= 1 && (xs[i] !== 'skip' || s === (i === 0 ? 0 : h.scores[i - 1])),
          );
        },
      ),
    );
  });

  it('rejects an impossible schedule', () => {
    expect(() => habitStrength([1], { schedule: { numerator: 3, denominator: 2 } })).toThrow(/1 ≤ k ≤ n/);
  });
});
