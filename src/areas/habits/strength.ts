/**
 * The habit card's numbers, computed from a habit's check-offs: the day series fed to
 * `src/stats` habit strength, streaks, the 90-day calendar and chart, and celebrations. Pure.
 *
 * Days before the start are not counted; skipped and paused days freeze the score and the run;
 * for a weekday habit the days not chosen freeze it too (so its half-life is counted in
 * scheduled days: Loop's 13/√(k/n) calendar days × k/n, the same memory in calendar time).
 * Today counts once it is checked off; until then the series ends yesterday, so an unfinished
 * morning never "breaks" a run.
 */
import { addDays } from '../../dates.ts';
import { type Phrase, phrase } from '../../server/phrases.ts';
import { explainHabitStrength, type HabitEntry, habitHalfLife, habitStrength } from '../../stats/index.ts';
import { daysBetween, isoWeekday, type Schedule } from './rules.ts';
import { dayMeets, fromHundredths, type Target } from './target.ts';

export interface HabitFacts {
  schedule: Schedule;
  startDate: string;
  status: 'active' | 'paused' | 'graduated' | 'retired';
  statusSince: string;
  /** A numeric habit's target (hundredths, per period of the schedule); absent for yes/no. */
  target?: Target | null;
}

export interface DayMark {
  date: string;
  kind: 'done' | 'skip';
  /** A numeric habit's amount that day, in hundredths. */
  value?: number | null;
}

export type CalendarState = 'done' | 'skip' | 'missed' | 'open' | 'off' | 'paused' | 'before';

export interface Celebration {
  kind: 'streak' | 'restart' | 'strength';
  date: string;
  /** The number celebrated: the run for a streak, the milestone (0–1) for strength; null for a restart. */
  value: number | null;
  message: string;
}

export interface HabitNumbers {
  strength: number;
  explanation: string;
  /** The explanation as phrase codes, for the web app to word. */
  phrases: Phrase[];
  halfLifeDays: number;
  currentStreak: number;
  bestStreak: number;
  doneToday: boolean;
  /** Oldest first, from the start date to the last counted day. */
  dates: string[];
  scores: number[];
  streaks: number[];
  /** The best run up to and including each day. */
  bestSoFar: number[];
}

export const STREAK_MILESTONES = [3, 7, 14, 21, 30, 50, 66, 100, 150, 200, 365, 500, 730, 1000];
export const STRENGTH_MILESTONES = [0.5, 0.8, 0.95];

/** The last day the habit is measured on: yesterday until today is done; never past its end. */
function lastCountedDay(h: HabitFacts, marks: ReadonlyMap<string, unknown>, today: string): string {
  const ended = h.status === 'graduated' || h.status === 'retired';
  const end = ended ? addDays(h.statusSince, -1) : today;
  return end === today && !marks.has(today) ? addDays(today, -1) : end;
}

function entryFor(h: HabitFacts, date: string, mark: DayMark | undefined): HabitEntry {
  if (mark?.kind === 'done') return h.target ? fromHundredths(mark.value ?? 0) : 1;
  if (mark?.kind === 'skip') return 'skip';
  if (h.status === 'paused' && date >= h.statusSince) return 'skip';
  if (h.schedule.kind === 'weekdays' && !h.schedule.weekdays.includes(isoWeekday(date))) return 'skip';
  return null;
}

/** Strength, streaks and the per-day series of one habit. `pace` multiplies the half-life. */
export function habitNumbers(
  h: HabitFacts,
  marks: readonly DayMark[],
  today: string,
  pace = 1,
): HabitNumbers {
  const byDate = new Map(marks.map((m) => [m.date, m]));
  const last = lastCountedDay(h, byDate, today);
  const length = Math.max(0, daysBetween(h.startDate, last) + 1);
  const dates: string[] = new Array(length);
  const entries: HabitEntry[] = new Array(length);
  for (let i = 0; i < length; i++) {
    const d = addDays(h.startDate, i);
    dates[i] = d;
    entries[i] = entryFor(h, d, byDate.get(d));
  }
  const s = h.schedule;
  const weekly = s.kind === 'weekdays';
  const schedule = weekly ? { numerator: 1, denominator: 1 } : { numerator: s.times, denominator: s.days };
  const halfLifeDays = weekly
    ? habitHalfLife({ numerator: s.times, denominator: 7 }, pace) * (s.times / 7)
    : habitHalfLife(schedule, pace);
  // A numeric habit (Loop's at-least / at-most mode): the amounts over the period against the target.
  const t = h.target;
  const result = habitStrength(
    entries,
    t
      ? {
          schedule,
          halfLifeDays,
          kind: t.kind === 'at_least' ? 'at-least' : 'at-most',
          target: fromHundredths(t.value),
        }
      : { schedule, halfLifeDays },
  );
  // The run length per day, for celebrations (the same rule as the stats module's streak).
  const streaks: number[] = new Array(length);
  const bestSoFar: number[] = new Array(length);
  let run = 0;
  let best = 0;
  for (let i = 0; i < length; i++) {
    const c = result.completion[i];
    if (c !== null && c !== undefined) run = c >= 1 ? run + 1 : 0;
    streaks[i] = run;
    best = Math.max(best, run);
    bestSoFar[i] = best;
  }
  return {
    strength: result.scores.at(-1) ?? 0,
    phrases:
      length === 0
        ? [phrase('strength.none')]
        : [
            phrase('strength.score', {
              score: Math.round((result.scores.at(-1) ?? 0) * 100),
              halfLife: Math.round(result.halfLifeDays),
            }),
            result.currentStreak > 0
              ? result.bestStreak > result.currentStreak
                ? phrase('strength.runBest', { count: result.currentStreak, best: result.bestStreak })
                : phrase('strength.run', { count: result.currentStreak })
              : result.bestStreak > 0
                ? phrase('strength.resetBest', { best: result.bestStreak })
                : phrase('strength.reset'),
            ...(length < 14 ? [phrase('strength.early')] : []),
          ],
    explanation:
      length === 0
        ? 'Nothing to measure yet: check off the first day.'
        : length < 14
          ? `${explainHabitStrength(result)} Early days: strength grows slowly by design, so a low number in the first weeks is expected, not a verdict.`
          : explainHabitStrength(result),
    halfLifeDays,
    currentStreak: result.currentStreak,
    bestStreak: result.bestStreak,
    doneToday: byDate.get(today)?.kind === 'done',
    dates,
    scores: result.scores,
    streaks,
    bestSoFar,
  };
}

