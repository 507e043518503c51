import { t } from '../../i18n.ts';

interface Props {
  /** Strength per day (0–1) for the last 90 days; null before the habit started. */
  values: (number | null)[];
}

const W = 180;
const H = 40;

/** A small dependency-free SVG line of habit strength; the label says what it shows in words. */
export function StrengthChart({ values }: Props) {
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
  return (
    <svg
      className="habit-chart"
      viewBox={`0 0 ${W} ${H}`}
      role="img"
      aria-label={label}
      preserveAspectRatio="none"
    >
      <title>{label}</title>
      <line x1="0" y1={H / 2} x2={W} y2={H / 2} strokeDasharray="2 3" />
      <polyline
        points={points.join(' ')}
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        vectorEffect="non-scaling-stroke"
      />
      {last ? <circle cx={last.split(',')[0]} cy={last.split(',')[1]} r="2.5" fill="currentColor" /> : null}
    </svg>
  );
}
