import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { useBecomeCoach } from './mutations.ts';

/** Takes the coach role instead of starting a couple space. */
export function BecomeCoachForm() {
  const become = useBecomeCoach();
  const [name, setName] = useState('');
  const errors = splitError(become.error, ['displayName']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    become.mutate(name.trim());
  };
  return (
    <form className="form" onSubmit={submit}>
      <FormError message={errors.form} />
      <Field
        label={t('coach.role.name')}
        required
        autoComplete="name"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={errors.field.displayName}
      />
      <button type="submit" className="button secondary" disabled={become.isPending}>
        {t('coach.role.button')}
      </button>
    </form>
  );
}
