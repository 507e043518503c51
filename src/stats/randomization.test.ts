import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { binomial, countAssignments, randomizationTest } from './randomization.ts';

// Published value: scan's rand_test example (R package scan, `?rand_test`: byHeart2011[1], Lisa,
// statistic "Median B-A", default limit 5 → "all 11 possible combinations", observed 15,
// p = 0.6363636 = 7/11). The ABAB p-values are checked against an independent brute-force
// enumeration written differently (nested loops over the three phase boundaries).
function bruteForceAbab(values: number[], observed: number[], min: number): number {
  const n = values.length;
  const seg = (s: number, e: number) => values.slice(s, e).reduce((a, b) => a + b, 0) / (e - s);
  const stat = (b1: number, b2: number, b3: number) =>
    (seg(b1, b2) + seg(b3, n)) / 2 - (seg(0, b1) + seg(b2, b3)) / 2;
  const [l1, l2, l3] = observed as [number, number, number];
  const obs = Math.abs(stat(l1, l1 + l2, l1 + l2 + l3));
  let hits = 0;
  let total = 0;
  for (let b1 = min; b1 <= n; b1++)
    for (let b2 = b1 + min; b2 <= n; b2++)
      for (let b3 = b2 + min; b3 <= n - min; b3++) {
        total++;
        if (Math.abs(stat(b1, b2, b3)) >= obs - 1e-12) hits++;
      }
  return hits / total;
}

describe('countAssignments', () => {
  it('counts compositions with a minimum part (hand-checked)', () => {
    // 8 days, 2 phases of ≥ 3: lengths (3,5) (4,4) (5,3) → 3.
    expect(countAssignments(8, 2, 3)).toBe(3);
    // 56 days, 4 phases of ≥ 7: C(31, 3) = 4495.
    expect(countAssignments(56, 4, 7)).toBe(4495);
    expect(binomial(47, 3)).toBe(16215);
  });
});

