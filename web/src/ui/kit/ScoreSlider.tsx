import { useId } from 'react';
import { t } from '../../i18n.ts';

interface Props {
  label: string;
  value: number;
  onChange: (value: number) => void;
  disabled?: boolean;
}

/** A 0–10 score as a wide slider with its value spoken and shown. */
export function ScoreSlider({ label, value, onChange, disabled }: Props) {
  const id = useId();
  return (
    <div className="field score">
      <label htmlFor={id}>
        {label}: <strong>{value}</strong>
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={value}
        disabled={disabled}
        aria-describedby={`${id}-hint`}
        aria-valuetext={t('checkin.scoreOf', { value })}
        onChange={(e) => onChange(Number(e.target.value))}
      />
      <p className="hint" id={`${id}-hint`}>
        {t('checkin.scale')}
      </p>
    </div>
  );
}
