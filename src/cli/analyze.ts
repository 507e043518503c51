/**
 * `attune analyze experiment|habit|automaticity|lagged|changes FILE [options]`: runs the statistics of
 * src/stats on a CSV or JSON file and prints JSON on stdout. Bad input (missing file, wrong
 * columns, a phase with one value, non-numbers, unknown options) gets one specific line on
 * stderr and exit code 2, never a stack trace.
 */
import { fitAutomaticity } from '../stats/automaticity.ts';
import { DAY95_INTERVAL_METHOD, DAY95_LEVEL, day95Interval } from '../stats/automaticity-interval.ts';
import { CHANGE_POINT_METHOD, detectChangePoints } from '../stats/change-points.ts';
import { classifyChange } from '../stats/change-stuck.ts';
import {
  explainHabitStrength,
  type HabitEntry,
  type HabitKind,
  habitStrength,
} from '../stats/habit-strength.ts';
import { explainLaggedTest, laggedCredit } from '../stats/lagged.ts';
import { analyzeExperiment } from '../stats/single-case.ts';
import {
  BadInput,
  byDay,
  dayNumber,
  isNonNegativeInt,
  isoDate,
  isPositiveInt,
  nameList,
  numberOption,
  parseArgs,
  readRows,
  toNumber,
} from './analyze-input.ts';
import { type CliIo, EXIT_BAD_INPUT } from './io.ts';

const USAGE = `Usage:
  attune analyze experiment FILE [--direction higher|lower] [--min-phase N [--statistic mean|median]] [--seed S]
  attune analyze habit FILE --numerator K --denominator N [--half-life D] [--target T --kind at-least|at-most]
  attune analyze automaticity FILE
  attune analyze lagged FILE --max-lag L --actions a,b --outcomes x,y [--seed S]
  attune analyze changes FILE [--min-segment N] [--penalty P] [--since DATE [--direction higher|lower] [--min-effect E] [--min-days-after N]]`;

async function experiment(args: string[]): Promise<unknown> {
  const p = parseArgs(args, ['direction', 'min-phase', 'statistic', 'seed']);
  const direction = p.options.get('direction') ?? 'higher';
  if (direction !== 'higher' && direction !== 'lower') {
    throw new BadInput(`--direction must be "higher" or "lower", got "${direction}"`);
  }
  const statistic = p.options.get('statistic') ?? 'mean';
  if (statistic !== 'mean' && statistic !== 'median') {
    throw new BadInput(`--statistic must be "mean" or "median", got "${statistic}"`);
  }
  const minPhase = numberOption(p, 'min-phase', isPositiveInt, 'a whole number ≥ 1');
  if (minPhase === undefined && p.options.has('statistic'))
    throw new BadInput(
      '--statistic chooses the randomization test, which needs --min-phase N (the rule the phase starts were drawn with)',
    );
  const seed = numberOption(p, 'seed', isNonNegativeInt, 'a whole number ≥ 0');
  const rows = await readRows(p.file, ['phase', 'value']);
  // An empty value is a day of the phase without a recording: it keeps its place in the schedule.
  const data = rows.map((r, i) => ({
    phase: r.phase ?? '',
    value: (r.value ?? '').trim() === '' ? null : toNumber(r.value, `row ${i + 1}, column value`),
  }));
  const r = analyzeExperiment(data, { direction, minPhase, statistic, seed });
  const single = r.pairs.length === 1 ? r.pairs[0]! : null;
  return {
    analysis: 'experiment',
    design: r.design,
    direction: r.direction,
    nap: single ? single.nap : r.pooled.nap,
    tau: single ? single.tau : r.pooled.tau,
    tauU: single ? single.tauU.estimate : r.pooled.tauU,
    tauUVariant: 'A vs B − trend A (Parker, Vannest, Davis & Sauber 2011), divided by m·n as in SingleCaseES',
    tauBC: single ? single.tauBC : r.pooled.tauBC,
    tauBCVariant: 'Tarlow (2017) baseline-corrected Tau: Theil–Sen baseline line removed, then Tau A vs B',
    meanDifference: r.pooled.meanDifference,
    smd: single ? single.smd : r.pooled.smd,
    ...(r.randomization === null
      ? {
          randomization: null,
          premise:
            'no randomization premise given (--min-phase N): a randomization p is valid only when the phase starts were drawn at random by a known rule, so none is shown',
        }
      : {
          p: r.randomization.p,
          premise: `p assumes ${r.randomization.premise}; one-sided, ${r.randomization.alternative} in phase B`,
          randomization: r.randomization,
        }),
    pairs: r.pairs,
    pooled: r.pooled,
    rule: r.rule,
    verdict: r.verdict,
    reason: r.reason,
    explanation: r.explanation,
  };
}

