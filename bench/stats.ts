/**
 * Speed of the statistics (issue 4): an ABAB analysis with a 10 000-draw randomization test,
 * and the full lagged credit scan (3 years, 20 actions × 6 outcomes × lags 0–14), each beside
 * a naive loop measured in the same run. Then the seeded calibration rates (issue 12), the same
 * simulations the *.calibration.test.ts files assert on, with more replications here.
 */
import {
  ar1Series,
  calibrateAutomaticity,
  calibrateChangePoints,
  calibrateLaggedCredit,
} from '../src/stats/calibration.ts';
import { detectChangePoints } from '../src/stats/change-points.ts';
import { laggedCredit } from '../src/stats/lagged.ts';
import { createRng } from '../src/stats/random.ts';
import { analyzeExperiment } from '../src/stats/single-case.ts';
import { percentile, type Report, timeRuns } from './harness.ts';

function abab(): { phase: string; value: number }[] {
  const rng = createRng(1);
  return ['A', 'B', 'A', 'B'].flatMap((phase) =>
    Array.from({ length: 14 }, () => ({ phase, value: 5 + (phase === 'B' ? 1 : 0) + rng.normal() })),
  );
}

/** The same randomization test written the obvious way: arrays of phases, slice and reduce. */
function naiveRandomization(rows: { phase: string; value: number }[], draws: number, min: number): number {
  const values = rows.map((r) => r.value);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const stat = (cuts: number[]) => {
    const bounds = [0, ...cuts, values.length];
    const means = bounds.slice(1).map((e, i) => mean(values.slice(bounds[i], e)));
    return (means[1]! + means[3]!) / 2 - (means[0]! + means[2]!) / 2;
  };
  const obs = Math.abs(stat([14, 28, 42]));
  const rng = createRng(2);
  let hits = 0;
  for (let d = 0; d < draws; d++) {
    let cuts: number[];
    do {
      cuts = [rng.int(values.length), rng.int(values.length), rng.int(values.length)].sort((a, b) => a - b);
    } while (
      cuts[0]! < min ||
      cuts[1]! - cuts[0]! < min ||
      cuts[2]! - cuts[1]! < min ||
      values.length - cuts[2]! < min
    );
    if (Math.abs(stat(cuts)) >= obs) hits++;
  }
  return (hits + 1) / (draws + 1);
}

function creditData(days: number, nActions: number, nOutcomes: number) {
  const rng = createRng(3);
  const series = (phi: number) => {
    let x = 0;
    return Array.from({ length: days }, (_, t) => {
      x = phi * x + rng.normal();
      return t % 17 === 3 ? null : x; // some missing days, as in real logs
    });
  };
  const actions = Object.fromEntries(
    Array.from({ length: nActions }, (_, i) => [
      `a${i}`,
      series(0.4).map((x) => (x === null ? null : Math.max(0, Math.round(1 + x)))),
    ]),
  );
  const outcomes = Object.fromEntries(Array.from({ length: nOutcomes }, (_, i) => [`o${i}`, series(0.6)]));
  return { actions, outcomes };
}

/** Naive scan: per pair and lag, its own rotation null with filtered arrays and a fresh Pearson. */
function naiveLagged(
  actions: Record<string, (number | null)[]>,
  outcomes: Record<string, (number | null)[]>,
  maxLag: number,
  rotations: number,
): number {
  const pearson = (xs: number[], ys: number[]) => {
    const n = xs.length;
    const mx = xs.reduce((a, b) => a + b, 0) / n;
    const my = ys.reduce((a, b) => a + b, 0) / n;
    let c = 0;
    let vx = 0;
    let vy = 0;
    for (let i = 0; i < n; i++) {
      c += (xs[i]! - mx) * (ys[i]! - my);
      vx += (xs[i]! - mx) ** 2;
      vy += (ys[i]! - my) ** 2;
    }
    return c / Math.sqrt(vx * vy);
  };
  const rng = createRng(4);
  let count = 0;
  for (const a of Object.values(actions)) {
    for (const o of Object.values(outcomes)) {
      const N = a.length;
      for (let lag = 0; lag <= maxLag; lag++) {
        for (let k = 0; k < rotations; k++) {
          const s = 22 + rng.int(N - 44);
          const pairs = o
            .map((y, t) => [a[(t - s + N) % N]!, y] as const)
            .filter(([x, y]) => x !== null && y !== null) as [number, number][];
          if (
            pearson(
              pairs.map((p) => p[0]),
              pairs.map((p) => p[1]),
            ) > 0.5
          )
            count++;
        }
      }
    }
  }
  return count;
}

