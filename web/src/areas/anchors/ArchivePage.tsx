import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatDay } from '../../ui/dates.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Badge } from '../../ui/kit/Badge.tsx';
import { Button } from '../../ui/kit/Button.tsx';
import { Field } from '../../ui/kit/Field.tsx';
import { sayPhrases } from '../../ui/phrases.ts';
import { Screen } from '../../ui/Screen.tsx';
import { useTakeSnapshot } from './mutations.ts';
import { anchorQueries } from './queries.ts';

/** The archive: snapshots of good periods, each the start of a restoration session. */
export default function ArchivePage() {
  const archive = useQuery(anchorQueries.archive());
  return (
    <Screen
      title={t('archive.title')}
      intro={
        <>
          <p className="muted">{t('archive.intro')}</p>
          <p>
            <Link href={paths.anchors}>{t('anchors.back')}</Link>
          </p>
        </>
      }
      loadingLabel={t('archive.loading')}
      query={archive}
    >
      {(d) => (
        <div className="stack">
          {d.snapshots.length === 0 ? (
            <EmptyState title={t('archive.emptyTitle')}>
              <p>{t('archive.emptyBody')}</p>
            </EmptyState>
          ) : (
            <ul className="plain-list cards">
              {d.snapshots.map((s) => (
                <li key={s.id} className="card">
                  <h2>
                    <Link href={paths.restoration(s.id)}>{formatDay(s.date)}</Link>
                  </h2>
                  <p>
                    <Badge>{t(`archive.reason.${s.reason}`)}</Badge>
                  </p>
                  {s.note ? <p>{s.note}</p> : null}
                  <p className="muted">{sayPhrases(s.phrases)}</p>
                  <p>
                    <Link href={paths.restoration(s.id)} className="button secondary">
                      {t('archive.restore')}
                    </Link>
                  </p>
                </li>
              ))}
            </ul>
          )}
          <TakeSnapshot />
        </div>
      )}
    </Screen>
  );
}

function TakeSnapshot() {
  const take = useTakeSnapshot();
  const [note, setNote] = useState('');
  const errors = splitError(take.error, ['note']);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    take.mutate(note, { onSuccess: () => setNote('') });
  };
  return (
    <form className="card form" onSubmit={submit} noValidate>
      <h2>{t('archive.take')}</h2>
      <p className="muted">{t('archive.takeBody')}</p>
      <FormError message={errors.form} />
      <Field
        label={t('archive.note')}
        hint={t('archive.noteHint')}
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.field.note}
      />
      <Button type="submit" variant="secondary" disabled={take.isPending}>
        {t('archive.takeButton')}
      </Button>
    </form>
  );
}
