import { type Phrase, phrase } from '../../server/phrases.ts';
import {
  type ChangeClassification,
  classifyChange,
  detectChangePoints,
  straddlesMinEffect,
} from '../../stats/index.ts';

/*
 * Meta-learning's pure rules: did an adopted change stick or fade, how often changes of a kind
 * stick for this couple, and what size the next change should be. No I/O.
 */

/** Fewest days since a change before anything is said about it (three weeks, as classifyChange). */
export const MIN_DAYS = 21;
/** Adherence at or above this level counts as "doing it". */
export const HOLDING = 0.5;

export type StickStatus = 'too early' | 'stuck' | 'faded' | 'never took hold';

export interface AdherenceVerdict {
  status: StickStatus;
  /** Weeks from the start until adherence fell (for 'faded'). */
  fadedAfterWeeks: number | null;
  /** The latest adherence level (share of due days done), null when too early. */
  latest: number | null;
  words: string;
  /** The same as phrase codes, for the web app to word. */
  phrases: Phrase[];
}

const weeks = (days: number) => Math.max(1, Math.round(days / 7));

/**
 * Whether a change was kept, from its daily adherence since it started (1 done, 0 due and not
 * done, null not due or paused). Segments by PELT (Killick et al. 2012, src/stats/change-points):
 * stuck when the latest level is at least HOLDING; faded when an earlier level was and the
 * latest is not (the fade dated at the latest segment's start); never took hold otherwise.
 * `endedOn` (a day index), when the couple stopped it, counts as a fade if nothing else shows one.
 */
export function judgeAdherence(
  series: readonly (number | null)[],
  endedAt: number | null = null,
): AdherenceVerdict {
  const recorded = series.filter((x) => x !== null).length;
  if (endedAt === null && (series.length < MIN_DAYS || recorded < 14))
    return {
      status: 'too early',
      fadedAfterWeeks: null,
      latest: null,
      words: `Too early to say: ${series.length} day${series.length === 1 ? '' : 's'} since it started, and it takes about three weeks to tell.`,
      phrases: [phrase('adherence.tooEarly', { count: series.length })],
    };
  const segments = recorded >= 14 ? detectChangePoints(series).segments : [];
  const latest = segments.at(-1) ?? null;
  const everHeld = segments.some((s) => s.mean >= HOLDING);
  if (latest && latest.mean >= HOLDING && endedAt === null)
    return {
      status: 'stuck',
      fadedAfterWeeks: null,
      latest: latest.mean,
      words: `Stuck: done on ${Math.round(latest.mean * 100)}% of due days lately${segments.length > 1 ? ', after some ups and downs' : ''}.`,
      phrases: [
        phrase(segments.length > 1 ? 'adherence.stuckUpsDowns' : 'adherence.stuck', {
          pct: Math.round(latest.mean * 100),
        }),
      ],
    };
  if (everHeld || endedAt !== null) {
    const at = latest && latest.mean < HOLDING && everHeld ? latest.start : (endedAt ?? series.length);
    const w = weeks(at);
    return {
      status: 'faded',
      fadedAfterWeeks: w,
      latest: latest?.mean ?? null,
      words: `Faded after ${w} week${w === 1 ? '' : 's'}${latest ? `: done on ${Math.round(latest.mean * 100)}% of due days lately` : ''}. A lapse is information: what was missing?`,
      phrases: [
        latest
          ? phrase('adherence.fadedLately', { count: w, pct: Math.round(latest.mean * 100) })
          : phrase('adherence.faded', { count: w }),
        phrase('adherence.whatMissing'),
      ],
    };
  }
  return {
    status: 'never took hold',
    fadedAfterWeeks: null,
    latest: latest?.mean ?? null,
    words: `Never quite took hold: done on ${Math.round((latest?.mean ?? 0) * 100)}% of due days. Maybe it was too big, or the cue did not fit the day.`,
    phrases: [phrase('adherence.never', { pct: Math.round((latest?.mean ?? 0) * 100) })],
  };
}

/** The metric's side: did the couple's mean of a metric move after the change, and stay? */
export function judgeMetric(
  series: readonly (number | null)[],
  startIndex: number,
  direction: 'higher' | 'lower',
) {
  const c = classifyChange(series, startIndex, { direction });
  return {
    status: c.status,
    words: c.explanation,
    phrases: shiftPhrases(c),
    difference: c.difference,
    latestStart: c.after.at(-1)?.start ?? null,
  };
}

/** Wilson score interval for k of n (Wilson 1927; Newcombe 1998, method 3), 90 % by default. */
export function wilson(k: number, n: number, z = 1.645): { lower: number; upper: number } {
  if (n === 0) return { lower: 0, upper: 1 };
  const p = k / n;
  const d = 1 + (z * z) / n;
  const centre = (p + (z * z) / (2 * n)) / d;
  const half = (z * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n))) / d;
  return { lower: Math.max(0, centre - half), upper: Math.min(1, centre + half) };
}

export interface Judged {
  status: StickStatus;
  groups: Record<string, string>;
}

export interface StickRow {
  dimension: string;
  value: string;
  stuck: number;
  judged: number;
  rate: number | null;
  interval: { lower: number; upper: number } | null;
  words: string;
  phrases: Phrase[];
}

/** Fewest judged changes in a group before its rate is shown as a number. */
export const MIN_GROUP = 3;

/**
 * Stick rates: per dimension and value, how many judged changes (not too early) stuck, with a 90 %
 * Wilson interval. With fewer than MIN_GROUP judged changes the rate is withheld.
 */
