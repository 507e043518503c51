/**
 * Lapse detection for an anchor: "has its rate dropped below its floor?" as a rate test, never
 * one missed day. Pure.
 *
 * An anchor promises `times` in every `days` (its floor, e.g. 1 in 7). Time is cut into periods
 * of `days` days counted back from the day tested; a period is kept when it holds at least
 * `times` check-offs. The couple's own record of the periods before ("baseline") gives a
 * Beta(1 + kept, 1 + missed) posterior for the chance a period is kept; the recent window's kept
 * count K of n is then judged by the posterior predictive, a beta-binomial:
 *
 *   p = P(K ≤ k | n, α, β),  P(K = j) = C(n, j) · B(j + α, n − j + β) / B(α, β)
 *
 * (a prior-predictive check, Box 1980, "Sampling and Bayes' inference in scientific modelling",
 * JRSS A 143; the beta-binomial: Skellam 1948, JRSS B 10). The baseline's uncertainty is part of
 * p, so a short record flags less readily than a long one. The range shown for the usual rate is
 * the Wilson (1927) score interval, JASA 22. A lapse is flagged when p < `alpha` (default 0.10:
 * two weeks are little evidence, and an early gentle word costs less than a lapse noticed late).
 * While a lapse lasts, the baseline stays the one from before it, so a long lapse does not become
 * the new normal and quietly "end".
 *
 * The recent window is at least two periods and at least 14 days, and a lapse needs at least two
 * missed periods in it, so a single missed day (or week) is never a lapse. `lapse.test.ts` calibrates the false alarms on a kept anchor and the
 * detection delay on a lapsed one by seeded simulation.
 */
import { addDays } from '../dates.ts';

export interface LapseOptions {
  /** The floor: at least `times` … */
  times: number;
  /** … in every `days` days. */
  days: number;
  /** The first day the anchor counted. */
  start: string;
  /** Sorted or not; duplicates ignored. */
  keptDates: readonly string[];
  alpha?: number;
}

export interface LapseCheck {
  date: string;
  /** Whether there is enough record to judge (at least MIN_BASELINE periods before the window). */
  judged: boolean;
  recent: { kept: number; periods: number; from: string };
  baseline: { kept: number; periods: number; low: number; high: number };
  /** The beta-binomial predictive probability of keeping this few or fewer; 1 when not judged. */
  p: number;
  lapsed: boolean;
  /** The day after the last check-off before the recent window's first missed period: when the lapse likely began. */
  likelyFrom: string | null;
}

export interface Lapse {
  from: string;
  flaggedOn: string;
  /** The first day the rate was back in line; null while the lapse lasts. */
  until: string | null;
}

export const MIN_BASELINE = 4;
export const BASELINE_DAYS = 182;
export const RECENT_DAYS = 14;
export const ALPHA = 0.1;

type Baseline = { kept: number; periods: number };

export function recentPeriods(days: number): number {
  return Math.max(2, Math.ceil(RECENT_DAYS / days));
}

/** P(K ≤ k) for K ~ BetaBinomial(n, a, b), by exact products (n is small). */
export function betaBinomialCdf(k: number, n: number, a: number, b: number): number {
  let total = 0;
  for (let j = 0; j <= k; j++) {
    let term = 1;
    // C(n, j) · Π(a + i) · Π(b + i) / Π(a + b + i), multiplied in a stable order.
    for (let i = 0; i < j; i++) term *= ((n - i) / (i + 1)) * ((a + i) / (a + b + i));
    for (let i = 0; i < n - j; i++) term *= (b + i) / (a + b + j + i);
    total += term;
  }
  return Math.min(1, total);
}

