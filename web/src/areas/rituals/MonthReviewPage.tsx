import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'wouter';
import { formatNumber, type MessageKey, t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { type ChartTable, SERIES_COLOURS } from '../../ui/kit/Chart.tsx';
import { sayPhrases } from '../../ui/phrases.ts';
import { Screen } from '../../ui/Screen.tsx';
import { useToday } from '../../ui/today.ts';
import { formatMonth } from '../checkins/format.ts';
import { MonthChart } from './MonthChart.tsx';
import { reviewMonth, shiftMonth } from './month.ts';
import { ritualQueries } from './queries.ts';

const FIELD_LABELS: Record<string, MessageKey> = {
  satisfaction: 'checkin.satisfaction',
  energy: 'checkin.energy',
  connection: 'checkin.connection',
  conflicts: 'checkin.conflicts',
  positives: 'checkin.positives',
};

const num = (x: number | null) => (x === null ? '—' : formatNumber(x, 1, true));
const ratio = (x: number | null) =>
  x === null ? t('week.noRatio') : t('review.toOne', { x: formatNumber(x, 1, true) });
const change = (now: number | null, before: number | null) => {
  if (now === null || before === null) return '—';
  const d = Math.round((now - before) * 10) / 10;
  return d === 0 ? '±0' : d > 0 ? `+${formatNumber(d, 1, true)}` : `−${formatNumber(Math.abs(d), 1, true)}`;
};

type Row = {
  field: string;
  mine: { current: number | null; previous: number | null; days: number; previousDays: number };
  partner: { current: number | null; previous: number | null; days: number; previousDays: number };
};

/** One person's averages as the chart's table: measure, this month, before, change. */
function compareTable(
  rows: Row[],
  who: 'mine' | 'partner',
  title: string,
  months: [string, string],
): ChartTable {
  const days = rows[0]?.[who];
  return {
    caption: `${title}: ${t('review.days', { n: days?.days ?? 0, before: days?.previousDays ?? 0 })}`,
    columns: [t('review.measure'), months[0], months[1], t('review.change')],
    rows: rows.map((r) => ({
      key: r.field,
      cells: [
        FIELD_LABELS[r.field] ? t(FIELD_LABELS[r.field]!) : r.field,
        num(r[who].current),
        num(r[who].previous),
        change(r[who].current, r[who].previous),
      ],
    })),
  };
}

/**
 * The monthly review: a month's check-in averages and 5:1 ratio against the month before. It
 * opens on the last complete month (on the 1st, "this month" would be one day against a whole
 * month); the month still running is one tap on, marked as so far.
 */
export default function MonthReviewPage() {
  // The month shown lives in the address (?month=YYYY-MM): Back, reload and a link keep it.
  const [search, setSearch] = useSearchParams();
  const thisMonth = useToday().slice(0, 7);
  const lastComplete = shiftMonth(thisMonth, -1);
  const month = reviewMonth(search.get('month'), thisMonth);
  const review = useQuery(ritualQueries.monthReview(month));
  const go = (to: string) => setSearch(to === lastComplete ? {} : { month: to });
  return (
    <Screen
      title={t('review.monthTitle')}
      actions={
        <Link href={paths.rituals} className="button secondary small">
          {t('rituals.title')}
        </Link>
      }
      intro={
        <div className="pager">
          <button type="button" className="button secondary small" onClick={() => go(shiftMonth(month, -1))}>
            {t('review.prevMonth')}
          </button>
          {month >= thisMonth ? null : (
            <button type="button" className="button secondary small" onClick={() => go(shiftMonth(month, 1))}>
              {t('review.nextMonth')}
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
            {t('review.monthRange', { month: formatMonth(r.month), previous: formatMonth(r.previous) })}
          </p>
          <p>{sayPhrases(r.phrases)}</p>
          {r.month === thisMonth ? (
            <p className="muted">{t('review.soFar', { count: r.metrics[0]?.mine.days ?? 0 })}</p>
          ) : null}
          <h2>{t('review.averages')}</h2>
          {(['mine', 'partner'] as const).map((who) => {
            const title = who === 'mine' ? t('week.you') : t('review.partnerShared');
            const rows = r.metrics.map((m) => ({ field: m.field, ...m[who] }));
            const empty = rows.every((row) => row.current === null && row.previous === null);
            return (
              <section key={who} aria-label={title}>
                <h3>{title}</h3>
                {empty ? (
                  <p className="muted">{t('review.noDays')}</p>
                ) : (
                  <MonthChart
                    who={title}
                    colour={who === 'mine' ? SERIES_COLOURS.me : SERIES_COLOURS.partner}
                    rows={rows}
                    month={formatMonth(r.month)}
                    previous={formatMonth(r.previous)}
                    table={compareTable(r.metrics, who, title, [
                      formatMonth(r.month),
                      formatMonth(r.previous),
                    ])}
                    labels={FIELD_LABELS}
                  />
                )}
              </section>
            );
          })}
          <h2>{t('week.ratio')}</h2>
          <p>
            <strong>
              {t('review.ratioIn', {
                month: formatMonth(r.month),
                now: ratio(r.ratio.current),
                previous: formatMonth(r.previous),
                before: ratio(r.ratio.previous),
              })}
            </strong>
          </p>
          <p>{sayPhrases(r.ratio.phrases)}</p>
          <p className="muted">{t('week.target')}</p>
        </>
      )}
    </Screen>
  );
}
