import { type KeyboardEvent, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { locale, t } from '../../../i18n.ts';
import { formatDay } from '../../dates.ts';
import { Chart, type ChartTable } from '../Chart.tsx';
import { colourOf, Drawing, valueAxis, xScale } from './Drawing.tsx';
import { downloadPng, downloadSvg } from './export.ts';
import { rollingMean } from './series.ts';
import { dayNumber, dayString } from './time.ts';
import type { TimeChartProps, TimeRange } from './types.ts';

/** The zoom buttons every time chart offers unless told otherwise. */
export function defaultRanges(): TimeRange[] {
  return [
    { key: '1w', label: t('chart.range.1w'), days: 7 },
    { key: '1m', label: t('chart.range.1m'), days: 30 },
    { key: '3m', label: t('chart.range.3m'), days: 91 },
    { key: '1y', label: t('chart.range.1y'), days: 365 },
    { key: 'all', label: t('chart.range.all'), days: null },
  ];
}

const MIN_WINDOW = 7;

/** The days a range shows, ending on the last day with data. */
function rangeView(range: TimeRange | undefined, first: number, last: number): [number, number] {
  if (!range || range.days === null) return [first, last];
  return [Math.max(first, last - range.days + 1), last];
}

/** Keeps a view of `size` days inside the data, moved but never shrunk by the edges. */
function clampView(start: number, size: number, first: number, last: number): [number, number] {
  const span = Math.min(size, last - first + 1);
  const from = Math.min(Math.max(start, first), last - span + 1);
  return [from, from + span - 1];
}

/** Where a key moves the view: arrows pan by a quarter, + and − zoom about the centre, Home/End. */
function keyedView(key: string, view: readonly [number, number], first: number, last: number) {
  const size = view[1] - view[0] + 1;
  const zoomTo = (n: number) => clampView(Math.round((view[0] + view[1]) / 2 - n / 2), n, first, last);
  const step = Math.max(1, Math.round(size / 4));
  switch (key) {
    case 'ArrowLeft':
    case 'ArrowDown':
      return clampView(view[0] - step, size, first, last);
    case 'ArrowRight':
    case 'ArrowUp':
      return clampView(view[0] + step, size, first, last);
    case '+':
    case '=':
      return zoomTo(Math.max(MIN_WINDOW, Math.round(size / 2)));
    case '-':
      return zoomTo(size * 2);
    case 'Home':
      return clampView(first, size, first, last);
    case 'End':
      return clampView(last - size + 1, size, first, last);
    default:
      return null;
  }
}

/**
 * A time series chart of our own (no chart library): the data are small (a few series of at most
 * a few thousand days), and SVG gives exact text, the CSS colour tokens, export as SVG and PNG,
 * and accessibility through the kit's `Chart` (labelled picture + table). Load it through
 * `LazyTimeChart.tsx`, so its code stays out of the first route's JavaScript.
 */
export default function TimeChart(props: TimeChartProps) {
  const { label, dates, series, height = 220, exportName } = props;
  const bands = props.bands ?? [];
  const annotations = props.annotations ?? [];
  const references = props.references ?? [];
  const segments = props.segments ?? [];
  const lang = locale();
  const numbers = useMemo(() => new Intl.NumberFormat(lang, { maximumFractionDigits: 2 }), [lang]);
  const formatValue = props.formatValue ?? ((v: number) => numbers.format(v));
  const days = useMemo(() => dates.map(dayNumber), [dates]);
  const first = days[0] ?? 0;
  const last = days.at(-1) ?? 0;
  const ranges = useMemo(
    () => (props.ranges ?? defaultRanges()).filter((r) => r.days === null || r.days < last - first + 1),
    [props.ranges, first, last],
  );
  const zoomable = ranges.length > 1;
  const [active, setActive] = useState<string | null>(() => props.initialRange ?? 'all');
  const [view, setView] = useState<[number, number]>(() =>
    rangeView(
      ranges.find((r) => r.key === props.initialRange),
      first,
      last,
    ),
  );
  // New data (another metric, a refetch with more days): keep the window's size, inside the data.
  const shown = clampView(view[0], view[1] - view[0] + 1, first, last);
  if (shown[0] !== view[0] || shown[1] !== view[1]) setView(shown);

  const rolled = useMemo(
    () => series.map((s) => (s.rolling ? rollingMean(days, s.values, s.rolling) : null)),
    [series, days],
  );

  const keysId = useId();
  // The drawing's box comes and goes (the table replaces it): measure whichever box is there.
  const [box, setBox] = useState<HTMLDivElement | null>(null);
  const svg = useRef<SVGSVGElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    if (!box) return;
    const measure = () => {
      if (box.clientWidth > 0) setWidth(box.clientWidth);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, [box]);

  const inView = annotations.filter((a) => {
    const d = dayNumber(a.date);
    return d >= shown[0] && d <= shown[1];
  });
  const yTicks = valueAxis(
    { days, series, rolled, references, segments, view: shown, yDomain: props.yDomain },
    height,
  );
  const labelChars = Math.max(1, ...yTicks.map((v) => formatValue(v).length));
  // Rows above the plot: annotation markers (22 px), then the bands' labels (14 px).
  const markerRow = annotations.length ? 22 : 0;
  const bandRow = bands.some((b) => b.label) ? 14 : 0;
  const margin = {
    top: 6 + markerRow + bandRow,
    right: 8,
    bottom: 22,
    left: 12 + labelChars * 7,
  };
  const x = xScale(shown, margin.left, width - margin.right);

  const choose = (range: TimeRange) => {
    setActive(range.key);
    setView(rangeView(range, first, last));
  };
  const onKey = (event: KeyboardEvent) => {
    const next = keyedView(event.key, shown, first, last);
    if (!next) return;
    event.preventDefault();
    setActive(null);
    setView(next);
  };

  const from = dayString(shown[0]);
  const to = dayString(shown[1]);
  const span = t('chart.shown', { from: formatDay(from, 'medium'), to: formatDay(to, 'medium') });
  const table = props.table ?? (() => defaultTable(props, days, rolled, shown, formatValue, span));

  const controls = (
    <>
      {zoomable ? (
        <fieldset className="chart-ranges">
          <legend className="visually-hidden">{t('chart.rangeGroup')}</legend>
          {ranges.map((r) => (
            <button
              key={r.key}
              type="button"
              className="button quiet small"
              aria-pressed={active === r.key}
              onClick={() => choose(r)}
            >
              {r.label}
            </button>
          ))}
        </fieldset>
      ) : null}
      {exportName ? (
        <>
          <button
            type="button"
            className="button quiet small"
            onClick={() => svg.current && downloadSvg(svg.current, label, exportName)}
          >
            {t('chart.exportSvg')}
          </button>
          <button
            type="button"
            className="button quiet small"
            onClick={() => svg.current && void downloadPng(svg.current, label, exportName)}
          >
            {t('chart.exportPng')}
          </button>
        </>
      ) : null}
    </>
  );

  return (
    <Chart label={label} table={table} interactive={annotations.length > 0 || zoomable} controls={controls}>
      {zoomable ? <p className="chart-span muted">{span}</p> : null}
      <div ref={setBox} className="time-chart-box" style={{ height }}>
        {zoomable ? (
          // The keyboard's way through time: a slider over the window's start; + and − zoom.
          <div
            className="time-chart-keys"
            role="slider"
            tabIndex={0}
            aria-label={t('chart.window')}
            aria-valuemin={first}
            aria-valuemax={last}
            aria-valuenow={shown[0]}
            aria-valuetext={span}
            aria-describedby={keysId}
            onKeyDown={onKey}
          />
        ) : null}
        {zoomable ? (
          <span id={keysId} className="visually-hidden">
            {t('chart.keys')}
          </span>
        ) : null}
        {width > 0 ? (
          <Drawing
            width={width}
            height={height}
            days={days}
            series={series}
            rolled={rolled}
            bands={bands}
            references={references}
            segments={segments}
            markerDays={inView.map((a) => dayNumber(a.date))}
            view={shown}
            yDomain={props.yDomain}
            formatValue={formatValue}
            locale={lang}
            margin={margin}
            svgRef={svg}
          />
        ) : null}
        {width > 0
          ? markerGroups(inView, (a) => x(dayNumber(a.date))).map(({ at, items }) => {
              const a = items[0]!;
              const labels = items.map((i) => i.label).join('; ');
              return (
                <button
                  key={a.key}
                  type="button"
                  className="time-chart-marker"
                  style={{ left: at - 12 }}
                  aria-label={t('chart.annotation', { date: formatDay(a.date, 'medium'), label: labels })}
                  title={labels}
                  onClick={() => props.onAnnotation?.(a.key)}
                />
              );
            })
          : null}
      </div>
      {series.length > 1 || series.some((s) => s.rolling) ? (
        <ul className="chart-legend">
          {series.map((s, i) => (
            <li key={s.key}>
              <span
                className="chart-swatch"
                style={s.hollow ? { border: `2px solid ${colourOf(s, i)}` } : { background: colourOf(s, i) }}
              />
              {s.rolling ? t('chart.rolling', { label: s.label, days: s.rolling }) : s.label}
            </li>
          ))}
        </ul>
      ) : null}
      {props.children}
    </Chart>
  );
}

/** A marker's width: marks closer than this share one button (24 px targets must not overlap). */
const MARKER = 24;

/**
 * Marks that would overlap at this zoom, as one button each: at the first mark's place, named
 * with every label, opening the first. Zooming in separates them again.
 */
function markerGroups<A>(marks: readonly A[], xOf: (a: A) => number): { at: number; items: A[] }[] {
  const sorted = [...marks].sort((p, q) => xOf(p) - xOf(q));
  const groups: { at: number; items: A[] }[] = [];
  for (const m of sorted) {
    const last = groups.at(-1);
    if (last && xOf(m) - last.at < MARKER) last.items.push(m);
    else groups.push({ at: xOf(m), items: [m] });
  }
  return groups;
}

/** One row per day in view, newest first: the day, then each series (and its rolling mean). */
function defaultTable(
  props: TimeChartProps,
  days: readonly number[],
  rolled: ReadonlyArray<ReadonlyArray<number | null> | null>,
  view: readonly [number, number],
  formatValue: (v: number) => string,
  span: string,
): ChartTable {
  const shown = props.series.map((s, i) => ({ s, r: rolled[i] })).filter(({ s }) => !s.hideInTable);
  const columns = [t('chart.day')];
  for (const { s, r } of shown) {
    columns.push(s.label);
    if (r) columns.push(t('chart.rolling', { label: s.label, days: s.rolling ?? 0 }));
  }
  const cell = (v: number | null | undefined) => (v === null || v === undefined ? '–' : formatValue(v));
  const rows: ChartTable['rows'][number][] = [];
  for (let i = days.length - 1; i >= 0; i -= 1) {
    if (days[i]! < view[0] || days[i]! > view[1]) continue;
    const cells = [formatDay(props.dates[i]!, 'medium')];
    for (const { s, r } of shown) {
      cells.push(cell(s.values[i]));
      if (r) cells.push(cell(r[i]));
    }
    rows.push({ key: props.dates[i]!, cells });
  }
  return { caption: `${props.label} (${span})`, columns, rows };
}
