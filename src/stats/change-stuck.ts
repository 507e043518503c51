/**
 * Did a change stick? The days before an intervention and the days after it are segmented
 * separately by PELT (see change-points.ts), and the latest level after is compared with the
 * baseline level before: stuck, reverted to baseline, no change, the opposite, or too early to say.
 */
import {
  type ChangePointOptions,
  type ChangeSegment,
  detectChangePoints,
  fmt,
  seriesNoise,
} from './change-points.ts';
import type { Direction } from './nonoverlap.ts';

export type ChangeStatus = 'stuck' | 'reverted' | 'no change' | 'opposite' | 'too early';

export interface ClassifyChangeOptions extends ChangePointOptions {
  /** Which way the intervention was meant to move the values. Default 'higher'. */
  direction?: Direction;
  /** Smallest difference from baseline that counts as a change. Default σ̂ / 2. */
  minEffect?: number;
  /** Fewest recorded days after the intervention before judging. Default 21. */
  minDaysAfter?: number;
}

export interface ChangeClassification {
  status: ChangeStatus;
  direction: Direction;
  minEffect: number;
  /** The level before the intervention: the last segment of the days before it. */
  baseline: ChangeSegment | null;
  /** Segments from the intervention day on (day indices of the whole series). */
  after: ChangeSegment[];
  /** Latest level minus baseline (null if too early). */
  difference: number | null;
  /**
   * Rough 95 % interval for the difference, ±1.96·σ̂_LR·√(1/n_baseline + 1/n_latest), σ̂_LR the
   * long-run noise SD (so day-to-day carry-over widens it). It ignores that the segments were
   * chosen by the data, so it is still optimistic.
   */
  roughInterval: { lower: number; upper: number } | null;
  sigma: number;
  /** Lag-1 autocorrelation of the noise, from the whole series. */
  phi: number;
  penalty: number;
  recordedDaysAfter: number;
  explanation: string;
}

/**
 * "Did this change stick, or drift back to baseline?" The recorded days before
 * `interventionIndex` and those from it on are segmented separately (`detectChangePoints`;
 * same noise estimate and penalty for both, from the whole series: see `seriesNoise`), so the intervention day is always allowed
 * to be a boundary. Baseline = the last segment before the intervention (the most recent settled
 * level). Then, with d = (segment mean − baseline) in the intended direction:
 *
 * - too early: fewer than `minDaysAfter` recorded days since the intervention, or fewer than
 *   `minSegmentLength` before it;
 * - stuck: the latest segment has d ≥ minEffect;
 * - reverted: an earlier segment after the intervention had d ≥ minEffect, the latest does not;
 * - opposite: no segment moved the intended way and the latest has d ≤ −minEffect;
 * - no change: otherwise.
 *
 * The minimum effect is a practical threshold, not a significance test (compare the smallest
 * worthwhile change of single-case designs); by default σ̂ / 2, half the day-to-day noise.
 */
