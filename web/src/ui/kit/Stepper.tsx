import { useId } from 'react';
import { t } from '../../i18n.ts';

interface Props {
  label: string;
  value: number;
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
    <div className="field stepper">
      <span className="field-label" id={id}>
        {label}
      </span>
      <div className="stepper-row">
        <button
          type="button"
          className="button secondary"
          aria-label={t('checkin.less', { what: label })}
          disabled={disabled || value <= min}
          onClick={() => onChange(Math.max(min, value - 1))}
        >
          −
        </button>
        <output aria-labelledby={id} aria-live="polite" className="stepper-value">
          {value}
        </output>
        <button
          type="button"
          className="button secondary"
          aria-label={t('checkin.more', { what: label })}
          disabled={disabled || value >= max}
          onClick={() => onChange(Math.min(max, value + 1))}
        >
          +
        </button>
      </div>
    </div>
  );
}