async function habit(args: string[]): Promise<unknown> {
  const p = parseArgs(args, ['numerator', 'denominator', 'half-life', 'pace', 'target', 'kind']);
  const numerator = numberOption(p, 'numerator', isPositiveInt, 'a whole number ≥ 1');
  const denominator = numberOption(p, 'denominator', isPositiveInt, 'a whole number ≥ 1');
  if (numerator === undefined || denominator === undefined)
    throw new BadInput('--numerator K and --denominator N are required');
  if (numerator > denominator)
    throw new BadInput(`--numerator (${numerator}) cannot exceed --denominator (${denominator})`);
  const halfLifeDays = numberOption(p, 'half-life', (n) => n > 0, 'a number of days > 0');
  const pace = numberOption(p, 'pace', (n) => n > 0, 'a number > 0');
  const target = numberOption(p, 'target', (n) => n >= 0, 'a number ≥ 0');
  const kindRaw = p.options.get('kind') ?? (target === undefined ? 'yes-no' : 'at-least');
  if (!['yes-no', 'at-least', 'at-most'].includes(kindRaw)) {
    throw new BadInput(`--kind must be yes-no, at-least or at-most, got "${kindRaw}"`);
  }
  const kind = kindRaw as HabitKind;
  if (kind !== 'yes-no' && target === undefined) throw new BadInput(`--kind ${kind} needs --target`);
  const rows = await readRows(p.file, ['date', 'value']);
  const { first, days } = byDay<HabitEntry>(rows, (r, i) => {
    const raw = (r.value ?? '').trim().toLowerCase();
    if (raw === 'skip') return 'skip';
    const n = toNumber(r.value, `row ${i + 1}, column value`);
    if (kind === 'yes-no' && n !== 0 && n !== 1) {
      throw new BadInput(
        `row ${i + 1}: a yes/no habit takes 1, 0 or skip, got "${r.value}" (use --target for numbers)`,
      );
    }
    return n;
  });
  const h = habitStrength(days, { schedule: { numerator, denominator }, kind, target, halfLifeDays, pace });
  return {
    analysis: 'habit',
    schedule: { numerator, denominator },
    kind,
    target: target ?? null,
    halfLifeDays: h.halfLifeDays,
    missingDaysCountAsNotDone: days.filter((d) => d === null).length,
    scores: h.scores.map((score, i) => ({ date: isoDate(first + i), score, completion: h.completion[i] })),
    currentScore: h.scores.at(-1) ?? null,
    currentStreak: h.currentStreak,
    bestStreak: h.bestStreak,
    explanation: explainHabitStrength(h),
  };
}

async function lagged(args: string[]): Promise<unknown> {
  const p = parseArgs(args, ['max-lag', 'seed', 'actions', 'outcomes', 'rotations']);
  const maxLag = numberOption(p, 'max-lag', isNonNegativeInt, 'a whole number ≥ 0');
  if (maxLag === undefined) throw new BadInput('--max-lag L is required');
  const seed = numberOption(p, 'seed', isNonNegativeInt, 'a whole number ≥ 0');
  const rotations = numberOption(
    p,
    'rotations',
    (n) => Number.isInteger(n) && n >= 20,
    'a whole number ≥ 20',
  );
  const actions = nameList(p, 'actions');
  const outcomes = nameList(p, 'outcomes');
  const rows = await readRows(p.file, ['date', ...actions, ...outcomes]);
  const cols = [...actions, ...outcomes];
  const { days } = byDay(rows, (r, i) =>
    cols.map((c) => ((r[c] ?? '').trim() === '' ? null : toNumber(r[c], `row ${i + 1}, column ${c}`))),
  );
  const series = (c: string) => days.map((d) => (d === null ? null : d[cols.indexOf(c)]!));
  const res = laggedCredit(
    Object.fromEntries(actions.map((a) => [a, series(a)])),
    Object.fromEntries(outcomes.map((o) => [o, series(o)])),
    { maxLag, seed, rotations },
  );
  return {
    analysis: 'lagged',
    method: res.method,
    inference:
      'each series reduced to residuals from a linear trend and day-of-week means, both prewhitened by the action’s AR(1) filter; circular shift (rotation) of the action series against the outcome; p from the rotation null SD, pShift the plain rotation rank p',
    rotations: res.rotations,
    seed: res.seed,
    fdr: {
      method: 'Benjamini–Hochberg',
      level: res.alpha,
      tested: res.tests.filter((t) => t.p !== null).length,
    },
    discoveries: res.discoveries,
    tests: res.tests.map((t) => ({
      ...t,
      effect: t.r,
      interval: t.rInterval,
      explanation: t.discovery ? explainLaggedTest(t) : undefined,
    })),
  };
}

