import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates.ts';
import { createRng } from '../../stats/random.ts';
import { returnsAfterDismissal, scanCredit } from './hints.ts';
import { buildSeries, type CreditRows } from './series.ts';

const START = '2026-01-01';

/** Two partners over `days` days: B's gestures raise A's connection `lag` days later. */
function rows(days: number, lag: number, seed = 1): CreditRows {
  const rng = createRng(seed);
  const entries: CreditRows['entries'] = [];
  const checkins: CreditRows['checkins'] = [];
  const gesture: boolean[] = [];
  for (let d = 0; d < days; d++) {
    const date = addDays(START, d);
    gesture.push(rng.next() < 0.3);
    if (gesture[d]) entries.push({ author: 'b', kind: 'gesture', date });
    if (rng.next() < 0.25) entries.push({ author: 'a', kind: 'appreciation', date });
    for (const who of ['a', 'b']) {
      if (rng.next() < 0.1) continue;
      const lift = who === 'a' && d >= lag && gesture[d - lag] ? 1.5 : 0;
      checkins.push({
        author: who,
        date,
        values: {
          satisfaction: 6 + rng.normal(),
          energy: 6 + rng.normal(),
          connection: 6 + lift + rng.normal(),
        },
      });
    }
  }
  return {
    today: addDays(START, days - 1),
    partners: ['a', 'b'],
    entries,
    checkins,
    done: [],
    habits: [],
    rituals: [],
    metrics: [
      { id: 'satisfaction', better: 'higher' },
      { id: 'energy', better: 'higher' },
      { id: 'connection', better: 'higher' },
    ],
    stress: [],
  };
}

describe('scanCredit', () => {
  it('finds a cross-partner effect at its lag, with the data behind it', () => {
    const scan = scanCredit(rows(240, 2));
    expect(scan.tested.length).toBe(2 * 6 * 15); // two actions × six outcomes × lags 0–14
    const [hint] = scan.hints;
    expect(hint).toMatchObject({
      action: { who: 'b', kind: 'gesture' },
      outcome: { who: 'a', metric: 'connection' },
      lagDays: 2,
      good: true,
    });
    expect(hint!.effectInterval.lower).toBeLessThan(1.5);
    expect(hint!.effectInterval.upper).toBeGreaterThan(1.5);
    const bar = (n: string) => hint!.bars.find((b) => b.actions === n)!.mean;
    expect(bar('1') - bar('0')).toBeGreaterThan(1);
    expect(scan.hints.length).toBeLessThanOrEqual(2);
  });

  it('says there is too little before about ten weeks, and tests nothing', () => {
    const scan = scanCredit(rows(40, 1));
    expect(scan.tooLittle).not.toBeNull();
    expect(scan.tested).toEqual([]);
  });

  it('leaves stress periods out of every series, and starts at the first recorded day', () => {
    const r = { ...rows(120, 1), stress: [{ from: addDays(START, 10), until: addDays(START, 19) }] };
    const s = buildSeries(r);
    expect(s.start).toBe(START);
    for (const series of [...s.actions, ...s.outcomes].map((x) => x.series))
      expect(series.slice(10, 20).every((x) => x === null)).toBe(true);
    expect(s.actions.find((a) => a.key === 'log:b:gesture')!.series[9]).not.toBeNull();
  });
});

describe('returnsAfterDismissal', () => {
  it('brings a dismissed hint back only when its q fell at least tenfold', () => {
    expect(returnsAfterDismissal(0.004, 0.04)).toBe(true);
    expect(returnsAfterDismissal(0.005, 0.04)).toBe(false);
    expect(returnsAfterDismissal(0.04, 0.04)).toBe(false);
  });
});
