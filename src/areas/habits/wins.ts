/**
 * The habits part of the weekly ritual ("wins of the week"), for the rituals area to call. Pure:
 * give it the habits and their check-offs, get each habit's week back in plain words.
 */
import { addDays } from '../../dates.ts';
import { describeSchedule, isoWeekday, type Schedule, scheduleRate } from './rules.ts';

export interface WinsHabit {
  id: string;
  action: string;
  /** The display name of the owner, or "both of you". */
  ownerName: string;
  schedule: Schedule;
  status: 'active' | 'paused' | 'graduated' | 'retired';
  startDate: string;
}

export interface HabitWin {
  habitId: string;
  action: string;
  ownerName: string;
  done: number;
  /** Check-offs the schedule asked for this week, after skipped days (rounded for k-in-n). */
  expected: number;
  kept: boolean;
  message: string;
}

/**
 * The week of `weekStart` (its 7 days) for every active habit that had started by its end.
 * `checkoffs` may hold any dates; only the week's count.
 * @example weeklyHabitWins(habits, checkoffs, '2025-03-03') // [{ habitId, done: 5, expected: 7, … }]
 */
export function weeklyHabitWins(
  habits: readonly WinsHabit[],
  checkoffs: readonly { habitId: string; date: string; kind: 'done' | 'skip' }[],
  weekStart: string,
): HabitWin[] {
  const weekEnd = addDays(weekStart, 6);
  const out: HabitWin[] = [];
  for (const h of habits) {
    if (h.status !== 'active' || h.startDate > weekEnd) continue;
    const week = checkoffs.filter((c) => c.habitId === h.id && c.date >= weekStart && c.date <= weekEnd);
    const done = week.filter((c) => c.kind === 'done').length;
    const skipped = new Set(week.filter((c) => c.kind === 'skip').map((c) => c.date));
    let asked = 0;
    for (let i = 0; i < 7; i++) {
      const d = addDays(weekStart, i);
      if (d < h.startDate || skipped.has(d)) continue;
      if (h.schedule.kind === 'weekdays') asked += h.schedule.weekdays.includes(isoWeekday(d)) ? 1 : 0;
      else asked += scheduleRate(h.schedule);
    }
    const expected = Math.round(asked);
    const kept = done >= expected;
    out.push({
      habitId: h.id,
      action: h.action,
      ownerName: h.ownerName,
      done,
      expected,
      kept,
      message: kept
        ? `${h.ownerName}: "${h.action}" ${done} time${done === 1 ? '' : 's'} (${describeSchedule(h.schedule)}). A win worth naming.`
        : `${h.ownerName}: "${h.action}" ${done} of ${expected}. Worth a look together: what got in the way? (a lapse is information)`,
    });
  }
  return out;
}
