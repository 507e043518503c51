import { formatPercent, t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { SERIES_COLOURS } from '../../ui/kit/Chart.tsx';
import { TimeChart } from '../../ui/kit/plot/LazyTimeChart.tsx';

interface Props {
  /** Strength per day (0–1) for the last 90 days; null before the habit started. */
  values: (number | null)[];
  /** The day of each value, oldest first. */
  dates: string[];
}

const percent = (v: number) => `${Math.round(v * 100)}%`;

/** Habit strength over the last 90 days on the kit's time chart: a 0–100 % axis and dates. */
export function StrengthChart({ values, dates }: Props) {
  const known = values.filter((v): v is number => v !== null);
  if (known.length === 0) return <p className="muted">{t('habits.chartEmpty')}</p>;
  const label = t('habits.chartLabel', {
    from: Math.round(known[0]! * 100),
    to: Math.round(known.at(-1)! * 100),
  });
  // One row a week, newest first: enough to read the trend without 90 rows.
  const rows = values
    .map((v, i) => ({ v, date: dates[i] ?? '' }))
    .filter((r, i) => r.v !== null && (values.length - 1 - i) % 7 === 0)
    .reverse()
    .map((r) => ({ key: r.date, cells: [formatDay(r.date, 'medium'), formatPercent(r.v!)] }));
  return (
    <TimeChart
      label={label}
      dates={dates}
      series={[{ key: 'strength', label: t('habits.chartStrength'), values, colour: SERIES_COLOURS.me }]}
      yDomain={[0, 1]}
      formatValue={percent}
      ranges={[]}
      height={130}
      table={{ caption: label, columns: [t('habits.chartDay'), t('habits.chartStrength')], rows }}
    />
  );
}
