/**
 * Retention of habits: did a habit reach a strength threshold (say 0.8), and was it still there
 * 30, 90, 180 days in? Works on the habit-strength scores of habit-strength.ts or on any 0–1
 * daily series (missing days null, never filled in).
 *
 * Day h is the h-th day counting the first day as day 1, so "after 90 days" reads index
 * start + 89. A horizon whose day is unrecorded is read from the most recent recorded day up to
 * `toleranceDays` before it; if there is none, that habit is not counted at that horizon.
 *
 * The share of habits retained at a horizon comes with a Wilson (1927) score interval ("Probable
 * inference, the law of succession, and statistical inference", JASA 22), which stays inside
 * 0–1 and behaves well for the handful of habits a couple keeps (Brown, Cai & DasGupta 2001,
 * "Interval estimation for a binomial proportion", Statistical Science 16(2), recommend it for
 * small n). scales.ts computes the same interval inline for the positive-to-negative ratio; the
 * tests check that both agree.
 */
import { normalQuantile } from './distributions.ts';

export interface RetentionOptions {
  /** Score that counts as established. Default 0.8. */
  threshold?: number;
  /** Days after the start at which retention is read. Default [30, 90, 180]. */
  horizons?: readonly number[];
  /** Index of the habit's first day in the series. Default 0. */
  start?: number;
  /** How many days before an unrecorded horizon day a reading may come from. Default 3. */
  toleranceDays?: number;
  /** Confidence level of the intervals. Default 0.95. */
  confidence?: number;
}

export interface HorizonReading {
  /** Horizon in days (day 1 = the first day). */
  days: number;
  /** The score read at the horizon, or null when the series is too short or unrecorded there. */
  value: number | null;
  /** The threshold was reached on or before this day. */
  reached: boolean;
  /** The score at the horizon is at or above the threshold (null when unknown). */
  held: boolean | null;
  /** Reached and never recorded below the threshold since, up to the horizon (null when unknown). */
  unbroken: boolean | null;
}

export interface HabitRetention {
  threshold: number;
  /** Day (1-based, counted from the start) on which the threshold was first reached, or null. */
  firstReachedDay: number | null;
  horizons: HorizonReading[];
  explanation: string;
}

export interface RetentionShare {
  days: number;
  /** Habits with a reading at this horizon. */
  eligible: number;
  /** …of which had reached the threshold by then. */
  reached: number;
  /** …of which were at or above the threshold at the horizon. */
  retained: number;
  /** retained / eligible, null when no habit is old enough. */
  share: number | null;
  /** Wilson score interval for the share. */
  interval: { lower: number; upper: number; level: number } | null;
}

export interface RetentionSummary {
  threshold: number;
  habits: number;
  horizons: RetentionShare[];
  explanation: string;
}

function resolve(options: RetentionOptions) {
  const threshold = options.threshold ?? 0.8;
  const horizons = options.horizons ?? [30, 90, 180];
  const start = options.start ?? 0;
  const toleranceDays = options.toleranceDays ?? 3;
  const confidence = options.confidence ?? 0.95;
  if (!(threshold >= 0 && threshold <= 1)) throw new RangeError(`threshold must be 0–1, got ${threshold}`);
  for (const h of horizons)
    if (!(Number.isInteger(h) && h >= 1)) throw new RangeError(`horizons must be whole days ≥ 1, got ${h}`);
  if (!(Number.isInteger(start) && start >= 0)) throw new RangeError(`start must be a day index ≥ 0`);
  if (!(Number.isInteger(toleranceDays) && toleranceDays >= 0))
    throw new RangeError('toleranceDays must be a whole number ≥ 0');
  if (!(confidence > 0 && confidence < 1)) throw new RangeError('confidence must be between 0 and 1');
  return { threshold, horizons: [...horizons].sort((a, b) => a - b), start, toleranceDays, confidence };
}

/**
 * Wilson (1927) score interval for k successes out of n (Brown, Cai & DasGupta 2001 for its
 * small-n behaviour).
 */
export function wilsonInterval(
  successes: number,
  n: number,
  confidence = 0.95,
): { lower: number; upper: number; level: number } {
  if (!(Number.isInteger(successes) && Number.isInteger(n) && successes >= 0 && successes <= n && n >= 1))
    throw new RangeError(`need whole numbers 0 ≤ successes ≤ n, n ≥ 1; got ${successes} of ${n}`);
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = successes / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half), level: confidence };
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/**
 * When a 0–1 series (habit strength, Loop-style, see habit-strength.ts; or any share) first
 * reached `threshold`, and whether it held at each horizon. The reading rules are in the file
 * comment. Throws a RangeError on values outside 0–1 or invalid options.
 */
