import { type FormEvent, useId, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useToast } from '../../ui/toast.ts';
import { useUpdateHabit } from './mutations.ts';
import type { Habit } from './queries.ts';

interface Props {
  habit: Habit & { target: NonNullable<Habit['target']> };
}

/**
 * Changing a numeric habit's amount. Harder counts at once; easier (a lower "at least", a higher
 * "at most") waits out the 7-day horizon, and for a habit of both, the other partner's yes.
 */
export function TargetEdit({ habit }: Props) {
  const id = useId();
  const { kind, unit } = habit.target;
  const [value, setValue] = useState(String(habit.target.value));
  const update = useUpdateHabit();
  const toast = useToast();
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const amount = value.trim() === '' ? 0 : Number(value.replace(',', '.'));
    update.mutate(
      { id: habit.id, body: { target: { kind, value: amount, unit } } },
      {
        onSuccess: (h) => {
          toast({ message: h.pendingChange ? t('habits.easeWaiting') : t('habits.saved') });
        },
      },
    );
  };
  return (
    <form onSubmit={submit} noValidate>
      <FormError message={splitError(update.error, []).form} />
      <div className="field">
        <label htmlFor={`${id}-target`}>
          {t(kind === 'at_least' ? 'habitForm.targetAtLeast' : 'habitForm.targetAtMost', { unit })}
        </label>
        <input
          id={`${id}-target`}
          type="number"
          inputMode="decimal"
          min="0"
          step="any"
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />
      </div>
      <button type="submit" className="button secondary small" disabled={update.isPending}>
        {update.isPending ? t('common.saving') : t('habitForm.changeTarget')}
      </button>
    </form>
  );
}
