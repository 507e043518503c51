import { describe, expect, it } from 'vitest';
import {
  CATCH_UP_MINUTES,
  dueReminders,
  inQuietHours,
  isDue,
  type PersonToday,
  type ReminderSettings,
} from './rules.ts';

const all: ReminderSettings = {
  checkinTime: '21:00',
  habitsTime: '08:00',
  rituals: true,
  experiments: true,
  quietFrom: null,
  quietTo: null,
};
const ritual = (over: Partial<PersonToday['rituals'][number]>) => ({
  id: 'r1',
  key: 'weekly_review',
  custom: false,
  title: 'Weekly review',
  time: '21:00',
  cadence: 'daily' as const,
  weekday: null,
  day_of_month: null,
  doneToday: false,
  ...over,
});
// 2026-12-02 is a Wednesday (ISO weekday 3).
const day = (over: Partial<PersonToday>): PersonToday => ({
  today: '2026-12-02',
  time: '21:05',
  checkedIn: false,
  habitsOpen: false,
  rituals: [],
  experimentRunning: false,
  ...over,
});
const kinds = (s: ReminderSettings, p: PersonToday) => dueReminders(s, p).map((r) => r.key);

describe('reminder rules', () => {
  it('knows quiet hours within a day and across midnight', () => {
    expect(inQuietHours('23:00', '22:00', '07:00')).toBe(true);
    expect(inQuietHours('06:59', '22:00', '07:00')).toBe(true);
    expect(inQuietHours('07:00', '22:00', '07:00')).toBe(false);
    expect(inQuietHours('13:30', '13:00', '14:00')).toBe(true);
    expect(inQuietHours('14:00', '13:00', '14:00')).toBe(false);
    expect(inQuietHours('03:00', null, null)).toBe(false);
  });

  it('is due from its time for the catch-up window, not before', () => {
    expect(isDue('21:00', '20:59')).toBe(false);
    expect(isDue('21:00', '21:00')).toBe(true);
    expect(CATCH_UP_MINUTES).toBe(90);
    expect(isDue('21:00', '22:29')).toBe(true);
    expect(isDue('21:00', '22:30')).toBe(false);
  });

  it('reminds of the check-in and the experiment only until the check-in is done', () => {
    expect(kinds(all, day({ experimentRunning: true }))).toEqual([
      'checkin:2026-12-02',
      'experiment:2026-12-02',
    ]);
    expect(kinds(all, day({ experimentRunning: true, checkedIn: true }))).toEqual([]);
  });

  it('nudges about habits only while one is open', () => {
    expect(kinds(all, day({ time: '08:10', habitsOpen: true }))).toEqual(['habits:2026-12-02']);
    expect(kinds(all, day({ time: '08:10', habitsOpen: false }))).toEqual([]);
  });

  it('reminds of a ritual on its days, until it is done, with its own words only when the couple wrote them', () => {
    const weekly = (weekday: number) => ritual({ cadence: 'weekly', weekday });
    expect(kinds({ ...all, checkinTime: null }, day({ rituals: [weekly(3)] }))).toEqual([
      'ritual:r1:2026-12-02',
    ]);
    expect(kinds({ ...all, checkinTime: null }, day({ rituals: [weekly(4)] }))).toEqual([]);
    expect(kinds({ ...all, checkinTime: null }, day({ rituals: [ritual({ doneToday: true })] }))).toEqual([]);
    const own = dueReminders(
      all,
      day({ rituals: [ritual({ custom: true, key: 'r1', title: 'Sunday walk' })] }),
    );
    expect(own.find((r) => r.payload.kind === 'ritual')?.payload).toEqual({
      kind: 'ritual',
      ritualKey: null,
      title: 'Sunday walk',
      url: '/rituals',
    });
  });

  it('sends nothing in quiet hours, and nothing that was not chosen', () => {
    const quiet = { ...all, quietFrom: '21:00', quietTo: '07:00' };
    expect(kinds(quiet, day({ experimentRunning: true, habitsOpen: true, rituals: [ritual({})] }))).toEqual(
      [],
    );
    const none: ReminderSettings = {
      ...all,
      checkinTime: null,
      habitsTime: null,
      rituals: false,
      experiments: false,
    };
    expect(kinds(none, day({ experimentRunning: true, rituals: [ritual({})] }))).toEqual([]);
  });
});
