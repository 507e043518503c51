/**
 * "About N more days to automatic": the weekly SRBAI answers of a habit (Gardner et al. 2012)
 * fitted to the Lally et al. (2010) curve by `src/stats`, with a leave-one-out range, in words.
 */
import { automaticityRange } from '../../stats/automaticity-range.ts';
import { fitAutomaticity, scoreSrbai } from '../../stats/index.ts';
import { daysBetween } from './rules.ts';

export interface SrbaiAnswer {
  date: string;
  items: number[];
}

export interface AutomaticityEstimate {
  status: 'fitted' | 'not enough data';
  answers: number;
  latest: number | null;
  daysLeft: number | null;
  daysLeftLow: number | null;
  daysLeftHigh: number | null;
  explanation: string;
}

/** The estimate for a habit started on `startDate`, as of `today`. */
export function estimateAutomaticity(
  answers: readonly SrbaiAnswer[],
  startDate: string,
  today: string,
): AutomaticityEstimate {
  const points = [...answers]
    .sort((a, b) => (a.date < b.date ? -1 : 1))
    .map((a) => ({ day: daysBetween(startDate, a.date), srbai: scoreSrbai(a.items) }));
  const latest = points.at(-1)?.srbai ?? null;
  const fit = fitAutomaticity(points);
  const base = { answers: points.length, latest };
  if (fit.status !== 'fitted') {
    return {
      ...base,
      status: 'not enough data',
      daysLeft: null,
      daysLeftLow: null,
      daysLeftHigh: null,
      explanation: fit.explanation,
    };
  }
  const range = automaticityRange(points)!;
  const now = daysBetween(startDate, today);
  const left = (d: number) => Math.max(0, Math.round(d - now));
  const daysLeft = left(range.day95);
  const low = left(range.low);
  const high = range.high === null ? null : left(range.high);
  const spread =
    high === null
      ? `it could be ${low} days or much longer: with ${points.length} answers, one answer more or less changes the curve a lot`
      : low === high
        ? 'the answers agree closely'
        : `probably between ${low} and ${high} days, judging by how much the estimate moves when any one answer is left out`;
  const explanation =
    daysLeft === 0
      ? `Your answers say this has become close to automatic (${latest?.toFixed(1)} of 7 lately). Time to think about graduating it.`
      : `About ${daysLeft} more days until this feels automatic (${spread}). Your latest score is ${latest?.toFixed(1)} of 7; most habits take two to three months, and slow is normal.`;
  return { ...base, status: 'fitted', daysLeft, daysLeftLow: low, daysLeftHigh: high, explanation };
}
