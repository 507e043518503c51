import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates.ts';
import type { Schedule } from './rules.ts';
import { calendar, habitNumbers } from './strength.ts';
import {
  checkAmount,
  countsAsKept,
  describeTarget,
  normalizeTarget,
  targetIsEasier,
  toHundredths,
} from './target.ts';

const daily: Schedule = { kind: 'daily', weekdays: [], times: 1, days: 1 };
const atLeast = { kind: 'at_least' as const, value: 2000, unit: 'minutes' };

describe('numeric habit targets', () => {
  it('stores amounts as exact integer hundredths and refuses a third decimal', () => {
    expect(toHundredths(20)).toBe(2000);
    expect(toHundredths(0.29)).toBe(29);
    expect(toHundredths(1.005)).toBeNull();
    expect(normalizeTarget({ kind: 'at_most', value: 1.5, unit: ' km ' })).toEqual({
      kind: 'at_most',
      value: 150,
      unit: 'km',
    });
    expect(() => normalizeTarget({ kind: 'at_least', value: 0, unit: 'x' })).toThrow(/above 0/);
  });

  it('asks for the amount of a numeric day, refuses one for yes/no habits and skips', () => {
    expect(checkAmount(12.5, atLeast, 'done')).toBe(1250);
    expect(checkAmount(undefined, atLeast, 'skip')).toBeNull();
    expect(checkAmount(undefined, null, 'done')).toBeNull();
    for (const [v, t, k] of [
      [undefined, atLeast, 'done'],
      [-1, atLeast, 'done'],
      [3, atLeast, 'skip'],
      [1, null, 'done'],
    ] as const)
      expect(() => checkAmount(v, t, k)).toThrow(expect.objectContaining({ field: 'value' }));
  });

  it('calls a lower at-least or a higher at-most target easier', () => {
    expect(targetIsEasier(atLeast, { ...atLeast, value: 1000 })).toBe(true);
    expect(targetIsEasier(atLeast, { ...atLeast, value: 3000 })).toBe(false);
    const atMost = { kind: 'at_most' as const, value: 300, unit: 'coffees' };
    expect(targetIsEasier(atMost, { ...atMost, value: 400 })).toBe(true);
    expect(targetIsEasier(atMost, { ...atMost, value: 200 })).toBe(false);
  });

  it('says the target in plain words with its period', () => {
    expect(describeTarget(atLeast, daily)).toBe('at least 20 minutes a day');
    expect(
      describeTarget({ ...atLeast, value: 6000 }, { kind: 'times', weekdays: [], times: 1, days: 7 }),
    ).toBe('at least 60 minutes in 7 days');
  });

  it('scores a weekly at-least total over a rolling 7 days, as Loop does', () => {
    const start = '2025-03-03';
    const facts = {
      schedule: { kind: 'times' as const, weekdays: [], times: 1, days: 7 },
      startDate: start,
      status: 'active' as const,
      statusSince: start,
      target: { ...atLeast, value: 6000 },
    };
    // 30 + 30 minutes within one week meets 60 minutes in 7 days on the second day.
    const marks = [
      { date: start, kind: 'done' as const, value: 3000 },
      { date: addDays(start, 1), kind: 'done' as const, value: 3000 },
    ];
    const n = habitNumbers(facts, marks, addDays(start, 1));
    const m = 0.5 ** (1 / (13 / Math.sqrt(1 / 7)));
    const s1 = 0.5 * (1 - m);
    expect(n.scores).toHaveLength(2);
    expect(n.scores[0]).toBeCloseTo(s1, 6);
    expect(n.scores[1]).toBeCloseTo(s1 * m + (1 - m), 6);
    expect(n.currentStreak).toBe(1);
    // A k-in-n day is not judged alone: both days show as done.
    expect(calendar(facts, marks, addDays(start, 1), 2).map((d) => d.state)).toEqual(['done', 'done']);
  });
});

describe('countsAsKept', () => {
  const numeric = {
    target_kind: 'at_least' as const,
    target_value: 2000,
    unit: 'minutes',
    schedule_kind: 'daily',
  };
  it('keeps a numeric day only when its amount met a per-day target', () => {
    expect(countsAsKept(numeric, { kind: 'done', value: 2500 })).toBe(true);
    expect(countsAsKept(numeric, { kind: 'done', value: 1500 })).toBe(false);
    expect(countsAsKept({ ...numeric, target_kind: 'at_most' }, { kind: 'done', value: 1500 })).toBe(true);
    expect(countsAsKept(numeric, { kind: 'skip', value: null })).toBe(false);
  });

  it('keeps every done day of a yes/no habit, and every recorded day of a k-in-n target', () => {
    const yesNo = { target_kind: null, target_value: null, unit: null, schedule_kind: 'daily' };
    expect(countsAsKept(yesNo, { kind: 'done', value: null })).toBe(true);
    expect(countsAsKept({ ...numeric, schedule_kind: 'times' }, { kind: 'done', value: 100 })).toBe(true);
  });
});
