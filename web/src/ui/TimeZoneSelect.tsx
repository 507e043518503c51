import { useId, useMemo } from 'react';
import { t } from '../i18n.ts';
import { allTimeZones } from './dates.ts';

interface Props {
  value: string;
  onChange: (zone: string) => void;
  error?: string | undefined;
}

/** A native select of every IANA zone this browser knows: nothing to mistype. */
export function TimeZoneSelect({ value, onChange, error }: Props) {
  const id = useId();
  const zones = useMemo(() => allTimeZones(value), [value]);
  return (
    <div className="field">
      <label htmlFor={id}>{t('profile.timeZone')}</label>
      <p className="hint" id={`${id}-hint`}>
        {t('profile.timeZoneHint')}
      </p>
      <select
        id={id}
        name="timeZone"
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
      >
        {zones.map((zone) => (
          <option key={zone} value={zone}>
            {zone.replaceAll('_', ' ')}
          </option>
        ))}
      </select>
      {error ? (
        <p className="field-error" id={`${id}-error`}>
          {error}
        </p>
      ) : null}
    </div>
  );
}
