import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ar1Noise } from './change-noise.ts';
import { checkSeries, detectChangePoints, peltMean } from './change-points.ts';
import { createRng } from './random.ts';

/**
 * The changepoint R package's documented example (man/cpt.mean.Rd and tests/testthat/test-examples.R,
 * Killick & Eckley; test 'crops1'/'crops2'):
 *
 *   set.seed(1); x = c(rnorm(50,0,1), rnorm(50,5,1), rnorm(50,10,1), rnorm(50,3,1))
 *   out = cpt.mean(x, pen.value = c(4,1500), penalty = "CROPS", method = "PELT")
 *
 * The values below are those draws, re-generated outside R with R's set.seed scrambling, its
 * Mersenne-Twister and its inversion normal generator (rounded to 12 significant digits); the
 * first ten are R's well-known set.seed(1); rnorm(10): −0.6264538 0.1836433 −0.8356286 …
 * cpt.mean's Normal cost is the plain sum of squares (unit variance assumed), minseglen 1.
 */
const R_EXAMPLE = [
  -0.626453810742, 0.183643324222, -0.83562861241, 1.59528080214, 0.329507771815, -0.820468384118,
  0.487429052428, 0.738324705129, 0.575781351653, -0.305388387156, 1.51178116845, 0.389843236411,
  -0.621240580542, -2.21469988718, 1.12493091814, -0.0449336090152, -0.0161902630989, 0.943836210685,
  0.821221195098, 0.593901321218, 0.918977371608, 0.782136300731, 0.0745649833652, -1.98935169586,
  0.619825747895, -0.056128739529, -0.155795506705, -1.4707523839, -0.478150055109, 0.4179415602,
  1.35867955153, -0.102787727343, 0.387671611559, -0.0538050405829, -1.37705955683, -0.4149945633,
  -0.39428995371, -0.0593133967112, 1.10002537198, 0.763175748458, -0.164523596254, -0.253361680137,
  0.696963375405, 0.556663198674, -0.68875569455, -0.707495156962, 0.364581962137, 0.768532924515,
  -0.11234621215, 0.881107726454, 5.39810588037, 4.38797360675, 5.34111969142, 3.87063690392, 6.4330237017,
  6.98039989851, 4.63277852353, 3.95586537368, 5.56971962744, 4.86494539612, 7.4016177605, 4.96075999727,
  5.68973936245, 5.02800215878, 4.25672679112, 5.18879229951, 3.19504137111, 6.46555486156, 5.15325333821,
  7.17261167036, 5.4755095289, 4.29005356908, 5.61072635349, 4.06590236836, 3.74636659976, 5.29144623552,
  4.55670812678, 5.00110535163, 5.07434132415, 4.41047905381, 4.43133126718, 4.86482138488, 6.17808699657,
  3.47643319957, 5.59394618763, 5.33295037121, 6.06309983728, 4.69581607637, 5.37001880992, 5.26709879077,
  4.45747996901, 6.20786780598, 6.16040261569, 5.70021364951, 6.58683345454, 5.55848642557, 3.72340779154,
  4.42673458576, 3.7753873851, 4.52659936356, 9.37963332278, 10.0421158731, 9.08907835145, 10.1580287724,
  9.34541535608, 11.7672872694, 10.716707476, 10.9101742295, 10.3841853578, 11.6821760805, 9.36426354605,
  9.53835526964, 11.4322822385, 9.34930364669, 9.7926192564, 9.60719207056, 9.68000713145, 9.72088669702,
  10.4941883313, 9.82266951773, 9.49404253789, 11.3430388252, 9.78542059145, 9.82044346996, 9.89980925879,
  10.7126663071, 9.92643559587, 9.96236582853, 9.31833952124, 9.67572972775, 10.0601604404, 9.41110551374,
  10.5314961926, 8.48160591821, 10.3065578608, 8.46355017646, 9.69902387316, 9.47172009555, 9.34790521932,
  9.94310322215, 8.08564057432, 11.176583312, 8.33502756379, 9.53646959853, 8.88407989496, 9.24918099881,
  12.0871665456, 10.0173956197, 8.71369946957, 8.35939446558, 3.45018710127, 2.98144016729, 2.68193162546,
  2.07063785255, 1.51253968986, 1.92480770338, 4.00002880371, 2.3787333052, 1.61557315262, 4.86929062242,
  3.42510037737, 2.76135289909, 4.05848304871, 3.88642265137, 2.38075695177, 5.20610246454, 2.74497296986,
  1.57550534979, 2.85560039805, 3.20753833923, 5.30797839906, 3.10580236789, 3.45699880542, 2.92284706464,
  2.66599915763, 2.96527397169, 3.78763960563, 5.07524500865, 4.02739243876, 4.20790839839, 1.76867657844,
  3.98389557005, 3.21992480366, 1.53274997091, 3.52102274265, 2.84124539528, 4.46458731197, 2.2339180004,
  2.56978824607, 2.07389050262, 2.82289603856, 3.40201177949, 2.26825182688, 3.83037316798, 1.7919172137,
  1.95201558719, 4.44115770684, 1.9841525347, 3.41197471232, 2.61892394889,
];

