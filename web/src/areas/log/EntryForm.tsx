import { type FormEvent, useId, useState } from 'react';
import { type Couple, KINDS } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { DomainPicker } from './DomainPicker.tsx';
import { DRAFT_FIELDS, type Draft } from './draft.ts';
import { IntensityPicker } from './IntensityPicker.tsx';
import { kindLabel } from './kinds.ts';
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

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSubmit(draft);
  };

  return (
    <form className="form" onSubmit={submit}>
      <FormError message={errors.form} />
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
          onChange={(repairOf) => set({ repairOf })}
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
        error={errors.field.domains}
      />

      <IntensityPicker
        value={draft.intensity}
        onChange={(intensity) => set({ intensity })}
        error={errors.field.intensity}
      />

      <fieldset aria-describedby={describe('visibility')}>
        <legend>{t('form.visibility')}</legend>
        <label className="choice">
          <input
            type="radio"
            name="visibility"
            value="shared"
            checked={draft.visibility === 'shared'}
            onChange={() => set({ visibility: 'shared' })}
          />
          <span>{t('form.shared')}</span>
        </label>
        <label className="choice">
          <input
            type="radio"
            name="visibility"
            value="private"
            checked={draft.visibility === 'private'}
            onChange={() => set({ visibility: 'private' })}
          />
          <span>{t('form.private')}</span>
        </label>
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
