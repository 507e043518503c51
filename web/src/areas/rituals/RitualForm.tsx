import { type FormEvent, useId, useState } from 'react';
import { locale, t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import type { RitualBody } from './mutations.ts';

type Cadence = RitualBody['cadence'];
const CADENCES: Cadence[] = ['daily', 'weekly', 'monthly', 'quarterly'];

interface Props {
  /** The ritual as it is, or a blank one to add. */
  initial: RitualBody & { active?: boolean };
  /** A built-in ritual keeps its name and words; only when it happens and whether it is on change. */
  builtIn?: boolean;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (body: RitualBody & { active?: boolean }) => void;
  onCancel: () => void;
}

export const weekdayName = (n: number) =>
  new Intl.DateTimeFormat(locale(), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, n)), // 2024-01-01 was a Monday
  );

/** Add a ritual, or change when one happens and whether it is on. */
export function RitualForm({ initial, builtIn, submitLabel, busy, error, onSubmit, onCancel }: Props) {
  const id = useId();
  const [r, setR] = useState(initial);
  const set = (patch: Partial<typeof r>) => setR((x) => ({ ...x, ...patch }));
  const errors = splitError(error, ['title', 'prompt', 'cadence', 'time', 'weekday', 'dayOfMonth']);
  const fieldError = (name: string) =>
    errors.field[name] ? (
      <p className="field-error" id={`${id}-${name}-error`}>
        {errors.field[name]}
      </p>
    ) : null;
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSubmit({
      ...r,
      title: r.title.trim(),
      weekday: r.cadence === 'weekly' ? (r.weekday ?? 1) : null,
      dayOfMonth: r.cadence === 'monthly' || r.cadence === 'quarterly' ? (r.dayOfMonth ?? 1) : null,
    });
  };
  return (
    <form className="form ritual-form" onSubmit={submit} noValidate>
      <FormError message={errors.form} />
      {builtIn ? null : (
        <>
          <div className="field">
            <label htmlFor={`${id}-title`}>{t('ritualForm.title')}</label>
            <input
              id={`${id}-title`}
              type="text"
              maxLength={80}
              value={r.title}
              onChange={(e) => set({ title: e.target.value })}
              aria-invalid={errors.field.title ? true : undefined}
              aria-describedby={errors.field.title ? `${id}-title-error` : undefined}
            />
            {fieldError('title')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-prompt`}>{t('ritualForm.prompt')}</label>
            <textarea
              id={`${id}-prompt`}
              maxLength={500}
              value={r.prompt}
              onChange={(e) => set({ prompt: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-cadence`}>{t('ritualForm.cadence')}</label>
            <select
              id={`${id}-cadence`}
              value={r.cadence}
              onChange={(e) => set({ cadence: e.target.value as Cadence })}
            >
              {CADENCES.map((c) => (
                <option key={c} value={c}>
                  {t(`ritualForm.cadence.${c}`)}
                </option>
              ))}
            </select>
          </div>
        </>
      )}
      {r.cadence === 'weekly' ? (
        <div className="field">
          <label htmlFor={`${id}-weekday`}>{t('ritualForm.weekday')}</label>
          <select
            id={`${id}-weekday`}
            value={r.weekday ?? 1}
            onChange={(e) => set({ weekday: Number(e.target.value) })}
          >
            {[1, 2, 3, 4, 5, 6, 7].map((n) => (
              <option key={n} value={n}>
                {weekdayName(n)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      {r.cadence === 'monthly' || r.cadence === 'quarterly' ? (
        <div className="field">
          <label htmlFor={`${id}-day`}>{t('ritualForm.dayOfMonth')}</label>
          <select
            id={`${id}-day`}
            value={r.dayOfMonth ?? 1}
            onChange={(e) => set({ dayOfMonth: Number(e.target.value) })}
          >
            {Array.from({ length: 28 }, (_, i) => i + 1).map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-time`}>{t('ritualForm.time')}</label>
        <input
          id={`${id}-time`}
          type="time"
          value={r.time}
          onChange={(e) => set({ time: e.target.value })}
          aria-invalid={errors.field.time ? true : undefined}
          aria-describedby={errors.field.time ? `${id}-time-error` : undefined}
        />
        {fieldError('time')}
      </div>
      {r.active === undefined ? null : (
        <label className="choice">
          <input type="checkbox" checked={r.active} onChange={(e) => set({ active: e.target.checked })} />
          <span>{t('ritualForm.active')}</span>
        </label>
      )}
      <p className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </p>
    </form>
  );
}
