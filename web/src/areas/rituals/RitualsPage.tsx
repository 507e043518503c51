import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'wouter';
import { locale, t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { useKeepFocus } from '../../ui/focus.ts';
import { Screen } from '../../ui/Screen.tsx';
import { useToday } from '../../ui/today.ts';
import { FeedSection } from './FeedSection.tsx';
import { useCompleteRitual } from './mutations.ts';
import { type Ritual, ritualQueries } from './queries.ts';

/** A weekday (1 = Monday) by name, in the app's language. */
const weekdayName = (n: number) =>
  new Intl.DateTimeFormat(locale(), { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2024, 0, n)), // 2024-01-01 was a Monday
  );

/** The couple's rituals: when each happens, its prompt, "done today", and the calendar feed. */
export default function RitualsPage() {
  const rituals = useQuery(ritualQueries.list());
  return (
    <Screen
      title={t('rituals.title')}
      intro={
        <nav className="sub-links" aria-label={t('review.links')}>
          <Link href={paths.weekReview} className="button secondary small">
            {t('review.weekTitle')}
          </Link>
          <Link href={paths.monthReview} className="button secondary small">
            {t('review.monthTitle')}
          </Link>
        </nav>
      }
      loadingLabel={t('rituals.loading')}
      query={rituals}
    >
      {(data) => (
        <>
          <ul className="cards">
            {data.rituals.map((r) => (
              <RitualCard key={r.id} r={r} />
            ))}
          </ul>
          <FeedSection />
        </>
      )}
    </Screen>
  );
}

function RitualCard({ r }: { r: Ritual }) {
  const complete = useCompleteRitual();
  const today = useToday();
  const [appreciation, setAppreciation] = useState('');
  // "Mark done" gives way to "Done": focus follows to it instead of falling to the page.
  const [card, keepFocus] = useKeepFocus<HTMLLIElement>();
  return (
    <li className="card" ref={card}>
      <h2>{r.title}</h2>
      <p className="muted">
        {t(`rituals.when.${r.cadence}`, {
          time: r.time,
          day: r.cadence === 'weekly' ? weekdayName(r.weekday ?? 1) : (r.dayOfMonth ?? 1),
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
        <p role="status" tabIndex={-1}>
          ✓ {t('rituals.done')}
        </p>
      ) : r.active ? (
        <button
          type="button"
          className="button secondary"
          disabled={complete.isPending}
          onClick={() => {
            keepFocus();
            complete.mutate({
              id: r.id,
              date: today,
              appreciation: r.key === 'daily_appreciation' ? appreciation.trim() || undefined : undefined,
            });
          }}
        >
          {t('rituals.markDone')}
        </button>
      ) : null}
    </li>
  );
}
