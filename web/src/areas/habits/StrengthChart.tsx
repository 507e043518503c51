import { formatPercent, t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { Chart, SERIES_COLOURS } from '../../ui/kit/Chart.tsx';

interface Props {
  /** Strength per day (0–1) for the last 90 days; null before the habit started. */
  values: (number | null)[];
  /** The day of each value, oldest first. */
  dates: string[];
}

const W = 180;
const H = 40;

/** A small dependency-free SVG line of habit strength, with its numbers as a weekly table. */
export function StrengthChart({ values, dates }: Props) {
  const points = values
    .map((v, i) =>
      v === null
        ? null
        : `${((i / Math.max(1, values.length - 1)) * W).toFixed(1)},${(H - v * H).toFixed(1)}`,
    )
    .filter((p): p is string => p !== null);
  const last = points.at(-1);
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
    <Chart
      label={label}
      table={{ caption: label, columns: [t('habits.chartDay'), t('habits.chartStrength')], rows }}
    >
      <svg className="habit-chart" viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
        <line x1="0" y1={H / 2} x2={W} y2={H / 2} strokeDasharray="2 3" />
        <polyline
          points={points.join(' ')}
          fill="none"
          stroke={SERIES_COLOURS.me}
          strokeWidth="2"
          vectorEffect="non-scaling-stroke"
        />
        {last ? (
          <circle cx={last.split(',')[0]} cy={last.split(',')[1]} r="2.5" fill={SERIES_COLOURS.me} />
        ) : null}
      </svg>
    </Chart>
  );
}