/** The last `days` local days, oldest first, each with what happened. */
export function calendar(
  h: HabitFacts,
  marks: readonly DayMark[],
  today: string,
  days = 90,
): { date: string; state: CalendarState; value?: number | null }[] {
  const byDate = new Map(marks.map((m) => [m.date, m]));
  const t = h.target;
  // A day's amount meets a per-day target; a k-in-n target is judged over its period, not a day.
  const perDay = t && h.schedule.kind !== 'times' ? t : null;
  const out: { date: string; state: CalendarState; value?: number | null }[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const date = addDays(today, -i);
    const m = byDate.get(date);
    const mark = m?.kind;
    let state: CalendarState;
    if (date < h.startDate) state = 'before';
    else if (mark === 'done') state = perDay && !dayMeets(perDay, m?.value ?? 0) ? 'missed' : 'done';
    else if (mark === 'skip') state = 'skip';
    else if (h.status !== 'active' && date >= h.statusSince) state = 'paused';
    else if (h.schedule.kind === 'weekdays' && !h.schedule.weekdays.includes(isoWeekday(date))) state = 'off';
    else if (date === today || h.schedule.kind === 'times' || t?.kind === 'at_most') state = 'open';
    else state = 'missed';
    if (t) out.push({ date, state, value: m?.kind === 'done' ? fromHundredths(m.value ?? 0) : null });
    else out.push({ date, state });
  }
  return out;
}

/** Strength for the calendar's days (null before the start or after the last counted day). */
export function chart(n: HabitNumbers, today: string, days = 90): (number | null)[] {
  const index = new Map(n.dates.map((d, i) => [d, i]));
  const out: (number | null)[] = [];
  for (let i = days - 1; i >= 0; i--) {
    const at = index.get(addDays(today, -i));
    out.push(at === undefined ? null : Math.round(n.scores[at]! * 1000) / 1000);
  }
  return out;
}

/** What to celebrate on one day: a streak milestone, a cheerful restart, a strength milestone. */
export function celebrationOn(n: HabitNumbers, date: string): Celebration | null {
  // Dates are consecutive from the start, so a day's index is its distance from the first.
  const i = n.dates.length > 0 ? daysBetween(n.dates[0]!, date) : -1;
  if (i < 0 || i >= n.dates.length) return null;
  const run = n.streaks[i]!;
  const before = i > 0 ? n.streaks[i - 1]! : 0;
  if (run > before && STREAK_MILESTONES.includes(run))
    return {
      kind: 'streak',
      date,
      value: run,
      message: `${run} in a row. That is how habits are built: one small day at a time.`,
    };
  const earlierBest = i >= 2 ? n.bestSoFar[i - 2]! : 0;
  if (run === 1 && before === 0 && earlierBest > 0)
    return {
      kind: 'restart',
      date,
      value: null,
      message:
        'Back at it. A lapse is information, not failure, and restarting is the habit that matters most.',
    };
  const prev = i > 0 ? n.scores[i - 1]! : 0;
  const crossed = STRENGTH_MILESTONES.filter((m) => prev < m && n.scores[i]! >= m).at(-1);
  if (crossed !== undefined)
    return {
      kind: 'strength',
      date,
      value: crossed,
      message: `Habit strength passed ${Math.round(crossed * 100)}%: this is becoming part of your days.`,
    };
  return null;
}

/** The month's celebrations (newest first), for the monthly look back. */
export function recentCelebrations(n: HabitNumbers, today: string, days = 30): Celebration[] {
  const from = addDays(today, -days + 1);
  const out: Celebration[] = [];
  for (let i = n.dates.length - 1; i >= 0 && n.dates[i]! >= from; i--) {
    const c = celebrationOn(n, n.dates[i]!);
    if (c) out.push(c);
  }
  return out;
}
