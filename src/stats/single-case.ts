/**
 * Analysis of a couple's AB / ABAB experiment: effect sizes per A→B pair, pooled values, the
 * randomization test and a verdict in plain words from a rule fixed before the data are seen.
 */
import { mean, normalQuantile, variance } from './distributions.ts';
import {
  type Direction,
  type Interval,
  type NapResult,
  nap,
  type TauBCResult,
  type TauResult,
  type TauUResult,
  tau,
  tauBC,
  tauU,
} from './nonoverlap.ts';
import { type RandomizationResult, type RandomizationStatistic, randomizationTest } from './randomization.ts';

export interface PhaseObservation {
  /** `A`/`B`, optionally numbered (`A1`, `B2`); consecutive equal conditions form one phase. */
  phase: string;
  /** The day's value; null for a day of the phase without a recording. */
  value: number | null;
}

export interface Phase {
  condition: 'A' | 'B';
  /** The label as given on the phase's first row. */
  label: string;
  /** Index of the first observation. */
  start: number;
  /** Days in the phase, recorded or not (what a randomized schedule counts). */
  days: number;
  /** The recorded values. */
  values: number[];
}

/**
 * Splits observations in time order into phases. A new phase starts whenever the condition
 * changes, or when an explicit number changes (`A1`, `A2` back to back are two phases).
 * Throws a `RangeError` with a specific message on labels other than A/B or phases with
 * fewer than two values.
 */
export function splitPhases(rows: readonly PhaseObservation[]): Phase[] {
  const phases: Phase[] = [];
  let prevLabel = '';
  rows.forEach((row, i) => {
    const label = String(row.phase).trim().toUpperCase();
    const match = /^([AB])\s*(\d*)$/.exec(label);
    if (!match)
      throw new RangeError(
        `row ${i + 1}: phase "${row.phase}" is not A or B (optionally numbered, like A1, B2)`,
      );
    const condition = match[1] as 'A' | 'B';
    const last = phases[phases.length - 1];
    if (!last || last.condition !== condition || (label !== prevLabel && match[2] !== '')) {
      phases.push({ condition, label, start: i, days: 0, values: [] });
    }
    const phase = phases[phases.length - 1]!;
    phase.days++;
    if (row.value !== null) phase.values.push(row.value);
    prevLabel = label;
  });
  for (const p of phases) {
    if (p.values.length < 2) {
      throw new RangeError(
        `phase ${p.label} starting at row ${p.start + 1} has ${p.values.length === 1 ? 'only one value' : 'no values'}; every phase needs at least two`,
      );
    }
  }
  if (phases.length < 2) throw new RangeError('the series needs at least one A phase followed by a B phase');
  if (phases[0]!.condition !== 'A') throw new RangeError('the series must start with a baseline phase A');
  return phases;
}

export interface SmdResult {
  /** Hedges' g with the baseline SD (SingleCaseES `SMD`, `std_dev = "baseline"`), improvement-signed. */
  estimate: number | null;
  se: number | null;
  ci: Interval | null;
  baselineSd: number;
}

/**
 * Within-case standardized mean difference (Busk & Serlin 1992; small-sample correction of
 * Hedges 1981): g = J · (mean B − mean A) / SD_A, J = 1 − 3 / (4(m − 1) − 1), SE =
 * J·√(1/m + s²_B/(n·s²_A) + g²/(2(m − 1))), as SingleCaseES computes it. Positive means
 * improvement. Null when the baseline does not vary (the SD would be 0).
 */
export function smd(
  a: readonly number[],
  b: readonly number[],
  direction: Direction = 'higher',
  confidence = 0.95,
): SmdResult {
  const m = a.length;
  const n = b.length;
  const va = variance(a);
  const vb = variance(b);
  const sd = Math.sqrt(va);
  if (!(va > 0)) return { estimate: null, se: null, ci: null, baselineSd: sd };
  const df = m - 1;
  const j = 1 - 3 / (4 * df - 1);
  let g = (j * (mean(b) - mean(a))) / sd;
  if (direction === 'lower') g = -g;
  const se = j * Math.sqrt(1 / m + vb / (n * va) + (g * g) / (2 * df));
  const z = normalQuantile(1 - (1 - confidence) / 2);
  return {
    estimate: g,
    se,
    ci: { lower: g - z * se, upper: g + z * se, level: confidence, method: 'normal approximation, g ± z·SE' },
    baselineSd: sd,
  };
}

export interface PairResult {
  /** e.g. "A1→B1". */
  label: string;
  nA: number;
  nB: number;
  meanA: number;
  meanB: number;
  /** mean B − mean A on the original scale (not direction-adjusted). */
  meanDifference: number;
  nap: NapResult;
  tau: TauResult;
  tauU: TauUResult;
  tauBC: TauBCResult;
  smd: SmdResult;
}

