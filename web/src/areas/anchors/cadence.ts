import { t } from '../../i18n.ts';

interface Cadence {
  times: number;
  days: number;
}

/** "once a week", "3 times in 14 days": the floor in the reader's language. */
export function cadenceWords(c: Cadence): string {
  if (c.times === 1 && c.days === 1) return t('anchors.cadence.daily');
  if (c.days === 7) return t('anchors.cadence.weekly', { count: c.times });
  return t('anchors.cadence.other', { count: c.times, days: c.days });
}

/** The window the current rate is counted over: about four periods, at least 4 weeks, at most 90 days. */
export function rateWindow(days: number): number {
  return Math.min(90, Math.max(28, 4 * days));
}

/** Kept days in the `window` days up to and including `today` (dates are YYYY-MM-DD). */
export function keptInWindow(kept: readonly string[], today: string, window: number): number {
  const from = shiftDay(today, -(window - 1));
  return kept.filter((d) => d >= from && d <= today).length;
}

/** What the floor asks over the same window, e.g. 4 for once a week over 28 days. */
export function expectedInWindow(c: Cadence, window: number): number {
  return Math.round((c.times * window) / c.days);
}

/** A calendar date moved by `n` days. */
export function shiftDay(date: string, n: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}
