import { type FormEvent, useState } from 'react';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { useLogin, usePasskeyLogin, useSignup } from './mutations.ts';
import { cancelled, passkeysSupported } from './passkeys.ts';

interface Props {
  /** Log in to an existing account, or create a new one. */
  mode: 'login' | 'signup';
}

const MIN_PASSWORD = 10;

/** Email and password, for logging in or signing up. */
/** On success the app swaps this screen for the next one by itself (see App.tsx). */
export function AuthForm({ mode }: Props) {
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const login = useLogin();
  const passkey = usePasskeyLogin();
  const signup = useSignup();
  const mutation = mode === 'login' ? login : signup;
  const errors = splitError(mutation.error, ['email', 'password']);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (mode === 'signup' && password.length < MIN_PASSWORD) {
      setTooShort(true);
      return;
    }
    setTooShort(false);
    mutation.mutate({ email: email.trim(), password });
  };

  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError message={errors.form} />
      <Field
        label={t('auth.email')}
        type="email"
        name="email"
        autoComplete="email"
        inputMode="email"
        required
        value={email}
        onChange={(e) => setEmail(e.target.value)}
        error={errors.field.email}
      />
      <Field
        label={t('auth.password')}
        type="password"
        name="password"
        autoComplete={mode === 'login' ? 'current-password' : 'new-password'}
        required
        minLength={mode === 'signup' ? MIN_PASSWORD : undefined}
        hint={mode === 'signup' ? t('auth.passwordHint') : undefined}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
        error={tooShort ? t('auth.passwordTooShort') : errors.field.password}
      />
      <button type="submit" className="button" disabled={mutation.isPending}>
        {mutation.isPending
          ? t('common.working')
          : mode === 'login'
            ? t('auth.loginButton')
            : t('auth.signupButton')}
      </button>
      {mode === 'login' && passkeysSupported() ? (
        <>
          <button
            type="button"
            className="button secondary"
            disabled={passkey.isPending}
            onClick={() => passkey.mutate()}
          >
            {passkey.isPending ? t('common.working') : t('auth.passkeyButton')}
          </button>
          <FormError
            message={passkey.error && !cancelled(passkey.error) ? t('auth.passkeyFailed') : undefined}
          />
        </>
      ) : null}
    </form>
  );
}
