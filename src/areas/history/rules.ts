import type { Static } from 'typebox';
import { addDays } from '../../dates.ts';
import type { HistoryAnnotation, HistoryMetric } from './schema.ts';

/*
 * The training history's pure parts: daily series with gaps kept as gaps, and the annotations'
 * wording. Everything here works on rows the viewer was already allowed to read (store.ts).
 */

export type Metric = Static<typeof HistoryMetric>;
export type Annotation = Static<typeof HistoryAnnotation>;

/** The longest range one answer covers: five years of days. */
export const MAX_DAYS = 5 * 366;

/** Whole days from `from` to `to` (0 when equal). */
export const daysBetween = (from: string, to: string) =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** The earlier and the later of two days (YYYY-MM-DD compares as text). */
export const earlierDay = (x: string, y: string) => [x, y].sort()[0]!;
export const laterDay = (x: string, y: string) => [x, y].sort()[1]!;

/** Every day from `from` to `to`, inclusive. */
export function daysOf(from: string, to: string): string[] {
  const n = daysBetween(from, to);
  const out: string[] = [];
  for (let i = 0; i <= n; i++) out.push(addDays(from, i));
  return out;
}

export interface MetricSpec {
  key: string;
  name: string;
  min: number;
  max: number;
  better: 'higher' | 'lower';
}

export interface DayValue {
  partnerId: string;
  date: string;
  /** metric key → value (a custom metric may be missing on a day). */
  values: Record<string, number | undefined>;
}

/**
 * Each metric as one daily series per partner over `from`…`to`: the value recorded that day or
 * null (missing days are never filled in). Rolling means are the picture's to draw (the web
 * app's time chart keeps a gap a gap there too), so the answer carries each value once.
 */
export function buildSeries(
  specs: readonly MetricSpec[],
  partnerIds: readonly string[],
  days: readonly DayValue[],
  from: string,
  to: string,
): Metric[] {
  const n = daysBetween(from, to) + 1;
  // Each row's day index once, not once per metric and partner.
  const at = days.map((d) => daysBetween(from, d.date));
  return specs.map((spec) => ({
    ...spec,
    series: partnerIds.map((partnerId) => {
      const values: (number | null)[] = new Array(n).fill(null);
      days.forEach((d, k) => {
        const i = at[k]!;
        const v = d.values[spec.key];
        if (d.partnerId === partnerId && i >= 0 && i < n && typeof v === 'number') values[i] = v;
      });
      return { partnerId, values };
    }),
  }));
}

/** Annotations that touch `from`…`to`, oldest first (a span counts if any of its days is inside). */
export function inRange(annotations: readonly Annotation[], from: string, to: string): Annotation[] {
  return annotations
    .filter((a) => a.date <= to && (a.until ?? a.date) >= from)
    .sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : x.id < y.id ? -1 : 1));
}

/** A title from free text: its first line, at most 80 characters. */
export function titleOf(text: string): string {
  const line = text.trim().split('\n')[0]!.trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** How long a span lasted, in the unit that reads best: days, weeks past two, months past two. */
export function spanOf(from: string, until: string | null, today: string) {
  const days = daysBetween(from, until ?? today) + 1;
  return days >= 60
    ? { unit: 'months' as const, count: Math.round(days / 30.4) }
    : days >= 14
      ? { unit: 'weeks' as const, count: Math.round(days / 7) }
      : { unit: 'days' as const, count: days };
}

/** How long a span lasted, in plain words. */
export function lasted(from: string, until: string | null, today: string): string {
  const { unit, count } = spanOf(from, until, today);
  const span = plural(count, unit.slice(0, -1));
  return until === null ? `ongoing, ${span} so far` : `${span}`;
}
