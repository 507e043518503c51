/**
 * Calendar days as numbers, and the date axis's ticks. Pure: no DOM, no React, so it is tested
 * on its own (time.test.ts) and costs nothing on a screen without a chart.
 */

import { dateFormat } from '../../intl.ts';

const DAY_MS = 86_400_000;

/** "2024-03-05" → days since 1970-01-01 (a calendar day has no zone: UTC arithmetic is exact). */
export function dayNumber(date: string): number {
  const [y, m, d] = date.split('-').map(Number);
  return Math.round(Date.UTC(y ?? 1970, (m ?? 1) - 1, d ?? 1) / DAY_MS);
}

/** Days since 1970-01-01 → "2024-03-05". */
export function dayString(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** How far apart the date axis's ticks are. */
export type TickUnit = 'day' | 'week' | 'month' | 'year';

export interface TimeTick {
  /** Day number of the tick (see `dayNumber`). */
  day: number;
  unit: TickUnit;
  /** The first tick, or the first of a new year: its label carries the year. */
  withYear: boolean;
}

/** Candidate spacings, finest first: the first that fits `maxTicks` wins. */
const STEPS: ReadonlyArray<{ unit: TickUnit; every: number; approxDays: number }> = [
  { unit: 'day', every: 1, approxDays: 1 },
  { unit: 'day', every: 2, approxDays: 2 },
  { unit: 'week', every: 1, approxDays: 7 },
  { unit: 'week', every: 2, approxDays: 14 },
  { unit: 'month', every: 1, approxDays: 30.4 },
  { unit: 'month', every: 2, approxDays: 60.9 },
  { unit: 'month', every: 3, approxDays: 91.3 },
  { unit: 'month', every: 6, approxDays: 182.6 },
  { unit: 'year', every: 1, approxDays: 365.25 },
  { unit: 'year', every: 2, approxDays: 730.5 },
  { unit: 'year', every: 5, approxDays: 1826 },
];

/**
 * Ticks on calendar boundaries between `from` and `to` (day numbers, inclusive), at most
 * `maxTicks` of them: single days for a week, Mondays for a month or two, first days of months
 * (or quarters, half-years) up to about two years, then 1 January.
 *
 * @example timeTicks(dayNumber('2024-01-01'), dayNumber('2026-12-31'), 6)
 *   // 2024-01-01, 2024-07-01, 2025-01-01, … (unit 'month', every 6)
 */
export function timeTicks(from: number, to: number, maxTicks: number): TimeTick[] {
  const span = Math.max(1, to - from);
  const limit = Math.max(2, Math.floor(maxTicks));
  const step = STEPS.find((s) => span / s.approxDays <= limit) ?? STEPS[STEPS.length - 1]!;
  const days: number[] = [];
  if (step.unit === 'day') {
    for (let d = Math.ceil(from); d <= to; d += 1) if (d % step.every === 0) days.push(d);
  } else if (step.unit === 'week') {
    // Day 0 (1970-01-01) was a Thursday: Mondays are days ≡ 4 (mod 7).
    let d = Math.ceil(from);
    while ((((d - 4) % 7) + 7) % 7 !== 0) d += 1;
    for (let i = 0; d <= to; d += 7, i += 1) if (i % step.every === 0) days.push(d);
  } else {
    const start = new Date(Math.ceil(from) * DAY_MS);
    let y = start.getUTCFullYear();
    let m = step.unit === 'year' ? 0 : start.getUTCMonth();
    const months = step.unit === 'year' ? 12 * step.every : step.every;
    // Align to the step: quarters start in Jan/Apr/Jul/Oct, years on multiples of `every`.
    if (step.unit === 'year') y = Math.ceil(y / step.every) * step.every;
    else m = Math.ceil(m / months) * months;
    for (;;) {
      const d = Math.round(Date.UTC(y, m, 1) / DAY_MS);
      if (d > to) break;
      if (d >= from) days.push(d);
      m += months;
    }
  }
  let lastYear = Number.NaN;
  return days.map((day, i) => {
    const year = new Date(day * DAY_MS).getUTCFullYear();
    const withYear = step.unit === 'year' || i === 0 || year !== lastYear;
    lastYear = year;
    return { day, unit: step.unit, withYear };
  });
}

/**
 * A tick's text in a language: "Mar 5" for days and weeks, "Mar" (or "Mar 2025" at a year's
 * first tick) for months, "2025" for years.
 */
export function tickLabel(tick: TimeTick, locale: string): string {
  const date = new Date(tick.day * DAY_MS);
  if (tick.unit === 'year') return String(date.getUTCFullYear());
  const options: Intl.DateTimeFormatOptions =
    tick.unit === 'month'
      ? { timeZone: 'UTC', month: 'short', ...(tick.withYear ? { year: 'numeric' } : {}) }
      : { timeZone: 'UTC', month: 'short', day: 'numeric' };
  return dateFormat(locale, options).format(date);
}
