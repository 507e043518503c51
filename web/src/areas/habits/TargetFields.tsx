import { useId } from 'react';
import { t } from '../../i18n.ts';
import type { CreateHabit } from './queries.ts';

/** What the "Count something" fields hold while editing; `on` false makes a yes/no habit. */
export interface TargetValue {
  on: boolean;
  kind: 'at_least' | 'at_most';
  /** As typed, so a half-typed "1." survives re-rendering. */
  value: string;
  unit: string;
}

export const DEFAULT_TARGET: TargetValue = { on: false, kind: 'at_least', value: '', unit: '' };

/** The target to send, or undefined for a yes/no habit. The server checks the numbers. */
export function toTarget(v: TargetValue): CreateHabit['target'] {
  if (!v.on) return undefined;
  return { kind: v.kind, value: v.value.trim() === '' ? 0 : Number(v.value.replace(',', '.')), unit: v.unit };
}

interface Props {
  value: TargetValue;
  onChange: (value: TargetValue) => void;
  /** The server's message for `target…`, if it was refused. */
  error?: string | undefined;
}

/** Optional: count an amount against a target ("at least 20 minutes a day") instead of yes/no. */
export function TargetFields({ value, onChange, error }: Props) {
  const id = useId();
  const set = (patch: Partial<TargetValue>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="field habit-target">
      <legend className="field-label">{t('habitForm.count')}</legend>
      <label className="choice">
        <input type="checkbox" checked={value.on} onChange={(e) => set({ on: e.target.checked })} />{' '}
        {t('habitForm.countOn')}
      </label>
      <p className="hint">{t('habitForm.countHint')}</p>
      {value.on ? (
        <div className="habit-target-row">
          <div className="field">
            <label htmlFor={`${id}-kind`}>{t('habitForm.countKind')}</label>
            <select
              id={`${id}-kind`}
              value={value.kind}
              onChange={(e) => set({ kind: e.target.value as TargetValue['kind'] })}
            >
              <option value="at_least">{t('habitForm.atLeast')}</option>
              <option value="at_most">{t('habitForm.atMost')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-value`}>{t('habitForm.countValue')}</label>
            <input
              id={`${id}-value`}
              type="number"
              inputMode="decimal"
              min="0"
              step="any"
              value={value.value}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${id}-error` : undefined}
              onChange={(e) => set({ value: e.target.value })}
            />
          </div>
          <div className="field">
            <label htmlFor={`${id}-unit`}>{t('habitForm.countUnit')}</label>
            <input
              id={`${id}-unit`}
              type="text"
              maxLength={40}
              placeholder={t('habitForm.countUnitHint')}
              value={value.unit}
              aria-invalid={error ? true : undefined}
              onChange={(e) => set({ unit: e.target.value })}
            />
          </div>
        </div>
      ) : null}
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
