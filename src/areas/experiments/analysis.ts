import { addDays } from '../../dates.ts';
import { type Phrase, phrase } from '../../server/phrases.ts';
import { mean } from '../../stats/distributions.ts';
import { nap, tauBC, tauU } from '../../stats/nonoverlap.ts';
import { oneSidedRandomization } from './randomization.ts';
import { type Better, type Condition, type PhaseSpan, phaseOn, type Verdict, verdictOf } from './rules.ts';

/*
 * The analysis of a finished (or stopped) experiment, from one series of daily values that the
 * viewer may see. Statistics come from src/stats: NAP (Parker & Vannest 2009), Tarlow's
 * baseline-corrected Tau (2017), Tau-U (Parker et al. 2011; for comparison only), and the
 * randomization test of the recorded schedule rule.
 */

export interface ChartDay {
  date: string;
  phase: string;
  condition: Condition;
  /** Null on a day nobody (whom the viewer may see) rated: a gap, never filled in. */
  value: number | null;
  settling: boolean;
}

export interface PhaseSummary extends PhaseSpan {
  /** Mean of the analysed days (settling days and gaps left out), or null with none. */
  mean: number | null;
  ratedDays: number;
}

export interface PairSummary {
  label: string;
  meanA: number;
  meanB: number;
  meanDifference: number;
  nap: number;
  tauBC: number;
  tauU: number;
}

export interface Analysis {
  days: ChartDay[];
  phases: PhaseSummary[];
  pairs: PairSummary[];
  pooled: { nap: number; tauBC: number; tauU: number; meanDifference: number } | null;
  randomization: {
    p: number;
    pWorse: number;
    method: 'exact' | 'monte-carlo';
    assignments: number;
    smallestPossibleP: number;
    minPhase: number;
    /** True when the test enumerated exactly the recorded rule (no missing days, full design). */
    exactRule: boolean;
  } | null;
  verdict: Verdict;
  reason: string;
  explanation: string;
  /** The explanation as phrase codes, for the web app to word. */
  phrases: Phrase[];
}

export interface AnalysisInput {
  phases: readonly PhaseSpan[];
  settlingDays: number;
  minPhase: number;
  better: Better;
  /** Daily values by local date. */
  values: ReadonlyMap<string, number>;
  /** The last analysed day (the design's end, or the day before a stop). */
  to: string;
  seed?: number;
}

