import { useQuery } from '@tanstack/react-query';
import { type FormEvent, type KeyboardEvent, useEffect, useId, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { type Couple, KINDS } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useAddDomain } from '../couple/mutations.ts';
import { DomainPicker } from './DomainPicker.tsx';
import { DRAFT_FIELDS, type Draft, openConflictFor } from './draft.ts';
import { IntensityPicker } from './IntensityPicker.tsx';
import { kindLabel } from './kinds.ts';
import { logQueries } from './queries.ts';
import { RepairPicker } from './RepairPicker.tsx';

interface Props {
  initial: Draft;
  couple: Couple;
  /** The latest day an entry may have: today in the author's zone. */
  today: string;
  /** The id of the entry being edited; a repair cannot point at itself. */
  editingId?: string;
  submitLabel: string;
  busy: boolean;
  error: unknown;
  onSubmit: (draft: Draft) => void;
  onCancel: () => void;
}

/** The entry form, for adding and editing: kind, day, words, domains, intensity, who sees it. */
export function EntryForm({
  initial,
  couple,
  today,
  editingId,
  submitLabel,
  busy,
  error,
  onSubmit,
  onCancel,
}: Props) {
  const id = useId();
  const [draft, setDraft] = useState<Draft>(initial);
  const set = (patch: Partial<Draft>) => setDraft((d) => ({ ...d, ...patch }));
  const errors = splitError(error, DRAFT_FIELDS);
  const describe = (name: string) => (errors.field[name] ? `${id}-${name}-error` : undefined);
  const fieldError = (name: string) =>
    errors.field[name] ? (
      <p className="field-error" id={`${id}-${name}-error`}>
        {errors.field[name]}
      </p>
    ) : null;

  const addDomain = useAddDomain();
  const [domainError, setDomainError] = useState<string | null>(null);

  // A repair starts linked to the most recent open conflict of the last three days, until the
  // person picks another (or "not linked") themselves.
  const [repairChosen, setRepairChosen] = useState(initial.repairOf !== '' || editingId !== undefined);
  const conflicts = useQuery({ ...logQueries.conflicts(), enabled: draft.kind === 'repair' });
  const repairs = useQuery({ ...logQueries.recentRepairs(today), enabled: draft.kind === 'repair' });
  useEffect(() => {
    if (draft.kind !== 'repair' || repairChosen || !conflicts.data || !repairs.data) return;
    const open = openConflictFor(conflicts.data, repairs.data, today);
    if (open) setDraft((d) => (d.kind === 'repair' && d.repairOf === '' ? { ...d, repairOf: open } : d));
  }, [draft.kind, repairChosen, conflicts.data, repairs.data, today]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    // New domains are created now, with the entry, not when typed: Cancel leaves none behind.
    let domains = draft.domains;
    try {
      for (const label of draft.newDomains) domains = [...domains, (await addDomain.mutateAsync(label)).id];
    } catch (e) {
      setDomainError(errorMessage(e));
      return;
    }
    setDomainError(null);
    onSubmit({ ...draft, domains: [...new Set(domains)], newDomains: [] });
  };

  // Enter in a one-line field does not save the entry (a half-filled form was saved by accident);
  // Save does, and so does Enter on the Save button.
  const noEnterSubmit = (e: KeyboardEvent<HTMLFormElement>) => {
    const el = e.target as HTMLElement;
    if (e.key === 'Enter' && el instanceof HTMLInputElement) e.preventDefault();
  };

  return (
    <form className="form" onSubmit={submit} onKeyDown={noEnterSubmit}>
      <FormError message={errors.form ?? domainError} />
      <fieldset aria-describedby={describe('kind')}>
        <legend>{t('form.kind')}</legend>
        <div className="chips">
          {KINDS.map((kind) => (
            <label className="chip" key={kind}>
              <input
                type="radio"
                name="kind"
                value={kind}
                checked={draft.kind === kind}
                onChange={() => set({ kind })}
              />
              <span>{kindLabel(kind)}</span>
            </label>
          ))}
        </div>
        {fieldError('kind')}
      </fieldset>

      <div className="field">
        <label htmlFor={`${id}-date`}>{t('form.date')}</label>
        <input
          id={`${id}-date`}
          type="date"
          required
          max={today}
          value={draft.date}
          onChange={(e) => set({ date: e.target.value })}
          aria-invalid={errors.field.date ? true : undefined}
          aria-describedby={describe('date')}
        />
        {fieldError('date')}
      </div>

      <div className="field">
        <label htmlFor={`${id}-text`}>{t('form.text')}</label>
        <p className="hint" id={`${id}-text-hint`}>
          {t('form.textHint')}
        </p>
        <textarea
          id={`${id}-text`}
          maxLength={10_000}
          value={draft.text}
          onChange={(e) => set({ text: e.target.value })}
          aria-invalid={errors.field.text ? true : undefined}
          aria-describedby={[`${id}-text-hint`, describe('text')].filter(Boolean).join(' ')}
        />
        {fieldError('text')}
      </div>

      {draft.kind === 'repair' ? (
        <RepairPicker
          value={draft.repairOf}
          exclude={editingId}
          onChange={(repairOf) => {
            setRepairChosen(true);
            set({ repairOf });
          }}
          error={errors.field.repairOf}
        />
      ) : null}

      {draft.kind === 'promise' ? (
        <div className="field">
          <label htmlFor={`${id}-due`}>{t('form.promiseDue')}</label>
          <p className="hint" id={`${id}-due-hint`}>
            {t('form.promiseDueHint')}
          </p>
          <input
            id={`${id}-due`}
            type="date"
            min={draft.date}
            value={draft.promiseDue}
            onChange={(e) => set({ promiseDue: e.target.value })}
            aria-invalid={errors.field.promiseDue ? true : undefined}
            aria-describedby={[`${id}-due-hint`, describe('promiseDue')].filter(Boolean).join(' ')}
          />
          {fieldError('promiseDue')}
        </div>
      ) : null}

      <DomainPicker
        domains={couple.domains}
        selected={draft.domains}
        onChange={(domains) => set({ domains })}
        pending={draft.newDomains}
        onPendingChange={(newDomains) => set({ newDomains })}
        error={errors.field.domains}
      />

      <IntensityPicker
        value={draft.intensity}
        onChange={(intensity) => set({ intensity })}
        error={errors.field.intensity}
      />

      <fieldset
        className="visibility-choice"
        aria-describedby={`${id}-visibility-now ${describe('visibility') ?? ''}`}
      >
        <legend>{t('form.visibility')}</legend>
        <div className="chips">
          <label className="chip">
            <input
              type="radio"
              name="visibility"
              value="shared"
              checked={draft.visibility === 'shared'}
              onChange={() => set({ visibility: 'shared' })}
            />
            <span>{t('form.sharedShort')}</span>
          </label>
          <label className="chip">
            <input
              type="radio"
              name="visibility"
              value="private"
              checked={draft.visibility === 'private'}
              onChange={() => set({ visibility: 'private' })}
            />
            <span>{t('form.privateShort')}</span>
          </label>
        </div>
        <p className="hint" id={`${id}-visibility-now`}>
          {draft.visibility === 'shared' ? t('form.shared') : t('form.private')}
        </p>
        {fieldError('visibility')}
      </fieldset>

      <div className="actions">
        <button type="submit" className="button" disabled={busy}>
          {busy ? t('common.saving') : submitLabel}
        </button>
        <button type="button" className="button secondary" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