export async function run(report: Report): Promise<void> {
  const rows = abab();
  const fast = await timeRuns(
    () => analyzeExperiment(rows, { exactLimit: 0, draws: 10_000, minPhase: 3, seed: 1 }),
    15,
    2,
  );
  const naive = await timeRuns(() => naiveRandomization(rows, 10_000, 3), 5, 1);
  const med = percentile(fast, 50);
  report({
    name: 'ABAB analysis, 4 × 14 days, 10 000-draw randomization test (median)',
    value: med,
    unit: 'ms',
    baseline: { value: percentile(naive, 50), label: 'naive slice/reduce randomization loop' },
    better: 'lower',
    target: '≤ 50 ms',
    ok: med <= 50,
  });

  const { actions, outcomes } = creditData(3 * 365, 20, 6);
  const scan = await timeRuns(
    () => laggedCredit(actions, outcomes, { maxLag: 14, rotations: 300, seed: 1 }),
    3,
    1,
  );
  // The naive scan is run on 1 action × 6 outcomes and scaled ×20 (it would take minutes in full).
  const one = Object.fromEntries(Object.entries(actions).slice(0, 1));
  const naiveScan = await timeRuns(() => naiveLagged(one, outcomes, 14, 300), 1, 0);
  const scanMed = percentile(scan, 50);
  report({
    name: 'lagged credit scan, 3 years × 20 actions × 6 outcomes × lags 0–14, 300 rotations (median)',
    value: scanMed,
    unit: 'ms',
    baseline: {
      value: percentile(naiveScan, 50) * 20,
      label: 'naive per-lag rotation loop, measured on 1/20 and ×20',
    },
    better: 'lower',
    target: '≤ 2000 ms',
    ok: scanMed <= 2000,
  });

  // Change points on three years of daily values (AR(1) φ = 0.7 like daily mood, 5 % missing, a
  // step halfway): the whitened search with its noise estimate, beside PELT told the noise (φ = 0).
  const crng = createRng(5);
  const years = Array.from({ length: 10 }, () =>
    ar1Series(crng, 3 * 365, 0.7, 0.05).map((v, t) => (v === null ? null : t >= 547 ? v + 1 : v)),
  );
  const whitened = await timeRuns(() => years.map((y) => detectChangePoints(y)), 5, 1);
  const pelt = await timeRuns(() => years.map((y) => detectChangePoints(y, { sigma: 1 })), 5, 1);
  const per = percentile(whitened, 50) / years.length;
  report({
    name: 'change points, 3 years of daily values, AR(1) noise estimated (median per series)',
    value: per,
    unit: 'ms',
    baseline: {
      value: percentile(pelt, 50) / years.length,
      label: 'PELT with the noise given as independent',
    },
    better: 'lower',
    target: '≤ 100 ms',
    ok: per <= 100,
  });

  calibration(report);
}

const REPS = Number(process.env.BENCH_CALIBRATION_REPS ?? 500);

/** The calibration rates, each against the promise it is judged by (in %). */
function calibration(report: Report): void {
  const pct = (x: number) => Math.round(1000 * x) / 10;
  for (const r of calibrateChangePoints(REPS, 5000)) {
    report({
      name: `change points, AR(1) φ = ${r.phi}, ${REPS} series without a change: any change point (90–180 days ${pct(r.short.falseAlarm)} %, 181–365 days ${pct(r.long.falseAlarm)} %)`,
      value: pct(r.falseAlarm),
      unit: '%',
      better: 'lower',
      target: '≤ 10 %',
      ok: r.falseAlarm <= 0.1,
    });
    report({
      name: `change points, AR(1) φ = ${r.phi}, ${REPS} series with a 1.5-SD shift: found within 14 days (90–180 days ${pct(r.short.found)} %, 181–365 days ${pct(r.long.found)} %; found only further away ${pct(r.elsewhere)} %)`,
      value: pct(r.found),
      unit: '%',
      better: 'higher',
      target: '≥ 80 %',
      ok: r.found >= 0.8,
    });
  }
  // What the search reaches when told the true φ and σ (and the best penalty): a bound, no target.
  for (const r of calibrateChangePoints(REPS, 5000, true))
    report({
      name: `change points, oracle (true φ and σ), AR(1) φ = ${r.phi}: false alarm ${pct(r.falseAlarm)} %, 1.5-SD shift found within 14 days (90–180 days ${pct(r.short.found)} %, 181–365 days ${pct(r.long.found)} %)`,
      value: pct(r.found),
      unit: '%',
      better: 'higher',
    });
  const credit = calibrateLaggedCredit(REPS, 0.3, 6000);
  for (const r of credit.nulls)
    report({
      name: `lagged credit, null "${r.scenario}", ${REPS} datasets: any discovery at q < .05`,
      value: pct(r.anyDiscovery),
      unit: '%',
      better: 'lower',
      target: '≤ 10 %',
      ok: r.anyDiscovery <= 0.1,
    });
  report({
    name: `lagged credit, lag-1 effect 0.3 per action on a shared trend, ${REPS} datasets: found`,
    value: pct(credit.plantedFound),
    unit: '%',
    better: 'higher',
    target: '≥ 70 %',
    ok: credit.plantedFound >= 0.7,
  });
  const auto = calibrateAutomaticity(2 * REPS, 0.8, 7000);
  report({
    name: `automaticity 80 % interval, ${2 * REPS} simulated habits: coverage of the true day95`,
    value: pct(auto.coverage),
    unit: '%',
    better: 'higher',
    target: '70–90 %',
    ok: Math.abs(auto.coverage - 0.8) <= 0.1,
  });
}
