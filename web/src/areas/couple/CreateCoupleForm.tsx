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
  const errors = splitError(create.error, ['displayName', 'timeZone']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    create.mutate({ displayName: displayName.trim(), timeZone });
  };
  return (
    <form className="form" onSubmit={submit}>
      <FormError message={errors.form} />
      <ProfileFields
        displayName={displayName}
        onDisplayName={setDisplayName}
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