/** Sum of squares of a segmentation given by its segment starts (after the first). */
function segCost(y: readonly number[], starts: readonly number[]): number {
  const b = [0, ...starts, y.length];
  let c = 0;
  for (let k = 0; k + 1 < b.length; k++) {
    const seg = y.slice(b[k], b[k + 1]);
    const m = seg.reduce((s, v) => s + v, 0) / seg.length;
    c += seg.reduce((s, v) => s + (v - m) ** 2, 0);
  }
  return c;
}

/** Exhaustive optimal partitioning: every subset of start points, minimum segment length m. */
function bruteForce(y: readonly number[], penalty: number, m: number): { starts: number[]; total: number } {
  const n = y.length;
  let best = { starts: [] as number[], total: segCost(y, []) };
  for (let mask = 1; mask < 1 << (n - 1); mask++) {
    const starts: number[] = [];
    for (let i = 1; i < n; i++) if (mask & (1 << (i - 1))) starts.push(i);
    const b = [0, ...starts, n];
    if (b.some((v, k) => k > 0 && v - b[k - 1]! < m)) continue;
    const total = segCost(y, starts) + penalty * starts.length;
    if (total < best.total - 1e-12) best = { starts, total };
  }
  return best;
}

describe('peltMean', () => {
  it("reproduces the changepoint package's documented CROPS example (cpts.full and pen.value.full)", () => {
    expect(R_EXAMPLE).toHaveLength(200);
    expect(R_EXAMPLE.slice(0, 4)).toEqual([-0.626453810742, 0.183643324222, -0.83562861241, 1.59528080214]);
    // R reports the last day of each segment (1-based), which is our 0-based start of the next.
    // Segmentations of cpts.full, from penalty 4 up; each penalty below lies between two of pen.value.full.
    const expected: [number, number[]][] = [
      [4.2, [50, 96, 100, 133, 150, 159, 180]],
      [4.36, [50, 96, 100, 133, 150]],
      [4.5, [50, 100, 133, 150]],
      [100, [50, 100, 150]],
      [600, [50, 150]],
      [1000, [50]],
      [1400, []],
    ];
    const costs = new Map<number, number>();
    for (const [pen, cpts] of expected) {
      const r = peltMean(R_EXAMPLE, pen, 1);
      expect(r.starts).toEqual(cpts);
      expect(r.cost).toBeCloseTo(segCost(R_EXAMPLE, cpts), 8);
      costs.set(cpts.length, r.cost);
    }
    // pen.value.full: the penalties at which the optimal number of changes drops, i.e. the cost
    // differences (C_k − C_k') / (k' − k) between neighbouring optimal segmentations.
    const transitions = [
      [7, 5, 4.332496],
      [5, 4, 4.385247],
      [4, 3, 4.684254],
      [3, 2, 559.366988],
      [2, 1, 646.962719],
      [1, 0, 1311.335695],
    ] as const;
    for (const [k1, k0, pen] of transitions) {
      expect((costs.get(k0)! - costs.get(k1)!) / (k1 - k0)).toBeCloseTo(pen, 5);
    }
  });

  it('equals exhaustive optimal partitioning (Jackson et al. 2005) on random small series', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -5, max: 5, noNaN: true }), { minLength: 1, maxLength: 12 }),
        fc.double({ min: 0, max: 20, noNaN: true }),
        fc.integer({ min: 1, max: 3 }),
        (y, pen, m) => {
          const r = peltMean(y, pen, m);
          const bf = bruteForce(y, pen, m);
          const total = r.cost + pen * r.starts.length;
          expect(total).toBeCloseTo(bf.total, 8);
          expect(r.cost).toBeCloseTo(segCost(y, r.starts), 8);
          const b = [0, ...r.starts, y.length];
          if (y.length >= m)
            for (let k = 1; k < b.length; k++) expect(b[k]! - b[k - 1]!).toBeGreaterThanOrEqual(m);
        },
      ),
      { numRuns: 300, seed: 20240601 },
    );
  });

  it('finds the same segmentation on jumpy step series (planted levels, small noise)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ level: fc.integer({ min: -3, max: 3 }), len: fc.integer({ min: 1, max: 4 }) }), {
          minLength: 1,
          maxLength: 4,
        }),
        fc.integer({ min: 0, max: 1000 }),
        (steps, seed) => {
          const rng = createRng(seed);
          const y = steps.flatMap((s) => Array.from({ length: s.len }, () => s.level + 0.1 * rng.normal()));
          fc.pre(y.length <= 13);
          const r = peltMean(y, 0.5, 2);
          expect(r.cost + 0.5 * r.starts.length).toBeCloseTo(bruteForce(y, 0.5, 2).total, 8);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
  });
});

