import { addDays } from '../../dates.ts';
import { calendar, type DayMark, type HabitFacts } from '../habits/strength.ts';
import { daysBetween } from '../history/rules.ts';

/*
 * Daily adherence series for change detection (pure). 1 = done, 0 = due and not done, null = not
 * due, skipped or paused: a missing day is never counted as a miss it was not.
 */

/** A habit's adherence from its start to `until`. A k-in-n habit scores each day by its trailing window. */
export function habitAdherence(
  facts: HabitFacts,
  marks: readonly DayMark[],
  until: string,
): (number | null)[] {
  const n = daysBetween(facts.startDate, until) + 1;
  if (n <= 0) return [];
  const cal = calendar(facts, marks, until, n);
  if (facts.schedule.kind === 'times') {
    const { times, days } = facts.schedule;
    const done = cal.map((d) => (d.state === 'done' ? 1 : 0));
    return cal.map((d, i) => {
      if (d.state === 'paused' || d.state === 'before' || i + 1 < days) return null;
      let k = 0;
      for (let j = i - days + 1; j <= i; j++) k += done[j]!;
      return Math.min(1, k / times);
    });
  }
  return cal.map((d) => (d.state === 'done' ? 1 : d.state === 'missed' ? 0 : null));
}

const PERIOD = { daily: 1, weekly: 7, monthly: 30, quarterly: 91 } as const;

/** A ritual's adherence: 1 on a day when it was done within its last period (a day, a week…), else 0. */
export function ritualAdherence(
  cadence: keyof typeof PERIOD,
  doneDates: readonly string[],
  from: string,
  until: string,
): (number | null)[] {
  const n = daysBetween(from, until) + 1;
  if (n <= 0) return [];
  const period = PERIOD[cadence];
  const done = new Set(doneDates);
  const out: (number | null)[] = [];
  let last = -Infinity;
  for (let i = 0; i < n; i++) {
    if (done.has(addDays(from, i))) last = i;
    out.push(i + 1 < period ? null : i - last < period ? 1 : 0);
  }
  return out;
}

/** The mean of the partners' values per day (null where nobody recorded). */
export function meanPerDay(
  rows: readonly { date: string; value: number }[],
  from: string,
  until: string,
): (number | null)[] {
  const n = daysBetween(from, until) + 1;
  const sum = new Array(Math.max(0, n)).fill(0);
  const count = new Array(Math.max(0, n)).fill(0);
  for (const r of rows) {
    const i = daysBetween(from, r.date);
    if (i < 0 || i >= n) continue;
    sum[i] += r.value;
    count[i]++;
  }
  return sum.map((s, i) => (count[i] ? s / count[i] : null));
}
