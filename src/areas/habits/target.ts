/**
 * Numeric habits: "at least 20 minutes a day", "at most 2 coffees a day". Pure rules for the
 * target and the day's amount. Amounts travel as numbers in the API and are stored as integer
 * hundredths (20 → 2000), so both databases keep them exactly.
 *
 * The target counts per period of the schedule, as in Loop Habit Tracker: per day for a daily or
 * weekday habit, per n days for "k times in n days".
 */
import { invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import type { Schedule } from './rules.ts';

export type TargetKind = 'at_least' | 'at_most';

export interface TargetInput {
  kind: TargetKind;
  value: number;
  unit: string;
}

/** A target as stored: `value` in integer hundredths. */
export interface Target {
  kind: TargetKind;
  value: number;
  unit: string;
}

/** The largest amount a target or a day may hold, in the habit's unit. */
export const MAX_AMOUNT = 1_000_000;

/** A number with at most two decimals as integer hundredths; null when it has more. */
export function toHundredths(v: number): number | null {
  const h = Math.round(v * 100);
  return Math.abs(h - v * 100) < 1e-6 ? h : null;
}

/** Integer hundredths back to the number a person typed. */
export const fromHundredths = (h: number): number => h / 100;

/** 2000 → "20", 150 → "1.5". */
export const formatAmount = (h: number): string => String(fromHundredths(h));

/**
 * Checks a target and converts it for storage. Throws a 400 naming `target.value` or
 * `target.unit` for a value ≤ 0, with more than two decimals, too large, or an empty unit.
 * @example normalizeTarget({ kind: 'at_least', value: 20, unit: ' minutes ' }) // { kind: 'at_least', value: 2000, unit: 'minutes' }
 */
export function normalizeTarget(t: TargetInput): Target {
  if (!(Number.isFinite(t.value) && t.value > 0))
    throw invalid(
      'target.value',
      'A target is a number above 0, e.g. 20 (minutes).',
      phrase('refuse.targetPositive'),
    );
  if (t.value > MAX_AMOUNT)
    throw invalid(
      'target.value',
      `A target is at most ${MAX_AMOUNT}.`,
      phrase('refuse.targetMax', { max: MAX_AMOUNT }),
    );
  const value = toHundredths(t.value);
  if (value === null || value === 0)
    throw invalid(
      'target.value',
      'Use at most two decimals, e.g. 1.5 or 0.25.',
      phrase('refuse.twoDecimals'),
    );
  const unit = t.unit.trim();
  if (unit.length === 0)
    throw invalid(
      'target.unit',
      'Name what you count, e.g. "minutes" or "pages".',
      phrase('refuse.targetUnit'),
    );
  return { kind: t.kind, value, unit };
}

/**
 * The day's amount for a check-off, in hundredths (null for a yes/no habit or a skipped day).
 * Required when a numeric habit's day is done; refused for yes/no habits and skips.
 */
export function checkAmount(
  value: number | undefined,
  target: Target | null,
  kind: 'done' | 'skip',
): number | null {
  if (target === null) {
    if (value !== undefined)
      throw invalid('value', 'This habit is yes or no; it has no amount to enter. Leave "value" out.');
    return null;
  }
  if (kind === 'skip') {
    if (value !== undefined) throw invalid('value', 'A skipped day has no amount; leave "value" out.');
    return null;
  }
  if (value === undefined)
    throw invalid(
      'value',
      `How much today? Enter the amount in ${target.unit} as "value".`,
      phrase('refuse.amountMissing', { unit: target.unit }),
    );
  if (!(Number.isFinite(value) && value >= 0))
    throw invalid(
      'value',
      `An amount is 0 or more ${target.unit}.`,
      phrase('refuse.amountNegative', { unit: target.unit }),
    );
  if (value > MAX_AMOUNT)
    throw invalid(
      'value',
      `An amount is at most ${MAX_AMOUNT}.`,
      phrase('refuse.amountMax', { max: MAX_AMOUNT }),
    );
  const h = toHundredths(value);
  if (h === null)
    throw invalid('value', 'Use at most two decimals, e.g. 1.5 or 0.25.', phrase('refuse.twoDecimals'));
  return h;
}

/** Easier: a lower at-least target or a higher at-most one (waits out the horizon). */
export function targetIsEasier(from: Target, to: Target): boolean {
  return to.kind === 'at_least' ? to.value < from.value : to.value > from.value;
}

/**
 * Whether a check-off counts as a kept day for weekly tallies (wins, pace adherence). A numeric
 * habit's day counts when its amount met a per-day target; with "k times in n days" the target
 * is per period, so any recorded day counts toward k.
 */
export function countsAsKept(
  habit: {
    target_kind: TargetKind | null;
    target_value: number | null;
    unit: string | null;
    schedule_kind: string;
  },
  checkoff: { kind: 'done' | 'skip'; value: number | null },
): boolean {
  if (checkoff.kind !== 'done') return false;
  const target = targetOf(habit);
  if (!target || habit.schedule_kind === 'times' || checkoff.value === null) return true;
  return dayMeets(target, Number(checkoff.value));
}

/** Did one day's amount meet a per-day target? */
export function dayMeets(target: Target, value: number): boolean {
  return target.kind === 'at_least' ? value >= target.value : value <= target.value;
}

/**
 * The target in plain words, with its period.
 * @example describeTarget({ kind: 'at_least', value: 2000, unit: 'minutes' }, daily) // "at least 20 minutes a day"
 */
export function describeTarget(t: Target, s: Schedule): string {
  const words = `${t.kind === 'at_least' ? 'at least' : 'at most'} ${formatAmount(t.value)} ${t.unit}`;
  if (s.kind === 'daily') return `${words} a day`;
  if (s.kind === 'weekdays') return `${words} a day on the chosen days`;
  return `${words} in ${s.days} day${s.days === 1 ? '' : 's'}`;
}

/** The target of a stored habit, or null for a yes/no habit. */
export function targetOf(r: {
  target_kind: TargetKind | null;
  target_value: number | null;
  unit: string | null;
}): Target | null {
  return r.target_kind && r.target_value !== null
    ? { kind: r.target_kind, value: Number(r.target_value), unit: r.unit ?? '' }
    : null;
}

export function targetColumns(t: Target) {
  return { target_kind: t.kind, target_value: t.value, unit: t.unit };
}
