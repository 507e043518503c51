import { useId } from 'react';
import { t } from '../../i18n.ts';

interface Props {
  label: string;
  /** Null: not answered yet; − answers the lowest value, + one above it. */
  value: number | null;
  onChange: (value: number) => void;
  max: number;
  /** The lowest value; 0 when absent. */
  min?: number;
  disabled?: boolean;
}

/** A count with big − and + buttons (thumb-sized), announced as a spin button. */
export function Stepper({ label, value, onChange, max, min = 0, disabled }: Props) {
  const id = useId();
  return (
    <div className={value === null ? 'field stepper unanswered' : 'field stepper'}>
      <span className="field-label" id={id}>
        {label}
      </span>
      <div className="stepper-row">
        <button
          type="button"
          className="button secondary"
          aria-label={t('checkin.less', { what: label })}
          disabled={disabled || (value !== null && value <= min)}
          onClick={() => onChange(value === null ? min : Math.max(min, value - 1))}
        >
          −
        </button>
        <output aria-labelledby={id} aria-live="polite" className="stepper-value">
          {value === null ? (
            <>
              <span aria-hidden="true">–</span>
              <span className="visually-hidden">{t('checkin.unanswered')}</span>
            </>
          ) : (
            value
          )}
        </output>
        <button
          type="button"
          className="button secondary"
          aria-label={t('checkin.more', { what: label })}
          disabled={disabled || (value !== null && value >= max)}
          onClick={() => onChange(value === null ? Math.min(max, min + 1) : Math.min(max, value + 1))}
        >
          +
        </button>
      </div>
    </div>
  );
}
