import { useQuery } from '@tanstack/react-query';
import { Link } from 'wouter';
import { formatNumber, t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { formatShortDay } from '../../ui/dates.ts';
import { EmptyState } from '../../ui/EmptyState.tsx';
import { Screen } from '../../ui/Screen.tsx';
import { FromLogSection } from './FromLogSection.tsx';
import { checkinQueries, type Week } from './queries.ts';

/** A day's numbers; null where the question was left unanswered. */
type Series = {
  satisfaction: number | null;
  energy: number | null;
  connection: number | null;
  conflicts: number | null;
  positives: number | null;
};
const cell = (v: number | null) => (v === null ? '–' : v);

function Cell({ s }: { s: Series | null }) {
  if (!s)
    return (
      <td className="muted">
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('week.gapLabel')}</span>
      </td>
    );
  return (
    <td>
      {cell(s.satisfaction)} · {cell(s.energy)} · {cell(s.connection)} · {cell(s.conflicts)} ·{' '}
      {cell(s.positives)}
    </td>
  );
}

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
          <div className="table-scroll">
            <table className="data-table">
              <caption>{t('week.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('week.day')}</th>
                  <th scope="col">{t('week.you')}</th>
                  <th scope="col">{t('week.partner')}</th>
                </tr>
              </thead>
              <tbody>
                {w.days.map((d) => (
                  <tr key={d.date}>
                    <th scope="row">{formatShortDay(d.date)}</th>
                    <Cell s={d.mine} />
                    <Cell s={d.partner} />
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <h2>{t('week.means')}</h2>
          <p>{w.means.explanation}</p>
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
      <p>{w.ratio.explanation}</p>
      <p className="muted">{t('week.target')}</p>
      <FromLogSection />
    </>
  );
}