export function stickRates(changes: readonly Judged[], dimensions: readonly string[]): StickRow[] {
  const rows: StickRow[] = [];
  for (const dimension of dimensions) {
    const by = new Map<string, { stuck: number; judged: number }>();
    for (const c of changes) {
      const value = c.groups[dimension];
      if (value === undefined || c.status === 'too early') continue;
      const g = by.get(value) ?? { stuck: 0, judged: 0 };
      g.judged++;
      if (c.status === 'stuck') g.stuck++;
      by.set(value, g);
    }
    for (const [value, g] of [...by].sort((x, y) => y[1].judged - x[1].judged || (x[0] < y[0] ? -1 : 1))) {
      const enough = g.judged >= MIN_GROUP;
      const iv = enough ? wilson(g.stuck, g.judged) : null;
      rows.push({
        dimension,
        value,
        stuck: g.stuck,
        judged: g.judged,
        rate: enough ? g.stuck / g.judged : null,
        interval: iv,
        words: enough
          ? `${g.stuck} of ${g.judged} stuck (somewhere between ${Math.round(iv!.lower * 100)}% and ${Math.round(iv!.upper * 100)}%).`
          : `${g.stuck} of ${g.judged} stuck: too few to say what is typical.`,
        phrases: [
          enough
            ? phrase('stick.rate', {
                stuck: g.stuck,
                count: g.judged,
                low: Math.round(iv!.lower * 100),
                high: Math.round(iv!.upper * 100),
              })
            : phrase('stick.few', { stuck: g.stuck, count: g.judged }),
        ],
      });
    }
  }
  return rows;
}

export const SIZES = ['small', 'medium', 'large'] as const;
export type Size = (typeof SIZES)[number];

/**
 * The next change's size, from what has stuck for this couple: one size up when the current
 * largest size that was tried stuck at least two times in three (at least MIN_GROUP judged), one
 * down when it stuck less than half the time, else stay. Starts small (the pace area's default).
 */
export function recommendSize(rows: readonly StickRow[]): { size: Size; words: string; phrases: Phrase[] } {
  const bySize = new Map(rows.filter((r) => r.dimension === 'size').map((r) => [r.value, r]));
  const tried = SIZES.filter((s) => bySize.has(s));
  const current = tried.at(-1);
  if (!current)
    return {
      size: 'small',
      words: 'Start small: one tiny change at a time, until you see what sticks for you.',
      phrases: [phrase('size.start')],
    };
  const r = bySize.get(current)!;
  const i = SIZES.indexOf(current);
  if (r.judged >= MIN_GROUP && r.stuck / r.judged >= 2 / 3 && i < SIZES.length - 1)
    return {
      size: SIZES[i + 1]!,
      words: `${r.stuck} of your ${r.judged} ${current} changes stuck: you can try a ${SIZES[i + 1]} one next.`,
      phrases: [phrase(`size.up.${current as 'small' | 'medium'}`, { stuck: r.stuck, count: r.judged })],
    };
  if (r.judged >= MIN_GROUP && r.stuck / r.judged < 1 / 2 && i > 0)
    return {
      size: SIZES[i - 1]!,
      words: `Only ${r.stuck} of your ${r.judged} ${current} changes stuck: go ${SIZES[i - 1]} for the next one.`,
      phrases: [phrase(`size.down.${current as 'medium' | 'large'}`, { stuck: r.stuck, count: r.judged })],
    };
  return {
    size: current,
    words: `Stay with ${current} changes: ${r.words}`,
    phrases: [phrase(`size.stay.${current}`), ...r.phrases],
  };
}

const one = (x: number) => Math.round(x * 10) / 10;

/**
 * Whether a metric moved after a change, as phrase codes (the web app words them; the English
 * `explanation` of classifyChange stays for the command line). Mirrors its wording case by case.
 */
export function shiftPhrases(r: ChangeClassification, minDaysAfter = MIN_DAYS): Phrase[] {
  if (r.status === 'too early') {
    if (r.baseline === null) return [phrase('shift.noBaseline')];
    if (r.recordedDaysAfter < minDaysAfter)
      return [phrase('shift.tooEarly', { count: r.recordedDaysAfter, needed: minDaysAfter })];
    return [phrase('shift.fewBefore')];
  }
  const b = r.baseline!;
  const latest = r.after.at(-1)!;
  const nearLine = straddlesMinEffect(r);
  const caution = nearLine
    ? [phrase('shift.cautionSmall')]
    : latest.n < 14
      ? [phrase('shift.cautionShort')]
      : [];
  const since = { before: one(b.mean), latest: one(latest.mean), count: latest.n };
  switch (r.status) {
    case 'stuck':
      return [phrase(r.direction === 'higher' ? 'shift.stuckUp' : 'shift.stuckDown', since), ...caution];
    case 'reverted': {
      const peak = r.after.reduce((p, s) =>
        (r.direction === 'higher' ? s.mean > p.mean : s.mean < p.mean) ? s : p,
      );
      return [
        phrase('shift.reverted', {
          peak: one(peak.mean),
          count: peak.n,
          latest: one(latest.mean),
          before: one(b.mean),
        }),
        ...caution,
      ];
    }
    case 'opposite':
      return [phrase('shift.opposite', since), ...caution];
    default:
      return [phrase('shift.none', { ...since, min: one(r.minEffect) }), ...caution];
  }
}
