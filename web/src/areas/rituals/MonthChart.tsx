import { formatNumber, type MessageKey, t } from '../../i18n.ts';
import { Chart, type ChartTable } from '../../ui/kit/Chart.tsx';
import { linear, niceTicks } from '../../ui/kit/plot/series.ts';

/** One measure's means for one person: this month and the month before (null: no day filled in). */
export interface MonthRow {
  field: string;
  current: number | null;
  previous: number | null;
}

interface Props {
  /** Whose averages, in words ("You", "Your partner (shared days)"). */
  who: string;
  colour: string;
  rows: readonly MonthRow[];
  /** The month and the month before, in words ("March 2026"). */
  month: string;
  previous: string;
  /** The same numbers as a table. */
  table: ChartTable;
  labels: Record<string, MessageKey>;
}

const W = 320;
const ROW = 46;
const LEFT = 8;
const RIGHT = 40;
const COUNTS = new Set(['conflicts', 'positives']);

/**
 * The month against the month before, one row per measure: a hollow dot for the month before, a
 * filled one for this month, a line between them. Scores share a 0–10 track; counts per day
 * share one from 0 to a round number above the largest mean.
 */
export function MonthChart({ who, colour, rows, month, previous, table, labels }: Props) {
  const counts = rows.filter((r) => COUNTS.has(r.field)).flatMap((r) => [r.current ?? 0, r.previous ?? 0]);
  const countTop = niceTicks(0, Math.max(4, ...counts), 4).at(-1) ?? 5;
  const H = rows.length * ROW + 8;
  const num = (x: number) => formatNumber(x, 1, true);
  return (
    <Chart label={t('review.chartLabel', { who, month, previous })} table={table}>
      <svg
        className="month-chart"
        viewBox={`0 0 ${W} ${H}`}
        aria-hidden="true"
        fontFamily="system-ui, sans-serif"
      >
        {rows.map((r, i) => {
          const top = COUNTS.has(r.field) ? countTop : 10;
          const x = linear(0, top, LEFT, W - RIGHT);
          const y = i * ROW + 30;
          const name = labels[r.field] ? t(labels[r.field]!) : r.field;
          return (
            <g key={r.field}>
              <text x={LEFT} y={y - 14} fontSize={12} fill="var(--text)">
                {name}
              </text>
              <line x1={x(0)} x2={x(top)} y1={y} y2={y} stroke="var(--border-soft)" strokeWidth={2} />
              <text x={x(0)} y={y + 13} fontSize={9} fill="var(--muted)">
                0
              </text>
              <text x={x(top)} y={y + 13} fontSize={9} fill="var(--muted)" textAnchor="end">
                {top}
              </text>
              {r.current !== null && r.previous !== null ? (
                <line
                  x1={x(r.previous)}
                  x2={x(r.current)}
                  y1={y}
                  y2={y}
                  stroke={colour}
                  strokeWidth={3}
                  strokeOpacity={0.5}
                />
              ) : null}
              {r.previous !== null ? (
                <circle
                  cx={x(r.previous)}
                  cy={y}
                  r={5}
                  fill="var(--surface)"
                  stroke={colour}
                  strokeWidth={2}
                />
              ) : null}
              {r.current !== null ? <circle cx={x(r.current)} cy={y} r={5} fill={colour} /> : null}
              <text x={W - 2} y={y + 4} fontSize={12} fill="var(--text)" textAnchor="end" fontWeight={700}>
                {r.current === null ? '—' : num(r.current)}
              </text>
            </g>
          );
        })}
      </svg>
      <p className="chart-legend muted">
        <span>
          <span className="chart-swatch" style={{ border: `2px solid ${colour}`, borderRadius: '50%' }} />
          {previous}
        </span>
        <span>
          <span className="chart-swatch" style={{ background: colour, borderRadius: '50%' }} />
          {month}
        </span>
      </p>
    </Chart>
  );
}
