import { describe, expect, it } from 'vitest';
import { analyzeExperiment, smd, splitPhases } from './single-case.ts';

const rowsOf = (spec: [string, number[]][]) =>
  spec.flatMap(([phase, vs]) => vs.map((value) => ({ phase, value })));

describe('smd', () => {
  it('matches the SingleCaseES vignette (SMD, baseline SD, Hedges correction)', () => {
    // Vignette printout: SMD 1.649932 SE 0.6340935 CI 0.4071314–2.892732 baseline_SD 2.503331.
    const r = smd([20, 20, 26, 25, 22, 23], [28, 25, 24, 27, 30, 30, 29]);
    expect(r.estimate).toBeCloseTo(1.649932, 6);
    expect(r.se).toBeCloseTo(0.6340935, 6);
    expect(r.ci!.lower).toBeCloseTo(0.4071314, 5);
    expect(r.ci!.upper).toBeCloseTo(2.892732, 5);
    expect(r.baselineSd).toBeCloseTo(2.503331, 6);
    expect(smd([20, 20, 26, 25, 22, 23], [28, 25, 24, 27, 30, 30, 29], 'lower').estimate).toBeCloseTo(
      -1.649932,
      6,
    );
  });
  it('is null when the baseline does not vary', () => {
    expect(smd([2, 2, 2], [3, 4]).estimate).toBeNull();
  });
});

describe('splitPhases', () => {
  it('splits repeated A/B labels and numbered labels alike', () => {
    const plain = splitPhases(
      rowsOf([
        ['A', [1, 2]],
        ['B', [3, 4]],
        ['A', [1, 1]],
        ['B', [5, 5]],
      ]),
    );
    const numbered = splitPhases(
      rowsOf([
        ['A1', [1, 2]],
        ['B1', [3, 4]],
        ['A2', [1, 1]],
        ['B2', [5, 5]],
      ]),
    );
    expect(plain.map((p) => p.values)).toEqual(numbered.map((p) => p.values));
    expect(plain.map((p) => p.condition).join('')).toBe('ABAB');
  });
  it('rejects a phase with one value, naming it', () => {
    expect(() =>
      splitPhases(
        rowsOf([
          ['A', [1, 2]],
          ['B', [3]],
        ]),
      ),
    ).toThrow(/phase B starting at row 3 has only one value/);
  });
  it('rejects unknown labels', () => {
    expect(() =>
      splitPhases(
        rowsOf([
          ['A', [1, 2]],
          ['C', [3, 4]],
        ]),
      ),
    ).toThrow(/"C" is not A or B/);
  });
});

describe('analyzeExperiment', () => {
  const abab = rowsOf([
    ['A', [2, 3, 2, 4, 3, 2, 3]],
    ['B', [6, 7, 5, 6, 7, 8, 6]],
    ['A', [3, 2, 3, 3, 4, 2, 3]],
    ['B', [7, 6, 8, 7, 6, 7, 8]],
  ]);

  it('pools NAP over the AB pairs by counting all their pairs (hand-checked)', () => {
    const r = analyzeExperiment(abab, { seed: 1, minPhase: 3 });
    expect(r.design).toBe('ABAB');
    expect(r.pairs).toHaveLength(2);
    // Every B value exceeds every A value in both pairs: NAP 1 per pair and pooled.
    expect(r.pairs[0]!.nap.estimate).toBe(1);
    expect(r.pooled.nap.estimate).toBe(1);
    const md1 = 45 / 7 - 19 / 7;
    const md2 = 49 / 7 - 20 / 7;
    expect(r.pooled.meanDifference).toBeCloseTo((md1 + md2) / 2, 12);
    expect(r.randomization!.statistic).toBeCloseTo((md1 + md2) / 2, 12);
    expect(r.randomization!.alternative).toBe('higher');
    expect(r.verdict).toBe('helps');
    expect(r.explanation).toMatch(/helps/);
  });

  it('says "hurts" for a clear change in the wrong direction, "not enough evidence" for noise', () => {
    expect(analyzeExperiment(abab, { direction: 'lower', seed: 1, minPhase: 3 }).verdict).toBe('hurts');
    const flat = rowsOf([
      ['A', [3, 5, 4, 6, 2, 4, 5]],
      ['B', [4, 3, 5, 6, 4, 2, 5]],
      ['A', [5, 3, 4, 2, 6, 4, 3]],
      ['B', [3, 4, 6, 5, 3, 4, 2]],
    ]);
    const r = analyzeExperiment(flat, { seed: 1, minPhase: 3 });
    expect(r.verdict).toBe('not enough evidence');
    expect(r.randomization!.p).toBeGreaterThan(0.05);
  });

  it('without a randomization premise: no p-value, and no "helps" however clear the data look', () => {
    const r = analyzeExperiment(abab, { seed: 1 });
    expect(r.randomization).toBeNull();
    expect(r.pooled.nap.estimate).toBe(1);
    expect(r.verdict).toBe('not enough evidence');
    expect(r.reason).toMatch(/no randomization premise/);
    expect(r.explanation).toMatch(/not drawn at random/);
    expect(r.explanation).not.toMatch(/p = /);
  });

  it('explains when the schedule is too short to ever reach significance', () => {
    const r = analyzeExperiment(
      rowsOf([
        ['A', [1, 1, 1]],
        ['B', [9, 9, 9]],
      ]),
      { minPhase: 2 },
    );
    // 6 days, 2 phases ≥ 2: three schedules, so p ≥ 1/3.
    expect(r.randomization!.assignments).toBe(3);
    expect(r.verdict).toBe('not enough evidence');
    expect(r.reason).toMatch(/no result could reach/);
  });

  it('Tau-U pooled sums S over pairs (Parker et al. 2011)', () => {
    const r = analyzeExperiment(
      rowsOf([
        ['A', [3, 3, 4, 5]],
        ['B', [4, 5, 6, 7, 7]],
        ['A', [1, 2, 3, 4, 5]],
        ['B', [6, 7, 8, 9, 10]],
      ]),
      { minPhase: 3 },
    );
    // Pair 1: S_AB 16, S_A 5 (20 pairs); pair 2: S_AB 25, S_A 10 (25 pairs) → (11 + 15) / 45.
    expect(r.pooled.tauU).toBeCloseTo(26 / 45, 12);
    expect(r.pairs[1]!.tauU.estimate).toBeCloseTo(0.6, 12);
  });
});
