import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { deviceTimeZone } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { Field } from '../../ui/Field.tsx';
import { FormError } from '../../ui/FormError.tsx';
import { TimeZoneSelect } from '../../ui/TimeZoneSelect.tsx';
import { useCreateCouple } from './queries.ts';

interface Props {
  onDone: () => void;
}

/** Your name as your partner will see it, and your time zone: enough to start. */
export function CreateCoupleForm({ onDone }: Props) {
  const [displayName, setDisplayName] = useState('');
  const [timeZone, setTimeZone] = useState(deviceTimeZone);
  const create = useCreateCouple(onDone);
  const errors = splitError(create.error, ['displayName', 'timeZone']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ displayName: displayName.trim(), timeZone });
  };
  return (
    <form className="form" onSubmit={submit}>
      <FormError message={errors.form} />
      <Field
        label={t('profile.displayName')}
        hint={t('profile.displayNameHint')}
        name="displayName"
        autoComplete="given-name"
        required
        maxLength={60}
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
        error={errors.field.displayName}
      />
      <TimeZoneSelect value={timeZone} onChange={setTimeZone} error={errors.field.timeZone} />
      <button type="submit" className="button" disabled={create.isPending}>
        {t('setup.createButton')}
      </button>
    </form>
  );
}
