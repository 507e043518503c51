import { locale, type MessageKey, t } from '../../i18n.ts';
import { formatShortDay } from '../../ui/dates.ts';
import { dateFormat } from '../../ui/intl.ts';
import { Chart, type ChartTable, SERIES_COLOURS } from '../../ui/kit/Chart.tsx';
import { linear, niceTicks, pathOf, runs } from '../../ui/kit/plot/series.ts';
import type { Week } from './queries.ts';

type Field = 'satisfaction' | 'energy' | 'connection' | 'conflicts' | 'positives';

/** The five check-in measures; scores share 0–10, counts their own round top. */
const FIELDS: ReadonlyArray<{ key: Field; label: MessageKey; score: boolean }> = [
  { key: 'satisfaction', label: 'checkin.satisfaction', score: true },
  { key: 'energy', label: 'checkin.energy', score: true },
  { key: 'connection', label: 'checkin.connection', score: true },
  { key: 'conflicts', label: 'checkin.conflicts', score: false },
  { key: 'positives', label: 'checkin.positives', score: false },
];

const W = 320;
const PANEL = 64;
const LEFT = 22;
const RIGHT = 6;

interface Props {
  week: Week;
}

/**
 * The week as small multiples: one strip per measure, the seven days across, my line and my
 * partner's shared one, a day without a check-in as a gap. Every strip shares the days, so a
 * glance down a column reads one day.
 */
export function WeekMultiples({ week }: Props) {
  const n = week.days.length;
  const x = linear(-0.5, n - 0.5, LEFT, W - RIGHT);
  const index = week.days.map((_, i) => i);
  const H = FIELDS.length * PANEL + 18;
  const label = t('week.chartLabel', {
    from: formatShortDay(week.from),
    to: formatShortDay(week.to),
  });
  return (
    <Chart label={label} table={() => weekTable(week, label)}>
      <svg
        className="week-multiples"
        viewBox={`0 0 ${W} ${H}`}
        aria-hidden="true"
        fontFamily="system-ui, sans-serif"
      >
        {FIELDS.map((f, p) => {
          const values = (who: 'mine' | 'partner') => week.days.map((d) => d[who]?.[f.key] ?? null);
          const mine = values('mine');
          const partner = values('partner');
          const top = f.score
            ? 10
            : (niceTicks(0, Math.max(4, ...[...mine, ...partner].map((v) => v ?? 0)), 2).at(-1) ?? 4);
          const y0 = p * PANEL + 16;
          const y = linear(0, top, y0 + PANEL - 22, y0 + 4);
          return (
            <g key={f.key}>
              <text x={0} y={y0 - 3} fontSize={11} fill="var(--text)" fontWeight={600}>
                {t(f.label)}
              </text>
              <line x1={LEFT} x2={W - RIGHT} y1={y(0)} y2={y(0)} stroke="var(--border)" />
              <line x1={LEFT} x2={W - RIGHT} y1={y(top)} y2={y(top)} stroke="var(--border-soft)" />
              <text x={LEFT - 4} y={y(0) + 3} fontSize={9} fill="var(--muted)" textAnchor="end">
                0
              </text>
              <text x={LEFT - 4} y={y(top) + 3} fontSize={9} fill="var(--muted)" textAnchor="end">
                {top}
              </text>
              {(
                [
                  [mine, SERIES_COLOURS.me],
                  [partner, SERIES_COLOURS.partner],
                ] as const
              ).map(([vals, colour]) => {
                const pieces = runs(index, vals);
                return (
                  <g key={colour}>
                    <path
                      d={pieces.map((r) => pathOf(r, x, y)).join('')}
                      fill="none"
                      stroke={colour}
                      strokeWidth={2}
                    />
                    {pieces.flat().map(([d, v]) => (
                      <circle key={d} cx={x(d)} cy={y(v)} r={3} fill={colour} />
                    ))}
                  </g>
                );
              })}
            </g>
          );
        })}
        {week.days.map((d, i) => (
          <text key={d.date} x={x(i)} y={H - 4} fontSize={10} fill="var(--muted)" textAnchor="middle">
            {weekday(d.date)}
          </text>
        ))}
      </svg>
      <ul className="chart-legend">
        <li>
          <span className="chart-swatch" style={{ background: SERIES_COLOURS.me }} />
          {t('week.you')}
        </li>
        <li>
          <span className="chart-swatch" style={{ background: SERIES_COLOURS.partner }} />
          {t('week.partner')}
        </li>
      </ul>
    </Chart>
  );
}

/** "2026-03-05" → "Thu": the short weekday in the language in use. */
function weekday(date: string): string {
  return dateFormat(locale(), { weekday: 'short', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}

/** One row per day and person: the five measures, or words for a day without a check-in. */
function weekTable(week: Week, caption: string): ChartTable {
  const rows: ChartTable['rows'][number][] = [];
  for (const d of week.days) {
    for (const who of ['mine', 'partner'] as const) {
      const s = d[who];
      const name = t(who === 'mine' ? 'week.you' : 'week.partner');
      rows.push({
        key: `${d.date}-${who}`,
        cells: [
          `${formatShortDay(d.date)} · ${name}`,
          ...FIELDS.map((f) => (s ? String(s[f.key]) : t('week.gap'))),
        ],
      });
    }
  }
  return { caption, columns: [t('week.day'), ...FIELDS.map((f) => t(f.label))], rows };
}
