import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates.ts';
import { normalizeSchedule } from '../habits/rules.ts';
import { DEFAULT_PACE, describeReason, recommendPace, weeklyAdherence } from './rules.ts';

const today = '2025-06-30';
const daily = normalizeSchedule({ kind: 'daily' });
const habitDoing = (share: (week: number) => number) => {
  const marks = new Map<string, 'done' | 'skip'>();
  for (let w = 6; w >= 1; w--) {
    const done = Math.round(7 * share(w));
    for (let i = 0; i < done; i++) marks.set(addDays(today, -7 * w + i), 'done');
  }
  return {
    schedule: daily,
    startDate: addDays(today, -60),
    status: 'active' as const,
    statusSince: '2025-01-01',
    marks,
  };
};

describe('pace', () => {
  it('measures weekly adherence as done ÷ asked, skipped days not asked, empty weeks null', () => {
    const h = habitDoing(() => 5 / 7);
    h.marks.set(addDays(today, -7), 'skip'); // the last full week: its first day skipped, 4 done of 6 asked
    const adherence = weeklyAdherence([h], today);
    expect(adherence.slice(0, 5)).toEqual([5 / 7, 5 / 7, 5 / 7, 5 / 7, 5 / 7]);
    expect(adherence[5]).toBeCloseTo(4 / 6, 12);
    expect(weeklyAdherence([{ ...h, startDate: today }], today)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('recommends raising after three weeks ≥ 80%, backing off after two weeks < 50%, else holding', () => {
    expect(recommendPace([null, null, null, 0.9, 0.86, 1], DEFAULT_PACE, 1).advice).toBe('raise');
    expect(recommendPace([1, 1, 1, 0.9, 0.4, 0.3], DEFAULT_PACE, 1).advice).toBe('ease');
    expect(recommendPace([1, 1, 1, 0.9, 0.7, 1], DEFAULT_PACE, 1).advice).toBe('hold');
    expect(
      describeReason(recommendPace([null, null, null, null, 0.9, 1], DEFAULT_PACE, 1).why[0]!),
    ).toContain('2 weeks of data');
    expect(recommendPace([1, 1, 1, 1, 1, 1], DEFAULT_PACE, 0).advice).toBe('hold');
    expect(recommendPace([null, null, null, 0.9, 0.86, 1], DEFAULT_PACE, 1).why).toEqual([
      { code: 'steady_adherence', params: { weeks: [0.9, 0.86, 1], atLeast: 0.8, count: 3 } },
      { code: 'could_raise', params: { next: 2 } },
    ]);
    expect(
      describeReason(recommendPace([null, null, null, 0.9, 0.86, 1], DEFAULT_PACE, 1).why[0]!),
    ).toContain('90%, 86%, 100%');
  });
});
