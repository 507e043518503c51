import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'wouter';
import { formatNumber, type MessageKey, t } from '../../i18n.ts';
import { paths } from '../../paths.ts';
import { sayPhrases } from '../../ui/phrases.ts';
import { Screen } from '../../ui/Screen.tsx';
import { useToday } from '../../ui/today.ts';
import { formatMonth } from '../checkins/format.ts';
import { ritualQueries } from './queries.ts';

const FIELD_LABELS: Record<string, MessageKey> = {
  satisfaction: 'checkin.satisfaction',
  energy: 'checkin.energy',
  connection: 'checkin.connection',
  conflicts: 'checkin.conflicts',
  positives: 'checkin.positives',
};

/** The month before `month` (YYYY-MM), or after it with +1. */
const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + by, 1)).toISOString().slice(0, 7);
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

function CompareTable({ rows, who, title }: { rows: Row[]; who: 'mine' | 'partner'; title: string }) {
  const days = rows[0]?.[who];
  return (
    <div className="table-scroll">
      <table className="data-table">
        <caption>
          {title}: {t('review.days', { n: days?.days ?? 0, before: days?.previousDays ?? 0 })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('review.measure')}</th>
            <th scope="col" className="num">
              {t('review.thisMonth')}
            </th>
            <th scope="col" className="num">
              {t('review.before')}
            </th>
            <th scope="col" className="num">
              {t('review.change')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.field}>
              <th scope="row">{FIELD_LABELS[r.field] ? t(FIELD_LABELS[r.field]!) : r.field}</th>
              <td className="num">{num(r[who].current)}</td>
              <td className="num">{num(r[who].previous)}</td>
              <td className="num">{change(r[who].current, r[who].previous)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The monthly review: this month's check-in averages and 5:1 ratio against the month before. */
export default function MonthReviewPage() {
  // The month shown lives in the address (?month=YYYY-MM): Back, reload and a link keep it.
  const [search, setSearch] = useSearchParams();
  const thisMonth = useToday().slice(0, 7);
  const param = search.get('month');
  const month = param && /^\d{4}-\d{2}$/.test(param) && param < thisMonth ? param : undefined;
  const review = useQuery(ritualQueries.monthReview(month));
  const go = (next: string | undefined) => setSearch(next ? { month: next } : {});
  const next = month ? shiftMonth(month, 1) : undefined;
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
          <button
            type="button"
            className="button secondary small"
            onClick={() => go(shiftMonth(month ?? thisMonth, -1))}
          >
            {t('review.prevMonth')}
          </button>
          {month === undefined ? null : (
            <button
              type="button"
              className="button secondary small"
              onClick={() => go(next && next < thisMonth ? next : undefined)}
            >
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
          <h2>{t('review.averages')}</h2>
          <CompareTable rows={r.metrics} who="mine" title={t('week.you')} />
          <CompareTable rows={r.metrics} who="partner" title={t('review.partnerShared')} />
          <h2>{t('week.ratio')}</h2>
          <p>
            <strong>
              {t('review.ratio', { now: ratio(r.ratio.current), before: ratio(r.ratio.previous) })}
            </strong>
          </p>
          <p>{sayPhrases(r.ratio.phrases)}</p>
          <p className="muted">{t('week.target')}</p>
        </>
      )}
    </Screen>
  );
}
