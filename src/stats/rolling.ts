/**
 * Rolling means over daily series with explicit gaps: a missing day (null) is never filled in;
 * a window with fewer than `minObserved` recorded days gives null rather than a mean of too
 * little data.
 */
export function rollingMean(
  series: readonly (number | null)[],
  window: number,
  minObserved = Math.ceil(window / 2),
): (number | null)[] {
  if (!(Number.isInteger(window) && window >= 1))
    throw new RangeError(`window must be a whole number ≥ 1, got ${window}`);
  if (!(minObserved >= 1 && minObserved <= window))
    throw new RangeError('minObserved must be between 1 and the window');
  const out: (number | null)[] = [];
  let sum = 0;
  let count = 0;
  for (let i = 0; i < series.length; i++) {
    const x = series[i];
    if (x !== null && x !== undefined) {
      sum += x;
      count++;
    }
    const old = i - window >= 0 ? series[i - window] : null;
    if (old !== null && old !== undefined) {
      sum -= old;
      count--;
    }
    out.push(i + 1 >= window && count >= minObserved ? sum / count : null);
  }
  return out;
}
