import { formatNumber, t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import type { Habit } from './queries.ts';

interface Props {
  days: Habit['calendar'];
}

const LEGEND = ['done', 'skip', 'missed', 'open', 'off'] as const;
const stateLabel = (state: string) =>
  (LEGEND as readonly string[]).includes(state)
    ? t(`habits.legend.${state as (typeof LEGEND)[number]}`)
    : state;

/**
 * The last 90 days as small squares, oldest first, six rows of fifteen. A screen reader hears the
 * summary; each square also carries its day and state as a tooltip for pointer users.
 */
export function HabitCalendar({ days }: Props) {
  const count = (s: string) => days.filter((d) => d.state === s).length;
  return (
    <figure className="habit-figure">
      <figcaption className="muted">{t('habits.calendarTitle')}</figcaption>
      <p className="visually-hidden">
        {t('habits.calendarSummary', { done: count('done'), skip: count('skip'), missed: count('missed') })}
      </p>
      <div className="habit-calendar" aria-hidden="true">
        {days.map((d) => (
          <span
            key={d.date}
            className={d.state}
            title={`${formatDay(d.date, 'medium')}: ${stateLabel(d.state)}${d.value != null ? ` (${formatNumber(d.value, 2)})` : ''}`}
          />
        ))}
      </div>
      <p className="habit-legend" aria-hidden="true">
        {LEGEND.map((s) => (
          <span key={s} className={s}>
            {t(`habits.legend.${s}`)}
          </span>
        ))}
      </p>
    </figure>
  );
}
