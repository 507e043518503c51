import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatNumber, t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { sayPhrases } from '../../ui/phrases.ts';
import { Screen } from '../../ui/Screen.tsx';
import { FromLogSection } from './FromLogSection.tsx';
import { checkinQueries, type Week } from './queries.ts';
import { WeekMultiples } from './WeekMultiples.tsx';

const fmt = (x: number | null) => (x === null ? '∞' : formatNumber(x, 1, true));

/** "This week": my series, my partner's shared series, gaps as gaps, and the 5:1 ratio. */
export default function WeekPage() {
  const week = useQuery(checkinQueries.week());
  return (
    <Screen
      title={t('week.title')}
      actions={
        <Link href={paths.checkin} className="button small">
          {t('checkin.title')}
        </Link>
      }
      loadingLabel={t('week.loading')}
      query={week}
    >
      {(w) => <WeekBody w={w} />}
    </Screen>
  );
}

function WeekBody({ w }: { w: Week }) {
  const any = w.days.some((d) => d.mine || d.partner);
  return (
    <>
      {!any ? (
        <EmptyState title={t('week.title')}>
          <p>{t('week.empty')}</p>
        </EmptyState>
      ) : (
        <>
          <WeekMultiples week={w} />
          <h2>{t('week.means')}</h2>
          <p>{sayPhrases(w.means.phrases)}</p>
        </>
      )}
      <h2>{t('week.ratio')}</h2>
      <p aria-live="polite">
        <strong>
          {w.ratio.ratio === null && w.ratio.positives === 0
            ? t('week.noRatio')
            : t('week.ratioValue', {
                ratio: fmt(w.ratio.ratio),
                lower: fmt(w.ratio.lower),
                upper: fmt(w.ratio.upper),
              })}
        </strong>
      </p>
      <p>{sayPhrases(w.ratio.phrases)}</p>
      <p className="muted">{t('week.target')}</p>
      <FromLogSection />
    </>
  );
}
