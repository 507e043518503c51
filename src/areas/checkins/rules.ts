import { addDays, isCalendarDate } from '../../dates.ts';
import { AppError, invalid } from '../../server/errors.ts';
import { oneDecimal, type Phrase, phrase } from '../../server/phrases.ts';
import { positiveNegativeRatio } from '../../stats/index.ts';

/** A check-in can be written or changed for this many days after its date, then it is locked. */
export const EDIT_DAYS = 3;
/** How far back "yesterday's values" may come from, so a start is never weeks stale. */
export const START_DAYS = 7;
/** Gottman's ratio of positive to negative interactions in stable couples. */
export const RATIO_TARGET = 5;

export const FIELDS = ['satisfaction', 'energy', 'connection', 'conflicts', 'positives'] as const;
export type Field = (typeof FIELDS)[number];
/** A day's numbers; null where the person left a question unanswered. */
export type Series = Record<Field, number | null>;
export type Means = Record<Field, number | null>;

export interface AcceptedMetric {
  id: string;
  name: string;
  scale_min: number;
  scale_max: number;
}

/** Why a day can't be edited, or null when it can. `today` is the author's local date. */
export type Lock = { code: 'future' } | { code: 'past_window'; days: number };

/** Why a day cannot be filled in, as a code (the web app words it), or null when it can. */
export function lockOf(date: string, today: string): Lock | null {
  if (date > addDays(today, 1)) return { code: 'future' };
  if (date < addDays(today, -EDIT_DAYS)) return { code: 'past_window', days: EDIT_DAYS };
  return null;
}

/** The same in English, for errors and the command line. */
export function lockReason(date: string, today: string): string | null {
  if (date > addDays(today, 1)) return 'A check-in can’t be for a day that hasn’t come yet.';
  if (date < addDays(today, -EDIT_DAYS))
    return `Check-ins can be filled in or changed for ${EDIT_DAYS} days. This day has passed that, so it stays as it was (or stays a gap): a missing day is information, not a failure.`;
  return null;
}

/** Checks a check-in before it is saved; throws a 400 (or 409 for a locked day) naming the field. */
export function checkCheckin(
  input: { date: string; metrics: Record<string, number>; numbers?: Series; note?: string | null },
  ctx: { today: string; accepted: readonly AcceptedMetric[] },
): void {
  if (!isCalendarDate(input.date))
    throw invalid(
      'date',
      `${input.date} is not a real calendar date.`,
      phrase('refuse.notADate', { value: input.date }),
    );
  const locked = lockReason(input.date, ctx.today);
  if (locked)
    throw new AppError('conflict', locked, 'date').saying(
      input.date > ctx.today
        ? phrase('refuse.checkinFuture')
        : phrase('refuse.checkinClosed', { count: EDIT_DAYS }),
    );
  // Everything may be left unanswered, but not all of it at once: that would be a day with no data.
  if (
    input.numbers &&
    FIELDS.every((f) => input.numbers![f] === null) &&
    Object.keys(input.metrics).length === 0 &&
    !input.note?.trim()
  )
    throw invalid(
      'satisfaction',
      'Answer at least one question, or write a note.',
      phrase('refuse.checkinEmpty'),
    );
  const byId = new Map(ctx.accepted.map((m) => [m.id, m]));
  for (const [id, value] of Object.entries(input.metrics)) {
    const m = byId.get(id);
    if (!m)
      throw invalid(
        `metrics.${id}`,
        'That metric is not one of your accepted metrics.',
        phrase('refuse.metricNotAccepted'),
      );
    if (value < m.scale_min || value > m.scale_max)
      throw invalid(
        `metrics.${id}`,
        `${m.name} goes from ${m.scale_min} to ${m.scale_max}; ${value} is outside.`,
        phrase('refuse.metricRange', { name: m.name, min: m.scale_min, max: m.scale_max, value }),
      );
  }
}

/** Checks a proposed metric's fields against each other and the couple's domains. */
export function checkMetric(
  m: { scaleMin: number; scaleMax: number; domain: string | null },
  domainIds: ReadonlySet<string>,
): void {
  if (m.scaleMax <= m.scaleMin)
    throw invalid('scaleMax', 'The top of the scale must be above its bottom.', phrase('refuse.scaleOrder'));
  if (m.domain !== null && !domainIds.has(m.domain))
    throw invalid(
      'domain',
      `"${m.domain}" is not one of your domains.`,
      phrase('refuse.notYourDomain', { value: m.domain }),
    );
}

/** The seven dates ending with `end`, oldest first. */
export function weekDates(end: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(end, i - 6));
}

