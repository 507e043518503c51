import { locale } from '../i18n.ts';
import { dateFormat } from './intl.ts';

/** Today's calendar date (YYYY-MM-DD) in an IANA zone: a "day" is the person's local day. */
export function todayIn(timeZone: string, now = new Date()): string {
  try {
    return dateFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(now);
  } catch {
    return now.toISOString().slice(0, 10);
  }
}

/** The time of day (HH:MM, 24-hour) in an IANA zone, e.g. to compare with a ritual's time. */
export function timeIn(timeZone: string, now = new Date()): string {
  try {
    const parts = new Intl.DateTimeFormat('en-GB', {
      timeZone,
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).formatToParts(now);
    const part = (type: string) => parts.find((p) => p.type === type)?.value ?? '00';
    return `${part('hour')}:${part('minute')}`;
  } catch {
    return now.toISOString().slice(11, 16);
  }
}

/** The zone this device is in, e.g. "Europe/Berlin". */
export function deviceTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}

/** "2024-03-05" → "Tuesday, March 5, 2024" (a calendar day has no zone of its own). */
export function formatDay(date: string, style: 'long' | 'medium' = 'long'): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return dateFormat(locale(), {
    timeZone: 'UTC',
    ...(style === 'long' ? { weekday: 'long', month: 'long' } : { month: 'short' }),
    day: 'numeric',
    year: 'numeric',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** "2024-03-05" → "Tue, Mar 5": a day within a week or a month, where the year is obvious. */
export function formatShortDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) return date;
  return dateFormat(locale(), {
    timeZone: 'UTC',
    weekday: 'short',
    day: 'numeric',
    month: 'short',
  }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** An instant, in the viewer's zone: "Mar 5, 2024, 9:41 PM". */
export function formatInstant(iso: string, timeZone?: string): string {
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  return dateFormat(locale(), { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(when);
}

/** Every zone this browser knows, for a picker. */
export function allTimeZones(current: string): string[] {
  const zones =
    typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [current, 'UTC'];
  return zones.includes(current) ? zones : [current, ...zones];
}
