import { laggedCredit } from '../../stats/lagged.ts';
import { type ActionRef, buildSeries, type CreditRows, type CreditSeries } from './series.ts';

/*
 * Pattern connection: every action × outcome × lag 0…14 through the lagged test of src/stats
 * (detrended, weekday-adjusted, prewhitened, rotation null, Benjamini–Hochberg over all of them),
 * then one hint per action–outcome pair that is a discovery, at its best lag. Pure.
 */

export const MAX_LAG = 14;
/** The false-discovery level: "about 5 in 100 such hints are chance". */
export const ALPHA = 0.05;
/** Fixed, so the same data always gives the same hints (and the cache can be checked against a fresh scan). */
const SEED = 16;

export interface TestedPair {
  /** action › outcome, the same for every lag: a decision is about the pair. */
  key: string;
  action: ActionRef;
  outcome: { who: string; metric: string; better: 'higher' | 'lower' };
  lagDays: number;
  /** Outcome points per extra action (the slope on the prepared series), or null when not testable. */
  effect: number | null;
  effectInterval: { lower: number; upper: number } | null;
  n: number;
  p: number | null;
  q: number | null;
  discovery: boolean;
}

/** The raw data behind a hint: the outcome `lagDays` after days with 0, 1, 2+ of the action. */
export interface HintBar {
  actions: '0' | '1' | '2+';
  mean: number;
  days: number;
}

export interface Hint extends TestedPair {
  effect: number;
  effectInterval: { lower: number; upper: number };
  q: number;
  /** Whether the change goes the outcome's better way. */
  good: boolean;
  bars: HintBar[];
}

export interface CreditScan {
  /** First and last day looked at, and how many. */
  from: string;
  to: string;
  days: number;
  /** Why nothing was tested, when nothing was. */
  tooLittle: string | null;
  method: string | null;
  alpha: number;
  tested: TestedPair[];
  hints: Hint[];
}

/** Tests every pair the viewer's rows allow and picks the hints. */
export function scanCredit(rows: CreditRows): CreditScan {
  const s = buildSeries(rows);
  const base = { from: s.start, to: rows.today, days: s.days, alpha: ALPHA };
  if (s.actions.length === 0 || s.outcomes.length === 0)
    return {
      ...base,
      tooLittle: 'Not enough yet: hints need a few weeks of check-ins and of things you do for each other.',
      method: null,
      tested: [],
      hints: [],
    };
  let result: ReturnType<typeof laggedCredit>;
  try {
    result = laggedCredit(
      Object.fromEntries(s.actions.map((a) => [a.key, a.series])),
      Object.fromEntries(s.outcomes.map((o) => [o.key, o.series])),
      { maxLag: MAX_LAG, seed: SEED, alpha: ALPHA },
    );
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    return {
      ...base,
      tooLittle: 'Not enough days yet: hints need about ten weeks of check-ins.',
      method: null,
      tested: [],
      hints: [],
    };
  }
  const actionOf = new Map(s.actions.map((a) => [a.key, a]));
  const outcomeOf = new Map(s.outcomes.map((o) => [o.key, o]));
  const tested: TestedPair[] = result.tests.map((t) => {
    const o = outcomeOf.get(t.outcome)!;
    return {
      key: `${t.action}>${t.outcome}`,
      action: actionOf.get(t.action)!.ref,
      outcome: { who: o.who, metric: o.metric, better: o.better },
      lagDays: t.lag,
      effect: t.slope,
      effectInterval: t.slopeInterval,
      n: t.n,
      p: t.p,
      q: t.q,
      discovery: t.discovery,
    };
  });
  const best = new Map<string, TestedPair>();
  for (const t of tested) {
    if (!t.discovery) continue;
    const b = best.get(t.key);
    if (!b || t.q! < b.q!) best.set(t.key, t);
  }
  const hints = [...best.values()]
    .sort((a, b) => a.q! - b.q!)
    .map((t): Hint => {
      const a = actionOf.get(t.key.split('>')[0]!)!;
      const o = outcomeOf.get(t.key.split('>')[1]!)!;
      return {
        ...t,
        effect: t.effect!,
        effectInterval: t.effectInterval!,
        q: t.q!,
        good: t.outcome.better === 'higher' ? t.effect! > 0 : t.effect! < 0,
        bars: barsOf(s, a.series, o.series, t.lagDays),
      };
    });
  return { ...base, tooLittle: null, method: result.method, tested, hints };
}

function barsOf(
  s: CreditSeries,
  action: readonly (number | null)[],
  outcome: readonly (number | null)[],
  lag: number,
): HintBar[] {
  const groups = { '0': [0, 0], '1': [0, 0], '2+': [0, 0] } as Record<HintBar['actions'], [number, number]>;
  for (let t = 0; t + lag < s.days; t++) {
    const a = action[t];
    const o = outcome[t + lag];
    if (a === null || a === undefined || o === null || o === undefined) continue;
    const g = groups[a === 0 ? '0' : a === 1 ? '1' : '2+'];
    g[0] += o;
    g[1]++;
  }
  return (Object.entries(groups) as Array<[HintBar['actions'], [number, number]]>)
    .filter(([, [, n]]) => n > 0)
    .map(([actions, [sum, n]]) => ({ actions, mean: Math.round((sum / n) * 100) / 100, days: n }));
}

/** Whether a dismissed hint comes back: only when its evidence grew clearly (q ten times smaller). */
export function returnsAfterDismissal(qNow: number, qWhenDismissed: number): boolean {
  return qNow <= qWhenDismissed / 10;
}
