import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { ApiError, errorMessage } from '../../api/client.ts';
import { t } from '../../i18n.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { showToast } from '../../ui/toast.ts';
import { LogoutButton } from './LogoutButton.tsx';
import { usePasskeyUnlock, useUnlock } from './mutations.ts';
import { cancelled, passkeysSupported } from './passkeys.ts';
import { accountQueries } from './queries.ts';

/**
 * The locked app: nothing of the person's data behind it. Everything cached is dropped first
 * (only who is signed in stays, which this screen does not show), so no entry, name or figure is
 * left in the page; it is all fetched again after unlocking.
 */
export function LockScreen() {
  const client = useQueryClient();
  const [cleared, setCleared] = useState(false);
  useLayoutEffect(() => {
    document.title = t('app.name');
    showToast(null);
    client.removeQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    setCleared(true);
  }, [client]);
  return cleared ? <UnlockForms /> : null;
}

function UnlockForms() {
  // Only whether the person has a passkey is used here; the list itself is not shown.
  const passkeys = useQuery({ ...accountQueries.passkeys(), enabled: passkeysSupported() });
  const withPasskey = passkeysSupported() && (passkeys.data?.length ?? 0) > 0;
  const decided = !passkeysSupported() || !passkeys.isPending;
  const unlock = useUnlock();
  const passkey = usePasskeyUnlock();
  const [password, setPassword] = useState('');
  const formRef = useRef<HTMLFormElement>(null);
  const passkeyRef = useRef<HTMLButtonElement>(null);

  // Focus where the person starts: their passkey if they have one, else the password field.
  useEffect(() => {
    if (!decided) return;
    if (withPasskey) passkeyRef.current?.focus();
    else formRef.current?.querySelector('input')?.focus();
  }, [decided, withPasskey]);

  const [empty, setEmpty] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    passkey.reset();
    // An empty field is not a guess: it is not sent, so it costs no attempt.
    setEmpty(password === '');
    if (password === '') return;
    unlock.mutate(password, {
      onError: () => {
        setPassword('');
        // Back to the field, which now says what went wrong (announced with it).
        formRef.current?.querySelector('input')?.focus();
      },
    });
  };
  const wrong = unlock.error instanceof ApiError && unlock.error.code === 'invalid_credentials';
  const passwordError = empty ? t('lock.passwordMissing') : wrong ? t('lock.wrongPassword') : undefined;
  const formError = unlock.error && !wrong ? errorMessage(unlock.error) : null;
  const passkeyError =
    passkey.error && !cancelled(passkey.error)
      ? passkey.error instanceof ApiError && passkey.error.code === 'invalid_credentials'
        ? t('lock.passkeyFailed')
        : errorMessage(passkey.error)
      : null;

  return (
    <section className="card stack" aria-labelledby="lock-heading">
      <h1 id="lock-heading">{t('lock.title')}</h1>
      <p id="lock-body">{t('lock.body')}</p>
      {withPasskey ? (
        <div className="stack">
          <FormError message={passkeyError} />
          <button
            ref={passkeyRef}
            type="button"
            className="button"
            aria-describedby="lock-body"
            disabled={passkey.isPending}
            onClick={() => {
              unlock.reset();
              passkey.mutate();
            }}
          >
            {passkey.isPending ? t('common.working') : t('lock.passkeyButton')}
          </button>
          <p className="muted">{t('lock.orPassword')}</p>
        </div>
      ) : null}
      <form ref={formRef} className="form" onSubmit={submit} noValidate>
        <FormError message={formError} />
        <Field
          label={t('lock.password')}
          type="password"
          autoComplete="current-password"
          required
          maxLength={200}
          value={password}
          error={passwordError}
          // Focus lands here when the app locks: the field says why (its error, once there is one).
          {...(passwordError || withPasskey ? {} : { 'aria-describedby': 'lock-body' })}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className="actions">
          <button
            type="submit"
            className={withPasskey ? 'button secondary' : 'button'}
            disabled={unlock.isPending}
          >
            {unlock.isPending ? t('common.working') : t('lock.unlockButton')}
          </button>
        </div>
      </form>
      <p className="muted">{t('lock.notYou')}</p>
      <LogoutButton />
    </section>
  );
}