describe('randomizationTest', () => {
  it("agrees with scan's published rand_test example (byHeart2011 Lisa, Median B−A, limit 5)", () => {
    // byHeart2011 case 1 (Lisa): 5 baseline and 15 intervention values.
    const lisa = [0, 1, 0, 0, 1, 2, 5, 6, 7, 10, 10, 15, 16, 14, 17, 18, 17, 19, 18, 18];
    const r = randomizationTest(lisa, ['A', 'B'], [5, 15], {
      minPhase: 5,
      statistic: 'median',
      direction: 'higher',
    });
    expect(r.statistic).toBe(15);
    expect(r.assignments).toBe(11);
    expect(r.method).toBe('exact');
    expect(r.p).toBeCloseTo(7 / 11, 12);
    expect(r.alternative).toBe('higher');
    expect(r.premise).toMatch(/drawn at random.*at least 5 days/);
  });

  it('one-sided p: "lower" counts the other tail, and the two tails overlap only in ties', () => {
    const up = randomizationTest(values, labels, lengths, { minPhase: 3, direction: 'higher' });
    const down = randomizationTest(values, labels, lengths, { minPhase: 3, direction: 'lower' });
    const two = randomizationTest(values, labels, lengths, { minPhase: 3 });
    expect(up.alternative).toBe('higher');
    expect(two.alternative).toBe('two-sided');
    // The observed schedule is among the most B-favouring: small upper tail, large lower tail.
    expect(up.p).toBeLessThan(0.05);
    expect(down.p).toBeGreaterThan(0.95);
    // Exactly one schedule (the observed statistic itself) sits in both tails unless there are ties.
    expect(up.p + down.p).toBeGreaterThanOrEqual(1);
    expect(up.p).toBeLessThanOrEqual(two.p);
  });

  it('the median statistic differs from the mean one when a phase has an outlier', () => {
    const xs = [3, 3, 3, 3, 4, 4, 40, 4];
    const mean = randomizationTest(xs, ['A', 'B'], [4, 4], { minPhase: 2 });
    const med = randomizationTest(xs, ['A', 'B'], [4, 4], { minPhase: 2, statistic: 'median' });
    expect(mean.statistic).toBeCloseTo(13 - 3, 12);
    expect(med.statistic).toBe(1);
    expect(med.centre).toBe('median');
  });

  const values = [3, 4, 2, 3, 6, 7, 6, 8, 3, 2, 4, 3, 7, 8, 6, 7];
  const labels = ['A', 'B', 'A', 'B'] as const;
  const lengths = [4, 4, 4, 4];

  it('exact p equals an independent brute-force enumeration', () => {
    const r = randomizationTest(values, labels, lengths, { minPhase: 3 });
    expect(r.method).toBe('exact');
    expect(r.assignments).toBe(countAssignments(16, 4, 3));
    expect(r.p).toBeCloseTo(bruteForceAbab(values, lengths, 3), 12);
    // Phase means 3, 6.75, 3, 7 → (6.75 + 7) / 2 − (3 + 3) / 2.
    expect(r.statistic).toBeCloseTo((6.75 + 7) / 2 - (3 + 3) / 2, 12);
  });

  it('AB with the smallest reference set: p = 1/3 at best (hand-checked)', () => {
    // 8 days, min 3: three splits; the observed (4,4) split of 1,1,1,1,9,9,9,9 is the most extreme.
    // (3,5): B mean (1+36)/5 = 7.4, A 1 → 6.4; (4,4): 8; (5,3): 9 − 2.6 = 6.4. So p = 1/3.
    const r = randomizationTest([1, 1, 1, 1, 9, 9, 9, 9], ['A', 'B'], [4, 4], { minPhase: 3 });
    expect(r.p).toBeCloseTo(1 / 3, 12);
    expect(r.smallestPossibleP).toBeCloseTo(1 / 3, 12);
  });

  it('Monte Carlo agrees with the exact p within sampling error and is reproducible by seed', () => {
    const exact = randomizationTest(values, labels, lengths, { minPhase: 2 });
    const mc = randomizationTest(values, labels, lengths, {
      minPhase: 2,
      exactLimit: 0,
      draws: 20_000,
      seed: 7,
    });
    expect(mc.method).toBe('monte-carlo');
    // SE of a Monte Carlo p of ~exact.p with 20 000 draws is < 0.004; allow 4 SE.
    expect(Math.abs(mc.p - exact.p)).toBeLessThan(0.016);
    const again = randomizationTest(values, labels, lengths, {
      minPhase: 2,
      exactLimit: 0,
      draws: 20_000,
      seed: 7,
    });
    expect(again.p).toBe(mc.p);
  });

  it('rejects a minimum phase longer than an observed phase', () => {
    expect(() => randomizationTest(values, labels, lengths, { minPhase: 5 })).toThrow(/minimum phase length/);
  });

  it('property: p is invariant to shifting all values and lies in (0, 1]', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 10 }), { minLength: 12, maxLength: 12 }),
        fc.integer({ min: -100, max: 100 }),
        (xs, c) => {
          const a = randomizationTest(xs, labels, [3, 3, 3, 3], { minPhase: 2 });
          const b = randomizationTest(
            xs.map((x) => x + c),
            labels,
            [3, 3, 3, 3],
            { minPhase: 2 },
          );
          return a.p === b.p && a.p > 0 && a.p <= 1;
        },
      ),
      { numRuns: 50 },
    );
  });

  it('keeps days without a recording in the schedule and averages the recorded ones', () => {
    // 8 days, min 3: three schedules. Day 2 (A) and day 7 (B) unrecorded.
    const xs = [1, null, 1, 1, 9, 9, null, 9];
    const r = randomizationTest(xs, ['A', 'B'], [4, 4], { minPhase: 3, direction: 'higher' });
    expect(r.statistic).toBe(8);
    // (3,5): A = mean(1, 1) = 1, B = mean(1, 9, 9, 9) = 7 → 6; (5,3): A = mean(1,1,1,9) = 3, B = 9 → 6.
    expect(r.p).toBeCloseTo(1 / 3, 12);
    expect(r.assignments).toBe(3);
    // A schedule that leaves a phase with nothing recorded counts as extreme (conservative).
    // Observed (4,4): A = 1, B = 9 → 8. (3,5): A has no recorded day → extreme. (5,3): 9 − 5 = 4.
    const gap = randomizationTest([null, null, null, 1, 9, 9, 9, 9], ['A', 'B'], [4, 4], {
      minPhase: 3,
      direction: 'higher',
    });
    expect(gap.p).toBeCloseTo(2 / 3, 12);
    expect(() => randomizationTest([null, null, 9, 9], ['A', 'B'], [2, 2], { minPhase: 2 })).toThrow(
      /at least one recorded value/,
    );
  });
});
