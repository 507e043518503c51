import { t } from '../../i18n.ts';
import { Chart, SERIES_COLOURS } from '../../ui/kit/Chart.tsx';
import type { Drift } from './queries.ts';
import { DIMENSIONS, dimensionName, trendWords } from './words.ts';

const W = 300;
const H = 140;
const PAD = 6;
/** Room under the axis for the quarters, left of it for the scale. */
const BOTTOM = 16;
const LEFT = 28;

/**
 * Alignment drift: each dimension's gap (0–100) per revealed round as a small SVG line, the
 * numbers as a table (rounds × dimensions), and each trend in words below.
 */
export function DriftChart({ drift }: { drift: Drift }) {
  const n = drift.rounds.length;
  const x = (i: number) => (n === 1 ? (W + LEFT) / 2 : LEFT + PAD + (i / (n - 1)) * (W - LEFT - 2 * PAD));
  const y = (gap: number) => H - BOTTOM - (gap / 100) * (H - BOTTOM - PAD);
  const colour = (key: string) =>
    SERIES_COLOURS.categorical[DIMENSIONS.findIndex((d) => d.key === key)] ?? SERIES_COLOURS.me;
  const label = t('alignment.driftLabel', { count: n });
  // One row per dimension, one column per round: narrow at 360 px while rounds are few.
  const rows = drift.dimensions.map((d) => ({
    key: d.key,
    cells: [
      dimensionName(d.key),
      ...drift.rounds.map((q) => d.points.find((p) => p.quarter === q)?.gap ?? '–'),
    ],
  }));
  return (
    <>
      <p className="muted">{t('alignment.driftIntro')}</p>
      <Chart
        label={label}
        table={{
          caption: label,
          columns: [t('alignment.col.dimension'), ...drift.rounds],
          rows,
        }}
      >
        <svg className="alignment-drift" viewBox={`0 0 ${W} ${H}`} aria-hidden="true">
          <line x1={LEFT} y1={y(0)} x2={W} y2={y(0)} className="axis" />
          <line x1={LEFT} y1={y(50)} x2={W} y2={y(50)} className="grid" />
          <line x1={LEFT} y1={y(100)} x2={W} y2={y(100)} className="grid" />
          {[0, 50, 100].map((v) => (
            <text key={v} x={LEFT - 4} y={y(v) + 4} textAnchor="end" className="tick">
              {v}
            </text>
          ))}
          {drift.rounds.map((q, i) => (
            <text key={q} x={x(i)} y={H - 2} textAnchor="middle" className="tick">
              {q}
            </text>
          ))}
          {drift.dimensions.map((d) => (
            <g key={d.key} stroke={colour(d.key)} fill={colour(d.key)}>
              <polyline
                points={d.points.map((p, i) => `${x(i)},${y(p.gap)}`).join(' ')}
                fill="none"
                strokeWidth={2}
              />
              {d.points.map((p, i) => (
                <circle key={p.quarter} cx={x(i)} cy={y(p.gap)} r={3} />
              ))}
            </g>
          ))}
        </svg>
        <ul className="plain-list alignment-legend">
          {drift.dimensions.map((d) => (
            <li key={d.key}>
              <span className="alignment-swatch" style={{ background: colour(d.key) }} />{' '}
              {dimensionName(d.key)}
            </li>
          ))}
        </ul>
      </Chart>
      <ul className="alignment-trends">
        {drift.dimensions.map((d) => (
          <li key={d.key}>{trendWords(d)}</li>
        ))}
      </ul>
    </>
  );
}