const round = (x: number, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

export function analyze(input: AnalysisInput): Analysis {
  const { phases, settlingDays, better } = input;
  const days: ChartDay[] = [];
  const last = phases[phases.length - 1]!.end;
  const to = input.to < last ? input.to : last;
  for (let date = phases[0]!.start; date <= to; date = addDays(date, 1)) {
    const at = phaseOn(phases, date, settlingDays)!;
    days.push({
      date,
      phase: at.phase.label,
      condition: at.phase.condition,
      value: input.values.get(date) ?? null,
      settling: at.settling,
    });
  }
  const analysed = phases
    .map((p) => ({
      span: p,
      values: days.filter((d) => d.phase === p.label && !d.settling && d.value !== null).map((d) => d.value!),
    }))
    .filter((p) => p.span.start <= to)
    // A phase the stop cut short after a day or so is left out rather than sinking the rest.
    .filter((p) => p.span.end <= to || p.values.length >= 2);
  const summaries: PhaseSummary[] = phases.map((p) => {
    const v = analysed.find((a) => a.span.label === p.label)?.values ?? [];
    return { ...p, mean: v.length > 0 ? round(mean(v)) : null, ratedDays: v.length };
  });
  const none = (reason: string, why: Phrase): Analysis => ({
    days,
    phases: summaries,
    pairs: [],
    pooled: null,
    randomization: null,
    verdict: 'not enough evidence',
    reason,
    explanation: `Not enough evidence yet either way: ${reason}.`,
    phrases: [phrase('result.notYet'), why],
  });
  const thin = analysed.find((p) => p.values.length < 2);
  if (thin)
    return none(
      `phase ${thin.span.label} has ${thin.values.length === 0 ? 'no rated days' : 'only one rated day'} to compare`,
      phrase(thin.values.length === 0 ? 'result.phaseEmpty' : 'result.phaseOneDay', {
        phase: thin.span.label,
      }),
    );
  if (!analysed.some((p) => p.span.condition === 'B'))
    return none('no B phase was reached', phrase('result.noB'));

  const pairs: PairSummary[] = [];
  let credit = 0;
  let pairCount = 0;
  let tauBCsum = 0;
  let tauUsum = 0;
  for (let i = 0; i + 1 < analysed.length; i += 2) {
    const a = analysed[i]!.values;
    const b = analysed[i + 1]!.values;
    const n = nap(a, b, better);
    const bc = tauBC(a, b, better);
    const u = tauU(a, b, better);
    credit += n.credit;
    pairCount += n.pairs;
    tauBCsum += bc.estimate * n.pairs;
    tauUsum += u.sAB - u.sTrendA;
    pairs.push({
      label: `${analysed[i]!.span.label}→${analysed[i + 1]!.span.label}`,
      meanA: round(mean(a)),
      meanB: round(mean(b)),
      meanDifference: round(mean(b) - mean(a)),
      nap: round(n.estimate, 3),
      tauBC: round(bc.estimate, 3),
      tauU: round(u.estimate, 3),
    });
  }
  const pooled = {
    nap: round(credit / pairCount, 3),
    tauBC: round(tauBCsum / pairCount, 3),
    tauU: round(tauUsum / pairCount, 3),
    meanDifference: round(mean(pairs.map((p) => p.meanDifference))),
  };
  // The test runs on the analysed days; with none missing and the whole design run, the
  // observed splits map one to one onto the recorded calendar rule (each phase loses exactly
  // its settling days), so the enumeration is exactly that rule.
  const values = analysed.flatMap((p) => p.values);
  const labels = analysed.map((p) => p.span.condition);
  const lengths = analysed.map((p) => p.values.length);
  const expected = analysed.reduce((s, p) => s + p.span.days - Math.min(settlingDays, p.span.days), 0);
  const exactRule = values.length === expected && analysed.length === phases.length && to === last;
  const minPhase = Math.max(1, Math.min(input.minPhase - settlingDays, ...lengths));
  const up = oneSidedRandomization(values, labels, lengths, {
    minPhase,
    direction: better,
    seed: input.seed,
  });
  const { verdict, reason, reasonPhrase } = verdictOf({
    pBetter: up.p,
    pWorse: up.pOpposite,
    nap: pooled.nap,
    smallestPossibleP: up.smallestPossibleP,
  });
  const randomization = {
    p: round(up.p, 4),
    pWorse: round(up.pOpposite, 4),
    method: up.method,
    assignments: up.assignments,
    smallestPossibleP: up.smallestPossibleP,
    minPhase,
    exactRule,
  };
  return {
    days,
    phases: summaries,
    pairs,
    pooled,
    randomization,
    verdict,
    reason,
    explanation: explain(pooled, randomization, verdict, reason, better, values.length),
    phrases: explainPhrases(pooled, randomization, verdict, reasonPhrase, better, values.length),
  };
}

function explain(
  pooled: NonNullable<Analysis['pooled']>,
  r: NonNullable<Analysis['randomization']>,
  verdict: Verdict,
  reason: string,
  better: Better,
  n: number,
): string {
  const pct = Math.round(pooled.nap * 100);
  const chance = r.p < 0.001 ? 'less than 1 in 1,000' : `about ${Math.max(1, Math.round(r.p * 100))} in 100`;
  const lines = [
    `Within each A→B pair of phases we compared every B day with every A day: in ${pct}% of those comparisons the B day was ${better} (NAP ${pooled.nap}; 50% would mean no difference). On average B days were ${Math.abs(pooled.meanDifference)} points ${pooled.meanDifference >= 0 ? 'higher' : 'lower'}.`,
    `Shuffling the phase starts the way your draw could have placed them gives a difference this large ${chance} times (p = ${r.p}).`,
    verdict === 'helps'
      ? `By the rule you set before starting, this change helps: ${reason}.`
      : verdict === 'hurts'
        ? `By the rule you set before starting, this change made things worse: ${reason}. That is worth knowing, not a failure.`
        : `By the rule you set before starting, there is not enough evidence either way: ${reason}.`,
    `With a baseline trend taken out (Tarlow’s Tau-BC) the comparison gives ${pooled.tauBC} (0 means no difference, 1 every B day better). Tau-U (${pooled.tauU}) is shown for comparison only: simulations by its own authors found it can mislead.`,
  ];
  if (pooled.tauBC * (pooled.nap - 0.5) < 0)
    lines.push(
      'Tau-BC points the other way than NAP: part of the difference may be a trend that was already under way in the baseline.',
    );
  if (!r.exactRule)
    lines.push(
      'Some days are missing or the experiment stopped early, so the shuffle test used the rated days only: read the p-value as approximate.',
    );
  if (n < 20) lines.push(`With ${n} rated days these numbers are still uncertain.`);
  return lines.join(' ');
}

/** The explanation as phrase codes, sentence by sentence as `explain` says it. */
function explainPhrases(
  pooled: NonNullable<Analysis['pooled']>,
  r: NonNullable<Analysis['randomization']>,
  verdict: Verdict,
  reason: Phrase,
  better: Better,
  n: number,
): Phrase[] {
  const out = [
    phrase(better === 'higher' ? 'result.napHigher' : 'result.napLower', {
      pct: Math.round(pooled.nap * 100),
      nap: pooled.nap,
    }),
    phrase(pooled.meanDifference >= 0 ? 'result.meanUp' : 'result.meanDown', {
      diff: Math.abs(pooled.meanDifference),
    }),
    r.p < 0.001
      ? phrase('result.shuffleRare', { p: r.p })
      : phrase('result.shuffle', { chance: Math.max(1, Math.round(r.p * 100)), p: r.p }),
    phrase(verdict === 'helps' ? 'result.helps' : verdict === 'hurts' ? 'result.hurts' : 'result.unclear'),
    reason,
    ...(verdict === 'hurts' ? [phrase('result.worthKnowing')] : []),
    phrase('result.tau', { tauBC: pooled.tauBC, tauU: pooled.tauU }),
  ];
  if (pooled.tauBC * (pooled.nap - 0.5) < 0) out.push(phrase('result.tauDisagrees'));
  if (!r.exactRule) out.push(phrase('result.approximate'));
  if (n < 20) out.push(phrase('result.fewDays', { count: n }));
  return out;
}

/**
 * How well the blind held: the blinded partner's guesses against the true phases. Right in half
 * the guesses is what chance gives; the one-sided binomial p says how surprising more is.
 */
export function blindCheck(
  guesses: readonly { date: string; guess: Condition }[],
  phases: readonly PhaseSpan[],
) {
  const scored = guesses
    .map((g) => ({ g, p: phases.find((p) => p.start <= g.date && g.date <= p.end) }))
    .filter((x) => x.p !== undefined);
  const n = scored.length;
  const right = scored.filter((x) => x.p!.condition === x.g.guess).length;
  let tail = 0;
  for (let k = right; k <= n; k++) tail += binom(n, k) * 0.5 ** n;
  const p = n === 0 ? null : Math.min(1, round(tail, 4));
  const words =
    n === 0
      ? 'No phase guesses were recorded, so whether the blind held is unknown.'
      : p !== null && p < 0.05
        ? `${right} of ${n} guesses were right, more than chance would give (p = ${p}): the blind probably leaked, so read the result with that in mind.`
        : `${right} of ${n} guesses were right, about what chance gives: the blind seems to have held.`;
  const phrases = [
    n === 0
      ? phrase('blind.none')
      : p !== null && p < 0.05
        ? phrase('blind.leaked', { right, count: n, p })
        : phrase('blind.held', { right, count: n }),
  ];
  return { guesses: n, right, p, words, phrases };
}

function binom(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
