import { describe, expect, it } from 'vitest';
import { planDemo } from '../../demo/plan.ts';
import { analyze } from './analysis.ts';
import { dailyValues } from './rules.ts';

// The Johnsons' "phones away" experiment, judged the way the app judges it for either partner:
// both partners' shared ratings, the drawn schedule, the recorded minimum phase length.
describe('the demo couple’s phones-away experiment', () => {
  it.each([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12])('is judged "helps" on demo seed %i', (seed) => {
    const plan = planDemo(seed, '2026-11-23');
    const e = plan.experiment;
    const ratings = plan.checkins.map((c) => ({ ...c, author_id: c.author, metrics: '{}' }));
    const from = e.phases[0]!.start;
    const to = e.phases[e.phases.length - 1]!.end;
    const a = analyze({
      phases: e.phases,
      settlingDays: 0,
      minPhase: e.minPhase,
      better: 'higher',
      values: dailyValues(ratings, 'connection', ['lisa', 'michael'], from, to),
      to,
      seed: e.seed,
    });
    expect(a.verdict, a.reason).toBe('helps');
    expect(a.randomization!.method).toBe('exact');
  });
});
