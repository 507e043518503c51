import { useId } from 'react';
import { t } from '../../i18n.ts';

interface Props {
  label: string;
  /** Null: not answered yet. The thumb rests in the middle, dimmed, and nothing is saved for it. */
  value: number | null;
  onChange: (value: number) => void;
  disabled?: boolean;
  /** The id of a hint shared by several sliders (the scale's meaning), read with the slider. */
  describedBy?: string;
}

/** A 0–10 score as a wide slider, its value (or "not answered") shown and spoken beside the label. */
export function ScoreSlider({ label, value, onChange, disabled, describedBy }: Props) {
  const id = useId();
  const answered = value !== null;
  return (
    <div className={answered ? 'field score' : 'field score unanswered'}>
      <label htmlFor={id} className="score-label">
        <span>{label}</span>
        {answered ? (
          <strong>{value}</strong>
        ) : (
          <strong>
            <span aria-hidden="true">–</span>
            <span className="visually-hidden">{t('checkin.unanswered')}</span>
          </strong>
        )}
      </label>
      <input
        id={id}
        type="range"
        min={0}
        max={10}
        step={1}
        value={value ?? 5}
        disabled={disabled}
        aria-describedby={describedBy}
        aria-valuetext={answered ? t('checkin.scoreOf', { value }) : t('checkin.unanswered')}
        onChange={(e) => onChange(Number(e.target.value))}
        // A tap on the resting thumb changes no value, so no change event: it still answers.
        onClick={(e) => {
          if (!answered) onChange(Number(e.currentTarget.value));
        }}
      />
    </div>
  );
}
