import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { LogoutButton } from '../account/LogoutButton.tsx';
import { DigestView } from './DigestView.tsx';
import { useJoinAsCoach } from './mutations.ts';
import { coachQueries } from './queries.ts';

/** The coach's home: each couple that admitted them, with this week's digest. */
export default function CoachHomePage() {
  const home = useQuery(coachQueries.home());
  return (
    <Screen title={t('coach.home.title')} loadingLabel={t('coach.home.loading')} query={home}>
      {(data) => (
        <>
          <p className="muted">{t('coach.home.intro')}</p>
          {data.couples.length === 0 ? (
            <EmptyState title={t('coach.home.emptyTitle')}>
              <p>{t('coach.home.emptyBody')}</p>
            </EmptyState>
          ) : (
            <ul className="plain-list cards">
              {data.couples.map((c) => (
                <li key={c.coupleId} className="card">
                  <h2>{c.partners.join(' & ')}</h2>
                  <DigestView digest={c} />
                  <Link className="button secondary" href={paths.coachCouple(c.coupleId)}>
                    {t('coach.digest.prepare')}
                  </Link>
                </li>
              ))}
            </ul>
          )}
          <JoinForm />
          <LogoutButton />
        </>
      )}
    </Screen>
  );
}

function JoinForm() {
  const join = useJoinAsCoach();
  const [code, setCode] = useState('');
  const errors = splitError(join.error, ['code']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    join.mutate(code.trim(), { onSuccess: () => setCode('') });
  };
  return (
    <form className="form card" onSubmit={submit}>
      <h2>{t('coach.join.title')}</h2>
      <FormError message={errors.form} />
      <Field
        label={t('coach.join.code')}
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        required
        value={code}
        onChange={(e) => setCode(e.target.value)}
        error={errors.field.code}
      />
      <p className="actions">
        <button type="submit" className="button" disabled={join.isPending}>
          {t('coach.join.button')}
        </button>
      </p>
      <p aria-live="polite">{join.isSuccess ? t('coach.join.done') : ''}</p>
    </form>
  );
}
