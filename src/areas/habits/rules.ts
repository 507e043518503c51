import { addDays, isCalendarDate } from '../../dates.ts';
import { invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { formatAmount, fromHundredths, type Target } from './target.ts';

/** How many days back a check-off (or its undo) may be entered: today and the three before. */
export const EDIT_WINDOW_DAYS = 3;
/** The commitment horizon: making a habit easier takes effect this many days later. */
export const HORIZON_DAYS = 7;

export interface ScheduleInput {
  kind: 'daily' | 'weekdays' | 'times';
  weekdays?: number[];
  times?: number;
  days?: number;
}

/** A schedule as stored: every field filled. */
export interface Schedule {
  kind: 'daily' | 'weekdays' | 'times';
  weekdays: number[];
  times: number;
  days: number;
}

/**
 * Checks a schedule and fills it in. Throws a 400 naming the field for an impossible one:
 * no weekdays, k > n, or fields that belong to another kind.
 * @example normalizeSchedule({ kind: 'times', times: 3, days: 7 }) // { kind: 'times', weekdays: [], times: 3, days: 7 }
 */
export function normalizeSchedule(s: ScheduleInput): Schedule {
  if (s.kind === 'daily') {
    if (s.weekdays !== undefined || s.times !== undefined || s.days !== undefined)
      throw invalid('schedule', 'A daily habit needs no weekdays or counts.');
    return { kind: 'daily', weekdays: [], times: 1, days: 1 };
  }
  if (s.kind === 'weekdays') {
    if (!s.weekdays || s.weekdays.length === 0)
      throw invalid('schedule.weekdays', 'Pick at least one day of the week.', phrase('refuse.pickWeekday'));
    if (s.times !== undefined || s.days !== undefined)
      throw invalid('schedule', 'A weekday habit needs only its weekdays.');
    const weekdays = [...s.weekdays].sort((a, b) => a - b);
    return { kind: 'weekdays', weekdays, times: weekdays.length, days: 7 };
  }
  if (s.weekdays !== undefined) throw invalid('schedule.weekdays', 'Weekdays belong to a weekday habit.');
  if (s.times === undefined) throw invalid('schedule.times', 'How many times? Say k in "k times in n days".');
  if (s.days === undefined) throw invalid('schedule.days', 'In how many days? Say n in "k times in n days".');
  if (s.times > s.days)
    throw invalid(
      'schedule.times',
      `${s.times} times in ${s.days} days is more than once a day; lower it.`,
      phrase('refuse.moreThanDaily', { count: s.times, days: s.days }),
    );
  return { kind: 'times', weekdays: [], times: s.times, days: s.days };
}

/** How often a schedule asks for the action, per day: the measure of "easier" and "harder". */
export function scheduleRate(s: Schedule): number {
  return s.kind === 'daily' ? 1 : s.kind === 'weekdays' ? s.weekdays.length / 7 : s.times / s.days;
}

const DAY_NAMES = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

export function describeSchedule(s: Schedule): string {
  if (s.kind === 'daily') return 'every day';
  if (s.kind === 'weekdays') return `on ${s.weekdays.map((d) => DAY_NAMES[d - 1]).join(', ')}`;
  return `${s.times} time${s.times === 1 ? '' : 's'} in ${s.days} day${s.days === 1 ? '' : 's'}`;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a local date. */
export function isoWeekday(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  return d === 0 ? 7 : d;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Tiny versions of common vague goals, keyed by a word that gives the goal away. */
const TINY: ReadonlyArray<[RegExp, string[]]> = [
  [
    /communicat|talk|listen/,
    [
      'After dinner, I ask one question about their day and listen to the whole answer',
      'When I get home, I say one thing I noticed about my day',
    ],
  ],
  [
    /apprecia|grateful|gratitude|thank/,
    [
      'After I brush my teeth at night, I say one thing I appreciated today',
      'When I pour the coffee, I send one line of thanks',
    ],
  ],
  [
    /affection|intima|romant|close|love/,
    [
      'When we first see each other after work, I hug for six seconds',
      'After we turn off the lights, I say one thing I love about them',
    ],
  ],
  [
    /fight|argu|conflict|patien|calm|yell/,
    [
      'When I notice my voice rising, I take one slow breath before answering',
      'After a disagreement, I say "I see your point about …" once',
    ],
  ],
  [
    /help|chore|house|dishes|clean|tidy/,
    ['After dinner, I clear the table', 'When I make my coffee, I start the dishwasher if it is full'],
  ],
];
const GENERIC = [
  'After I pour the morning coffee, I ask how they slept',
  'When I get home, I put the phone away for the first ten minutes',
];
const VAGUE = /\b(better|more|less|nicer|improve|try|always|never|stop|be (a )?(good|better|more))\b/;

/**
 * Nudges towards small: a goal with no concrete verb object ("communicate better", "be nicer")
 * is refused with a friendly 400 that suggests tiny versions. Returns nothing when it is fine.
 */
export function checkTinyAction(action: string): void {
  const a = action.trim().toLowerCase();
  const words = a.split(/\s+/).filter(Boolean);
  if (words.length >= 3 && !VAGUE.test(a)) return;
  const ideas = TINY.find(([re]) => re.test(a))?.[1] ?? GENERIC;
  throw invalid(
    'action',
    `"${action.trim()}" is a fine goal, but not yet a tiny action you could do in two minutes. Tiny versions that count: ${ideas.map((i) => `"${i}"`).join('; ')}.`,
    phrase('refuse.notTiny', { action: action.trim() }),
  );
}

/** Check-offs go on today or up to {@link EDIT_WINDOW_DAYS} days back, never before the habit. */
export function checkCheckoffDate(date: string, ctx: { today: string; startDate: string }): void {
  if (!isCalendarDate(date))
    throw invalid('date', `${date} is not a real calendar date.`, phrase('refuse.notADate', { value: date }));
  if (date > ctx.today)
    throw invalid(
      'date',
      'A day that has not happened yet can’t be checked off.',
      phrase('refuse.checkoffFuture'),
    );
  if (date < addDays(ctx.today, -EDIT_WINDOW_DAYS))
    throw invalid(
      'date',
      `Check-offs can be changed for ${EDIT_WINDOW_DAYS} days; that day has closed.`,
      phrase('refuse.checkoffClosed', { count: EDIT_WINDOW_DAYS }),
    );
  if (date < ctx.startDate)
    throw invalid('date', 'That day is before this habit started.', phrase('refuse.beforeHabitStart'));
}

/** A proposed change to a habit that makes it easier waits out the horizon. */
export type HabitChange =
  | { schedule?: Schedule; target?: Target }
  | { status: 'paused'; reason: string | null };

/** A change in parts (target value in units, not hundredths), for the web app to word itself. */
export function changeParts(change: HabitChange) {
  if ('status' in change) return { pause: true, reason: change.reason, schedule: null, target: null };
  const t = change.target;
  return {
    pause: false,
    reason: null,
    schedule: change.schedule ?? null,
    target: t ? { kind: t.kind, value: fromHundredths(t.value), unit: t.unit } : null,
  };
}

export function describeChange(change: HabitChange): string {
  if ('status' in change) return `Pause this habit${change.reason ? ` (${change.reason})` : ''}`;
  const parts: string[] = [];
  if (change.schedule) parts.push(`Ease the schedule to ${describeSchedule(change.schedule)}`);
  if (change.target) {
    const t = change.target;
    parts.push(
      `${parts.length ? 'the' : 'Ease the'} target to ${t.kind === 'at_least' ? 'at least' : 'at most'} ${formatAmount(t.value)} ${t.unit}`,
    );
  }
  return parts.join(' and ');
}

/**
 * Who must consent to an easing: the owner, or both partners for a shared habit. The proposer
 * consents by proposing.
 */
export function consentNeeded(owner: string, partnerIds: readonly string[]): string[] {
  return owner === 'both' ? [...partnerIds] : [owner];
}

/** A change takes effect when the horizon has passed and everyone needed has consented. */
export function changeIsDue(
  c: { effectiveOn: string; consents: readonly string[] },
  needed: readonly string[],
  today: string,
): boolean {
  return c.effectiveOn <= today && needed.every((id) => c.consents.includes(id));
}