/** The Wilson score interval for x of n at 95 %. */
export function wilson(x: number, n: number, z = 1.959964): { low: number; high: number } {
  if (n === 0) return { low: 0, high: 1 };
  const p = x / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

/**
 * Days since 1970-01-01 of a YYYY-MM-DD date, by arithmetic (Hinnant's days_from_civil): the
 * anchors screen converts every kept day, and Date.parse on a built string was its hot spot.
 */
export function dayNumber(date: string): number {
  const digit = (i: number) => date.charCodeAt(i) - 48;
  let y = digit(0) * 1000 + digit(1) * 100 + digit(2) * 10 + digit(3);
  const m = digit(5) * 10 + digit(6);
  const d = digit(8) * 10 + digit(9);
  if (date.length !== 10 || !(m >= 1 && m <= 12 && d >= 1 && d <= 31) || Number.isNaN(y))
    return Math.round(Date.parse(`${date}T00:00:00Z`) / 86_400_000);
  y -= m <= 2 ? 1 : 0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

const dayIndex = (start: string, date: string) => dayNumber(date) - dayNumber(start);

interface Counts {
  /** Kept days with index in [i, j). */
  count: (i: number, j: number) => number;
  /** The last kept day index before `i`, or -1. */
  lastBefore: (i: number) => number;
  /**
   * Kept periods among those ending (exclusive) at hi, hi − days, … down to but not including
   * lo; set by `lapseHistory`, which asks once per day and so sums them in O(1).
   */
  keptPeriods?: (hi: number, lo: number) => number;
}

/**
 * Running sums of "the period ending (exclusive) at e was kept", one chain per residue of e
 * modulo `days`: the baseline's kept count on any day is then one subtraction.
 */
function withPeriodSums(o: LapseOptions, counts: Counts, length: number): Counts {
  const sums = new Int32Array(length + 1);
  for (let e = 0; e <= length; e++) {
    const kept = e >= o.days && counts.count(e - o.days, e) >= o.times ? 1 : 0;
    sums[e] = kept + (e >= o.days ? sums[e - o.days]! : 0);
  }
  return { ...counts, keptPeriods: (hi, lo) => sums[hi]! - sums[lo]! };
}

/** Prefix counts of kept days from `start`. */
function prefix(start: string, kept: readonly string[], length: number): Counts {
  const c = new Int32Array(length + 1);
  const seen = new Uint8Array(length);
  const from = dayNumber(start);
  for (const d of kept) {
    const i = dayNumber(d) - from;
    if (i >= 0 && i < length && !seen[i]) {
      seen[i] = 1;
      c[i + 1]! += 1;
    }
  }
  // last[i]: the last kept day index before i (−1 if none).
  const last = new Int32Array(length + 1);
  last[0] = -1;
  for (let i = 1; i <= length; i++) {
    last[i] = seen[i - 1] ? i - 1 : last[i - 1]!;
    c[i]! += c[i - 1]!;
  }
  return {
    count: (i, j) => c[Math.max(0, j)]! - c[Math.max(0, i)]!,
    lastBefore: (i) => (i <= 0 ? -1 : last[Math.min(i, length)]!),
  };
}

/** A check with its days as indexes from the start: dates are formatted only where shown (`dated`). */
type RawCheck = Omit<LapseCheck, 'date' | 'recent' | 'likelyFrom'> & {
  d: number;
  recent: Omit<LapseCheck['recent'], 'from'> & { from: number };
  likelyFrom: number | null;
};

function dated(o: LapseOptions, c: RawCheck): LapseCheck {
  const { d, ...rest } = c;
  return {
    ...rest,
    date: addDays(o.start, d),
    recent: { ...c.recent, from: addDays(o.start, c.recent.from) },
    likelyFrom: c.likelyFrom === null ? null : addDays(o.start, c.likelyFrom),
  };
}

function checkAt(
  o: LapseOptions,
  counts: Counts,
  d: number,
  alpha: number,
  frozen?: Baseline,
  needP = true,
): RawCheck {
  const { count } = counts;
  const n = recentPeriods(o.days);
  // Period j (0 = the newest) covers day indexes [end - days, end) with end = d + 1 - j·days.
  const keptAt = (j: number) => count(d + 1 - (j + 1) * o.days, d + 1 - j * o.days) >= o.times;
  const usable = Math.floor((d + 1) / o.days);
  const recentFrom = d + 1 - n * o.days;
  if (usable < n + MIN_BASELINE) {
    return {
      d,
      judged: false,
      recent: { kept: 0, periods: 0, from: recentFrom },
      baseline: { kept: 0, periods: 0, low: 0, high: 1 },
      p: 1,
      lapsed: false,
      likelyFrom: null,
    };
  }
  let k = 0;
  let firstMissed = -1;
  for (let j = 0; j < n; j++) {
    if (keptAt(j)) k++;
    else firstMissed = d + 1 - (j + 1) * o.days;
  }
  const nb = frozen?.periods ?? Math.min(usable - n, Math.ceil(BASELINE_DAYS / o.days));
  let kb = frozen?.kept ?? 0;
  if (!frozen) {
    if (counts.keptPeriods) kb = counts.keptPeriods(d + 1 - n * o.days, d + 1 - (n + nb) * o.days);
    else for (let j = n; j < n + nb; j++) if (keptAt(j)) kb++;
  }
  // Fewer than two missed periods is never a lapse, so inside the history p is only needed then.
  const p = k === n || (!needP && n - k < 2) ? 1 : betaBinomialCdf(k, n, 1 + kb, 1 + nb - kb);
  return {
    d,
    judged: true,
    recent: { kept: k, periods: n, from: recentFrom },
    baseline: { kept: kb, periods: nb, ...wilson(kb, nb) },
    p,
    // Never one missed period alone, however steady the record before.
    lapsed: p < alpha && n - k >= 2,
    likelyFrom: firstMissed < 0 ? null : counts.lastBefore(firstMissed) + 1,
  };
}

/** The test on one day. */
export function checkLapse(o: LapseOptions, date: string): LapseCheck {
  const d = dayIndex(o.start, date);
  if (d < 0) throw new RangeError(`${date} is before the anchor's start ${o.start}`);
  if (!(o.times >= 1 && o.days >= 1 && o.times <= o.days))
    throw new RangeError('an anchor needs 1 ≤ times ≤ days');
  return dated(o, checkAt(o, prefix(o.start, o.keptDates, d + 1), d, o.alpha ?? ALPHA));
}

/** The test run on every day from the start to `today`: each lapse once, and today's check. */
export function lapseHistory(o: LapseOptions, today: string): { lapses: Lapse[]; today: LapseCheck } {
  const last = dayIndex(o.start, today);
  if (last < 0) throw new RangeError(`${today} is before the anchor's start ${o.start}`);
  const counts = withPeriodSums(o, prefix(o.start, o.keptDates, last + 1), last + 1);
  const alpha = o.alpha ?? ALPHA;
  const lapses: Lapse[] = [];
  let open: Lapse | null = null;
  let frozen: Baseline | undefined;
  let check: RawCheck | null = null;
  for (let d = 0; d <= last; d++) {
    check = checkAt(o, counts, d, alpha, frozen, d === last);
    if (check.lapsed && !open) {
      const shown = dated(o, check);
      open = { from: shown.likelyFrom ?? shown.recent.from, flaggedOn: shown.date, until: null };
      frozen = { kept: check.baseline.kept, periods: check.baseline.periods };
      lapses.push(open);
    } else if (!check.lapsed && open) {
      open.until = addDays(o.start, d);
      open = null;
      frozen = undefined;
    }
  }
  return { lapses, today: dated(o, check!) };
}

/** The evidence in plain words. `unit` names a period: "week", "day", "2 weeks"… */
export function explainLapse(name: string, c: LapseCheck, days: number, times: number): string {
  const unit = days === 7 ? 'week' : days === 1 ? 'day' : `${days}-day stretch`;
  const what = times === 1 ? `${name}` : `${name} (${times} times)`;
  if (!c.judged)
    return `${what}: there isn't enough history yet to tell a dip from a pattern; we'll say more after a few ${unit}s.`;
  const pct = (x: number) => `${Math.round(100 * x)}%`;
  const usual = `Over the ${c.baseline.periods} ${unit}s before, you kept it in ${c.baseline.kept} (about ${pct(c.baseline.kept / c.baseline.periods)}, likely between ${pct(c.baseline.low)} and ${pct(c.baseline.high)}).`;
  const recent = `In the last ${c.recent.periods} ${unit}s you kept ${what} in ${c.recent.kept}.`;
  if (c.lapsed)
    return `${recent} ${usual} Keeping it this rarely by chance alone would happen about ${Math.max(1, Math.round(100 * c.p))} times in 100, so this looks like a real drop, not a bad stretch. Worth a look together: what got in the way?`;
  if (c.recent.kept === c.recent.periods) return `${recent} ${usual} It's holding.`;
  return `${recent} ${usual} A dip like this happens by chance about ${Math.round(100 * c.p)} times in 100, so it isn't a lapse.`;
}
