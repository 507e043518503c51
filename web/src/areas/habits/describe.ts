import { formatNumber, formatPercent, locale, t } from '../../i18n.ts';
import type { Habit } from './queries.ts';

/** A weekday (1 = Monday … 7 = Sunday) by name in the language in use. */
function weekday(n: number): string {
  // 2024-01-01 was a Monday.
  return new Intl.DateTimeFormat(locale(), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, n)),
  );
}

/**
 * How often, from the schedule's parts (the server's `summary` is English only): "every day",
 * "on Monday, Wednesday and Friday", "3 times in 7 days".
 */
export function describeSchedule(s: Omit<Habit['schedule'], 'summary'>): string {
  if (s.kind === 'weekdays')
    return t('schedule.weekdays', {
      days: new Intl.ListFormat(locale(), { type: 'conjunction' }).format(s.weekdays.map(weekday)),
    });
  if (s.kind === 'times') return t('schedule.times', { count: s.times, days: s.days });
  return t('schedule.daily');
}

/** A numeric habit's target in words: "at least 20 minutes a day". */
export function describeTarget(
  target: Omit<NonNullable<Habit['target']>, 'summary'>,
  s: Omit<Habit['schedule'], 'summary'>,
): string {
  const amount = { value: formatNumber(target.value, 2), unit: target.unit };
  const words = target.kind === 'at_least' ? t('target.atLeast', amount) : t('target.atMost', amount);
  if (s.kind === 'times') return t('target.inDays', { words, count: s.days });
  return t(s.kind === 'weekdays' ? 'target.perChosenDay' : 'target.perDay', { words });
}

/** A proposed easing in words, from its parts (the server's `summary` is English only). */
export function describeChange(
  c: NonNullable<Habit['pendingChange']>['change'],
  current: Omit<Habit['schedule'], 'summary'>,
): string {
  if (c.pause) return c.reason ? t('change.pauseBecause', { reason: c.reason }) : t('change.pause');
  const schedule = c.schedule ? describeSchedule(c.schedule) : null;
  const target = c.target ? describeTarget(c.target, c.schedule ?? current) : null;
  if (schedule && target) return t('change.both', { schedule, target });
  if (target) return t('change.target', { target });
  return t('change.schedule', { schedule: schedule ?? describeSchedule(current) });
}

/** A milestone in words, from its kind and number (the server's `message` is English only). */
export function describeCelebration(c: Habit['celebrations'][number]): string {
  if (c.kind === 'streak') return t('celebrate.streak', { count: c.value ?? 0 });
  if (c.kind === 'strength') return t('celebrate.strength', { pct: formatPercent(c.value ?? 0) });
  return t('celebrate.restart');
}
