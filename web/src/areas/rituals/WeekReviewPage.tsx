import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'wouter';
import { t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatDay, formatShortDay } from '../../ui/dates.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { sayPhrases } from '../../ui/phrases.ts';
import { Screen } from '../../ui/Screen.tsx';
import { useToday } from '../../ui/today.ts';
import { ritualQueries } from './queries.ts';

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
              ({formatShortDay(w.date)}, {w.mine ? t('review.byYou') : t('review.byPartner')})
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The weekly wins review: kept promises, appreciations, rituals done and check-in days. */
export default function WeekReviewPage() {
  // The week shown lives in the address (?end=YYYY-MM-DD): Back, reload and a link keep it.
  const [search, setSearch] = useSearchParams();
  const today = useToday();
  const param = search.get('end');
  const end = param && /^\d{4}-\d{2}-\d{2}$/.test(param) && param < today ? param : undefined;
  const review = useQuery(ritualQueries.weekReview(end));
  const go = (next: string | undefined) => setSearch(next ? { end: next } : {});
  const next = end ? shift(end, 7) : undefined;
  return (
    <Screen
      title={t('review.weekTitle')}
      actions={
        <Link href={paths.rituals} className="button secondary small">
          {t('rituals.title')}
        </Link>
      }
      intro={
        <div className="pager">
          <button
            type="button"
            className="button secondary small"
            onClick={() => go(shift(end ?? today, -7))}
          >
            {t('review.prevWeek')}
          </button>
          {end === undefined ? null : (
            <button
              type="button"
              className="button secondary small"
              onClick={() => go(next && next < today ? next : undefined)}
            >
              {t('review.nextWeek')}
            </button>
          )}
        </div>
      }
      loadingLabel={t('review.loading')}
      query={review}
    >
      {(r) => (
        <>
          <p className="muted" aria-live="polite">
            {t('review.range', { from: formatDay(r.from, 'medium'), to: formatDay(r.to, 'medium') })}
          </p>
          <p>{sayPhrases(r.phrases)}</p>
          {r.keptPromises.length +
            r.appreciations.length +
            r.rituals.length +
            r.habits.filter((h) => h.done > 0).length ===
          0 ? (
            <EmptyState title={t('review.noWins')}>
              <p>{t('review.noWinsHint')}</p>
              <p>
                <Link href={paths.newEntry}>{t('review.addAppreciation')}</Link>
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
                  <li key={h.habitId}>
                    {h.kept
                      ? t('review.habitKept', { name: h.ownerName, action: h.action, count: h.done })
                      : t('review.habitLapsed', {
                          name: h.ownerName,
                          action: h.action,
                          done: h.done,
                          expected: h.expected,
                        })}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
          <h2>{t('review.checkins')}</h2>
          <p className="big-number">{t('review.checkinDays', { n: r.checkinDays })}</p>
          <p className="muted">{t('review.checkinGaps')}</p>
        </>
      )}
    </Screen>
  );
}
