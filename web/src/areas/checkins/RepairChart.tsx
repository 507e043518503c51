import { t } from '../../i18n.ts';
import { SERIES_COLOURS } from '../../ui/kit/Chart.tsx';
import { TimeChart } from '../../ui/kit/plot/LazyTimeChart.tsx';
import { niceTicks } from '../../ui/kit/plot/series.ts';
import { formatMonth } from './format.ts';

interface Props {
  /** Per month: how many conflicts were logged and the median days until their repair. */
  months: ReadonlyArray<{ month: string; conflicts: number; medianDays: number | null }>;
}

/** A month's median sits on its first day; a month without a repaired conflict is a gap. */
const MONTH_GAP = 31;

/** Repair latency per month: the median days from a conflict to its repair, month by month. */
export function RepairChart({ months }: Props) {
  const values = months.map((m) => m.medianDays);
  const top = niceTicks(0, Math.max(1, ...values.map((v) => v ?? 0)), 4).at(-1) ?? 1;
  const label = t('fromLog.chartLabel', {
    from: formatMonth(months[0]!.month),
    to: formatMonth(months.at(-1)!.month),
  });
  const days = (x: number | null) => (x === null ? '—' : t('fromLog.days', { count: x }));
  return (
    <TimeChart
      label={label}
      dates={months.map((m) => `${m.month}-01`)}
      series={[
        {
          key: 'median',
          label: t('fromLog.median'),
          values,
          colour: SERIES_COLOURS.me,
          points: true,
          maxGap: MONTH_GAP,
        },
      ]}
      yDomain={[0, top]}
      ranges={[]}
      height={160}
      table={{
        caption: t('fromLog.monthsCaption'),
        columns: [t('fromLog.month'), t('fromLog.conflicts'), t('fromLog.median')],
        rows: months.map((m) => ({
          key: m.month,
          cells: [formatMonth(m.month, 'short'), String(m.conflicts), days(m.medianDays)],
        })),
      }}
    >
      <p className="muted">{t('fromLog.chartExplain')}</p>
    </TimeChart>
  );
}
