import { describe, expect, it } from 'vitest';
import { promiseTrust } from './trust.ts';

describe('promiseTrust', () => {
  it('is Laplace’s rule of succession when nothing decays (huge half-life)', () => {
    // (1 + 3) / (2 + 4) for three kept of four: the rule of succession (Laplace 1814).
    expect(promiseTrust([true, false, true, true], 1e12).score).toBeCloseTo(4 / 6, 9);
  });

  it('lets one lapse after a long record cost little, and repeated lapses show', () => {
    const record = Array<boolean>(20).fill(true);
    const before = promiseTrust(record).score!;
    const one = promiseTrust([...record, false]).score!;
    const four = promiseTrust([...record, false, false, false, false]).score!;
    expect(before).toBeCloseTo(0.92, 2);
    expect(one).toBeCloseTo(0.85, 2);
    expect(four).toBeCloseTo(0.67, 2);
    expect(before - one).toBeLessThan(0.1);
  });

  it('weighs the newest promise by 1 and one ten promises older by one half', () => {
    const r = promiseTrust([false, ...Array<boolean>(10).fill(true)]);
    // effective = Σ 0.5^(i/10), i = 0..10
    const expected = Array.from({ length: 11 }, (_, i) => 0.5 ** (i / 10)).reduce((s, x) => s + x, 0);
    expect(r.effective).toBeCloseTo(expected, 9);
    expect(r.score).toBeCloseTo((1 + expected - 0.5) / (2 + expected), 9);
  });

  it('says when there is nothing yet or too little', () => {
    expect(promiseTrust([]).score).toBeNull();
    expect(promiseTrust([true]).explanation).toMatch(/still rough/);
  });
});
