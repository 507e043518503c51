import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { logQueries } from './queries.ts';

interface Props {
  /** The conflict's id, or '' for none. */
  value: string;
  /** The entry being edited, never offered as its own conflict. */
  exclude?: string | undefined;
  onChange: (id: string) => void;
  error?: string | undefined;
}

/** Which recent conflict this repair resolved (optional). */
export function RepairPicker({ value, exclude, onChange, error }: Props) {
  const id = useId();
  const conflicts = useQuery(logQueries.conflicts());
  const options = (conflicts.data ?? []).filter((c) => c.id !== exclude);
  return (
    <div className="field">
      <label htmlFor={id}>{t('form.repairOf')}</label>
      <p className="hint" id={`${id}-hint`}>
        {conflicts.isPending
          ? t('common.loading')
          : conflicts.isError
            ? errorMessage(conflicts.error)
            : options.length === 0
              ? t('form.repairNone')
              : t('form.repairHint')}
      </p>
      <select
        id={id}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
      >
        <option value="">{t('form.repairNotLinked')}</option>
        {options.map((c) => (
          <option key={c.id} value={c.id}>
            {formatDay(c.date, 'medium')} ·{' '}
            {c.text ? (c.text.length > 50 ? `${c.text.slice(0, 47)}…` : c.text) : t('kind.conflict')}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
