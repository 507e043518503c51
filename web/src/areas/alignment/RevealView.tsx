import { t } from '../../i18n.ts';
import { formatDay } from '../../ui/dates.ts';
import { Chart, SERIES_COLOURS } from '../../ui/kit/Chart.tsx';
import { domainLabel } from '../couple/domain-label.ts';
import type { Answer, Reveal } from './queries.ts';
import { DIMENSIONS, dimensionName, domainWords, gapWords, rewardWords } from './words.ts';

type Domain = { id: string; label: string };
const TEXTS = ['optimizingFor', 'successMeans', 'rewardsSought'] as const;

/** Both answers side by side, with the overlaps and gaps in plain words. */
export function RevealView({ reveal, domains }: { reveal: Reveal; domains: readonly Domain[] }) {
  const name = reveal.partnerName;
  const label = (id: string) => {
    const d = domains.find((x) => x.id === id);
    return d ? domainLabel(d) : id;
  };
  const pair = (render: (a: Answer) => React.ReactNode) => (
    <div className="alignment-pair">
      <div>
        <h4>{t('alignment.you')}</h4>
        {render(reveal.mine)}
      </div>
      <div>
        <h4>{name}</h4>
        {render(reveal.partner)}
      </div>
    </div>
  );
  return (
    <section aria-labelledby="alignment-reveal">
      <h2 id="alignment-reveal">{t('alignment.revealTitle')}</h2>
      <p className="muted">
        {t('alignment.revealedOn', { date: formatDay(reveal.revealedAt.slice(0, 10)) })}
      </p>
      {TEXTS.map((field) => (
        <div className="card" key={field}>
          <h3>{t(`alignment.q.${field}`)}</h3>
          {pair((a) => (
            <p className="alignment-text">{a[field]}</p>
          ))}
        </div>
      ))}

      <div className="card">
        <h3>{t('alignment.rewardsTitle')}</h3>
        {pair((a) => (
          <ol>
            {a.rewards.map((r) => (
              <li key={r}>{r}</li>
            ))}
          </ol>
        ))}
        <div className="alignment-words">
          {rewardWords(reveal.rewards, name).map((w) => (
            <p key={w}>{w}</p>
          ))}
        </div>
      </div>

      <div className="card">
        <h3>{t('alignment.gapsTitle')}</h3>
        <Positions reveal={reveal} />
        <ul className="alignment-trends">
          {reveal.dimensions.map((d) => (
            <li key={d.key}>{gapWords(d)}</li>
          ))}
        </ul>
      </div>

      <div className="card">
        <h3>{t('alignment.domainsTitle')}</h3>
        {pair((a) => (
          <ol>
            {a.domains.map((d) => (
              <li key={d}>{label(d)}</li>
            ))}
          </ol>
        ))}
        <p className="alignment-words">
          {domainWords(reveal.domains, reveal.mine.domains[0] ? label(reveal.mine.domains[0]) : null)}
        </p>
      </div>
    </section>
  );
}

const W = 300;
const ROW = 46;

/** Each dimension as a 0–100 line with both positions on it; the numbers as a table too. */
function Positions({ reveal }: { reveal: Reveal }) {
  const label = t('alignment.gapsLabel', { name: reveal.partnerName });
  const x = (v: number) => 8 + (v / 100) * (W - 16);
  return (
    <Chart
      label={label}
      table={{
        caption: label,
        columns: [
          t('alignment.col.dimension'),
          t('alignment.you'),
          reveal.partnerName,
          t('alignment.col.gap'),
        ],
        rows: reveal.dimensions.map((d) => ({
          key: d.key,
          cells: [dimensionName(d.key), d.mine, d.partner, d.gap],
        })),
      }}
    >
      <svg
        className="alignment-positions"
        viewBox={`0 0 ${W} ${ROW * reveal.dimensions.length}`}
        aria-hidden="true"
      >
        {reveal.dimensions.map((d, i) => {
          const cy = ROW * i + ROW / 2 + 6;
          const pole = DIMENSIONS.find((p) => p.key === d.key);
          return (
            <g key={d.key}>
              {pole ? (
                <>
                  <text x={x(0)} y={cy - 11} className="pole">
                    {t(pole.low)}
                  </text>
                  <text x={x(100)} y={cy - 11} className="pole" textAnchor="end">
                    {t(pole.high)}
                  </text>
                </>
              ) : null}
              <line x1={x(0)} y1={cy} x2={x(100)} y2={cy} className="axis" />
              <line x1={x(d.mine)} y1={cy} x2={x(d.partner)} y2={cy} className="gap" />
              <circle cx={x(d.mine)} cy={cy} r={6} fill={SERIES_COLOURS.me} />
              <rect x={x(d.partner) - 5} y={cy - 5} width={10} height={10} fill={SERIES_COLOURS.partner} />
            </g>
          );
        })}
      </svg>
      <p className="alignment-legend-line">
        <span className="alignment-swatch round" style={{ background: SERIES_COLOURS.me }} />{' '}
        {t('alignment.you')}{' '}
        <span className="alignment-swatch" style={{ background: SERIES_COLOURS.partner }} />{' '}
        {reveal.partnerName}
      </p>
    </Chart>
  );
}
