/**
 * The bench page for `npm run bench -- web`: the kit's time chart with three years of two
 * partners' daily values (15 % of days missing), 7-day rolling means, stress bands, annotations
 * and a reference line, as the history screen shows it. `?chart=0` renders the same page without
 * the chart (React alone: the baseline). The time from navigation to the drawn chart goes to
 * `window.__drawnAt`.
 */
import { createRoot } from 'react-dom/client';
import { SERIES_COLOURS } from '../src/ui/kit/Chart.tsx';
import { TimeChart } from '../src/ui/kit/plot/LazyTimeChart.tsx';
import { dayNumber, dayString } from '../src/ui/kit/plot/time.ts';
import '../src/styles/base.css';
import '../src/styles/kit.css';

const DAYS = 3 * 365;
const start = dayNumber('2023-12-01');
let seed = 42;
const random = () => {
  seed = (seed * 16807) % 2147483647;
  return seed / 2147483647;
};
const dates = Array.from({ length: DAYS }, (_, i) => dayString(start + i));
const walk = (level: number) =>
  dates.map(() => {
    level = Math.min(10, Math.max(0, level + (random() - 0.5)));
    return random() < 0.15 ? null : Math.round(level * 10) / 10;
  });
const series = [
  { key: 'me', label: 'You', values: walk(6), colour: SERIES_COLOURS.me, rolling: 7 },
  { key: 'partner', label: 'Sam', values: walk(5), colour: SERIES_COLOURS.partner, rolling: 7 },
];
const bands = Array.from({ length: 6 }, (_, i) => ({
  key: `b${i}`,
  from: dayString(start + 60 + i * 170),
  to: dayString(start + 100 + i * 170),
  label: `Stress ${i + 1}`,
}));
const annotations = Array.from({ length: 40 }, (_, i) => ({
  key: `a${i}`,
  date: dayString(start + 13 + i * 27),
  label: `Habit ${i + 1} started`,
}));

function Page() {
  const withChart = new URLSearchParams(location.search).get('chart') !== '0';
  return (
    <main style={{ padding: 16 }}>
      <h1>Three years</h1>
      {withChart ? (
        <TimeChart
          label="Closeness, both of you, three years"
          dates={dates}
          series={series}
          bands={bands}
          annotations={annotations}
          onAnnotation={() => undefined}
          references={[{ key: 'mid', value: 5, label: 'Middle of the scale' }]}
          yDomain={[0, 10]}
          exportName="bench"
        />
      ) : null}
    </main>
  );
}

/** Polls each frame until the chart's lines are in the page (or at once without a chart). */
function whenDrawn() {
  const withChart = new URLSearchParams(location.search).get('chart') !== '0';
  const done = withChart ? document.querySelector('svg.time-chart path') : document.querySelector('h1');
  // One more frame: the one after the chart entered the page starts once it was painted.
  if (done) requestAnimationFrame(() => Object.assign(window, { __drawnAt: performance.now() }));
  else requestAnimationFrame(whenDrawn);
}

createRoot(document.getElementById('root')!).render(<Page />);
requestAnimationFrame(whenDrawn);
