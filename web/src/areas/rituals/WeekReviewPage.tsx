import { useState } from 'react';
import { Link } from 'wouter';
import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { LoadError } from '../../ui/LoadError.tsx';
import { Loading } from '../../ui/Loading.tsx';
import { PageTitle } from '../../ui/PageTitle.tsx';
import { useWeekReview } from './queries.ts';
import '../checkins/checkins.css';

const shift = (date: string, days: number) =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

type Win = { id: string; date: string; text: string; mine: boolean };

function WinList({ title, wins }: { title: string; wins: Win[] }) {
  if (wins.length === 0) return null;
  return (
    <>
      <h2>{title}</h2>
      <ul className="review-list">
        {wins.map((w) => (
          <li key={w.id}>
            {w.text}{' '}
            <span className="muted">
              ({w.date.slice(5)}, {w.mine ? t('review.byYou') : t('review.byPartner')})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The weekly wins review: kept promises, appreciations, rituals done and check-in days. */
export default function WeekReviewPage() {
  const [end, setEnd] = useState<string | undefined>(undefined);
  const review = useWeekReview(end);
  const r = review.data;
  const isThisWeek = end === undefined;
  return (
    <section>
      <div className="page-header">
        <PageTitle>{t('review.weekTitle')}</PageTitle>
        <Link href="/rituals" className="button secondary small">
          {t('rituals.title')}
        </Link>
      </div>
      {r ? (
        <p className="muted" aria-live="polite">
          {t('review.range', { from: formatDay(r.from, 'medium'), to: formatDay(r.to, 'medium') })}
        </p>
      ) : null}
      <div className="pager">
        <button
          type="button"
          className="button secondary small"
          disabled={!r}
          onClick={() => r && setEnd(shift(r.to, -7))}
        >
          {t('review.prevWeek')}
        </button>
        {isThisWeek ? null : (
          <button
            type="button"
            className="button secondary small"
            onClick={() => {
              const next = r ? shift(r.to, 7) : undefined;
              setEnd(next && next < new Intl.DateTimeFormat('en-CA').format(new Date()) ? next : undefined);
            }}
          >
            {t('review.nextWeek')}
          </button>
        )}
      </div>
      {review.isPending ? <Loading label={t('review.loading')} /> : null}
      {review.isError ? <LoadError error={review.error} onRetry={() => review.refetch()} /> : null}
      {r ? (
        <>
          <p>{r.explanation}</p>
          {r.keptPromises.length +
            r.appreciations.length +
            r.rituals.length +
            r.habits.filter((h) => h.done > 0).length ===
          0 ? (
            <EmptyState title={t('review.noWins')}>
              <p>{t('review.noWinsHint')}</p>
              <p>
                <Link href="/log/new">{t('review.addAppreciation')}</Link>
              </p>
            </EmptyState>
          ) : null}
          <WinList title={t('review.kept')} wins={r.keptPromises} />
          <WinList title={t('review.appreciations')} wins={r.appreciations} />
          {r.rituals.length > 0 ? (
            <>
              <h2>{t('review.rituals')}</h2>
              <ul className="review-list">
                {r.rituals.map((x) => (
                  <li key={x.title}>{t('review.ritualTimes', { title: x.title, n: x.times })}</li>
                ))}
              </ul>
            </>
          ) : null}
          {r.habits.length > 0 ? (
            <>
              <h2>{t('review.streaks')}</h2>
              <ul className="review-list">
                {r.habits.map((h) => (
                  <li key={h.habitId}>{h.message}</li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>{t('review.checkins')}</h2>
          <p className="big-number">{t('review.checkinDays', { n: r.checkinDays })}</p>
          <p className="muted">{t('review.checkinGaps')}</p>
        </>
      ) : null}
    </section>
  );
}
