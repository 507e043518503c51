/**
 * "About N more days to automatic": the weekly SRBAI answers of a habit (Gardner et al. 2012)
 * fitted to the Lally et al. (2010) curve by `src/stats`, with an 80 % profile-likelihood interval
 * for the day it becomes automatic, in words.
 *
 * The fit and its interval take a few milliseconds, so they are computed once per new answer and
 * stored with it (`habit_srbai.automaticity`, see `computeAutomaticity`); a read only turns the
 * stored days since the start into days from today. Answers without a stored estimate (entered
 * before it existed, or restored from an older backup) are estimated on the fly.
 */

import { oneDecimal, type Phrase, phrase } from '../../server/phrases.ts';
import { MIN_AUTOMATICITY_POINTS } from '../../stats/automaticity.ts';
import { DAY95_LEVEL, day95Interval } from '../../stats/automaticity-interval.ts';
import { fitAutomaticity, scoreSrbai } from '../../stats/index.ts';
import { daysBetween } from './rules.ts';

export interface SrbaiAnswer {
  date: string;
  items: number[];
}

/** What is stored with the latest answer: the estimate from all of that person's answers so far. */
export type StoredAutomaticity =
  | {
      status: 'fitted';
      /** Answers the estimate was computed from. */
      answers: number;
      /** The habit's start date the days are counted from. */
      startDate: string;
      /** Days since the habit started (fractional), with the interval at `level`. */
      day95: number;
      low: number;
      high: number | null;
      level: number;
    }
  | {
      status: 'not enough data';
      answers: number;
      startDate: string;
      explanation: string;
      /** Missing in estimates stored before it existed: then told from the number of answers. */
      why?: 'few' | 'not_levelling' | 'not_rising';
    };

export interface AutomaticityEstimate {
  status: 'fitted' | 'not enough data';
  answers: number;
  latest: number | null;
  daysLeft: number | null;
  daysLeftLow: number | null;
  daysLeftHigh: number | null;
  /** Confidence level of daysLeftLow…daysLeftHigh (null when not fitted). */
  level: number | null;
  explanation: string;
  phrases: Phrase[];
}

function pointsOf(answers: readonly SrbaiAnswer[], startDate: string) {
  return [...answers]
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((a) => ({ day: daysBetween(startDate, a.date), srbai: scoreSrbai(a.items) }));
}

/** The estimate to store with a new answer (`answers` includes it). */
export function computeAutomaticity(answers: readonly SrbaiAnswer[], startDate: string): StoredAutomaticity {
  const points = pointsOf(answers, startDate);
  const fit = fitAutomaticity(points);
  if (fit.status !== 'fitted')
    return {
      status: 'not enough data',
      answers: points.length,
      startDate,
      explanation: fit.explanation,
      why: fit.why,
    };
  const iv = day95Interval(points, DAY95_LEVEL)!;
  return { status: 'fitted', answers: points.length, startDate, ...iv };
}

/**
 * The estimate for a habit started on `startDate`, as of `today`: from `stored` when it was
 * computed from exactly these answers and start date, otherwise computed now.
 */
export function estimateAutomaticity(
  answers: readonly SrbaiAnswer[],
  startDate: string,
  today: string,
  stored: StoredAutomaticity | null = null,
): AutomaticityEstimate {
  const points = pointsOf(answers, startDate);
  const latest = points.at(-1)?.srbai ?? null;
  const est =
    stored !== null && stored.answers === points.length && stored.startDate === startDate
      ? stored
      : computeAutomaticity(answers, startDate);
  const base = { answers: points.length, latest };
  if (est.status !== 'fitted') {
    return {
      ...base,
      status: 'not enough data',
      daysLeft: null,
      daysLeftLow: null,
      daysLeftHigh: null,
      level: null,
      explanation: est.explanation,
      phrases: [
        (est.why ?? (points.length < MIN_AUTOMATICITY_POINTS ? 'few' : 'not_rising')) === 'few'
          ? phrase('automaticity.fewScores', { count: points.length, needed: MIN_AUTOMATICITY_POINTS })
          : phrase(est.why === 'not_levelling' ? 'automaticity.notLevelling' : 'automaticity.notRising'),
        phrase('automaticity.keepAnswering'),
      ],
    };
  }
  const now = daysBetween(startDate, today);
  const left = (d: number) => Math.max(0, Math.round(d - now));
  const daysLeft = left(est.day95);
  const low = left(est.low);
  const high = est.high === null ? null : left(est.high);
  const pct = Math.round(est.level * 100);
  const spread =
    high === null
      ? `at least ${low} days, and your answers cannot yet say how much longer: the curve has not levelled off enough to put an upper limit on it`
      : low === high
        ? 'the answers agree closely'
        : `we are ${pct}% sure it is between ${low} and ${high} days`;
  const explanation =
    daysLeft === 0
      ? `Your answers say this has become close to automatic (${latest?.toFixed(1)} of 7 lately). Time to think about graduating it.`
      : `About ${daysLeft} more days until this feels automatic (${spread}). Your latest score is ${latest?.toFixed(1)} of 7; most habits take two to three months, and slow is normal.`;
  return {
    ...base,
    status: 'fitted',
    daysLeft,
    daysLeftLow: low,
    daysLeftHigh: high,
    level: est.level,
    explanation,
    phrases:
      daysLeft === 0
        ? [phrase('automaticity.automatic', { latest: oneDecimal(latest ?? 0) })]
        : [
            phrase('automaticity.daysLeft', { count: daysLeft }),
            high === null
              ? phrase('automaticity.noUpperLimit', { low })
              : low === high
                ? phrase('automaticity.agree')
                : phrase('automaticity.between', { pct, low, high }),
            phrase('automaticity.latest', { latest: oneDecimal(latest ?? 0) }),
          ],
  };
}