/** Means of the recorded days only (gaps are left out, never filled), or null with no days. */
export function meanSeries(rows: readonly Series[]): Means | null {
  if (rows.length === 0) return null;
  const out = {} as Means;
  for (const f of FIELDS) {
    // Each question over the days it was answered: an unanswered value is left out, not counted as 0.
    const answered = rows.map((r) => r[f]).filter((v): v is number => v !== null);
    out[f] =
      answered.length === 0
        ? null
        : Math.round((answered.reduce((s, v) => s + v, 0) / answered.length) * 10) / 10;
  }
  return out;
}

export function meansExplanation(mineDays: number, partnerDays: number, span: number): string {
  const few = (n: number) =>
    n === 0 ? 'no days' : n < 4 ? `only ${n} day${n === 1 ? '' : 's'}` : `${n} days`;
  return `Averages of the days that were filled in (${few(mineDays)} of ${span} for you, ${few(partnerDays)} shared by your partner). Missing days are left out, not guessed.${mineDays < 4 || partnerDays < 4 ? ' With few days, an average can move a lot with one more day.' : ''}`;
}

/** The twin of meansExplanation in whole sentences, as codes. */
export function meansPhrases(mineDays: number, partnerDays: number, span: number): Phrase[] {
  return [
    phrase('means.week', { mine: mineDays, partner: partnerDays, span }),
    phrase('means.missing'),
    ...(mineDays < 4 || partnerDays < 4 ? [phrase('means.fewDays')] : []),
  ];
}

/** The ratio's explanation in whole sentences, as codes (the twin of positiveNegativeRatio's English). */
export function ratioPhrases(
  r: { ratio: number | null; lower: number; upper: number | null },
  positives: number,
  negatives: number,
  days: number,
): Phrase[] {
  if (days === 0) return [phrase('ratio.noCheckins')];
  const n = positives + negatives;
  const lower = oneDecimal(r.lower);
  const about =
    n === 0
      ? [phrase('ratio.none')]
      : [
          r.ratio === null
            ? phrase('ratio.noNegatives', { count: positives, lower })
            : r.upper === null
              ? phrase('ratio.aboutOpen', { ratio: oneDecimal(r.ratio), lower })
              : phrase('ratio.about', { ratio: oneDecimal(r.ratio), lower, upper: oneDecimal(r.upper) }),
          phrase('ratio.stable'),
          ...(n < 30 ? [phrase('ratio.rough')] : []),
        ];
  return [...about, ...(days < 5 ? [phrase('ratio.firstImpression', { count: days })] : [])];
}

/** A CSI-4 score in whole sentences, as codes (the twin of scoreCsi4's English). */
export function csi4Phrases(total: number, distressed: boolean): Phrase[] {
  return [
    phrase('csi4.score', { total }),
    phrase(distressed ? 'csi4.strain' : 'csi4.above'),
    phrase('csi4.snapshot'),
  ];
}

/**
 * The positive-to-negative ratio over the check-ins the viewer may see: their own and the
 * partner's shared ones (conflicts count as negative interactions).
 */
export function ratioOf(rows: readonly Pick<Series, 'conflicts' | 'positives'>[]) {
  // Only days where both counts were answered: half a day would tilt the ratio.
  const counted = rows.filter((r) => r.positives !== null && r.conflicts !== null);
  const positives = counted.reduce((s, r) => s + r.positives!, 0);
  const negatives = counted.reduce((s, r) => s + r.conflicts!, 0);
  const r = positiveNegativeRatio(positives, negatives);
  const days = counted.length;
  return {
    positives,
    negatives,
    ratio: r.ratio,
    lower: r.lower,
    upper: r.upper,
    target: RATIO_TARGET,
    phrases: ratioPhrases(r, positives, negatives, days),
    explanation:
      days === 0
        ? 'No check-ins to count yet. Once a few days are in, this compares positive moments with conflicts.'
        : `${r.explanation}${days < 5 ? ` Counted from ${days} check-in${days === 1 ? '' : 's'} only, so treat it as a first impression.` : ''}`,
  };
}

/** The local month (YYYY-MM) of a date, and the month before it. */
export const monthOf = (date: string) => date.slice(0, 7);
export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/** Checks the four CSI-4 answers: item 1 is 0–6, items 2–4 are 0–5. */
export function checkCsi4Items(items: readonly number[]): void {
  items.forEach((v, i) => {
    const max = i === 0 ? 6 : 5;
    if (v > max) throw invalid(`items.${i}`, `Question ${i + 1} is answered from 0 to ${max}.`);
  });
}

export const CSI4_MEANING =
  'The CSI-4 (Funk & Rogge, 2007) asks four questions about how happy and satisfied you are together; scores run from 0 to 21. Below 13.5 is the line researchers use for a relationship under notable strain: a signal to look after it, not a verdict. One month is a snapshot; the trend over months says more.';

/** The answered values of a day, without the unanswered ones (null: missing is missing). */
export function answered(values: Record<string, number | null>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(values)) if (v !== null) out[k] = v;
  return out;
}
