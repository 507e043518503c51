import { useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { FeedSection } from './FeedSection.tsx';
import { useCompleteRitual, useRituals } from './queries.ts';
import '../checkins/checkins.css';

const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const today = () => new Intl.DateTimeFormat('en-CA').format(new Date());

/** The couple's rituals: when each happens, its prompt, "done today", and the calendar feed. */
export default function RitualsPage() {
  const rituals = useRituals();
  const complete = useCompleteRitual();
  const [appreciation, setAppreciation] = useState('');
  if (rituals.isPending) return <Loading label={t('rituals.loading')} />;
  if (rituals.isError) return <LoadError error={rituals.error} onRetry={() => rituals.refetch()} />;
  return (
    <section>
      <PageTitle>{t('rituals.title')}</PageTitle>
      <nav className="sub-links" aria-label={t('review.links')}>
        <Link href="/rituals/week" className="button secondary small">
          {t('review.weekTitle')}
        </Link>
        <Link href="/rituals/month" className="button secondary small">
          {t('review.monthTitle')}
        </Link>
      </nav>
      <ul className="cards">
        {rituals.data.rituals.map((r) => (
          <li key={r.id} className="card">
            <h2>{r.title}</h2>
            <p className="muted">
              {t(`rituals.when.${r.cadence}`, {
                time: r.time,
                day: r.cadence === 'weekly' ? (DAYS[(r.weekday ?? 1) - 1] ?? '') : (r.dayOfMonth ?? 1),
              })}
              {r.active ? '' : ` · ${t('rituals.off')}`}
            </p>
            <p>{r.prompt}</p>
            <p className="hint">{t('rituals.count', { count: r.doneLast30 })}</p>
            {r.key === 'daily_appreciation' && !r.doneByMe ? (
              <div className="field">
                <label htmlFor="appreciation">{t('rituals.appreciation')}</label>
                <p className="hint" id="appreciation-hint">
                  {t('rituals.appreciationHint')}
                </p>
                <textarea
                  id="appreciation"
                  aria-describedby="appreciation-hint"
                  value={appreciation}
                  onChange={(e) => setAppreciation(e.target.value)}
                />
              </div>
            ) : null}
            {r.doneByMe ? (
              <p role="status">✓ {t('rituals.done')}</p>
            ) : r.active ? (
              <button
                type="button"
                className="button secondary"
                disabled={complete.isPending}
                onClick={() =>
                  complete.mutate({
                    id: r.id,
                    date: today(),
                    appreciation:
                      r.key === 'daily_appreciation' ? appreciation.trim() || undefined : undefined,
                  })
                }
              >
                {t('rituals.markDone')}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {complete.isError ? <LoadError error={complete.error} onRetry={() => complete.reset()} /> : null}
      <FeedSection />
    </section>
  );
}
