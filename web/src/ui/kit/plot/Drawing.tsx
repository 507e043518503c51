import { useId } from 'react';
import { SERIES_COLOURS } from '../Chart.tsx';
import { extent, linear, niceTicks, pathOf, runs } from './series.ts';
import { dayNumber, tickLabel, timeTicks } from './time.ts';
import type { TimeBand, TimeReference, TimeSegment, TimeSeries } from './types.ts';

export interface DrawingProps {
  width: number;
  height: number;
  /** Day numbers, ascending, one per value of every series. */
  days: readonly number[];
  series: readonly TimeSeries[];
  /** Each series's rolling mean (or null), index-aligned with `series`. */
  rolled: ReadonlyArray<ReadonlyArray<number | null> | null>;
  bands: readonly TimeBand[];
  references: readonly TimeReference[];
  segments: readonly TimeSegment[];
  /** Days of the annotations in view (their buttons are HTML, drawn over this). */
  markerDays: readonly number[];
  /** The days shown, inclusive. */
  view: readonly [number, number];
  yDomain?: readonly [number, number];
  formatValue: (v: number) => string;
  locale: string;
  /** Where the plot area sits, for the HTML marker buttons over it. */
  margin: { top: number; right: number; bottom: number; left: number };
  svgRef: React.Ref<SVGSVGElement>;
}

export const colourOf = (s: TimeSeries, i: number): string =>
  s.colour ?? SERIES_COLOURS.categorical[i % SERIES_COLOURS.categorical.length]!;

/** The x position of a day: each day owns one slot, so a band covers its whole first and last day. */
export function xScale(view: readonly [number, number], left: number, right: number) {
  return linear(view[0] - 0.5, view[1] + 0.5, left, right);
}

/** First and last index to draw: the days in view plus one on each side, so lines leave the edge. */
function visibleIndices(days: readonly number[], view: readonly [number, number]): [number, number] {
  let lo = 0;
  while (lo < days.length && days[lo]! < view[0]) lo += 1;
  let hi = days.length - 1;
  while (hi >= 0 && days[hi]! > view[1]) hi -= 1;
  return [Math.max(0, lo - 1), Math.min(days.length - 1, hi + 1)];
}

/** The value axis for what is in view: the given domain, or the data's rounded out to nice ticks. */
export function valueAxis(
  p: Pick<DrawingProps, 'days' | 'series' | 'rolled' | 'references' | 'segments' | 'view' | 'yDomain'>,
  plotHeight: number,
): number[] {
  const count = Math.max(2, Math.floor(plotHeight / 40));
  if (p.yDomain)
    return niceTicks(p.yDomain[0], p.yDomain[1], count).filter(
      (v) => v >= p.yDomain![0] && v <= p.yDomain![1],
    );
  const [lo, hi] = visibleIndices(p.days, p.view);
  const seen: number[] = [];
  for (const [i, s] of p.series.entries()) {
    for (let j = lo; j <= hi; j += 1) {
      const v = s.values[j];
      if (v !== null && v !== undefined) seen.push(v);
      const r = p.rolled[i]?.[j];
      if (r !== null && r !== undefined) seen.push(r);
    }
  }
  for (const r of p.references) seen.push(r.value);
  for (const s of p.segments) seen.push(s.value);
  const [min, max] = extent(seen) ?? [0, 1];
  return niceTicks(min, max === min ? min + 1 : max, count);
}

