import { type FormEvent, useId, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useCheckOff } from './mutations.ts';
import type { CheckoffResult, Habit } from './queries.ts';

interface Props {
  habit: Habit;
  date: string;
  onDone: (result: CheckoffResult) => void;
}

/**
 * The check-off of a numeric habit: how much today, in the habit's unit. A big number field and
 * a big button; the server says what is wrong with the amount, next to the field.
 */
export function AmountCheckOff({ habit, date, onDone }: Props) {
  const id = useId();
  const [amount, setAmount] = useState('');
  const unit = habit.target?.unit ?? '';
  const [missing, setMissing] = useState(false);
  const checkOff = useCheckOff({ showsError: true });
  const errors = splitError(checkOff.error, ['value']);
  const error = missing ? t('habits.amountMissing', { unit }) : (errors.field.value ?? null);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = amount.trim() === '' ? undefined : Number(amount.replace(',', '.'));
    if (value === undefined || Number.isNaN(value)) {
      setMissing(true);
      return;
    }
    setMissing(false);
    checkOff.mutate(
      { id: habit.id, date, kind: 'done', value },
      {
        onSuccess: (r) => {
          setAmount('');
          onDone(r);
        },
      },
    );
  };
  return (
    <form className="habit-amount" onSubmit={submit} noValidate>
      <FormError message={errors.form} />
      <label htmlFor={`${id}-amount`}>{t('habits.amountLabel', { unit })}</label>
      <div className="habit-amount-row">
        <input
          id={`${id}-amount`}
          type="number"
          inputMode="decimal"
          min="0"
          step="any"
          value={amount}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => setAmount(e.target.value)}
        />
        <span className="habit-amount-unit" aria-hidden="true">
          {unit}
        </span>
        <button type="submit" className="button" disabled={checkOff.isPending}>
          {checkOff.isPending ? t('common.saving') : t('habits.amountSave')}
        </button>
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </form>
  );
}
