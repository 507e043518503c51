import { describe, expect, it } from 'vitest';
import { findLoops, type LoopCheckin, type LoopEntry, loopText, reliefOn } from './loops.ts';
import { topicsOf } from './topics.ts';

let n = 0;
const entry = (e: Partial<LoopEntry> & Pick<LoopEntry, 'kind' | 'date'>): LoopEntry => ({
  id: `e${++n}`,
  author: 'a',
  text: '',
  domains: [],
  repairOf: null,
  promiseDue: null,
  promiseState: null,
  ...e,
});
const day = (i: number) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10);

describe('topicsOf', () => {
  it('finds one topic across English and Spanish, plurals and accents', () => {
    expect(topicsOf('Fight about the dishes')).toEqual([{ topic: 'dishes', word: 'dishes' }]);
    expect(topicsOf('Otra vez los platos')).toEqual([{ topic: 'dishes', word: 'platos' }]);
    expect(topicsOf('Discusión por el dinero')).toEqual([{ topic: 'money', word: 'dinero' }]);
    expect(topicsOf('his mother’s visit').map((t) => t.topic)).toEqual(['family', 'visit']);
  });
});

describe('findLoops', () => {
  it('finds a topic that keeps coming back, in either language, with its typical gap', () => {
    const texts = ['The dishes again', 'Los platos', 'dishes!', 'Fight about the dishes', 'platos sucios'];
    const entries = [
      ...texts.map((text, i) => entry({ kind: 'conflict', date: day(i * 10), text })),
      entry({ kind: 'conflict', date: day(3), text: 'Money' }),
      entry({ kind: 'conflict', date: day(60), text: 'Money' }),
    ];
    const loops = findLoops(entries);
    expect(loops).toHaveLength(1);
    expect(loops[0]).toMatchObject({
      type: 'recurring-conflict',
      topic: 'dishes',
      typicalGapDays: 10,
      ofConflicts: 7,
    });
    expect(loops[0]!.episodes).toHaveLength(5);
    expect(loopText(loops[0]!, () => 'you')).toContain('5 of your 7 conflicts');
  });

  it('does not call a topic recurring when it comes back only every few months', () => {
    const entries = [0, 70, 140, 210, 280].map((d) =>
      entry({ kind: 'conflict', date: day(d), text: 'dishes' }),
    );
    expect(findLoops(entries)).toEqual([]);
  });

  it('finds promises on one topic broken at least half the time, by whom', () => {
    const states = ['broken', 'broken', 'kept', 'broken'] as const;
    const entries = states.map((s, i) =>
      entry({
        kind: 'promise',
        author: 'm',
        date: day(i * 7),
        promiseDue: day(i * 7 + 4),
        promiseState: s,
        text: 'I will do the laundry',
      }),
    );
    const loops = findLoops(entries);
    expect(loops).toMatchObject([
      { type: 'broken-promises', topic: 'laundry', who: 'm', broken: 3, kept: 1 },
    ]);
    // Two broken of four is "half": still a pattern; one of three is not.
    expect(findLoops(entries.slice(0, 1))).toEqual([]);
  });

  it('finds the reward-hacking cycle only when closeness follows repairs more than ordinary days', () => {
    const cycle: LoopEntry[] = [];
    for (let k = 0; k < 6; k++) {
      const c = entry({ kind: 'conflict', date: day(k * 9), text: `topic${k}` });
      cycle.push(c, entry({ kind: 'repair', date: day(k * 9), repairOf: c.id }));
      cycle.push(entry({ kind: 'gesture', date: day(k * 9 + 1), domains: ['intimacy'] }));
    }
    const [loop] = findLoops(cycle);
    expect(loop).toMatchObject({ type: 'reward-hacking-cycle', repaired: 6, afterRepair: 1 });
    expect(loop!.episodes).toHaveLength(6);
    // The same repairs, but closeness every day anyway: not a cycle.
    const daily = Array.from({ length: 50 }, (_, i) =>
      entry({ kind: 'gesture', date: day(i), domains: ['intimacy'] }),
    );
    expect(findLoops([...cycle, ...daily]).filter((l) => l.type === 'reward-hacking-cycle')).toEqual([]);
  });

  it('counts relief — a check-in well above the usual right after making up — as the cycle’s payoff', () => {
    // Lisa's connection hovers around 5; the day after each repair it jumps to 9. No intimacy logged.
    const checkins: LoopCheckin[] = [];
    const cycle: LoopEntry[] = [];
    const relieved = new Set<string>();
    for (let k = 0; k < 6; k++) {
      const c = entry({ kind: 'conflict', date: day(20 + k * 15), text: `topic${k}` });
      cycle.push(c, entry({ kind: 'repair', date: c.date, repairOf: c.id }));
      relieved.add(day(21 + k * 15));
    }
    for (let i = 0; i < 120; i++) {
      const connection = relieved.has(day(i)) ? 9 : 5 + (i % 3 === 0 ? 1 : 0);
      checkins.push({ author: 'a', date: day(i), connection, satisfaction: 6 });
    }
    expect(findLoops(cycle)).toEqual([]); // without the check-ins: repairs, but no payoff in view
    const [loop] = findLoops(cycle, checkins);
    expect(loop).toMatchObject({ type: 'reward-hacking-cycle', repaired: 6, relief: 6, afterRepair: 1 });
    expect(loop!.episodes[0]).toMatchObject({ from: day(20), until: day(21) });
    expect(loopText(loop!, () => 'you')).toContain('6 of them relief');
    // The same jumps a week away from every fight: good days, not the payoff of a fight.
    const apart = checkins.map((c, i) =>
      relieved.has(day(i)) ? { ...c, connection: 5 } : relieved.has(day(i - 7)) ? { ...c, connection: 9 } : c,
    );
    expect(reliefOn(apart)(day(28), day(28))).toBe(true);
    expect(findLoops(cycle, apart).filter((l) => l.type === 'reward-hacking-cycle')).toEqual([]);
  });

  it('calls a check-in relief only when it is at least 2 points and 2 SD above a baseline of 5+ days', () => {
    const series = (values: Array<number | null>): LoopCheckin[] =>
      values.map((v, i) => ({ author: 'a', date: day(i), connection: v, satisfaction: null }));
    // Baseline days 0–13 (mean 5, SD 0): 7 is two points above, 6.9 is not.
    const flat = [...Array(14).fill(5)];
    expect(reliefOn(series([...flat, 7]))(day(14), day(14))).toBe(true);
    expect(reliefOn(series([...flat, 6.9]))(day(14), day(14))).toBe(false);
    // A noisy baseline (alternating 3 and 7, SD ≈ 2.08) needs more than four points above the mean of 5.
    const noisy = Array.from({ length: 14 }, (_, i) => (i % 2 ? 7 : 3));
    expect(reliefOn(series([...noisy, 9]))(day(14), day(14))).toBe(false);
    expect(reliefOn(series([...noisy, 10]))(day(14), day(14))).toBe(true);
    // Fewer than 5 check-ins in the 14 days before: no baseline, no relief.
    const sparse = Array.from({ length: 14 }, (_, i) => (i % 4 === 0 ? 5 : null));
    expect(reliefOn(series([...sparse, 10]))(day(14), day(14))).toBe(false);
    // The baseline ends before the conflict: a dip on the conflict day does not lower it.
    expect(reliefOn(series([...flat, 1, 6]))(day(14), day(15))).toBe(false);
  });
});
