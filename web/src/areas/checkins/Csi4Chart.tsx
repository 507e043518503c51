import { t } from '../../i18n.ts';
import { SERIES_COLOURS } from '../../ui/kit/Chart.tsx';
import { TimeChart } from '../../ui/kit/plot/LazyTimeChart.tsx';
import { formatMonth } from './format.ts';
import type { Csi4Overview } from './queries.ts';

interface Props {
  overview: Csi4Overview;
}

/** A month's value sits on its first day; a skipped month (two months apart) is a gap. */
const MONTH_GAP = 31;

/**
 * The CSI-4 over time: one score a month for me and, where shared, my partner, on the scale's
 * full 0–21 range, with the distress cut-off (13.5) as a dashed line.
 */
export function Csi4Chart({ overview: o }: Props) {
  const months = [...new Set(o.results.map((r) => r.month))].sort();
  if (months.length < 2) return null;
  const score = (mine: boolean, month: string) =>
    o.results.find((r) => r.mine === mine && r.month === month)?.total ?? null;
  const mine = months.map((m) => score(true, m));
  const partner = months.map((m) => score(false, m));
  const hasPartner = partner.some((v) => v !== null);
  const label = t('csi4.chartLabel', {
    from: formatMonth(months[0]!),
    to: formatMonth(months.at(-1)!),
    cutoff: o.cutoff,
  });
  const cell = (v: number | null) => (v === null ? '–' : String(v));
  return (
    <TimeChart
      label={label}
      dates={months.map((m) => `${m}-01`)}
      series={[
        {
          key: 'mine',
          label: t('week.you'),
          values: mine,
          colour: SERIES_COLOURS.me,
          points: true,
          maxGap: MONTH_GAP,
        },
        ...(hasPartner
          ? [
              {
                key: 'partner',
                label: t('week.partner'),
                values: partner,
                colour: SERIES_COLOURS.partner,
                points: true,
                maxGap: MONTH_GAP,
              },
            ]
          : []),
      ]}
      references={[{ key: 'cutoff', value: o.cutoff, label: t('csi4.cutoffLine', { cutoff: o.cutoff }) }]}
      yDomain={[0, 21]}
      // One value a month: even years of them fit at once, so no zoom.
      ranges={[]}
      height={180}
      exportName="attune-csi4"
      table={{
        caption: label,
        columns: [t('csi4.month'), t('week.you'), ...(hasPartner ? [t('week.partner')] : [])],
        rows: months
          .map((m, i) => ({
            key: m,
            cells: [formatMonth(m), cell(mine[i]!), ...(hasPartner ? [cell(partner[i]!)] : [])],
          }))
          .reverse(),
      }}
    >
      <p className="muted">{t('csi4.chartExplain', { cutoff: o.cutoff })}</p>
    </TimeChart>
  );
}
