import { t } from '../../i18n.ts';
import type { CreateHabit } from './queries.ts';

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** What the schedule fields hold while editing: every kind's values, so switching back keeps them. */
export interface ScheduleValue {
  kind: 'daily' | 'weekdays' | 'times';
  weekdays: number[];
  times: number;
  days: number;
}

export const DEFAULT_SCHEDULE: ScheduleValue = { kind: 'daily', weekdays: [1, 3, 5], times: 3, days: 7 };

/** The schedule to send: only the fields of the chosen kind. */
export function toSchedule(v: ScheduleValue): CreateHabit['schedule'] {
  return v.kind === 'daily'
    ? { kind: 'daily' }
    : v.kind === 'weekdays'
      ? { kind: 'weekdays', weekdays: v.weekdays }
      : { kind: 'times', times: v.times, days: v.days };
}

interface Props {
  value: ScheduleValue;
  onChange: (value: ScheduleValue) => void;
  /** Keeps radio groups of several forms on one page apart. */
  name: string;
  error?: string | undefined;
}

/** How often: every day, on chosen weekdays, or k times in n days. */
export function ScheduleFields({ value, onChange, name, error }: Props) {
  const set = (patch: Partial<ScheduleValue>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="field">
      <legend className="field-label">{t('habitForm.schedule')}</legend>
      {(['daily', 'weekdays', 'times'] as const).map((k) => (
        <label key={k} className="choice">
          <input
            type="radio"
            name={`schedule-${name}`}
            checked={value.kind === k}
            onChange={() => set({ kind: k })}
          />{' '}
          {t(`habitForm.${k}`)}
        </label>
      ))}
      {value.kind === 'weekdays' ? (
        <div className="chips">
          {DAYS.map((day, i) => (
            <label key={day} className="chip">
              <input
                type="checkbox"
                checked={value.weekdays.includes(i + 1)}
                onChange={(e) =>
                  set({
                    weekdays: e.target.checked
                      ? [...value.weekdays, i + 1]
                      : value.weekdays.filter((d) => d !== i + 1),
                  })
                }
              />{' '}
              {day}
            </label>
          ))}
        </div>
      ) : null}
      {value.kind === 'times' ? (
        <p>
          <input
            aria-label={t('habitForm.times')}
            type="number"
            min={1}
            max={366}
            value={value.times}
            onChange={(e) => set({ times: Number(e.target.value) })}
          />{' '}
          {t('habitForm.timesOf')}{' '}
          <input
            aria-label={t('habitForm.days')}
            type="number"
            min={1}
            max={366}
            value={value.days}
            onChange={(e) => set({ days: Number(e.target.value) })}
          />{' '}
          {t('habitForm.days')}
        </p>
      ) : null}
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