export interface ExperimentOptions {
  direction?: Direction;
  /**
   * Minimum phase length of the rule the phase starts were drawn with at random. Without it there
   * is no randomization premise: no p-value, and the verdict cannot be "helps" or "hurts".
   */
  minPhase?: number;
  /** Phase centre for the randomization statistic. Default 'mean'. */
  statistic?: RandomizationStatistic;
  seed?: number;
  draws?: number;
  exactLimit?: number;
  /** Significance level of the decision rule. Default 0.05. */
  alpha?: number;
  /** NAP needed to call an effect meaningful (Parker & Vannest 2009: < .66 is weak). Default 0.66. */
  napThreshold?: number;
}

export type Verdict = 'helps' | 'hurts' | 'not enough evidence';

export interface ExperimentResult {
  design: string;
  direction: Direction;
  pairs: PairResult[];
  pooled: {
    /** Share of improving A×B pairs over all pairs of all A→B contrasts (weighted by m·n). */
    nap: { estimate: number; se: number; ci: Interval };
    tau: { estimate: number; ci: Interval };
    /** Σ(S_AB − S_trendA) / Σ m·n over the pairs (Parker et al. 2011 combine by summing S). */
    tauU: number;
    /** m·n-weighted mean of the pairs' Tau-BC. */
    tauBC: number;
    /** Mean of the pairs' mean differences, original scale. */
    meanDifference: number;
    /** Inverse-variance (fixed-effect) mean of the pairs' g. */
    smd: { estimate: number | null; se: number | null; ci: Interval | null };
  };
  /**
   * The randomization test in the intended direction, with `pOpposite` the one-sided p the other
   * way; null when no randomization premise was given.
   */
  randomization: (RandomizationResult & { minPhase: number; pOpposite: number }) | null;
  rule: string;
  verdict: Verdict;
  reason: string;
  explanation: string;
}

/**
 * Runs the whole experiment analysis. The decision rule, fixed before the data: "helps" when
 * the randomization p < alpha and the pooled NAP ≥ napThreshold in the improvement direction;
 * "hurts" when p < alpha and NAP ≤ 1 − napThreshold; otherwise "not enough evidence".
 */