export function habitRetention(
  series: readonly (number | null)[],
  options: RetentionOptions = {},
): HabitRetention {
  const { threshold, horizons, start, toleranceDays } = resolve(options);
  series.forEach((v, i) => {
    if (v !== null && !(v >= 0 && v <= 1)) throw new RangeError(`day ${i + 1}: ${v} is outside 0–1`);
  });
  let firstReached: number | null = null;
  for (let i = start; i < series.length; i++) {
    const v = series[i];
    if (v !== null && v !== undefined && v >= threshold) {
      firstReached = i;
      break;
    }
  }
  const readings: HorizonReading[] = horizons.map((days) => {
    const at = start + days - 1;
    const reached = firstReached !== null && firstReached <= at;
    let value: number | null = null;
    if (at < series.length) {
      for (let i = at; i >= Math.max(start, at - toleranceDays); i--) {
        const v = series[i];
        if (v !== null && v !== undefined) {
          value = v;
          break;
        }
      }
    }
    if (value === null) return { days, value, reached, held: null, unbroken: null };
    let unbroken = reached;
    if (reached) {
      for (let i = firstReached!; i <= at; i++) {
        const v = series[i];
        if (v !== null && v !== undefined && v < threshold) {
          unbroken = false;
          break;
        }
      }
    }
    return { days, value, reached, held: value >= threshold, unbroken };
  });
  const result = {
    threshold,
    firstReachedDay: firstReached === null ? null : firstReached - start + 1,
    horizons: readings,
  };
  return { ...result, explanation: explainHabitRetention(result) };
}

function explainHabitRetention(r: Omit<HabitRetention, 'explanation'>): string {
  const t = pct(r.threshold);
  const first =
    r.firstReachedDay === null
      ? `This habit has not reached ${t} strength yet; that usually takes weeks to months, so this is normal early on.`
      : `This habit first reached ${t} strength on day ${r.firstReachedDay}.`;
  const known = r.horizons.filter((h) => h.held !== null);
  if (known.length === 0) return `${first} It has not been tracked long enough to check how it held up.`;
  const last = known.at(-1)!;
  const tail = last.held
    ? `On day ${last.days} it was at ${pct(last.value!)}, still above the line${last.unbroken ? ' without dipping below it since' : ', after some dips along the way'}.`
    : `On day ${last.days} it was at ${pct(last.value!)}, below the line; ${r.firstReachedDay !== null ? 'habits often slip after a busy stretch, and picking it back up counts.' : 'there is still time.'}`;
  return `${first} ${tail}`;
}

/**
 * Share of habits retained (score ≥ threshold) at each horizon, with Wilson (1927) intervals;
 * each series is read as in `habitRetention`. Habits not yet tracked for a horizon are left out
 * of that horizon rather than counted as lost.
 */
export function retentionSummary(
  habits: readonly (readonly (number | null)[])[],
  options: RetentionOptions = {},
): RetentionSummary {
  const { threshold, horizons, confidence } = resolve(options);
  const each = habits.map((h) => habitRetention(h, options));
  const shares: RetentionShare[] = horizons.map((days, k) => {
    const readings = each.map((e) => e.horizons[k]!).filter((h) => h.held !== null);
    const eligible = readings.length;
    const retained = readings.filter((h) => h.held).length;
    return {
      days,
      eligible,
      reached: readings.filter((h) => h.reached).length,
      retained,
      share: eligible > 0 ? retained / eligible : null,
      interval: eligible > 0 ? wilsonInterval(retained, eligible, confidence) : null,
    };
  });
  const result = { threshold, habits: habits.length, horizons: shares };
  return { ...result, explanation: explainRetentionSummary(result) };
}

function explainRetentionSummary(r: Omit<RetentionSummary, 'explanation'>): string {
  const t = pct(r.threshold);
  const parts = r.horizons
    .filter((h) => h.eligible > 0)
    .map((h) => {
      const iv = h.interval!;
      return `after ${h.days} days, ${h.retained} of ${h.eligible} habit${h.eligible === 1 ? ' was' : 's were'} at ${t} strength or more${h.eligible < 20 ? ` (with so few, the long-run share could be anywhere from ${pct(iv.lower)} to ${pct(iv.upper)})` : ` (${pct(h.share!)}, probably between ${pct(iv.lower)} and ${pct(iv.upper)})`}`;
    });
  if (parts.length === 0)
    return `None of your ${r.habits} habit${r.habits === 1 ? ' has' : 's have'} been tracked long enough to check retention yet.`;
  const s = parts.join('; ');
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}. Habits that are not yet tracked that long are left out, not counted as lost.`;
}
