/**
 * Seeded pseudo-random numbers, so every Monte Carlo answer can be reproduced from its seed.
 *
 * - `mulberry32` (Tommy Ettinger, 2017; public-domain 32-bit generator): fast, passes
 *   gjrand/PractRand up to a few GB, plenty for permutation tests of a few thousand draws.
 * - Gamma variates by Marsaglia & Tsang (2000), "A simple method for generating gamma
 *   variables", ACM TOMS 26(3); Beta(a, b) as X / (X + Y) with X ~ Gamma(a), Y ~ Gamma(b).
 *
 * @example
 *   const rng = createRng(42);
 *   rng.next();        // a number in [0, 1)
 *   rng.beta(2, 3);    // a Beta(2, 3) draw
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal. */
  normal(): number;
  /** Gamma(shape, 1). */
  gamma(shape: number): number;
  /** Beta(a, b). */
  beta(a: number, b: number): number;
}

/** The mulberry32 generator as a bare function returning uniforms in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded generator with the distributions the statistics need. */
export function createRng(seed: number): Rng {
  const u = mulberry32(seed);
  let spare: number | null = null;
  const normal = (): number => {
    // Marsaglia polar method; keeps the second variate for the next call.
    if (spare !== null) {
      const s = spare;
      spare = null;
      return s;
    }
    let x = 0;
    let y = 0;
    let s = 0;
    do {
      x = 2 * u() - 1;
      y = 2 * u() - 1;
      s = x * x + y * y;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    spare = y * f;
    return x * f;
  };
  const gamma = (shape: number): number => {
    if (!(shape > 0)) throw new RangeError(`gamma shape must be > 0, got ${shape}`);
    if (shape < 1) {
      // Boost: Gamma(a) = Gamma(a + 1) · U^(1/a)  (Marsaglia & Tsang 2000, section 6).
      const g = gamma(shape + 1);
      let v = u();
      while (v === 0) v = u();
      return g * v ** (1 / shape);
    }
    const d = shape - 1 / 3;
    const c = 1 / Math.sqrt(9 * d);
    for (;;) {
      let x = 0;
      let v = 0;
      do {
        x = normal();
        v = 1 + c * x;
      } while (v <= 0);
      v = v * v * v;
      const w = u();
      if (w < 1 - 0.0331 * x * x * x * x) return d * v;
      if (Math.log(w) < 0.5 * x * x + d * (1 - v + Math.log(v))) return d * v;
    }
  };
  return {
    next: u,
    int: (n) => Math.floor(u() * n),
    normal,
    gamma,
    beta: (a, b) => {
      const x = gamma(a);
      const y = gamma(b);
      return x / (x + y);
    },
  };
}
