import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { splitError } from '../../ui/errors.ts';
import { FormError } from '../../ui/FormError.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { DigestView } from './DigestView.tsx';
import { useNoteSession } from './mutations.ts';
import { coachQueries } from './queries.ts';
import { SuggestSection } from './SuggestSection.tsx';
import { changeWords } from './words.ts';

/** One page to prepare the next session with a couple: printable (see the print rules in components.css). */
export default function CouplePrepPage({ params }: { params: { coupleId: string } }) {
  const prep = useQuery(coachQueries.prep(params.coupleId));
  const note = useNoteSession(params.coupleId);
  return (
    <Screen
      title={t('coach.prep.title')}
      loadingLabel={t('coach.prep.loading')}
      query={prep}
      intro={
        <p className="no-print">
          <Link href={paths.coachHome}>{t('coach.prep.back')}</Link>
        </p>
      }
    >
      {(data) => (
        <article className="prep">
          <h2>{data.digest.partners.join(' & ')}</h2>
          <p className="muted">
            {data.lastSessionOn
              ? t('coach.prep.since', { date: data.lastSessionOn })
              : t('coach.prep.firstTime')}
          </p>
          <section>
            <h3>{t('coach.prep.changes')}</h3>
            {data.changes.length === 0 ? (
              <p className="muted">{t('coach.prep.noChanges')}</p>
            ) : (
              <ul>
                {data.changes.map((c) => (
                  <li key={c.text}>{changeWords(c)}</li>
                ))}
              </ul>
            )}
          </section>
          <DigestView digest={data.digest} />
          <div className="actions no-print">
            <button type="button" className="button" onClick={() => window.print()}>
              {t('coach.prep.print')}
            </button>
            <button
              type="button"
              className="button secondary"
              disabled={note.isPending}
              onClick={() => note.mutate(data.digest.to)}
            >
              {t('coach.prep.held')}
            </button>
          </div>
          <FormError message={splitError(note.error, []).form} />
          <p aria-live="polite" className="no-print">
            {note.isSuccess ? t('coach.prep.heldDone') : ''}
          </p>
          <SuggestSection coupleId={params.coupleId} />
        </article>
      )}
    </Screen>
  );
}
