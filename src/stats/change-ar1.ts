/**
 * Segmentation of a daily series whose noise is AR(1): the least-squares cost on the whitened
 * series (generalised least squares), so that a slow swing is judged as the autocorrelated noise
 * it is, and a change of level is located by the days right after it, where it shows most.
 *
 * With noise e_t = φ·e_{t−1} + ε_t and a level μ_t, the whitened value
 * z_t = y_t − φ^g·y_{t−g} (g days after the previous recorded day) has mean μ_t − φ^g·μ_{t−g} and
 * variance σ_ε²·(1 − φ^{2g})/(1 − φ²); each is scaled to variance σ_ε². Inside a segment its mean is
 * (1 − φ^g)·μ, a weighted least-squares fit of μ. The first day of a segment is where the level
 * moved: its mean is μ_new − φ^g·μ_previous, and the previous segment's mean is plugged in (so
 * the day that carries most of the evidence of a change is not thrown away, as whitening alone
 * would; Chakar, Lebarbier, Lévy-Leduc & Robin 2017, "A robust approach for estimating change-points
 * in the mean of an AR(1) process", Bernoulli 23(2), treat it as an outlier). The series' first day
 * has the stationary variance σ_ε²/(1 − φ²). With φ = 0 this is the plain squared-error cost.
 *
 * The plug-in makes a segment's cost depend on the one before it, so PELT's pruning no longer
 * holds: the search is optimal partitioning (Jackson et al. 2005) over the recorded days, O(n²),
 * about 30 ms for three years of days on a shared two-core machine (`npm run bench stats`).
 */

interface Whitened {
  /** Prefix sums of the scaled whitened values (target) and their coefficients on the mean (coef): sums of target², target·coef and coef² over days 1…i−1. */
  tt: Float64Array;
  tc: Float64Array;
  cc: Float64Array;
  /**
   * Per day i ≥ 1: the scaled whitened value, its scale w and w·φ^g (a segment starting at i adds
   * w·φ^g times the previous mean to its first value).
   */
  target: Float64Array;
  w: Float64Array;
  wpg: Float64Array;
  first: { target: number; weight: number };
}

function whiten(days: readonly number[], values: readonly number[], phi: number): Whitened {
  const n = values.length;
  const target = new Float64Array(n);
  const coef = new Float64Array(n);
  const ws = new Float64Array(n);
  const wpg = new Float64Array(n);
  const scale = (g: number) => {
    const pg = phi ** g;
    // (1 − φ^{2g}) / (1 − φ²) = 1 + φ² + … + φ^{2(g−1)}: the variance of g innovations.
    let v = 0;
    for (let k = 0; k < g; k++) v += phi ** (2 * k);
    return { pg, w: 1 / Math.sqrt(v) };
  };
  for (let i = 1; i < n; i++) {
    const { pg, w } = scale(days[i]! - days[i - 1]!);
    target[i] = w * (values[i]! - pg * values[i - 1]!);
    coef[i] = w * (1 - pg);
    ws[i] = w;
    wpg[i] = w * pg;
  }
  const tt = new Float64Array(n + 1);
  const tc = new Float64Array(n + 1);
  const cc = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    tt[i + 1] = tt[i]! + target[i]! * target[i]!;
    tc[i + 1] = tc[i]! + target[i]! * coef[i]!;
    cc[i + 1] = cc[i]! + coef[i]! * coef[i]!;
  }
  const s = Math.sqrt(1 - phi * phi);
  return {
    tt,
    tc,
    cc,
    target,
    w: ws,
    wpg,
    first: n > 0 ? { target: s * values[0]!, weight: s } : { target: 0, weight: 1 },
  };
}

/** Cost and fitted mean of values[a, b) given the previous segment's mean. */
function segmentFit(w: Whitened, a: number, b: number, previousMean: number) {
  // The first day: the whitened value with the previous mean put back (no allocation here: the
  // search calls this O(n²) times).
  const ht = a === 0 ? w.first.target : w.target[a]! + w.wpg[a]! * previousMean;
  const hw = a === 0 ? w.first.weight : w.w[a]!;
  const A = w.tt[b]! - w.tt[a + 1]! + ht * ht;
  const B = w.tc[b]! - w.tc[a + 1]! + ht * hw;
  const D = w.cc[b]! - w.cc[a + 1]! + hw * hw;
  return { cost: Math.max(0, A - (B * B) / D), mean: B / D };
}

/**
 * The segmentation of `values` (recorded on `days`) minimising the whitened cost plus
 * `penalty` per change, segments of at least `m` recorded days. Returns segment starts after the
 * first (indices into `values`) and the whitened cost, whose scale is σ_ε² per day.
 */
export function ar1Segment(
  days: readonly number[],
  values: readonly number[],
  phi: number,
  penalty: number,
  m: number,
): { starts: number[]; cost: number } {
  const n = values.length;
  if (n === 0) return { starts: [], cost: 0 };
  const w = whiten(days, values, phi);
  if (n < 2 * m) return { starts: [], cost: segmentFit(w, 0, n, 0).cost };
  const F = new Float64Array(n + 1).fill(Number.POSITIVE_INFINITY);
  const last = new Int32Array(n + 1).fill(-1);
  const mean = new Float64Array(n + 1);
  F[0] = -penalty;
  for (let t = m; t <= n; t++) {
    let best = Number.POSITIVE_INFINITY;
    for (let a = 0; a <= t - m; a = a === 0 ? m : a + 1) {
      if (F[a] === Number.POSITIVE_INFINITY) continue;
      const fit = segmentFit(w, a, t, mean[a]!);
      const v = F[a]! + fit.cost + penalty;
      // Ties go to the earlier start: fewer, longer segments.
      if (v < best) {
        best = v;
        last[t] = a;
        mean[t] = fit.mean;
      }
    }
    F[t] = best;
  }
  const starts: number[] = [];
  for (let t = n; last[t]! > 0; t = last[t]!) starts.push(last[t]!);
  starts.reverse();
  return { starts, cost: ar1Cost(days, values, phi, starts) };
}

/** The whitened cost of a given segmentation (`starts` as `ar1Segment` returns them). */
export function ar1Cost(
  days: readonly number[],
  values: readonly number[],
  phi: number,
  starts: readonly number[],
): number {
  const n = values.length;
  if (n === 0) return 0;
  const w = whiten(days, values, phi);
  const bounds = [0, ...starts, n];
  let total = 0;
  let previousMean = 0;
  for (let k = 0; k + 1 < bounds.length; k++) {
    const fit = segmentFit(w, bounds[k]!, bounds[k + 1]!, previousMean);
    total += fit.cost;
    previousMean = fit.mean;
  }
  return total;
}
