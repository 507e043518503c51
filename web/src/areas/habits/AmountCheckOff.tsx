import { type FormEvent, useId, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { t } from '../../i18n.ts';
import { type CheckoffResult, type Habit, useCheckOff } from './queries.ts';

interface Props {
  habit: Habit;
  date: string;
  onDone: (result: CheckoffResult) => void;
  onError: (error: unknown) => void;
}

/**
 * The check-off of a numeric habit: how much today, in the habit's unit. A big number field and
 * a big button; the server says what is wrong with the amount, next to the field.
 */
export function AmountCheckOff({ habit, date, onDone, onError }: Props) {
  const id = useId();
  const [amount, setAmount] = useState('');
  const [error, setError] = useState<string | null>(null);
  const checkOff = useCheckOff();
  const unit = habit.target?.unit ?? '';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const value = amount.trim() === '' ? undefined : Number(amount.replace(',', '.'));
    if (value === undefined || Number.isNaN(value)) {
      setError(t('habits.amountMissing', { unit }));
      return;
    }
    checkOff.mutate(
      { id: habit.id, date, kind: 'done', value },
      {
        onSuccess: (r) => {
          setError(null);
          setAmount('');
          onDone(r);
        },
        onError: (err) => {
          if (err instanceof ApiError && err.field === 'value') setError(errorMessage(err));
          else onError(err);
        },
      },
    );
  };
  return (
    <form className="habit-amount" onSubmit={submit} noValidate>
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
