import { type KeyboardEvent, useId, useState } from 'react';
import type { Domain } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { domainLabel } from '../couple/domain-label.ts';

interface Props {
  /** The couple's domains: the four everyone has, and their own. */
  domains: Domain[];
  selected: string[];
  onChange: (ids: string[]) => void;
  /** New domains' labels, added to the couple only when the entry is saved. */
  pending: string[];
  onPendingChange: (labels: string[]) => void;
  error?: string | undefined;
}

/**
 * Domains as toggle chips, with a way to add one of the couple's own on the spot. A new domain
 * waits in the entry and is created with it: a cancelled entry leaves no domain behind.
 */
export function DomainPicker({ domains, selected, onChange, pending, onPendingChange, error }: Props) {
  const id = useId();
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const toggle = (domain: string, on: boolean) =>
    onChange(on ? [...selected, domain] : selected.filter((d) => d !== domain));
  const addDomain = () => {
    const l = label.trim();
    if (!l) return;
    const same = (x: string) => x.toLocaleLowerCase() === l.toLocaleLowerCase();
    const existing = domains.find((d) => same(domainLabel(d)) || same(d.label));
    if (existing) {
      if (!selected.includes(existing.id)) onChange([...selected, existing.id]);
    } else if (pending.some(same)) {
      setProblem(t('form.domainPendingAlready'));
      return;
    } else onPendingChange([...pending, l]);
    setProblem(null);
    setLabel('');
  };
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter adds the domain rather than submitting the whole entry.
    if (event.key === 'Enter') {
      event.preventDefault();
      addDomain();
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
        {pending.map((l) => (
          <label className="chip" key={`new-${l}`}>
            <input
              type="checkbox"
              name="new-domains"
              checked
              onChange={() => onPendingChange(pending.filter((x) => x !== l))}
            />
            <span>{t('form.domainNew', { label: l })}</span>
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
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? `${id}-add-error` : undefined}
          />
          <button type="button" className="button secondary small" onClick={addDomain}>
            {t('form.addDomain')}
          </button>
        </div>
        {problem ? (
          <p className="field-error" id={`${id}-add-error`} role="alert">
            {problem}
          </p>
        ) : null}
      </div>
    </fieldset>
  );
}
