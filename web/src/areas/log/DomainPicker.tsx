import { type KeyboardEvent, useId, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import type { Domain } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { domainLabel } from '../couple/domain-label.ts';
import { useAddDomain } from '../couple/mutations.ts';

interface Props {
  /** The couple's domains: the four everyone has, and their own. */
  domains: Domain[];
  selected: string[];
  onChange: (ids: string[]) => void;
  error?: string | undefined;
}

/** Domains as toggle chips, with a way to add one of the couple's own on the spot. */
export function DomainPicker({ domains, selected, onChange, error }: Props) {
  const id = useId();
  const [label, setLabel] = useState('');
  const add = useAddDomain();
  const toggle = (domain: string, on: boolean) =>
    onChange(on ? [...selected, domain] : selected.filter((d) => d !== domain));
  const addDomain = async () => {
    if (!label.trim()) return;
    try {
      const domain = await add.mutateAsync(label.trim());
      onChange([...selected, domain.id]);
      setLabel('');
    } catch {
      // The message is shown under the input (add.error).
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the domain rather than submitting the whole entry.
    if (event.key === 'Enter') {
      event.preventDefault();
      void addDomain();
    }
  };
  return (
    <fieldset aria-describedby={error ? `${id}-error` : undefined}>
      <legend>{t('form.domains')}</legend>
      <div className="chips">
        {domains.map((d) => (
          <label className="chip" key={d.id}>
            <input
              type="checkbox"
              name="domains"
              value={d.id}
              checked={selected.includes(d.id)}
              onChange={(e) => toggle(d.id, e.target.checked)}
            />
            <span>{domainLabel(d)}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
      <div className="field">
        <label htmlFor={`${id}-new`} className="visually-hidden">
          {t('form.newDomain')}
        </label>
        <div className="inline-add">
          <input
            id={`${id}-new`}
            type="text"
            maxLength={40}
            placeholder={t('form.newDomainPlaceholder')}
            value={label}
            onChange={(e) => setLabel(e.target.value)}
            onKeyDown={onKeyDown}
            aria-invalid={add.error ? true : undefined}
            aria-describedby={add.error ? `${id}-add-error` : undefined}
          />
          <button
            type="button"
            className="button secondary small"
            disabled={add.isPending}
            onClick={addDomain}
          >
            {t('form.addDomain')}
          </button>
        </div>
        {add.error ? (
          <p className="field-error" id={`${id}-add-error`} role="alert">
            {errorMessage(add.error)}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
