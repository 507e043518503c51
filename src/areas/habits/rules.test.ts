import { describe, expect, it } from 'vitest';
import { addDays } from '../../dates.ts';
import { checkTinyAction, normalizeSchedule, scheduleRate } from './rules.ts';
import { calendar, celebrationOn, habitNumbers } from './strength.ts';
import { weeklyHabitWins } from './wins.ts';

const field = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return (e as { field?: string }).field;
  }
  return null;
};

describe('habit rules', () => {
  it('normalizes schedules and names the field of an impossible one', () => {
    expect(normalizeSchedule({ kind: 'weekdays', weekdays: [5, 1] })).toEqual({
      kind: 'weekdays',
      weekdays: [1, 5],
      times: 2,
      days: 7,
    });
    expect(field(() => normalizeSchedule({ kind: 'times', times: 4, days: 3 }))).toBe('schedule.times');
    expect(field(() => normalizeSchedule({ kind: 'weekdays', weekdays: [] }))).toBe('schedule.weekdays');
    expect(field(() => normalizeSchedule({ kind: 'daily', times: 2 }))).toBe('schedule');
    expect(scheduleRate(normalizeSchedule({ kind: 'times', times: 3, days: 7 }))).toBeCloseTo(3 / 7, 12);
  });

  it('lets concrete tiny actions through and answers vague goals with tiny versions', () => {
    expect(field(() => checkTinyAction('I ask how she slept'))).toBeNull();
    for (const vague of ['communicate better', 'be more romantic', 'stop yelling', 'listen']) {
      expect(
        field(() => checkTinyAction(vague)),
        vague,
      ).toBe('action');
    }
  });
});

describe('habit numbers', () => {
  const start = '2025-03-03'; // a Monday
  it('counts a Mon/Wed/Fri habit in scheduled days: same memory as Loop’s 3-in-7 in calendar time', () => {
    const facts = {
      schedule: normalizeSchedule({ kind: 'weekdays', weekdays: [1, 3, 5] }),
      startDate: start,
      status: 'active' as const,
      statusSince: start,
    };
    const done = Array.from({ length: 28 }, (_, i) => addDays(start, i))
      .filter((d) => [1, 3, 5].includes(((new Date(`${d}T00:00:00Z`).getUTCDay() + 6) % 7) + 1))
      .map((date) => ({ date, kind: 'done' as const }));
    const n = habitNumbers(facts, done, addDays(start, 27));
    // Half-life 13/√(3/7) = 19.86 calendar days = 8.51 scheduled days; 12 done days score
    // 1 − 0.5^(12 / 8.51).
    expect(n.halfLifeDays).toBeCloseTo(13 * Math.sqrt(3 / 7), 9);
    expect(n.strength).toBeCloseTo(1 - 0.5 ** (12 / (13 * Math.sqrt(3 / 7))), 9);
    expect(n.currentStreak).toBe(12);
    expect(calendar(facts, done, addDays(start, 27), 7).map((d) => d.state)).toEqual([
      'done',
      'off',
      'done',
      'off',
      'done',
      'off',
      'off',
    ]);
  });

  it('celebrates a streak milestone, then a restart after a lapse', () => {
    const facts = {
      schedule: normalizeSchedule({ kind: 'daily' }),
      startDate: start,
      status: 'active' as const,
      statusSince: start,
    };
    const marks = [0, 1, 2, 3, 4, 5, 6, 8].map((i) => ({ date: addDays(start, i), kind: 'done' as const }));
    const n = habitNumbers(facts, marks, addDays(start, 8));
    expect(celebrationOn(n, addDays(start, 6))?.kind).toBe('streak');
    expect(celebrationOn(n, addDays(start, 8))?.kind).toBe('restart');
    expect(celebrationOn(n, addDays(start, 3))).toBeNull();
  });
});

describe('weeklyHabitWins', () => {
  it('counts the week against the schedule, minus skipped days, in plain words', () => {
    const habits = [
      {
        id: 'h1',
        action: 'hug for six seconds',
        ownerName: 'Lisa',
        schedule: normalizeSchedule({ kind: 'daily' }),
        status: 'active' as const,
        startDate: '2025-01-01',
      },
      {
        id: 'h2',
        action: 'clear the table',
        ownerName: 'Michael',
        schedule: normalizeSchedule({ kind: 'times', times: 3, days: 7 }),
        status: 'active' as const,
        startDate: '2025-01-01',
      },
      {
        id: 'h3',
        action: 'retired one',
        ownerName: 'Both of you',
        schedule: normalizeSchedule({ kind: 'daily' }),
        status: 'retired' as const,
        startDate: '2025-01-01',
      },
    ];
    const week = '2025-03-03';
    const checkoffs = [
      ...[0, 1, 2, 3, 4].map((i) => ({ habitId: 'h1', date: addDays(week, i), kind: 'done' as const })),
      ...[5, 6].map((i) => ({ habitId: 'h1', date: addDays(week, i), kind: 'skip' as const })),
      { habitId: 'h2', date: addDays(week, 1), kind: 'done' as const },
      { habitId: 'h2', date: addDays(week, 7), kind: 'done' as const },
    ];
    const wins = weeklyHabitWins(habits, checkoffs, week);
    expect(wins.map((w) => [w.habitId, w.done, w.expected, w.kept])).toEqual([
      ['h1', 5, 5, true],
      ['h2', 1, 3, false],
    ]);
    expect(wins[1]!.message).toContain('a lapse is information');
  });
});
