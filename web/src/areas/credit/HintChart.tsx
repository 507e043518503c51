import { t } from '../../i18n.ts';
import { Chart } from '../../ui/kit/Chart.tsx';
import type { Hint } from './queries.ts';
import { actionPhrase, outcomePhrase, whenPhrase } from './words.ts';

interface Props {
  hint: Hint;
}

const W = 280;
const H = 120;
const BAR = 56;

/** The data behind a hint: the outcome `lagDays` later, after days with 0, 1 or 2+ of the action. */
export function HintChart({ hint }: Props) {
  const max = Math.max(10, ...hint.bars.map((b) => b.mean));
  const outcome = outcomePhrase(hint.outcome);
  const when = whenPhrase(hint.lagDays);
  const group = (a: string) => t('credit.chart.group', { count: a === '2+' ? 2 : Number(a), n: a });
  return (
    <>
      <p className="muted small">{t('credit.chart.caption', { outcome, when })}</p>
      <Chart
        label={t('credit.chart.label', { outcome, when })}
        table={{
          caption: t('credit.chart.caption', { outcome, when }),
          columns: [t('credit.chart.colGroup'), t('credit.chart.colMean'), t('credit.chart.colDays')],
          rows: hint.bars.map((b) => ({
            key: b.actions,
            cells: [group(b.actions), b.mean.toFixed(1), b.days],
          })),
        }}
      >
        <svg viewBox={`0 0 ${W} ${H + 20}`} width="100%" height={H + 20} aria-hidden="true" focusable="false">
          {hint.bars.map((b, i) => {
            const h = (b.mean / max) * H;
            const x = 20 + i * (BAR + 30);
            return (
              <g key={b.actions}>
                <rect
                  x={x}
                  y={H - h}
                  width={BAR}
                  height={h}
                  fill={i === 0 ? 'var(--cat-6)' : 'var(--series-partner)'}
                  rx={3}
                />
                <text x={x + BAR / 2} y={H - h - 4} textAnchor="middle" fontSize="12" fill="currentColor">
                  {b.mean.toFixed(1)}
                </text>
                <text x={x + BAR / 2} y={H + 15} textAnchor="middle" fontSize="12" fill="currentColor">
                  {b.actions}
                </text>
              </g>
            );
          })}
        </svg>
        <p className="muted small">{t('credit.chart.axis', { action: actionPhrase(hint.action) })}</p>
      </Chart>
    </>
  );
}
