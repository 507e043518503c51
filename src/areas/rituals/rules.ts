import { invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';

/** The rituals every couple starts with; each can be retimed or switched off. */
export const DEFAULT_RITUALS = [
  {
    key: 'daily_appreciation',
    title: 'Daily appreciation',
    prompt: 'Name one thing your partner did today that you appreciated, and tell them.',
    cadence: 'daily',
    time: '20:00',
    weekday: null,
    day_of_month: null,
  },
  {
    key: 'morning_gratitude',
    title: 'Morning gratitude share',
    prompt: 'Over coffee: one thing each of you is grateful for this morning.',
    cadence: 'daily',
    time: '07:30',
    weekday: null,
    day_of_month: null,
  },
  {
    key: 'evening_checkin',
    title: 'Evening check-in',
    prompt: 'Thirty seconds: how was today between you? Fill in your check-in.',
    cadence: 'daily',
    time: '21:30',
    weekday: null,
    day_of_month: null,
  },
  {
    key: 'weekly_wins',
    title: 'Weekly wins review',
    prompt: 'Look at the week’s wins together: kept promises, appreciations, habits that held.',
    cadence: 'weekly',
    time: '19:00',
    weekday: 7,
    day_of_month: null,
  },
  {
    key: 'monthly_review',
    title: 'Monthly metrics review',
    prompt: 'Compare this month with the last one. What helped? What one small change comes next?',
    cadence: 'monthly',
    time: '19:00',
    weekday: null,
    day_of_month: 1,
  },
  {
    key: 'quarterly_celebration',
    title: 'Quarterly celebration',
    prompt: 'Celebrate the quarter: what you built together, and how you will mark it.',
    cadence: 'quarterly',
    time: '18:00',
    weekday: null,
    day_of_month: 1,
  },
] as const;

export type Cadence = 'daily' | 'weekly' | 'monthly' | 'quarterly';

/** Checks that a cadence has exactly the day it needs; returns the normalised pair. */
export function checkSchedule(s: { cadence: Cadence; weekday: number | null; dayOfMonth: number | null }): {
  weekday: number | null;
  day_of_month: number | null;
} {
  if (s.cadence === 'weekly') {
    if (s.weekday === null)
      throw invalid(
        'weekday',
        'A weekly ritual needs a weekday (1 = Monday … 7 = Sunday).',
        phrase('refuse.ritualWeekday'),
      );
    if (s.dayOfMonth !== null)
      throw invalid('dayOfMonth', 'A weekly ritual has a weekday, not a day of the month.');
    return { weekday: s.weekday, day_of_month: null };
  }
  if (s.cadence === 'monthly' || s.cadence === 'quarterly') {
    if (s.dayOfMonth === null)
      throw invalid(
        'dayOfMonth',
        `A ${s.cadence} ritual needs a day of the month (1–28).`,
        phrase('refuse.ritualDayOfMonth'),
      );
    if (s.weekday !== null)
      throw invalid('weekday', `A ${s.cadence} ritual has a day of the month, not a weekday.`);
    return { weekday: null, day_of_month: s.dayOfMonth };
  }
  if (s.weekday !== null) throw invalid('weekday', 'A daily ritual happens every day: no weekday.');
  if (s.dayOfMonth !== null)
    throw invalid('dayOfMonth', 'A daily ritual happens every day: no day of the month.');
  return { weekday: null, day_of_month: null };
}

const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The iCalendar recurrence rule (RFC 5545 §3.3.10) of a ritual's cadence. */
export function recurrenceRule(r: {
  cadence: Cadence;
  weekday: number | null;
  day_of_month: number | null;
}): string {
  switch (r.cadence) {
    case 'daily':
      return 'FREQ=DAILY';
    case 'weekly':
      return `FREQ=WEEKLY;BYDAY=${BYDAY[(r.weekday ?? 1) - 1]}`;
    case 'monthly':
      return `FREQ=MONTHLY;BYMONTHDAY=${r.day_of_month ?? 1}`;
    case 'quarterly':
      return `FREQ=MONTHLY;INTERVAL=3;BYMONTHDAY=${r.day_of_month ?? 1}`;
  }
}

/** The first local date on or after `from` when the ritual happens (quarterly: Jan/Apr/Jul/Oct). */
export function firstOccurrence(
  r: { cadence: Cadence; weekday: number | null; day_of_month: number | null },
  from: string,
): string {
  const d = new Date(`${from}T00:00:00Z`);
  for (let i = 0; i < 400; i++) {
    const iso = d.toISOString().slice(0, 10);
    const wd = ((d.getUTCDay() + 6) % 7) + 1;
    const ok =
      r.cadence === 'daily' ||
      (r.cadence === 'weekly' && wd === r.weekday) ||
      (r.cadence === 'monthly' && d.getUTCDate() === r.day_of_month) ||
      (r.cadence === 'quarterly' && d.getUTCDate() === r.day_of_month && d.getUTCMonth() % 3 === 0);
    if (ok) return iso;
    d.setUTCDate(d.getUTCDate() + 1);
  }
  return from;
}