/** The SVG picture of a time chart: bands, grid, lines, reference lines, segments and marker glyphs. */
export function Drawing(p: DrawingProps) {
  const clip = `plot${useId().replace(/[^\w-]/g, '')}`;
  const { width, height, margin: m } = p;
  const plot = { left: m.left, right: width - m.right, top: m.top, bottom: height - m.bottom };
  const x = xScale(p.view, plot.left, plot.right);
  const yTicks = valueAxis(p, plot.bottom - plot.top);
  const y0 = p.yDomain?.[0] ?? yTicks[0] ?? 0;
  const y1 = p.yDomain?.[1] ?? yTicks.at(-1) ?? 1;
  const y = linear(y0, y1, plot.bottom, plot.top);
  const xTicks = timeTicks(p.view[0], p.view[1], Math.max(2, Math.floor((plot.right - plot.left) / 64)));
  const [lo, hi] = visibleIndices(p.days, p.view);
  const days = p.days.slice(lo, hi + 1);
  const shownDays = p.view[1] - p.view[0] + 1;
  // Room per day decides the detail: dots when a day has 4 px or more; below half a pixel a
  // day, a rolling mean's day values are left out (they would only be a grey smear).
  const perDay = (plot.right - plot.left) / shownDays;
  const autoDots = perDay >= 4;
  const crowded = perDay < 0.5;
  const text = { fontSize: 11, fill: 'var(--muted)' } as const;
  const bandEdges = (b: TimeBand): [number, number] => [
    Math.max(plot.left, x(dayNumber(b.from) - 0.5)),
    Math.min(plot.right, x(dayNumber(b.to) + 0.5)),
  ];
  return (
    <svg
      ref={p.svgRef}
      className="time-chart"
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
      aria-hidden="true"
      fontFamily="system-ui, sans-serif"
    >
      <defs>
        <clipPath id={clip}>
          <rect
            x={plot.left}
            y={plot.top - 6}
            width={plot.right - plot.left}
            height={plot.bottom - plot.top + 12}
          />
        </clipPath>
      </defs>
      <g clipPath={`url(#${clip})`}>
        {p.bands.map((b) => {
          const [x0, x1] = bandEdges(b);
          if (x1 <= x0) return null;
          return (
            <rect
              key={b.key}
              x={x0}
              y={plot.top}
              width={x1 - x0}
              height={plot.bottom - plot.top}
              fill={b.colour ?? 'var(--muted)'}
              fillOpacity={0.14}
            />
          );
        })}
      </g>
      {p.bands.map((b) => {
        const [x0, x1] = bandEdges(b);
        // Above the plot, where no line runs; only where the band is wide enough to hold it.
        if (!b.label || x1 - x0 < b.label.length * 5.6 + 4) return null;
        return (
          <text key={b.key} x={x0 + 2} y={plot.top - 4} {...text} fontSize={10}>
            {b.label}
          </text>
        );
      })}
      {yTicks.map((v) => (
        <g key={v}>
          <line x1={plot.left} x2={plot.right} y1={y(v)} y2={y(v)} stroke="var(--border-soft)" />
          <text x={plot.left - 6} y={y(v) + 4} textAnchor="end" {...text}>
            {p.formatValue(v)}
          </text>
        </g>
      ))}
      <line x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} stroke="var(--border)" />
      {xTicks.map((tick) => {
        const label = tickLabel(tick, p.locale);
        // A label at either end is kept inside the picture rather than cut in half.
        const half = label.length * 3.2;
        const at = x(tick.day);
        const anchor = at - half < 0 ? 'start' : at + half > width ? 'end' : 'middle';
        return (
          <g key={tick.day}>
            <line x1={at} x2={at} y1={plot.bottom} y2={plot.bottom + 4} stroke="var(--border)" />
            <text
              x={anchor === 'start' ? Math.max(0, at - 4) : anchor === 'end' ? Math.min(width, at + 4) : at}
              y={plot.bottom + 16}
              textAnchor={anchor}
              {...text}
            >
              {label}
            </text>
          </g>
        );
      })}
      <g clipPath={`url(#${clip})`}>
        {p.series.map((s, i) => {
          const colour = colourOf(s, i);
          const values = s.values.slice(lo, hi + 1);
          const rolled = p.rolled[i]?.slice(lo, hi + 1) ?? null;
          const pieces = runs(days, values, s.maxGap);
          const dots = s.style === 'dots' || s.points || autoDots;
          return (
            <g key={s.key}>
              {s.style !== 'dots' && (!rolled || !crowded) ? (
                <path
                  d={pieces.map((run) => pathOf(run, x, y)).join('')}
                  fill="none"
                  stroke={colour}
                  strokeWidth={rolled ? 1 : 2}
                  strokeOpacity={rolled ? 0.35 : 1}
                  strokeLinejoin="round"
                />
              ) : null}
              {s.hollow ? (
                pieces.map((run) =>
                  run.length === 1 || dots
                    ? run.map(([d, v]) => (
                        <circle
                          key={d}
                          cx={x(d)}
                          cy={y(v)}
                          r={3}
                          fill="var(--surface)"
                          stroke={colour}
                          strokeWidth={1.5}
                        />
                      ))
                    : null,
                )
              ) : (
                // Every dot of the series in one path: a zero-length stroke with round caps is a
                // dot, and three years of days are one element instead of a thousand.
                <path
                  className="plot-dots"
                  d={pieces
                    .filter((run) => (run.length === 1 && !(rolled && crowded)) || dots)
                    .flatMap((run) => run.map(([d, v]) => `M${x(d).toFixed(1)} ${y(v).toFixed(1)}h0`))
                    .join('')}
                  fill="none"
                  stroke={colour}
                  strokeWidth={rolled ? 4 : 5}
                  strokeLinecap="round"
                  strokeOpacity={rolled ? 0.35 : 1}
                />
              )}
              {rolled ? (
                <path
                  d={runs(days, rolled, s.maxGap)
                    .map((run) => pathOf(run, x, y))
                    .join('')}
                  fill="none"
                  stroke={colour}
                  strokeWidth={2.5}
                  strokeLinejoin="round"
                />
              ) : null}
            </g>
          );
        })}
        {p.segments.map((s) => {
          const x0 = x(dayNumber(s.from) - 0.5);
          const x1 = x(dayNumber(s.to) + 0.5);
          return (
            <g key={s.key}>
              <line
                x1={x0}
                x2={x1}
                y1={y(s.value)}
                y2={y(s.value)}
                stroke={s.colour ?? 'var(--text)'}
                strokeWidth={3}
              />
              {s.label && x1 - x0 >= s.label.length * 6 ? (
                <text
                  x={(x0 + x1) / 2}
                  // Above the line, or below it when the line runs along the top.
                  y={y(s.value) < plot.top + 16 ? y(s.value) + 15 : y(s.value) - 6}
                  textAnchor="middle"
                  {...text}
                  fill="var(--text)"
                >
                  {s.label}
                </text>
              ) : null}
            </g>
          );
        })}
      </g>
      {p.references.map((r) => (
        <g key={r.key}>
          <line
            x1={plot.left}
            x2={plot.right}
            y1={y(r.value)}
            y2={y(r.value)}
            stroke="var(--text)"
            strokeDasharray="5 4"
          />
          <text x={plot.right - 2} y={y(r.value) - 5} textAnchor="end" {...text} fill="var(--text)">
            {r.label}
          </text>
        </g>
      ))}
      {/* Marker lines only while they stay apart; the glyphs on top always. */}
      {p.markerDays.length * 24 <= plot.right - plot.left ? (
        <path
          d={p.markerDays.map((d) => `M${x(d).toFixed(1)} ${plot.top}V${plot.bottom}`).join('')}
          stroke="var(--accent)"
          strokeDasharray="2 3"
        />
      ) : null}
      <path d={p.markerDays.map((d) => `M${x(d) - 6} 6h12l-6 10z`).join('')} fill="var(--accent)" />
    </svg>
  );
}
