import { formatNumber, t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { SERIES_COLOURS } from '../../ui/kit/Chart.tsx';
import { TimeChart } from '../../ui/kit/plot/LazyTimeChart.tsx';
import type { Experiment } from './queries.ts';

type Results = NonNullable<Experiment['results']>;

interface Props {
  /** The ended (or stopped) experiment's results: its days and phases. */
  results: Results;
  /** The metric's name, e.g. "Energy". */
  metric: string;
}

const B_COLOUR = SERIES_COLOURS.categorical[2];

/**
 * The phase chart: each day's rating, the B phases shaded, each phase's mean as a thick line over
 * its days, settling days (which the analysis leaves out) as hollow dots, missing days as gaps.
 */
export function PhaseChart({ results, metric }: Props) {
  const days = results.days;
  if (days.length === 0) return null;
  const analysed = days.map((d) => (d.settling ? null : d.value));
  const settling = days.map((d) => (d.settling ? d.value : null));
  const hasSettling = settling.some((v) => v !== null);
  const label = t('experiments.chart.label', {
    metric,
    from: formatDay(days[0]!.date, 'medium'),
    to: formatDay(days.at(-1)!.date, 'medium'),
  });
  const note = (d: Results['days'][number]) =>
    d.value === null ? t('experiments.chart.missing') : d.settling ? t('experiments.chart.settlingDay') : '';
  return (
    <TimeChart
      label={label}
      dates={days.map((d) => d.date)}
      series={[
        { key: 'rated', label: t('experiments.chart.rated'), values: analysed, colour: SERIES_COLOURS.me },
        ...(hasSettling
          ? [
              {
                key: 'settling',
                label: t('experiments.chart.settling'),
                values: settling,
                colour: SERIES_COLOURS.me,
                style: 'dots' as const,
                hollow: true,
              },
            ]
          : []),
      ]}
      bands={results.phases.map((p) => ({
        key: p.label,
        from: p.start,
        to: p.end,
        label: p.label,
        colour: p.condition === 'B' ? B_COLOUR : 'transparent',
      }))}
      segments={results.phases
        .filter((p) => p.mean !== null)
        .map((p) => ({
          key: p.label,
          from: p.start,
          to: p.end,
          value: p.mean!,
          label: formatNumber(p.mean!),
          colour: 'var(--text)',
        }))}
      ranges={[]}
      height={200}
      exportName="attune-experiment"
      table={{
        caption: label,
        columns: [
          t('chart.day'),
          t('experiments.col.phase'),
          t('experiments.chart.value', { metric: metric.charAt(0).toUpperCase() + metric.slice(1) }),
          t('experiments.chart.note'),
        ],
        rows: days.map((d) => ({
          key: d.date,
          cells: [
            formatDay(d.date, 'medium'),
            `${d.phase} (${d.condition})`,
            d.value === null ? '–' : formatNumber(d.value),
            note(d),
          ],
        })),
      }}
    >
      <p className="muted">{t('experiments.chart.explain')}</p>
    </TimeChart>
  );
}
