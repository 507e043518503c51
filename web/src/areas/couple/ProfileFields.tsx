import { t } from '../../i18n.ts';
import { Field } from '../../ui/kit/Field.tsx';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect.tsx';

interface Props {
  displayName: string;
  onDisplayName: (value: string) => void;
  timeZone: string;
  onTimeZone: (value: string) => void;
  /** The server's messages for these fields, if it refused them. */
  errors: { displayName?: string | undefined; timeZone?: string | undefined };
}

/** How a partner appears and which day is "today" for them: set up, joining, and settings. */
export function ProfileFields({ displayName, onDisplayName, timeZone, onTimeZone, errors }: Props) {
  return (
    <>
      <Field
        label={t('profile.displayName')}
        hint={t('profile.displayNameHint')}
        name="displayName"
        autoComplete="given-name"
        required
        maxLength={60}
        value={displayName}
        onChange={(e) => onDisplayName(e.target.value)}
        error={errors.displayName}
      />
      <TimeZoneSelect value={timeZone} onChange={onTimeZone} error={errors.timeZone} />
    </>
  );
}
