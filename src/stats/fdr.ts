/**
 * Benjamini–Hochberg false-discovery-rate control (Benjamini & Hochberg 1995, "Controlling the
 * false discovery rate: a practical and powerful approach to multiple testing", JRSS B 57(1)).
 * Valid for independent or positively dependent tests (Benjamini & Yekutieli 2001), which
 * covers the same action–outcome pair tested at neighbouring lags.
 */

export interface BhResult {
  /** BH-adjusted p-values ("q-values" in the sense of R's `p.adjust(method = "BH")`), input order; null stays null. */
  q: (number | null)[];
  /** Whether each hypothesis is a discovery at level `alpha`. */
  rejected: boolean[];
  discoveries: number;
  /** The largest p-value declared a discovery, or null when there are none. */
  pCutoff: number | null;
  /** Number of hypotheses tested (non-null p-values). */
  m: number;
}

/**
 * Step-up BH at level `alpha`: with sorted p(1) ≤ … ≤ p(m), reject H(1…k) for the largest k with
 * p(k) ≤ k·alpha/m. Null p-values (tests that could not be run) are left out of m.
 *
 * @example benjaminiHochberg([0.01, 0.04, 0.03], 0.05).discoveries // 3 (0.04 ≤ 3·0.05/3)
 */
export function benjaminiHochberg(ps: readonly (number | null)[], alpha = 0.05): BhResult {
  const idx: number[] = [];
  ps.forEach((p, i) => {
    if (p !== null) {
      if (!(p >= 0 && p <= 1)) throw new RangeError(`p-value out of [0, 1]: ${p}`);
      idx.push(i);
    }
  });
  const m = idx.length;
  idx.sort((a, b) => ps[a]! - ps[b]!);
  const q: (number | null)[] = ps.map(() => null);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const i = idx[r]!;
    running = Math.min(running, (ps[i]! * m) / (r + 1));
    q[i] = running;
  }
  let k = 0;
  for (let r = 0; r < m; r++) if (ps[idx[r]!]! <= ((r + 1) * alpha) / m) k = r + 1;
  const rejected = ps.map(() => false);
  for (let r = 0; r < k; r++) rejected[idx[r]!] = true;
  return { q, rejected, discoveries: k, pCutoff: k > 0 ? ps[idx[k - 1]!]! : null, m };
}
