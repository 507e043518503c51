import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { deviceTimeZone } from '../../ui/dates.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { useCreateCouple } from './mutations.ts';
import { ProfileFields } from './ProfileFields.tsx';

interface Props {
  onDone: () => void;
}

/** Your name as your partner will see it, and your time zone: enough to start. */
export function CreateCoupleForm({ onDone }: Props) {
  const [displayName, setDisplayName] = useState('');
  const [timeZone, setTimeZone] = useState(deviceTimeZone);
  const create = useCreateCouple(onDone);
  const [missing, setMissing] = useState(false);
  const server = splitError(create.error, ['displayName', 'timeZone']);
  // Checked here first, in the app's own words beside the field (not the browser's bubble).
  const errors = missing ? { form: null, field: { displayName: t('setup.nameMissing') } } : server;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!displayName.trim()) return setMissing(true);
    create.mutate({ displayName: displayName.trim(), timeZone });
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError message={errors.form} />
      <ProfileFields
        displayName={displayName}
        onDisplayName={(v) => {
          setMissing(false);
          setDisplayName(v);
        }}
        timeZone={timeZone}
        onTimeZone={setTimeZone}
        errors={errors.field}
      />
      <button type="submit" className="button" disabled={create.isPending}>
        {t('setup.createButton')}
      </button>
    </form>
  );
}