describe('detectChangePoints', () => {
  it('hand-checked: one step of 4 with noise 0.5', () => {
    // β = 2 · 0.5² · ln 8 ≈ 1.04 < 32, the sum of squares of one segment around the mean 3.
    const r = detectChangePoints([1, 1, 1, 1, 5, 5, 5, 5], { minSegmentLength: 2, sigma: 0.5 });
    expect(r.penalty).toBeCloseTo(0.5 * Math.log(8), 12);
    expect(r.phi).toBe(0); // a given sigma means independent noise
    expect(r.changePoints).toEqual([4]);
    expect(r.segments).toEqual([
      { start: 0, end: 3, mean: 1, n: 4 },
      { start: 4, end: 7, mean: 5, n: 4 },
    ]);
    expect(r.cost).toBe(0);
    expect(r.explanation).toMatch(/around day 5 the average went up from 1\.00 to 5\.00/);
  });

  it('skips missing days without filling them in, and dates a change to its first recorded day', () => {
    const s = [1, null, 1, 1, null, null, 5, 5, null, 5, null];
    const r = detectChangePoints(s, { minSegmentLength: 2, sigma: 0.5 });
    expect(r.observed).toBe(6);
    expect(r.changePoints).toEqual([6]);
    expect(r.changes[0]).toEqual({ day: 6, earliest: 4, before: 1, after: 5 });
    expect(r.segments).toEqual([
      { start: 0, end: 5, mean: 1, n: 3 },
      { start: 6, end: 10, mean: 5, n: 3 },
    ]);
    expect(r.explanation).toMatch(/somewhere from day 5/);
    // Same answer as on the recorded values alone.
    expect(peltMean([1, 1, 1, 5, 5, 5], r.penalty, 2).starts).toEqual([3]);
  });

  it('estimates AR(1) noise around the segment means, so steps do not pass for autocorrelation', () => {
    const rng = createRng(3);
    let x = 0;
    const y = Array.from({ length: 600 }, (_, i) => {
      x = 0.6 * x + 2 * Math.sqrt(1 - 0.36) * rng.normal(); // marginal SD 2, φ = 0.6
      return i % 13 === 5 ? null : (i < 200 ? 0 : i < 400 ? 10 : -5) + x;
    });
    const { days, values } = checkSeries(y);
    const split = [days.findIndex((d) => d >= 200), days.findIndex((d) => d >= 400)];
    const around = ar1Noise(days, values, split);
    expect(around.phi).toBeGreaterThan(0.5);
    expect(around.phi).toBeLessThan(0.7);
    expect(around.sigma).toBeGreaterThan(1.7);
    expect(around.sigma).toBeLessThan(2.3);
    expect(around.longRunSigma).toBeCloseTo(
      around.sigma * Math.sqrt((1 + around.phi) / (1 - around.phi)),
      12,
    );
    // Ignoring the steps, they look like very slow swings: φ near its cap of 0.95.
    expect(ar1Noise(days, values).phi).toBeGreaterThan(0.9);
    // The whole method finds both steps and the autocorrelation.
    const r = detectChangePoints(y);
    expect(r.changePoints).toEqual([201, 400]); // day 200 is unrecorded: dated to day 201
    expect(r.phi).toBeGreaterThan(0.5);
    // Independent noise: φ̂ stays near 0 (never below: clipped, to stay conservative).
    const iid = Array.from({ length: 300 }, () => rng.normal());
    const flat = ar1Noise(
      iid.map((_, i) => i),
      iid,
    );
    expect(flat.phi).toBeGreaterThanOrEqual(0);
    expect(flat.phi).toBeLessThan(0.1);
  });

  it('finds no change in slow AR(1) swings that the independent-noise penalty calls changes', () => {
    // φ = 0.7 like the demo couple's mood: the old penalty 3·σ̂²·ln n with σ̂ from differences
    // found "shifts" in most such series.
    let plain = 0;
    let ours = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const g = createRng(seed);
      let x = 0;
      const y = Array.from({ length: 180 }, () => {
        x = 0.7 * x + g.normal();
        return x;
      });
      const d = y.slice(1).map((v, i) => v - y[i]!);
      const sd = Math.sqrt(d.reduce((s, v) => s + v * v, 0) / d.length / 2);
      if (peltMean(y, 3 * sd * sd * Math.log(180), 7).starts.length > 0) plain++;
      if (detectChangePoints(y).changePoints.length > 0) ours++;
    }
    expect(plain).toBeGreaterThanOrEqual(10);
    expect(ours).toBeLessThanOrEqual(2);
  });

  it('is invariant to shifting (and scaling) all values', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000 }),
        fc.double({ min: -1e4, max: 1e4, noNaN: true }),
        (seed, c) => {
          const rng = createRng(seed);
          const y = Array.from({ length: 80 }, (_, i) =>
            i % 11 === 3 ? null : (i < 30 ? 0 : i < 55 ? 1.5 : 0.5) + rng.normal(),
          );
          const a = detectChangePoints(y);
          const b = detectChangePoints(y.map((v) => (v === null ? null : v + c)));
          const d = detectChangePoints(y.map((v) => (v === null ? null : 3 * v)));
          expect(b.changePoints).toEqual(a.changePoints);
          expect(d.changePoints).toEqual(a.changePoints);
          expect(b.sigma).toBeCloseTo(a.sigma, 6);
          for (const [k, s] of b.segments.entries()) expect(s.mean - c).toBeCloseTo(a.segments[k]!.mean, 6);
        },
      ),
      { numRuns: 50, seed: 11 },
    );
  });

  it('finds no change in seeded noise without a shift', () => {
    const rng = createRng(42);
    const noise = Array.from({ length: 200 }, (_, i) => (i % 7 === 6 ? null : 5 + rng.normal()));
    const r = detectChangePoints(noise);
    expect(r.changePoints).toEqual([]);
    expect(r.segments).toHaveLength(1);
    expect(r.explanation).toMatch(/^No lasting shift/);
    // And rarely across many seeds: at most 2 of 40 noise series get any change point.
    let falseAlarms = 0;
    for (let seed = 100; seed < 140; seed++) {
      const g = createRng(seed);
      const y = Array.from({ length: 120 }, () => g.normal());
      if (detectChangePoints(y).changePoints.length > 0) falseAlarms++;
    }
    expect(falseAlarms).toBeLessThanOrEqual(2);
  });

  it('finds planted changes (steps of 3σ and 2.5σ) within ±2 days, with gaps in the data', () => {
    // Distance from a planted day to a found change, which is dated "somewhere from earliest to day".
    const off = (c: { day: number; earliest: number }, planted: number) =>
      planted >= c.earliest && planted <= c.day
        ? 0
        : Math.min(Math.abs(c.day - planted), Math.abs(c.earliest - planted));
    // Where a step lands is itself uncertain (noise can mimic the new level for a day or two), so
    // over 40 seeded series: both changes always found, ≥ 95 % of them within ±2 days, all within ±7.
    // BIC's penalty (2·ln n) adds a third, small shift now and then: in at most 1 series in 5.
    const offs: number[] = [];
    let extra = 0;
    for (let seed = 1; seed <= 40; seed++) {
      const rng = createRng(seed);
      const y = Array.from({ length: 180 }, (_, i) => {
        const level = i < 60 ? 0 : i < 130 ? 3 : 0.5;
        return rng.next() < 0.1 ? null : level + rng.normal();
      });
      const r = detectChangePoints(y);
      const nearest = (planted: number) =>
        Math.min(...r.changes.map((c) => off(c, planted)), Number.POSITIVE_INFINITY);
      if (r.changes.length > 2) extra++;
      offs.push(nearest(60), nearest(130));
    }
    expect(extra).toBeLessThanOrEqual(8);
    expect(offs.filter((d) => d <= 2).length / offs.length).toBeGreaterThanOrEqual(0.95);
    expect(Math.max(...offs)).toBeLessThanOrEqual(7);
  });

  it('sets one-day outliers aside instead of calling them changes (AR(1) noise)', () => {
    // φ = 0.7 and three single days 5 SD off (a terrible day that does not carry over): under the
    // whitened cost such a day could pass for the first day of a new level.
    let found = 0;
    let flagged = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const g = createRng(500 + seed);
      let x = g.normal();
      const jolts = new Set([30 + g.int(40), 80 + g.int(40), 130 + g.int(40)]);
      const y = Array.from({ length: 180 }, (_, t) => {
        if (t > 0) x = 0.7 * x + Math.sqrt(1 - 0.49) * g.normal();
        return jolts.has(t) ? x + (g.next() < 0.5 ? -5 : 5) : x;
      });
      const r = detectChangePoints(y);
      if (r.changePoints.length > 0) found++;
      flagged += [...jolts].filter((d) => r.outliers.includes(d)).length;
    }
    expect(found).toBeLessThanOrEqual(2);
    expect(flagged).toBeGreaterThanOrEqual(57); // of 60 planted
    // A step is not an outlier: the planted change of the test above is still found.
    const rng = createRng(11);
    let e = rng.normal();
    const step = Array.from({ length: 200 }, (_, t) => {
      if (t > 0) e = 0.8 * e + 0.6 * rng.normal();
      return (t >= 120 ? 2 : 0) + e;
    });
    const r = detectChangePoints(step);
    expect(r.outliers).not.toContain(120);
    expect(r.changePoints.some((d) => Math.abs(d - 120) <= 3)).toBe(true);
  });

  it('needs two minimum-length segments before it can report a change', () => {
    const r = detectChangePoints([0, 0, 0, 9, 9, 9], { minSegmentLength: 4 });
    expect(r.changePoints).toEqual([]);
    expect(r.explanation).toMatch(/not enough yet/);
    expect(detectChangePoints([]).segments).toEqual([]);
    expect(() => detectChangePoints([1, Number.NaN])).toThrow(RangeError);
    expect(() => detectChangePoints([1, 2], { minSegmentLength: 0 })).toThrow(RangeError);
  });
});
