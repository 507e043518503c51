import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Partner } from '../../api/types.ts';
import { t } from '../../i18n.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { useUpdateProfile } from './mutations.ts';
import { ProfileFields } from './ProfileFields.tsx';
import { coupleQueries } from './queries.ts';

/** Display name and time zone, as the couple space knows you. */
export function ProfileSection() {
  const couple = useQuery(coupleQueries.space());
  const me = couple.data?.partners.find((p) => p.me);
  return (
    <section className="card" aria-labelledby="profile-heading">
      <h2 id="profile-heading">{t('profile.title')}</h2>
      {couple.isPending ? (
        <Loading />
      ) : couple.isError ? (
        <LoadError error={couple.error} onRetry={() => couple.refetch()} />
      ) : me ? (
        <ProfileForm key={me.id} me={me} />
      ) : null}
    </section>
  );
}

function ProfileForm({ me }: { me: Partner }) {
  const [displayName, setDisplayName] = useState(me.displayName);
  const [timeZone, setTimeZone] = useState(me.timeZone);
  const [saved, setSaved] = useState(false);
  const update = useUpdateProfile();
  const errors = splitError(update.error, ['displayName', 'timeZone']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    update.mutate({ displayName: displayName.trim(), timeZone }, { onSuccess: () => setSaved(true) });
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
      <div className="actions">
        <button type="submit" className="button" disabled={update.isPending}>
          {t('profile.save')}
        </button>
        <span role="status">{saved ? t('profile.saved') : ''}</span>
      </div>
    </form>
  );
}
