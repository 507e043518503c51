import { describe, expect, it } from 'vitest';
import { findLoops, type LoopEntry, loopText } from './loops.ts';
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
});
