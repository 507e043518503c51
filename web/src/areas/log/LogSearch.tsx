import { type FormEvent, useEffect, useId, useState } from 'react';
import { t } from '../../i18n.ts';

interface Props {
  /** The words searched for now, or undefined. */
  value: string | undefined;
  onSearch: (q: string | undefined) => void;
}

/** Words to find in the log's text; the server searches only the entries this person may see. */
export function LogSearch({ value, onSearch }: Props) {
  const id = useId();
  const [text, setText] = useState(value ?? '');
  useEffect(() => setText(value ?? ''), [value]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    onSearch(text.trim() || undefined);
  };
  return (
    <search>
      <form className="log-search" onSubmit={submit} aria-label={t('search.label')}>
        <label htmlFor={id} className="visually-hidden">
          {t('search.label')}
        </label>
        <input
          id={id}
          type="search"
          maxLength={100}
          value={text}
          placeholder={t('search.placeholder')}
          onChange={(e) => {
            setText(e.target.value);
            // Clearing the box (its × or by hand) shows everything again.
            if (e.target.value === '' && value) onSearch(undefined);
          }}
        />
        <button type="submit" className="button secondary small">
          {t('search.go')}
        </button>
      </form>
    </search>
  );
}
