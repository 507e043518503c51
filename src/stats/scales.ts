/**
 * Questionnaire scales and the positive-to-negative ratio.
 */
import { normalQuantile } from './distributions.ts';

/**
 * CSI-4, the four-item Couples Satisfaction Index (Funk & Rogge 2007, "Testing the ruler with
 * item response theory", J. Family Psychology 21(4)): item 1 (overall happiness) 0–6, items 2–4
 * (warm and comfortable, rewarding, satisfied) 0–5 each; total 0–21; totals below 13.5 suggest
 * notable relationship distress.
 */
export const CSI4_MAX = [6, 5, 5, 5] as const;
export const CSI4_DISTRESS_CUTOFF = 13.5;

export function scoreCsi4(items: readonly number[]): {
  total: number;
  distressed: boolean;
  explanation: string;
} {
  if (items.length !== 4) throw new RangeError(`CSI-4 has 4 items, got ${items.length}`);
  items.forEach((v, i) => {
    if (!Number.isInteger(v) || v < 0 || v > CSI4_MAX[i]!)
      throw new RangeError(`CSI-4 item ${i + 1} must be a whole number 0–${CSI4_MAX[i]}, got ${v}`);
  });
  const total = items.reduce((s, v) => s + v, 0);
  const distressed = total < CSI4_DISTRESS_CUTOFF;
  return {
    total,
    distressed,
    explanation: `Your satisfaction score is ${total} of 21. ${distressed ? 'Scores below 13.5 are common in couples going through a hard time; it is a reason to look after the relationship, not a verdict on it.' : 'That is above 13.5, the line researchers use for a relationship under strain.'} One score is a snapshot: the trend over weeks says more.`,
  };
}

/**
 * SRBAI, the Self-Report Behavioural Automaticity Index (Gardner, Abraham, Lally & de Bruijn
 * 2012, Int. J. Behavioral Nutrition and Physical Activity 9:102): four items ("…is something
 * I do automatically / without having to consciously remember / without thinking / before I
 * realise I'm doing it"), each 1–7; the score is their mean.
 */
export function scoreSrbai(items: readonly number[]): number {
  if (items.length !== 4) throw new RangeError(`SRBAI has 4 items, got ${items.length}`);
  for (const v of items) if (!(v >= 1 && v <= 7)) throw new RangeError(`SRBAI items are 1–7, got ${v}`);
  return items.reduce((s, v) => s + v, 0) / 4;
}

/**
 * Gottman's positive-to-negative interaction ratio (Gottman 1994, "What predicts divorce?";
 * about 5:1 in stable couples) with an interval. Conditional on the total, the positives are
 * binomial with share θ = P / (P + N) (the classical way to compare two Poisson counts), so the
 * Wilson (1927) score interval for θ is mapped to the ratio θ / (1 − θ). With no negatives the
 * ratio is reported as null (infinite) and only the lower limit is finite.
 */
export function positiveNegativeRatio(
  positives: number,
  negatives: number,
  confidence = 0.95,
): { ratio: number | null; lower: number; upper: number | null; method: string; explanation: string } {
  if (!(Number.isInteger(positives) && Number.isInteger(negatives) && positives >= 0 && negatives >= 0)) {
    throw new RangeError('counts must be whole numbers ≥ 0');
  }
  const n = positives + negatives;
  const method =
    'Wilson score interval for P / (P + N), mapped to the ratio (conditional Poisson comparison)';
  if (n === 0)
    return { ratio: null, lower: 0, upper: null, method, explanation: 'No interactions recorded yet.' };
  const z = normalQuantile(1 - (1 - confidence) / 2);
  const p = positives / n;
  const centre = (p + (z * z) / (2 * n)) / (1 + (z * z) / n);
  const half = (z / (1 + (z * z) / n)) * Math.sqrt((p * (1 - p)) / n + (z * z) / (4 * n * n));
  const lo = Math.max(0, centre - half);
  const hi = Math.min(1, centre + half);
  const odds = (t: number) => (t >= 1 ? null : t / (1 - t));
  const ratio = negatives === 0 ? null : positives / negatives;
  const lower = odds(lo) ?? 0;
  const upper = odds(hi);
  return {
    ratio,
    lower,
    upper,
    method,
    explanation: `${ratio === null ? `${positives} positive moments and no negative ones` : `About ${ratio.toFixed(1)} positive moments for every negative one`} (probably between ${lower.toFixed(1)} and ${upper === null ? 'no upper limit yet' : upper.toFixed(1)}). Stable couples are often around 5 to 1.${n < 30 ? ' With few moments recorded, this is still rough.' : ''}`,
  };
}
