/**
 * Habit strength: an exponentially smoothed completion score with a half-life that depends on
 * the schedule, plus streaks that reset.
 *
 * The score follows the model of Loop Habit Tracker (Á. S. Xavier, `Score.compute` and
 * `ScoreList.recompute`, uhabits-core, GPL-3; re-derived here, not copied): every non-skipped
 * day, score ← score · m + completion · (1 − m), with m = 0.5^(1 / halfLife). Completion is the
 * share of the schedule met over the last n days: done days / k for a "k times per n days"
 * habit (Loop doubles k and n for non-daily yes/no habits to smooth irregular weeks; we do the
 * same), or the rolling sum against a target for numeric habits. Loop's half-life is
 * 13 / √(k/n) days; ours multiplies that by a per-domain pace multiplier (slower domains give
 * a longer memory) unless an explicit half-life is given. With pace 1 the scores equal Loop's
 * on its own test cases (see habit-strength.test.ts).
 *
 * Skipped days freeze the score (and the streak). A missing day counts as not done, as in Loop.
 */

export interface HabitSchedule {
  /** k: times per period. */
  numerator: number;
  /** n: period length in days. */
  denominator: number;
}

export type HabitKind = 'yes-no' | 'at-least' | 'at-most';

export interface HabitOptions {
  schedule: HabitSchedule;
  kind?: HabitKind;
  /** Target for numeric habits (per period of n days). */
  target?: number;
  /** Explicit half-life in days; overrides the schedule-derived one. */
  halfLifeDays?: number;
  /** Per-domain pace multiplier on the schedule-derived half-life. Default 1. */
  pace?: number;
}

/** One day's entry: a number (1/0 for yes/no habits), `'skip'`, or null (nothing recorded). */
export type HabitEntry = number | 'skip' | null;

export interface HabitStrength {
  halfLifeDays: number;
  /** Score per day, 0…1, same length as the input. */
  scores: number[];
  /** Share of the schedule met per day (null on skipped days). */
  completion: (number | null)[];
  /** Days in a row, up to the last day, on which the schedule was fully met (skips pause it). */
  currentStreak: number;
  bestStreak: number;
}

/**
 * Loop's half-life for a "k per n days" schedule, 13 / √(k/n) days, times the pace multiplier.
 * @example habitHalfLife({ numerator: 1, denominator: 1 }) // 13
 */
export function habitHalfLife(schedule: HabitSchedule, pace = 1): number {
  const f = schedule.numerator / schedule.denominator;
  return (13 / Math.sqrt(f)) * pace;
}

/**
 * Computes the daily habit-strength series and streaks for consecutive days (oldest first).
 * Throws a RangeError on an invalid schedule or target.
 */
export function habitStrength(entries: readonly HabitEntry[], options: HabitOptions): HabitStrength {
  const { numerator: k0, denominator: n0 } = options.schedule;
  if (!(Number.isInteger(k0) && Number.isInteger(n0) && k0 >= 1 && n0 >= 1 && k0 <= n0)) {
    throw new RangeError(`schedule must be k times per n days with 1 ≤ k ≤ n, got ${k0}/${n0}`);
  }
  const kind = options.kind ?? 'yes-no';
  const target = options.target ?? 0;
  if (kind !== 'yes-no' && !(target >= 0)) throw new RangeError('a numeric habit needs a target ≥ 0');
  const halfLife = options.halfLifeDays ?? habitHalfLife(options.schedule, options.pace ?? 1);
  if (!(halfLife > 0)) throw new RangeError(`half-life must be > 0 days, got ${halfLife}`);
  const m = 0.5 ** (1 / halfLife);
  let k = k0;
  let n = n0;
  if (kind === 'yes-no' && k0 < n0) {
    // Loop's smoothing of irregular schedules: a weekly habit is judged over two weeks.
    k *= 2;
    n *= 2;
  }
  const amounts = entries.map((e) =>
    e === 'skip' || e === null ? 0 : kind === 'yes-no' ? (e > 0 ? 1 : 0) : Math.max(0, e),
  );
  let score = kind === 'at-most' ? 1 : 0;
  let rolling = 0;
  let streak = 0;
  let best = 0;
  const scores: number[] = [];
  const completion: (number | null)[] = [];
  for (let i = 0; i < entries.length; i++) {
    rolling += amounts[i]!;
    if (i - n >= 0) rolling -= amounts[i - n]!;
    if (entries[i] === 'skip') {
      scores.push(score);
      completion.push(null);
      continue;
    }
    let c: number;
    if (kind === 'yes-no') c = Math.min(1, rolling / k);
    else if (kind === 'at-least') c = target > 0 ? Math.min(1, rolling / target) : 1;
    else if (target > 0) c = Math.min(1, Math.max(0, 1 - (rolling - target) / target));
    else c = rolling > 0 ? 0 : 1;
    score = score * m + c * (1 - m);
    scores.push(score);
    completion.push(c);
    streak = c >= 1 ? streak + 1 : 0;
    best = Math.max(best, streak);
  }
  return { halfLifeDays: halfLife, scores, completion, currentStreak: streak, bestStreak: best };
}

/** Plain words for the habit card. */
export function explainHabitStrength(h: HabitStrength): string {
  const last = h.scores[h.scores.length - 1] ?? 0;
  const pct = Math.round(last * 100);
  const streak =
    h.currentStreak > 0
      ? `You are on a ${h.currentStreak}-day run${h.bestStreak > h.currentStreak ? ` (your best so far: ${h.bestStreak})` : ''}.`
      : `The current run has reset${h.bestStreak > 0 ? ` (your best so far: ${h.bestStreak} days)` : ''}; a lapse is information, not failure.`;
  return `Habit strength is ${pct}%. It rises with each day you keep the schedule and fades slowly when you don't: what happened ${Math.round(h.halfLifeDays)} days ago counts half as much as today. Skipped days don't count either way. ${streak}`;
}
