import { t } from '../../i18n.ts';
import { Stepper } from '../../ui/kit/Stepper.tsx';
import { cadenceWords } from './cadence.ts';

interface Props {
  value: { times: number; days: number };
  onChange: (value: { times: number; days: number }) => void;
  /** The server's message for the floor, if it was refused. */
  error?: string | undefined;
}

/** The floor: at least `times` in every `days` days, read back in words. */
export function CadenceFields({ value, onChange, error }: Props) {
  return (
    <fieldset>
      <legend>{t('anchors.field.floor')}</legend>
      <Stepper
        label={t('anchors.field.times')}
        value={value.times}
        min={1}
        max={Math.min(90, value.days)}
        onChange={(times) => onChange({ ...value, times })}
      />
      <Stepper
        label={t('anchors.field.days')}
        value={value.days}
        min={Math.max(1, value.times)}
        max={90}
        onChange={(days) => onChange({ ...value, days })}
      />
      <p className="hint" aria-live="polite">
        {t('anchors.floorReads', { floor: cadenceWords(value) })}
      </p>
      {error ? <p className="field-error">{error}</p> : null}
    </fieldset>
  );
}
