import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { errorMessage } from '../../api/client.ts';
import { t } from '../../i18n.ts';
import { ConfirmDialog } from '../../ui/ConfirmDialog.tsx';
import { formatInstant } from '../../ui/dates.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { useAddPasskey, useRemovePasskey } from './mutations.ts';
import { cancelled, passkeysSupported } from './passkeys.ts';
import { accountQueries } from './queries.ts';

type Passkey = { id: string; name: string; createdAt: string; lastUsedAt: string | null };

/** Sign in with the phone's lock (fingerprint, face or PIN) instead of the password. */
export function PasskeySection() {
  const list = useQuery(accountQueries.passkeys());
  const add = useAddPasskey();
  const remove = useRemovePasskey();
  const [name, setName] = useState('');
  const [removing, setRemoving] = useState<Passkey | null>(null);
  const [added, setAdded] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setAdded(false);
    add.mutate(name, {
      onSuccess: () => {
        setName('');
        setAdded(true);
      },
    });
  };
  const addError = add.error && !cancelled(add.error) ? errorMessage(add.error) : undefined;
  return (
    <section className="card" aria-labelledby="passkeys-heading">
      <h2 id="passkeys-heading">{t('passkeys.title')}</h2>
      <p className="muted">{t('passkeys.intro')}</p>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <LoadError error={list.error} onRetry={() => list.refetch()} />
      ) : list.data.length === 0 ? (
        <p>{t('passkeys.none')}</p>
      ) : (
        <ul className="plain-list">
          {list.data.map((p) => (
            <li key={p.id} className="session">
              <div>
                <strong>{p.name}</strong>
                <br />
                <span className="muted">
                  {p.lastUsedAt
                    ? t('passkeys.lastUsed', { when: formatInstant(p.lastUsedAt) })
                    : t('passkeys.added', { when: formatInstant(p.createdAt) })}
                </span>
              </div>
              <button type="button" className="button secondary small" onClick={() => setRemoving(p)}>
                {t('passkeys.remove')}
                <span className="visually-hidden"> {p.name}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {passkeysSupported() ? (
        <form className="form" onSubmit={submit} noValidate>
          <FormError message={addError} />
          <Field
            label={t('passkeys.name')}
            hint={t('passkeys.nameHint')}
            maxLength={60}
            value={name}
            onChange={(e) => setName(e.target.value)}
          />
          <div className="actions">
            <button type="submit" className="button" disabled={add.isPending}>
              {add.isPending ? t('common.working') : t('passkeys.add')}
            </button>
            <span role="status">{added ? t('passkeys.addedNow') : ''}</span>
          </div>
        </form>
      ) : (
        <p className="muted">{t('passkeys.unsupported')}</p>
      )}
      <ConfirmDialog
        open={removing !== null}
        danger
        title={t('passkeys.removeTitle')}
        confirmLabel={t('passkeys.remove')}
        busy={remove.isPending}
        error={remove.error ? errorMessage(remove.error) : null}
        onClose={() => {
          setRemoving(null);
          remove.reset();
        }}
        onConfirm={() => removing && remove.mutate(removing.id, { onSuccess: () => setRemoving(null) })}
      >
        <p>{t('passkeys.removeBody', { name: removing?.name ?? '' })}</p>
      </ConfirmDialog>
    </section>
  );
}