async function automaticity(args: string[]): Promise<unknown> {
  const p = parseArgs(args, []);
  const rows = await readRows(p.file, ['day', 'srbai']);
  const points = rows.map((r, i) => {
    const srbai = toNumber(r.srbai, `row ${i + 1}, column srbai`);
    if (srbai < 1 || srbai > 7) throw new BadInput(`row ${i + 1}: SRBAI ${srbai} is outside the 1–7 scale`);
    return { day: toNumber(r.day, `row ${i + 1}, column day`), srbai };
  });
  const fit = fitAutomaticity(points);
  const iv = fit.status === 'fitted' ? day95Interval(points, DAY95_LEVEL) : null;
  return {
    analysis: 'automaticity',
    model: 'y = a − b·e^(−c·day) (Lally et al. 2010)',
    ...fit,
    day95Interval: iv && { low: iv.low, high: iv.high, level: iv.level, method: DAY95_INTERVAL_METHOD },
  };
}

async function changes(args: string[]): Promise<unknown> {
  const p = parseArgs(args, ['min-segment', 'penalty', 'since', 'direction', 'min-effect', 'min-days-after']);
  const minSegmentLength = numberOption(p, 'min-segment', isPositiveInt, 'a whole number ≥ 1');
  const penalty = numberOption(p, 'penalty', (n) => n >= 0, 'a number ≥ 0');
  const since = p.options.get('since');
  const direction = p.options.get('direction') ?? 'higher';
  if (direction !== 'higher' && direction !== 'lower') {
    throw new BadInput(`--direction must be "higher" or "lower", got "${direction}"`);
  }
  const minEffect = numberOption(p, 'min-effect', (n) => n >= 0, 'a number ≥ 0');
  const minDaysAfter = numberOption(p, 'min-days-after', isPositiveInt, 'a whole number ≥ 1');
  if (
    since === undefined &&
    (p.options.has('direction') || minEffect !== undefined || minDaysAfter !== undefined)
  )
    throw new BadInput(
      '--direction, --min-effect and --min-days-after need --since DATE (the day the change started)',
    );
  const rows = await readRows(p.file, ['date', 'value']);
  const { first, days } = byDay<number | null>(rows, (r, i) =>
    (r.value ?? '').trim() === '' ? null : toNumber(r.value, `row ${i + 1}, column value`),
  );
  const dated = <T extends { start: number; end: number }>(s: T) => ({
    ...s,
    start: isoDate(first + s.start),
    end: isoDate(first + s.end),
  });
  const r = detectChangePoints(days, { minSegmentLength, penalty });
  const out: Record<string, unknown> = {
    analysis: 'changes',
    method: CHANGE_POINT_METHOD,
    penalty: r.penalty,
    sigma: r.sigma,
    phi: r.phi,
    longRunSigma: r.longRunSigma,
    minSegmentLength: r.minSegmentLength,
    recordedDays: r.observed,
    missingDays: days.length - r.observed,
    changePoints: r.changes.map((c) => ({
      date: isoDate(first + c.day),
      earliest: isoDate(first + c.earliest),
      before: c.before,
      after: c.after,
    })),
    segments: r.segments.map(dated),
    explanation: r.explanation,
  };
  if (since !== undefined) {
    const at = dayNumber(since, '--since') - first;
    if (at < 0 || at >= days.length)
      throw new BadInput(
        `--since ${since} is outside the dates in ${p.file} (${isoDate(first)} to ${isoDate(first + days.length - 1)})`,
      );
    const c = classifyChange(days, at, { direction, minEffect, minDaysAfter, minSegmentLength, penalty });
    out.change = {
      since,
      status: c.status,
      direction: c.direction,
      minEffect: c.minEffect,
      baseline: c.baseline && dated(c.baseline),
      after: c.after.map(dated),
      difference: c.difference,
      roughInterval: c.roughInterval,
      recordedDaysAfter: c.recordedDaysAfter,
      explanation: c.explanation,
    };
  }
  return out;
}

const analyses: Record<string, (args: string[]) => Promise<unknown>> = {
  experiment,
  habit,
  automaticity,
  lagged,
  changes,
};

export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const [kind, ...rest] = args;
  try {
    if (kind === undefined) throw new BadInput(`missing analysis\n${USAGE}`);
    const run = analyses[kind];
    if (!run) throw new BadInput(`unknown analysis "${kind}"\n${USAGE}`);
    const result = await run(rest);
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  } catch (e) {
    // RangeErrors from src/stats carry input problems (a phase with one value, too few points).
    if (e instanceof BadInput || e instanceof RangeError) {
      io.stderr(`attune analyze: ${e.message}\n`);
      return EXIT_BAD_INPUT;
    }
    throw e;
  }
}