export function classifyChange(
  series: readonly (number | null)[],
  interventionIndex: number,
  options: ClassifyChangeOptions = {},
): ChangeClassification {
  if (!(Number.isInteger(interventionIndex) && interventionIndex >= 0 && interventionIndex <= series.length))
    throw new RangeError(`intervention day must be a day index 0…${series.length}, got ${interventionIndex}`);
  const direction = options.direction ?? 'higher';
  if (direction !== 'higher' && direction !== 'lower')
    throw new RangeError(`direction must be 'higher' or 'lower', got ${direction}`);
  const m = options.minSegmentLength ?? 7;
  const minDaysAfter = options.minDaysAfter ?? 21;
  const noise = seriesNoise(series, options);
  const { sigma, penalty } = noise;
  const minEffect = options.minEffect ?? sigma / 2;
  if (!(minEffect >= 0)) throw new RangeError(`minimum effect must be ≥ 0, got ${minEffect}`);
  const common = { sigma, penalty, minSegmentLength: m, ...(noise.phi > 0 ? { phi: noise.phi } : {}) };
  const before = detectChangePoints(series.slice(0, interventionIndex), common);
  const afterFit = detectChangePoints(series.slice(interventionIndex), common);
  const after = afterFit.segments.map((s) => ({
    ...s,
    start: s.start + interventionIndex,
    end: s.end + interventionIndex,
  }));
  const baseline = before.segments.at(-1) ?? null;
  const base = {
    direction,
    minEffect,
    baseline,
    after,
    sigma,
    phi: noise.phi,
    penalty,
    recordedDaysAfter: afterFit.observed,
  };
  if (baseline === null || before.observed < m || afterFit.observed < minDaysAfter) {
    const r = { ...base, status: 'too early' as const, difference: null, roughInterval: null };
    return { ...r, explanation: explainClassification(r, minDaysAfter, before.observed) };
  }
  const sign = direction === 'higher' ? 1 : -1;
  const latest = after.at(-1)!;
  const toward = (s: ChangeSegment) => sign * (s.mean - baseline.mean);
  const dLatest = toward(latest);
  const everMoved = after.some((s) => toward(s) >= minEffect);
  const status: ChangeStatus =
    dLatest >= minEffect
      ? 'stuck'
      : everMoved
        ? 'reverted'
        : dLatest <= -minEffect
          ? 'opposite'
          : 'no change';
  const difference = latest.mean - baseline.mean;
  const half = 1.96 * noise.longRunSigma * Math.sqrt(1 / baseline.n + 1 / latest.n);
  const r = {
    ...base,
    status,
    difference,
    roughInterval: { lower: difference - half, upper: difference + half },
  };
  return { ...r, explanation: explainClassification(r, minDaysAfter, before.observed) };
}

/**
 * Whether the rough interval (turned so that positive is the intended direction) reaches across
 * the smallest effect that matters, either way: then the verdict could still change.
 */
export function straddlesMinEffect(
  r: Pick<ChangeClassification, 'direction' | 'minEffect' | 'roughInterval'>,
) {
  const iv = r.roughInterval!;
  const sign = r.direction === 'higher' ? 1 : -1;
  const lo = Math.min(sign * iv.lower, sign * iv.upper);
  const hi = Math.max(sign * iv.lower, sign * iv.upper);
  return (lo < r.minEffect && r.minEffect <= hi) || (lo <= -r.minEffect && -r.minEffect < hi);
}

function explainClassification(
  r: Omit<ChangeClassification, 'explanation'>,
  minDaysAfter: number,
  baselineDays: number,
): string {
  const want = r.direction === 'higher' ? 'up' : 'down';
  if (r.status === 'too early') {
    if (baselineDays === 0)
      return 'There are no recorded days from before the change, so there is nothing to compare with yet.';
    if (r.recordedDaysAfter < minDaysAfter)
      return `It is too early to say: ${r.recordedDaysAfter} recorded day${r.recordedDaysAfter === 1 ? '' : 's'} since the change, and it takes about ${minDaysAfter} to tell a lasting shift from a good or bad patch.`;
    return 'It is too early to say: there are too few recorded days from before the change to know what "usual" looked like.';
  }
  const b = r.baseline!;
  const latest = r.after.at(-1)!;
  const nearLine = straddlesMinEffect(r);
  const since = `Before, the average was ${fmt(b.mean)}; lately (the last ${latest.n} recorded days) it is ${fmt(latest.mean)}.`;
  const caution = nearLine
    ? ' The difference is small next to the day-to-day ups and downs, so this could still change as more days come in.'
    : latest.n < 14
      ? ' The latest stretch is short, so keep an eye on it.'
      : '';
  switch (r.status) {
    case 'stuck':
      return `The change seems to have stuck: ${since} That is still ${want} from where you started.${caution}`;
    case 'reverted': {
      const peak = r.after.reduce((p, s) =>
        (r.direction === 'higher' ? s.mean > p.mean : s.mean < p.mean) ? s : p,
      );
      return `It helped for a while and then drifted back: the average moved to ${fmt(peak.mean)} for ${peak.n} recorded days, but now it is ${fmt(latest.mean)}, close to the ${fmt(b.mean)} from before. That is common; a reminder or a smaller, easier version of the change often brings it back.${caution}`;
    }
    case 'opposite':
      return `So far it has gone the other way: ${since} That may be the change or something else happening at the same time; it is worth talking about together.${caution}`;
    default:
      return `No clear shift yet: ${since} That is within ${fmt(r.minEffect)} of before, the smallest difference we count as a change.${caution}`;
  }
}
