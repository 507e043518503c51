import { Suspense } from 'react';
import { lazyPage } from '../../lazy-page.ts';
import type { TimeChartProps } from './types.ts';

// The chart's code never comes with the first route. It starts loading as soon as a screen
// that has a chart loads, while React draws the rest of that screen, not after.
const Loaded = lazyPage(() => import('./TimeChart.tsx'), ['charts']);
Loaded.preload(); // a failed load is handled where the chart renders (lazyPage)

/**
 * The kit's time chart (see TimeChart.tsx for what it draws), loaded on first use. While it loads,
 * a placeholder of the same height keeps the page from jumping.
 *
 * @example
 * <TimeChart label="Closeness, both of you, by day" dates={days}
 *   series={[{ key: 'me', label: 'You', values: mine, colour: SERIES_COLOURS.me, rolling: 7 }]}
 *   references={[{ key: 'cut', value: 13.5, label: '13.5: distress cut-off' }]}
 *   exportName="attune-closeness" />
 */
export function TimeChart(props: TimeChartProps) {
  return (
    <Suspense
      fallback={<div className="time-chart-loading" style={{ height: (props.height ?? 220) + 48 }} />}
    >
      <Loaded {...props} />
    </Suspense>
  );
}

/**
 * The same chart without a placeholder of its own: until its code is there, the nearest
 * `Suspense` above shows its fallback. For a screen whose chart is most of it (the history): a
 * placeholder's height can't match the chart with its legend and buttons, and everything below
 * would jump when the chart came.
 */
export function TimeChartOrWait(props: TimeChartProps) {
  return <Loaded {...props} />;
}
