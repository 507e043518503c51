import { describe, expect, it } from 'vitest';
import { classifyChange } from './change-stuck.ts';
import { createRng } from './random.ts';

describe('classifyChange', () => {
  const make = (seed: number, level: (day: number) => number, days: number) => {
    const rng = createRng(seed);
    return Array.from({ length: days }, (_, i) => (i % 10 === 9 ? null : level(i) + 0.8 * rng.normal()));
  };

  it('stuck: the level moved up after the intervention and stays there', () => {
    const y = make(1, (i) => (i < 40 ? 3 : 4.5), 100);
    const c = classifyChange(y, 40, { minEffect: 0.5 });
    expect(c.status).toBe('stuck');
    expect(c.baseline!.mean).toBeCloseTo(3, 0);
    expect(c.difference!).toBeGreaterThan(1);
    expect(c.roughInterval!.lower).toBeGreaterThan(0.5);
    expect(c.explanation).toMatch(/seems to have stuck/);
  });

  it('reverted: up for a few weeks, then back to baseline', () => {
    const y = make(2, (i) => (i >= 40 && i < 75 ? 4.5 : 3), 130);
    const c = classifyChange(y, 40, { minEffect: 0.5 });
    expect(c.status).toBe('reverted');
    expect(c.after.length).toBeGreaterThanOrEqual(2);
    expect(Math.abs(c.after[1]!.start - 75)).toBeLessThanOrEqual(2);
    expect(c.explanation).toMatch(/drifted back/);
  });

  it('too early: fewer recorded days after the intervention than asked for', () => {
    const y = make(3, (i) => (i < 40 ? 3 : 5), 50);
    const c = classifyChange(y, 40);
    expect(c.status).toBe('too early');
    expect(c.difference).toBeNull();
    expect(c.explanation).toMatch(/too early to say: 9 recorded days/);
    expect(classifyChange(y, 0).explanation).toMatch(/nothing to compare/);
  });

  it("direction 'lower': a drop is the intended change; a rise is the opposite", () => {
    const down = make(4, (i) => (i < 40 ? 3 : 1.5), 100);
    expect(classifyChange(down, 40, { direction: 'lower', minEffect: 0.5 }).status).toBe('stuck');
    expect(classifyChange(down, 40, { direction: 'higher', minEffect: 0.5 }).status).toBe('opposite');
  });

  it('no change: nothing moved by the minimum effect', () => {
    const y = make(5, () => 3, 100);
    const c = classifyChange(y, 40, { minEffect: 0.5 });
    expect(c.status).toBe('no change');
    expect(c.explanation).toMatch(/No clear shift yet/);
  });

  it('does not move with a shift of all values', () => {
    const y = make(6, (i) => (i >= 40 && i < 75 ? 4.5 : 3), 130);
    const a = classifyChange(y, 40, { minEffect: 0.5 });
    const b = classifyChange(
      y.map((v) => (v === null ? null : v + 100)),
      40,
      { minEffect: 0.5 },
    );
    expect(b.status).toBe(a.status);
    expect(b.difference!).toBeCloseTo(a.difference!, 8);
  });
});
