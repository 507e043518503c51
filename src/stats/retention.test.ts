import { describe, expect, it } from 'vitest';
import { habitStrength } from './habit-strength.ts';
import { habitRetention, retentionSummary, wilsonInterval } from './retention.ts';
import { positiveNegativeRatio } from './scales.ts';

describe('habitRetention', () => {
  it('hand-checked: first day at 0.8, held / unbroken at each horizon, unknown past the end', () => {
    const r = habitRetention([0.1, 0.5, 0.85, 0.9, 0.7, 0.82], { horizons: [2, 4, 6, 10] });
    expect(r.firstReachedDay).toBe(3);
    expect(r.horizons).toEqual([
      { days: 2, value: 0.5, reached: false, held: false, unbroken: false },
      { days: 4, value: 0.9, reached: true, held: true, unbroken: true },
      { days: 6, value: 0.82, reached: true, held: true, unbroken: false },
      { days: 10, value: null, reached: true, held: null, unbroken: null },
    ]);
    expect(r.explanation).toMatch(/first reached 80% strength on day 3/);
    expect(r.explanation).toMatch(/On day 6 it was at 82%, still above the line, after some dips/);
  });

  it('reads an unrecorded horizon day from up to toleranceDays before, never from after', () => {
    const s = [0.9, 0.9, 0.9, null, null];
    expect(habitRetention(s, { horizons: [5], toleranceDays: 2 }).horizons[0]!.value).toBe(0.9);
    expect(habitRetention(s, { horizons: [5], toleranceDays: 1 }).horizons[0]!.held).toBeNull();
    expect(
      habitRetention([null, 0.2, 0.9], { horizons: [1], toleranceDays: 3 }).horizons[0]!.value,
    ).toBeNull();
    // start shifts day 1.
    const r = habitRetention([0.9, 0.1, 0.2, 0.85], { start: 1, horizons: [3] });
    expect(r.firstReachedDay).toBe(3);
    expect(r.horizons[0]).toMatchObject({ value: 0.85, held: true, unbroken: true });
  });

  it('on Loop-style habit strength: a daily habit done every day reaches 0.8 on day 31', () => {
    // Score after d done days = 1 − m^d, m = 0.5^(1/13): ≥ 0.8 once d ≥ 13·log2(5) ≈ 30.2.
    const entries = Array.from({ length: 200 }, (_, i) => (i < 60 ? 1 : 0));
    const { scores } = habitStrength(entries, { schedule: { numerator: 1, denominator: 1 } });
    expect(scores[29]).toBeLessThan(0.8);
    expect(scores[30]).toBeGreaterThanOrEqual(0.8);
    const r = habitRetention(scores);
    expect(r.firstReachedDay).toBe(31);
    expect(r.horizons.map((h) => [h.days, h.reached, h.held])).toEqual([
      [30, false, false],
      [90, true, false], // stopped on day 60: 30 days later the score has faded to about a fifth
      [180, true, false],
    ]);
    expect(r.horizons[1]!.value).toBeCloseTo((1 - 0.5 ** (60 / 13)) * 0.5 ** (30 / 13), 10);
  });

  it('rejects values outside 0–1 and bad options', () => {
    expect(() => habitRetention([0.5, 1.2])).toThrow(RangeError);
    expect(() => habitRetention([0.5], { threshold: 2 })).toThrow(RangeError);
    expect(() => habitRetention([0.5], { horizons: [0] })).toThrow(RangeError);
  });
});

describe('wilsonInterval', () => {
  it('matches the textbook value for 3 of 10 and the inline interval of scales.ts', () => {
    // Wilson 95 % for 3/10: 0.108–0.603 (Brown, Cai & DasGupta 2001 use the same formula).
    const w = wilsonInterval(3, 10);
    expect(w.lower).toBeCloseTo(0.1078, 4);
    expect(w.upper).toBeCloseTo(0.6032, 4);
    // positiveNegativeRatio maps the same interval for θ = P / (P + N) to odds θ / (1 − θ).
    const r = positiveNegativeRatio(3, 7);
    expect(w.lower / (1 - w.lower)).toBeCloseTo(r.lower, 12);
    expect(w.upper / (1 - w.upper)).toBeCloseTo(r.upper!, 12);
    expect(wilsonInterval(0, 4).lower).toBe(0);
    expect(wilsonInterval(4, 4).upper).toBe(1);
  });
});

describe('retentionSummary', () => {
  it('counts only habits tracked long enough, with small-n intervals', () => {
    const hold = (days: number, v: number) => Array.from({ length: days }, () => v);
    const habits = [
      hold(200, 0.9),
      hold(200, 0.85),
      [...hold(60, 0.9), ...hold(140, 0.3)],
      hold(200, 0.4),
      hold(40, 0.95), // too young for 90 and 180 days
    ];
    const s = retentionSummary(habits);
    expect(s.habits).toBe(5);
    expect(s.horizons.map((h) => [h.days, h.eligible, h.reached, h.retained])).toEqual([
      [30, 5, 4, 4],
      [90, 4, 3, 2],
      [180, 4, 3, 2],
    ]);
    expect(s.horizons[1]!.share).toBe(0.5);
    expect(s.horizons[1]!.interval).toEqual(wilsonInterval(2, 4));
    expect(s.explanation).toMatch(/^After 30 days, 4 of 5 habits were at 80% strength or more/);
    expect(s.explanation).toMatch(/could be anywhere from 15% to 85%/);
    expect(s.explanation).toMatch(/left out, not counted as lost/);
  });

  it('says so when nothing is old enough', () => {
    const s = retentionSummary([[0.5, 0.6]], { horizons: [30] });
    expect(s.horizons[0]).toMatchObject({ eligible: 0, share: null, interval: null });
    expect(s.explanation).toMatch(/tracked long enough/);
  });
});
