import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { useChangePassword } from './mutations.ts';

/** Change the password; the server ends every other session when it does. */
export function PasswordSection() {
  const [currentPassword, setCurrent] = useState('');
  const [newPassword, setNew] = useState('');
  const [done, setDone] = useState(false);
  const change = useChangePassword();
  const errors = splitError(change.error, ['currentPassword', 'newPassword']);
  const tooShort = newPassword.length > 0 && newPassword.length < 10;
  const [showShort, setShowShort] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    if (tooShort) {
      setShowShort(true);
      return;
    }
    setShowShort(false);
    change.mutate(
      { currentPassword, newPassword },
      {
        onSuccess: () => {
          setCurrent('');
          setNew('');
          setDone(true);
        },
      },
    );
  };
  return (
    <section className="card" aria-labelledby="password-heading">
      <h2 id="password-heading">{t('password.title')}</h2>
      <form className="form" onSubmit={submit} noValidate>
        <FormError message={errors.form} />
        <Field
          label={t('password.current')}
          type="password"
          autoComplete="current-password"
          required
          value={currentPassword}
          onChange={(e) => setCurrent(e.target.value)}
          error={errors.field.currentPassword}
        />
        <Field
          label={t('password.new')}
          hint={t('auth.passwordHint')}
          type="password"
          autoComplete="new-password"
          required
          value={newPassword}
          onChange={(e) => setNew(e.target.value)}
          error={showShort && tooShort ? t('auth.passwordTooShort') : errors.field.newPassword}
        />
        <div className="actions">
          <button type="submit" className="button" disabled={change.isPending}>
            {t('password.save')}
          </button>
          <span role="status">{done ? t('password.saved') : ''}</span>
        </div>
      </form>
    </section>
  );
}
