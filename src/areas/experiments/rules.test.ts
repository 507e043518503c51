import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates.ts';
import { createRng } from '../../stats/random.ts';
import { randomizationTest } from '../../stats/randomization.ts';
import { analyze, blindCheck } from './analysis.ts';
import { oneSidedRandomization } from './randomization.ts';
import {
  drawSchedule,
  meterOf,
  minPhaseFor,
  phaseOn,
  phasesOf,
  possibleSchedules,
  statusOf,
  verdictOf,
} from './rules.ts';

describe('drawSchedule', () => {
  it('keeps the design’s days, every phase at least the minimum, and is reproducible from its seed', () => {
    for (let seed = 1; seed < 200; seed++) {
      const s = drawSchedule('ABAB', 14, 7, seed);
      expect(s).toHaveLength(4);
      expect(s.reduce((a, b) => a + b, 0)).toBe(56);
      expect(Math.min(...s)).toBeGreaterThanOrEqual(7);
      expect(drawSchedule('ABAB', 14, 7, seed)).toEqual(s);
    }
  });

  it('draws every admissible schedule about equally often (the reference set the test enumerates)', () => {
    // AB, 2 × 6 days, minimum 3: the first phase is 3…9 days, 7 schedules.
    expect(possibleSchedules('AB', 6, 3)).toBe(7);
    const counts = new Map<number, number>();
    for (let seed = 1; seed <= 7000; seed++) {
      const first = drawSchedule('AB', 6, 3, seed)[0]!;
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    expect([...counts.keys()].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    for (const c of counts.values()) expect(Math.abs(c - 1000)).toBeLessThan(150); // ±4.7 SD
  });

  it('without randomisation every phase is the planned length', () => {
    expect(minPhaseFor(7, 0, false)).toBe(7);
    expect(drawSchedule('ABAB', 7, 7, 3)).toEqual([7, 7, 7, 7]);
    expect(minPhaseFor(14, 0, true)).toBe(7);
    expect(minPhaseFor(7, 3, true)).toBe(5); // two analysed days after three settling days
  });
});

describe('phases and status', () => {
  const phases = phasesOf('ABAB', '2026-03-01', [5, 9, 7, 7]);
  it('labels phases and finds a day’s phase with its settling days', () => {
    expect(phases.map((p) => `${p.label} ${p.start}…${p.end}`)).toEqual([
      'A1 2026-03-01…2026-03-05',
      'B1 2026-03-06…2026-03-14',
      'A2 2026-03-15…2026-03-21',
      'B2 2026-03-22…2026-03-28',
    ]);
    expect(phaseOn(phases, '2026-03-07', 2)).toMatchObject({ dayInPhase: 2, settling: true });
    expect(phaseOn(phases, '2026-03-08', 2)).toMatchObject({ dayInPhase: 3, settling: false });
    expect(phaseOn(phases, '2026-03-29', 0)).toBeNull();
  });
  it('an experiment has ended the day after its last day; a stop before the lock is a withdrawal', () => {
    const e = { status: 'running' as const, locked_at: 'x', end_date: '2026-03-28' };
    expect(statusOf(e, '2026-03-28')).toBe('running');
    expect(statusOf(e, '2026-03-29')).toBe('ended');
    expect(statusOf({ ...e, status: 'stopped' }, '2026-03-01')).toBe('stopped');
    expect(statusOf({ ...e, status: 'stopped', locked_at: null }, '2026-03-01')).toBe('withdrawn');
  });
});

describe('oneSidedRandomization', () => {
  const values = [3, 4, 3, 5, 4, 7, 8, 7, 9, 8, 4, 3, 5, 4, 8, 9, 7, 8];
  const lengths = [5, 5, 4, 4];
  const labels = ['A', 'B', 'A', 'B'] as const;

  it('counts by brute force the schedules at least as good as the observed one', () => {
    const r = oneSidedRandomization(values, labels, lengths, { minPhase: 3, direction: 'higher' });
    const prefix = (a: number, b: number) => values.slice(a, b).reduce((s, x) => s + x, 0) / (b - a);
    let hits = 0;
    let total = 0;
    for (let a = 3; a <= 9; a++)
      for (let b = 3; a + b <= 15; b++)
        for (let c = 3; a + b + c <= 15; c++) {
          const d = 18 - a - b - c;
          if (d < 3) continue;
          total++;
          const t =
            (prefix(a, a + b) + prefix(a + b + c, 18)) / 2 - (prefix(0, a) + prefix(a + b, a + b + c)) / 2;
          if (t >= r.statistic - 1e-9) hits++;
        }
    expect(r.method).toBe('exact');
    expect(r.assignments).toBe(total);
    expect(r.p).toBeCloseTo(hits / total, 12);
    expect(r.p).toBeLessThan(0.05);
  });

  it('agrees with the two-sided test of src/stats: one side plus the other is the two-sided p when no split ties', () => {
    const up = oneSidedRandomization(values, labels, lengths, { minPhase: 3, direction: 'higher' });
    const down = oneSidedRandomization(values, labels, lengths, { minPhase: 3, direction: 'lower' });
    const two = randomizationTest(values, [...labels], lengths, { minPhase: 3 });
    expect(up.p).toBeLessThanOrEqual(two.p + 1e-12);
    expect(down.p).toBeGreaterThan(0.9);
    // The opposite tail counted in the same pass is the other direction's p.
    expect(up.pOpposite).toBeCloseTo(down.p, 12);
    expect(down.pOpposite).toBeCloseTo(up.p, 12);
  });

  it('calls a change "helps" in at most 5% of experiments where B does nothing (seeded simulation)', () => {
    const rng = createRng(20261201);
    let helps = 0;
    const runs = 400;
    for (let i = 0; i < runs; i++) {
      const schedule = drawSchedule('ABAB', 7, 3, 1 + rng.int(1e9));
      const phases = phasesOf('ABAB', '2026-01-01', schedule);
      const values = new Map<string, number>();
      let x = 0;
      for (let d = 0; d < 28; d++) {
        x = 0.3 * x + rng.normal(); // mildly autocorrelated days, no effect of the phase
        values.set(addDays('2026-01-01', d), Math.round(6 + x));
      }
      const a = analyze({ phases, settlingDays: 0, minPhase: 3, better: 'higher', values, to: '2026-01-28' });
      if (a.verdict === 'helps') helps++;
    }
    // Binomial(400, 0.05) exceeds 30 with probability < 1%.
    expect(helps / runs).toBeLessThanOrEqual(30 / runs);
  });
});

describe('analyze', () => {
  const phases = phasesOf('ABAB', '2026-01-01', [7, 7, 7, 7]);
  const series = (lift: number, skip: (d: number) => boolean = () => false) => {
    const rng = createRng(5);
    const m = new Map<string, number>();
    for (let d = 0; d < 28; d++) {
      if (skip(d)) continue;
      const b = Math.floor(d / 7) % 2 === 1;
      m.set(addDays('2026-01-01', d), 5 + (b ? lift : 0) + rng.normal() * 0.7);
    }
    return m;
  };
  it('finds a planted lift as "helps", and the same lift downward as "hurts"', () => {
    const up = analyze({
      phases,
      settlingDays: 0,
      minPhase: 7,
      better: 'higher',
      values: series(2),
      to: '2026-01-28',
    });
    // Without randomisation there is one possible schedule: no p can be small.
    expect(up.verdict).toBe('not enough evidence');
    expect(up.randomization!.assignments).toBe(1);
    const drawn = analyze({
      phases,
      settlingDays: 0,
      minPhase: 3,
      better: 'higher',
      values: series(2),
      to: '2026-01-28',
    });
    expect(drawn.verdict).toBe('helps');
    expect(drawn.randomization!.exactRule).toBe(true);
    expect(drawn.pooled!.nap).toBeGreaterThan(0.9);
    const down = analyze({
      phases,
      settlingDays: 0,
      minPhase: 3,
      better: 'higher',
      values: series(-2),
      to: '2026-01-28',
    });
    expect(down.verdict).toBe('hurts');
  });
  it('leaves out settling days and gaps (never filled), and then calls the p-value approximate', () => {
    const a = analyze({
      phases,
      settlingDays: 1,
      minPhase: 3,
      better: 'higher',
      values: series(2, (d) => d === 10),
      to: '2026-01-28',
    });
    expect(a.days.find((d) => d.date === '2026-01-11')!.value).toBeNull();
    expect(a.days.filter((d) => d.settling)).toHaveLength(4);
    expect(a.phases.map((p) => p.ratedDays)).toEqual([6, 5, 6, 6]);
    expect(a.randomization!.exactRule).toBe(false);
    expect(a.explanation).toContain('approximate');
  });
  it('after a stop, analyses the phases that ran and leaves out one cut short after a day', () => {
    const a = analyze({
      phases,
      settlingDays: 0,
      minPhase: 3,
      better: 'higher',
      values: series(2),
      to: '2026-01-22',
    });
    expect(a.days).toHaveLength(22);
    expect(a.pairs.map((p) => p.label)).toEqual(['A1→B1']);
    expect(a.randomization!.exactRule).toBe(false);
    expect(a.pooled).not.toBeNull();
  });

  it('says why when a phase has too few rated days', () => {
    const a = analyze({
      phases,
      settlingDays: 0,
      minPhase: 3,
      better: 'higher',
      values: series(2, (d) => d >= 8 && d < 14),
      to: '2026-01-28',
    });
    expect(a.verdict).toBe('not enough evidence');
    expect(a.reason).toContain('B1');
  });
});

describe('verdict, meter and the blind check', () => {
  it('needs p and NAP pointing the same way', () => {
    const base = { pBetter: 0.01, pWorse: 0.99, nap: 0.8, smallestPossibleP: 0.001 };
    expect(verdictOf(base).verdict).toBe('helps');
    expect(verdictOf({ ...base, nap: 0.6 }).verdict).toBe('not enough evidence');
    expect(verdictOf({ ...base, pBetter: 0.2 }).reason).toContain('by chance');
    expect(verdictOf({ pBetter: 0.99, pWorse: 0.01, nap: 0.2, smallestPossibleP: 0.001 }).verdict).toBe(
      'hurts',
    );
    expect(verdictOf({ ...base, pBetter: 0.2, smallestPossibleP: 0.1 }).reason).toContain('could never');
  });
  it('meters from rated days and the design alone', () => {
    expect(meterOf(5, 28, 0.001).level).toBe('not yet');
    expect(meterOf(18, 28, 0.001).level).toBe('barely');
    expect(meterOf(25, 28, 0.001).level).toBe('enough');
    expect(meterOf(28, 28, 0.1).level).toBe('not yet');
  });
  it('reports a leaking blind', () => {
    const phases = phasesOf('ABAB', '2026-01-01', [7, 7, 7, 7]);
    const right = phases.map((p) => ({ date: p.end, guess: p.condition }));
    expect(
      blindCheck([...right, ...right.map((g) => ({ ...g, date: addDays(g.date, -1) }))], phases).words,
    ).toContain('leaked');
    expect(
      blindCheck(
        right.map((g) => ({ ...g, guess: g.guess === 'A' ? ('B' as const) : ('A' as const) })),
        phases,
      ).right,
    ).toBe(0);
  });
});
