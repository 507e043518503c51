/**
 * The noise that change points are judged against: AR(1) noise around a piecewise-constant
 * level, estimated around a first segmentation (see change-points.ts for how it sets the penalty).
 */

export interface NoiseEstimate {
  /** Marginal standard deviation of the day-to-day noise (the usual spread around a level). */
  sigma: number;
  /** Lag-1 autocorrelation of the noise, bias-corrected and kept in [0, 0.95]. */
  phi: number;
  /** Long-run standard deviation σ·√((1 + φ)/(1 − φ)): the spread that matters for averages. */
  longRunSigma: number;
}

/**
 * AR(1) noise around a piecewise-constant level. `starts` are segment starts (indices into
 * `values`, as `peltMean` returns them); residuals are taken from each segment's mean. φ is the
 * lag-1 autocorrelation of the residuals over pairs of recorded days exactly one day apart
 * (missing days are never bridged), plus the small-sample bias correction (1 + 3φ)·k / n for k
 * fitted parameters (each mean and each change point: Marriott & Pope 1954 and Kendall 1954
 * give it for one mean), clipped to [0, 0.95]:
 * negative autocorrelation would lower the penalty, and we prefer to stay conservative.
 */
export function ar1Noise(
  days: readonly number[],
  values: readonly number[],
  starts: readonly number[] = [],
): NoiseEstimate {
  const n = values.length;
  if (n < 3) return { sigma: 0, phi: 0, longRunSigma: 0 };
  const r = residuals(values, starts);
  const bounds = [0, ...starts, n];
  let ss = 0;
  for (let i = 0; i < n; i++) ss += r[i]! * r[i]!;
  let cross = 0;
  let sq = 0;
  for (let i = 1; i < n; i++) {
    if (days[i]! - days[i - 1]! !== 1) continue;
    cross += r[i]! * r[i - 1]!;
    sq += (r[i]! * r[i]! + r[i - 1]! * r[i - 1]!) / 2;
  }
  const segments = bounds.length - 1;
  const raw = sq > 0 ? cross / sq : 0;
  const params = 2 * segments - 1;
  const phi = Math.min(0.95, Math.max(0, raw + ((1 + 3 * Math.max(0, raw)) * params) / n));
  const sigma = Math.sqrt(ss / Math.max(1, n - segments));
  return { sigma, phi, longRunSigma: sigma * Math.sqrt((1 + phi) / (1 - phi)) };
}

/** Each value minus the mean of its segment (`starts` as `peltMean` returns them). */
function residuals(values: readonly number[], starts: readonly number[]): Float64Array {
  const n = values.length;
  const r = new Float64Array(n);
  const bounds = [0, ...starts, n];
  for (let k = 0; k + 1 < bounds.length; k++) {
    let sum = 0;
    for (let i = bounds[k]!; i < bounds[k + 1]!; i++) sum += values[i]!;
    const m = sum / (bounds[k + 1]! - bounds[k]!);
    for (let i = bounds[k]!; i < bounds[k + 1]!; i++) r[i] = values[i]! - m;
  }
  return r;
}

/**
 * Starts (indices into `values`) of the best segmentation with exactly two changes (least squares,
 * segments ≥ m), or one when the series is too short: a single step, or a dip or bump that
 * returns (a stressful stretch), is then out of the way of the noise estimate.
 */
export function bestTwoSplits(values: readonly number[], m: number): number[] {
  const n = values.length;
  if (n < 2 * m) return [];
  const s1 = new Float64Array(n + 1);
  const s2 = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    s1[i + 1] = s1[i]! + values[i]!;
    s2[i + 1] = s2[i]! + values[i]! * values[i]!;
  }
  const cost = (a: number, b: number) => {
    const d = s1[b]! - s1[a]!;
    return s2[b]! - s2[a]! - (d * d) / (b - a);
  };
  // one[t]: best cost of values[0, t) with one change, and where that change is.
  const head = new Float64Array(n + 1);
  for (let u = m; u <= n; u++) head[u] = cost(0, u);
  const one = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const oneAt = new Int32Array(n + 1);
  for (let t = 2 * m; t <= n; t++) {
    let bestC = Number.POSITIVE_INFINITY;
    let bestU = m;
    const st1 = s1[t]!;
    const st2 = s2[t]!;
    for (let u = m; u <= t - m; u++) {
      const d = st1 - s1[u]!;
      const c = head[u]! + st2 - s2[u]! - (d * d) / (t - u);
      if (c < bestC) {
        bestC = c;
        bestU = u;
      }
    }
    one[t] = bestC;
    oneAt[t] = bestU;
  }
  if (n < 3 * m) return [oneAt[n]!];
  let best = Number.POSITIVE_INFINITY;
  let split: number[] = [];
  for (let t = 2 * m; t <= n - m; t++) {
    const c = one[t]! + cost(t, n);
    if (c < best) {
      best = c;
      split = [oneAt[t]!, t];
    }
  }
  return split;
}

/**
 * Single days that stand out from AR(1) noise around the segments `starts` as additive outliers
 * (one unusual day that does not carry over): the test statistic of Chang, Tiao & Chen (1988),
 * "Estimation of time series parameters in the presence of outliers", Technometrics 30(2), for
 * AR(1): with innovations e_t = r_t − φ·r_{t−1} of the residuals r, the outlier's size is
 * ω̂ = (e_t − φ·e_{t+1}) / (1 + φ²) with standard error σ_ε / √(1 + φ²); σ_ε is taken robustly
 * as 1.4826 × the median |e| (so the outliers do not hide themselves). Days with |λ| = |ω̂| / se > z
 * are returned (indices into `values`). Under the whitened cost such a day would otherwise buy a
 * change: the first day of a segment weighs 1 against the 1 − φ of the others. A real change of
 * level is mostly absorbed by the segments it is screened around, and where not, the days after
 * it carry on at the new level: a step δ gives λ = δ·(1 − φ + φ²)/(√(1 + φ²)·σ_ε), a one-day jolt
 * of the same size δ·√(1 + φ²)/σ_ε, twice as much at φ = 0.8. Only days exactly one apart count.
 */
export function additiveOutliers(
  days: readonly number[],
  values: readonly number[],
  phi: number,
  starts: readonly number[],
  z = 3.5,
): Set<number> {
  const n = values.length;
  const out = new Set<number>();
  if (n < 3 || !(phi > 0)) return out;
  const r = residuals(values, starts);
  const e = new Float64Array(n).fill(Number.NaN);
  for (let i = 1; i < n; i++) if (days[i]! - days[i - 1]! === 1) e[i] = r[i]! - phi * r[i - 1]!;
  const abs = Array.from(e)
    .filter((x) => !Number.isNaN(x))
    .map(Math.abs)
    .sort((a, b) => a - b);
  if (abs.length === 0) return out;
  const s = 1.4826 * abs[abs.length >> 1]!;
  if (!(s > 0)) return out;
  for (let i = 1; i < n; i++) {
    if (Number.isNaN(e[i]!)) continue;
    const next = i + 1 < n && !Number.isNaN(e[i + 1]!) ? e[i + 1]! : null;
    const lambda = next === null ? e[i]! / s : (e[i]! - phi * next) / Math.sqrt(1 + phi * phi) / s;
    if (Math.abs(lambda) > z) out.add(i);
  }
  return out;
}
