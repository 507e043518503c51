import { useState } from 'react';
import { t } from '../../i18n.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { splitError } from '../../ui/errors.ts';
import { Field } from '../../ui/kit/Field.tsx';
import { useDeleteAccount } from './mutations.ts';

/** Delete the account and every entry you wrote, after the password confirms it is you. */
export function DeleteAccountSection() {
  const [open, setOpen] = useState(false);
  const [password, setPassword] = useState('');
  const remove = useDeleteAccount();
  const errors = splitError(remove.error, ['password']);
  const close = () => {
    setOpen(false);
    setPassword('');
    remove.reset();
  };
  return (
    <section className="card danger-zone" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t('delete.title')}</h2>
      <p>{t('delete.body')}</p>
      <button type="button" className="button danger" onClick={() => setOpen(true)}>
        {t('delete.button')}
      </button>
      <ConfirmDialog
        open={open}
        danger
        title={t('delete.confirmTitle')}
        confirmLabel={t('delete.confirm')}
        busy={remove.isPending}
        error={errors.form}
        onClose={close}
        onConfirm={() => remove.mutate(password)}
      >
        <p>{t('delete.confirmBody')}</p>
        <Field
          label={t('delete.password')}
          type="password"
          autoComplete="current-password"
          required
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={errors.field.password}
        />
      </ConfirmDialog>
    </section>
  );
}
