/**
 * The numbers behind a drawn line: scales, value-axis ticks, gaps and rolling averages. Pure (see
 * series.test.ts).
 */

/** A straight map from a domain [d0, d1] onto a range [r0, r1]. */
export function linear(d0: number, d1: number, r0: number, r1: number): (v: number) => number {
  const k = d1 === d0 ? 0 : (r1 - r0) / (d1 - d0);
  return (v) => r0 + (v - d0) * k;
}

/**
 * "Nice" value-axis ticks (steps of 1, 2 or 5 × 10ⁿ) covering [min, max], about `count` of them.
 *
 * @example niceTicks(0.3, 9.7, 5) // [0, 2, 4, 6, 8, 10]
 */
export function niceTicks(min: number, max: number, count: number): number[] {
  if (!Number.isFinite(min) || !Number.isFinite(max)) return [];
  if (min === max) return [min];
  const raw = (max - min) / Math.max(1, count);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  // Rounding to the step's decimals keeps 0.30000000000000004 out of labels.
  const decimals = Math.max(0, -Math.floor(Math.log10(step)));
  const lo = Math.floor(min / step + 1e-9);
  const hi = Math.ceil(max / step - 1e-9);
  const ticks: number[] = [];
  for (let i = lo; i <= hi; i += 1) ticks.push(Number((i * step).toFixed(decimals)));
  return ticks;
}

/** One point of a line: day number (see time.ts) and value. */
export type Point = readonly [day: number, value: number];

/**
 * The pieces of a line, broken wherever a value is missing (null) or the next day with a value
 * is more than `maxGap` days later: a gap in the data is drawn as a gap, never bridged.
 *
 * @example runs([1, 2, 3, 5], [4, null, 6, 7]) // [[[1, 4]], [[3, 6]], [[5, 7]]]
 */
export function runs(days: readonly number[], values: readonly (number | null)[], maxGap = 1): Point[][] {
  const out: Point[][] = [];
  let current: Point[] = [];
  let lastDay = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < days.length; i += 1) {
    const v = values[i];
    const d = days[i]!;
    if (v === null || v === undefined || !Number.isFinite(v)) {
      if (current.length) out.push(current);
      current = [];
      continue;
    }
    if (current.length && d - lastDay > maxGap) {
      out.push(current);
      current = [];
    }
    current.push([d, v]);
    lastDay = d;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Trailing rolling mean over `window` calendar days (the day itself and the window − 1 before
 * it), from the values present; null where fewer than `minCount` values are present (default:
 * half the window, rounded up), so a long gap stays a gap instead of a made-up level.
 * Linear time: a sliding sum, not a mean per day.
 */
export function rollingMean(
  days: readonly number[],
  values: readonly (number | null)[],
  window: number,
  minCount = Math.ceil(window / 2),
): (number | null)[] {
  const out: (number | null)[] = new Array(days.length).fill(null);
  let sum = 0;
  let n = 0;
  let left = 0;
  for (let i = 0; i < days.length; i += 1) {
    const v = values[i];
    if (v !== null && v !== undefined && Number.isFinite(v)) {
      sum += v;
      n += 1;
    }
    while (days[left]! <= days[i]! - window) {
      const old = values[left];
      if (old !== null && old !== undefined && Number.isFinite(old)) {
        sum -= old;
        n -= 1;
      }
      left += 1;
    }
    out[i] = n >= Math.max(1, minCount) ? sum / n : null;
  }
  return out;
}

/** The extent of every finite number given, or null when there is none. */
export function extent(values: Iterable<number | null | undefined>): [number, number] | null {
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  for (const v of values) {
    if (v === null || v === undefined || !Number.isFinite(v)) continue;
    if (v < lo) lo = v;
    if (v > hi) hi = v;
  }
  return lo <= hi ? [lo, hi] : null;
}

/** An SVG path through one run's points ("M x y L x y …"), in pixels rounded to 0.1. */
export function pathOf(points: readonly Point[], x: (d: number) => number, y: (v: number) => number): string {
  // Rounding by arithmetic, not toFixed: this runs for every point of a three-year chart.
  const r = (v: number) => Math.round(v * 10) / 10;
  let d = '';
  for (let i = 0; i < points.length; i += 1) {
    const [day, v] = points[i]!;
    d += `${i === 0 ? 'M' : 'L'}${r(x(day))} ${r(y(v))}`;
  }
  return d;
}