export function analyzeExperiment(
  rows: readonly PhaseObservation[],
  options: ExperimentOptions = {},
): ExperimentResult {
  const direction = options.direction ?? 'higher';
  const alpha = options.alpha ?? 0.05;
  const napThreshold = options.napThreshold ?? 0.66;
  for (const [i, r] of rows.entries()) {
    if (r.value !== null && !Number.isFinite(r.value))
      throw new RangeError(`row ${i + 1}: value "${r.value}" is not a number`);
  }
  const phases = splitPhases(rows);
  const pairs: PairResult[] = [];
  for (let i = 0; i + 1 < phases.length; i++) {
    const pa = phases[i]!;
    const pb = phases[i + 1]!;
    if (pa.condition !== 'A' || pb.condition !== 'B') continue;
    const k = pairs.length + 1;
    pairs.push({
      label: `A${k}→B${k}`,
      nA: pa.values.length,
      nB: pb.values.length,
      meanA: mean(pa.values),
      meanB: mean(pb.values),
      meanDifference: mean(pb.values) - mean(pa.values),
      nap: nap(pa.values, pb.values, direction),
      tau: tau(pa.values, pb.values, direction),
      tauU: tauU(pa.values, pb.values, direction),
      tauBC: tauBC(pa.values, pb.values, direction),
      smd: smd(pa.values, pb.values, direction),
    });
  }
  const totalPairs = pairs.reduce((s, p) => s + p.nap.pairs, 0);
  const napEst = pairs.reduce((s, p) => s + p.nap.credit, 0) / totalPairs;
  const napSe = Math.sqrt(pairs.reduce((s, p) => s + (p.nap.pairs / totalPairs) ** 2 * p.nap.se ** 2, 0));
  const z = normalQuantile(0.975);
  const napCi: Interval =
    pairs.length === 1
      ? pairs[0]!.nap.ci
      : {
          lower: Math.max(0, napEst - z * napSe),
          upper: Math.min(1, napEst + z * napSe),
          level: 0.95,
          method:
            'normal approximation with the pairs’ unbiased SEs combined (pairs independent), clipped to [0, 1]',
        };
  const smdPairs = pairs.filter((p) => p.smd.estimate !== null && p.smd.se !== null && p.smd.se > 0);
  let pooledSmd: ExperimentResult['pooled']['smd'] = { estimate: null, se: null, ci: null };
  if (smdPairs.length > 0) {
    const w = smdPairs.map((p) => 1 / p.smd.se! ** 2);
    const sw = w.reduce((s, x) => s + x, 0);
    const est = smdPairs.reduce((s, p, i) => s + w[i]! * p.smd.estimate!, 0) / sw;
    const se = 1 / Math.sqrt(sw);
    pooledSmd = {
      estimate: est,
      se,
      ci: {
        lower: est - z * se,
        upper: est + z * se,
        level: 0.95,
        method: 'fixed-effect inverse-variance mean, ± z·SE',
      },
    };
  }
  const shortest = Math.min(...phases.map((p) => p.days));
  const minPhase = options.minPhase;
  if (minPhase !== undefined && minPhase > shortest) {
    throw new RangeError(
      `minimum phase length ${minPhase} is longer than the shortest observed phase (${shortest} days)`,
    );
  }
  const runTest = (d: Direction) =>
    randomizationTest(
      rows.map((r) => r.value),
      phases.map((p) => p.condition),
      phases.map((p) => p.days),
      {
        minPhase: minPhase!,
        direction: d,
        statistic: options.statistic,
        seed: options.seed,
        draws: options.draws,
        exactLimit: options.exactLimit,
      },
    );
  const rand =
    minPhase === undefined
      ? null
      : {
          ...runTest(direction),
          minPhase,
          pOpposite: runTest(direction === 'higher' ? 'lower' : 'higher').p,
        };
  const rule = `decided before the data: "helps" if the randomization p in the intended direction is below ${alpha} and NAP ≥ ${napThreshold}; "hurts" if the p the other way is below ${alpha} and NAP ≤ ${round(1 - napThreshold, 2)}; otherwise "not enough evidence"`;
  let verdict: Verdict = 'not enough evidence';
  let reason: string;
  if (rand === null) {
    reason =
      'no randomization premise was given (the phase starts were not drawn at random by a recorded rule), so there is no p-value to decide with; the effect sizes describe the data only';
  } else if (rand.p < alpha && napEst >= napThreshold) {
    verdict = 'helps';
    reason = `p = ${round(rand.p, 3)} is below ${alpha} and NAP = ${round(napEst, 2)} is at least ${napThreshold}`;
  } else if (rand.pOpposite < alpha && napEst <= 1 - napThreshold) {
    verdict = 'hurts';
    reason = `p = ${round(rand.pOpposite, 3)} (the other way) is below ${alpha} and NAP = ${round(napEst, 2)} is at most ${round(1 - napThreshold, 2)}`;
  } else if (rand.smallestPossibleP >= alpha) {
    reason = `with ${rand.assignments} possible schedules, no result could reach p < ${alpha}; longer phases or more of them are needed`;
  } else if (rand.p >= alpha) {
    reason = `p = ${round(rand.p, 3)} is not below ${alpha}: a difference this size turns up often by chance`;
  } else {
    reason = `p = ${round(rand.p, 3)} is below ${alpha}, but NAP = ${round(napEst, 2)} is too close to 0.5 to count as a clear change`;
  }
  const design = phases.map((p) => p.condition).join('');
  const result: ExperimentResult = {
    design,
    direction,
    pairs,
    pooled: {
      nap: { estimate: napEst, se: napSe, ci: napCi },
      tau: {
        estimate: 2 * napEst - 1,
        ci: {
          ...napCi,
          lower: 2 * napCi.lower - 1,
          upper: 2 * napCi.upper - 1,
          method: `2·NAP − 1 of: ${napCi.method}`,
        },
      },
      tauU: pairs.reduce((s, p) => s + p.tauU.sAB - p.tauU.sTrendA, 0) / totalPairs,
      tauBC: pairs.reduce((s, p) => s + p.tauBC.estimate * p.nap.pairs, 0) / totalPairs,
      meanDifference: mean(pairs.map((p) => p.meanDifference)),
      smd: pooledSmd,
    },
    randomization: rand,
    rule,
    verdict,
    reason,
    explanation: '',
  };
  result.explanation = explainExperiment(result);
  return result;
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

/** The plain-words text the app shows under an experiment's chart. */
export function explainExperiment(r: ExperimentResult): string {
  const n = r.pairs.length;
  const napPct = Math.round(r.pooled.nap.estimate * 100);
  const lo = Math.round(r.pooled.nap.ci.lower * 100);
  const hi = Math.round(r.pooled.nap.ci.upper * 100);
  const better = r.direction === 'higher' ? 'higher' : 'lower';
  const times =
    n === 1 ? 'the one time you tried the change' : `the ${n} times you tried the change and went back`;
  const days = r.pairs.reduce((s, p) => s + p.nA + p.nB, 0);
  const lines = [
    `Over ${times}, we compared every "change" day with every "usual" day. In ${napPct}% of those comparisons the change day was ${better} (NAP ${round(r.pooled.nap.estimate, 2)}; 50% would mean no difference). The true share is probably between ${lo}% and ${hi}%.`,
    r.randomization === null
      ? 'The phase start days were not drawn at random, so there is no shuffle test to say how often chance alone would give a difference this large.'
      : `The phase start days were drawn at random, so a shuffle test can ask how often another draw of those days would give a difference this large by chance: about ${r.randomization.p < 0.001 ? 'less than 1 in 1,000' : `${Math.max(1, Math.round(r.randomization.p * 100))} in 100`} times (p = ${round(r.randomization.p, 3)}).`,
  ];
  if (r.verdict === 'helps') lines.push(`By the rule we set before looking, this change helps: ${r.reason}.`);
  else if (r.verdict === 'hurts')
    lines.push(
      `By the rule we set before looking, this change made things worse: ${r.reason}. That is useful to know, not a failure.`,
    );
  else
    lines.push(
      `By the rule we set before looking, there is not enough evidence yet either way: ${r.reason}.`,
    );
  if (days < 28 || hi - lo > 40)
    lines.push(
      `With ${days} days of data these numbers are still uncertain; another round of A and B would sharpen them.`,
    );
  return lines.join(' ');
}
