import { useId } from 'react';
import { t } from '../../i18n.ts';

interface Props {
  value: number | null;
  onChange: (value: number | null) => void;
  error?: string | undefined;
}

const LEVELS = [1, 2, 3, 4, 5] as const;

/** Intensity 1 (mild) to 5 (intense), or not rated: optional, as radios drawn as chips. */
export function IntensityPicker({ value, onChange, error }: Props) {
  const id = useId();
  return (
    <fieldset aria-describedby={[`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}>
      <legend>{t('form.intensity')}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t('form.intensityHint')}
      </p>
      <div className="chips">
        <label className="chip">
          <input
            type="radio"
            name={`${id}-intensity`}
            checked={value === null}
            onChange={() => onChange(null)}
          />
          <span>{t('form.intensityNone')}</span>
        </label>
        {LEVELS.map((level) => (
          <label className="chip" key={level}>
            <input
              type="radio"
              name={`${id}-intensity`}
              checked={value === level}
              onChange={() => onChange(level)}
            />
            <span>{level}</span>
          </label>
        ))}
      </div>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </fieldset>
  );
}
