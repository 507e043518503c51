/**
 * Anchors' domain rules, pure: the floor in effect, what may change during a stress period, and
 * an anchor's view with its lapse test (`src/stats/lapse.ts`).
 */
import { addDays, isCalendarDate } from '../../dates.ts';
import { AppError, invalid } from '../../server/errors.ts';
import { type Phrase, phrase } from '../../server/phrases.ts';
import { explainLapse, type LapseCheck, lapseHistory } from '../../stats/lapse.ts';
import type { AnchorRow } from '../../storage/tables.ts';

/** Check-offs can be added or undone for this many days (a date night is often logged later). */
export const EDIT_WINDOW_DAYS = 7;

export interface Cadence {
  times: number;
  days: number;
}

export function describeCadence(c: Cadence): string {
  if (c.times === 1 && c.days === 1) return 'every day';
  if (c.days === 7) return c.times === 1 ? 'once a week' : `${c.times} times a week`;
  return `${c.times === 1 ? 'once' : `${c.times} times`} in ${c.days} days`;
}

export function checkCadence(c: Cadence, field = 'cadence'): void {
  if (c.times > c.days)
    throw invalid(
      `${field}.times`,
      'An anchor is kept at most once a day, so times can’t exceed days.',
      phrase('refuse.anchorOncePerDay'),
    );
}

/** The floor in effect: the lowered one while a stress period is open. */
export function effectiveCadence(a: AnchorRow, stressOpen: boolean): Cadence {
  return stressOpen && a.lowered_times !== null && a.lowered_days !== null
    ? { times: a.lowered_times, days: a.lowered_days }
    : { times: a.times, days: a.days };
}

/**
 * A new floor during a stress period may be lower (or the usual one again), never higher, and
 * the anchor stays: that is what holds the couple together while the rest pauses.
 */
export function lowerDuringStress(normal: Cadence, wanted: Cadence): Cadence | null {
  if (wanted.times / wanted.days > normal.times / normal.days)
    throw invalid(
      'cadence',
      `During a stress period an anchor can only be lowered (it is usually ${describeCadence(normal)}); raise it once things settle.`,
      phrase('refuse.anchorOnlyLower'),
    );
  return wanted.times === normal.times && wanted.days === normal.days ? null : wanted;
}

export function refuseRemovalDuringStress(stressOpen: boolean): void {
  if (stressOpen)
    throw new AppError(
      'conflict',
      'During a stress period an anchor can be lowered but not removed: it is what keeps you close right now.',
    ).saying(phrase('refuse.anchorKeepDuringStress'));
}

export function checkCheckoffDate(date: string, today: string, startDate: string): void {
  if (!isCalendarDate(date))
    throw invalid('date', `${date} is not a real calendar date.`, phrase('refuse.notADate', { value: date }));
  if (date > today)
    throw invalid(
      'date',
      'A day that has not happened yet can’t be checked off.',
      phrase('refuse.checkoffFuture'),
    );
  if (date < addDays(today, -EDIT_WINDOW_DAYS))
    throw invalid(
      'date',
      `Check-offs can be changed for ${EDIT_WINDOW_DAYS} days; that day has closed.`,
      phrase('refuse.checkoffClosed', { count: EDIT_WINDOW_DAYS }),
    );
  if (date < startDate)
    throw invalid('date', 'That day is before this anchor started.', phrase('refuse.beforeAnchorStart'));
}

/** Whether a log entry keeps an anchor kept by log entries. */
export function logKeeps(
  a: Pick<AnchorRow, 'log_kind' | 'log_domain'>,
  e: { kind: string; domains: string },
) {
  if (e.kind !== a.log_kind) return false;
  return a.log_domain === null || (JSON.parse(e.domains) as string[]).includes(a.log_domain);
}

export interface AnchorView {
  id: string;
  name: string;
  cadence: Cadence & { summary: string };
  normalCadence: (Cadence & { summary: string }) | null;
  source:
    | { kind: 'checkoff' }
    | { kind: 'log'; logKind: NonNullable<AnchorRow['log_kind']>; domain?: string };
  startDate: string;
  status: 'holding' | 'lapsed' | 'too_early';
  evidence: string;
  evidencePhrases: Phrase[];
  p: number | null;
  lapses: { from: string; flaggedOn: string; until: string | null }[];
  kept: string[];
}

/** An anchor with its lapse test run over its whole history, up to `today`. */
export function presentAnchor(
  a: AnchorRow,
  keptDates: string[],
  today: string,
  stressOpen: boolean,
): AnchorView {
  const cadence = effectiveCadence(a, stressOpen);
  const lowered = cadence.times !== a.times || cadence.days !== a.days;
  const kept = [...new Set(keptDates.filter((d) => d >= a.start_date && d <= today))].sort();
  const recentFrom = addDays(today, -90);
  const started = today >= a.start_date;
  const history = started ? lapseHistory({ ...cadence, start: a.start_date, keptDates: kept }, today) : null;
  const check = history?.today;
  return {
    id: a.id,
    name: a.name,
    cadence: { ...cadence, summary: describeCadence(cadence) },
    normalCadence: lowered ? { times: a.times, days: a.days, summary: describeCadence(a) } : null,
    source:
      a.source === 'log' && a.log_kind
        ? { kind: 'log', logKind: a.log_kind, ...(a.log_domain ? { domain: a.log_domain } : {}) }
        : { kind: 'checkoff' },
    startDate: a.start_date,
    status: !check?.judged ? 'too_early' : check.lapsed ? 'lapsed' : 'holding',
    evidence: check
      ? explainLapse(a.name, check, cadence.days, cadence.times)
      : `${a.name} starts on ${a.start_date}.`,
    evidencePhrases: check
      ? lapsePhrases(check, cadence.days)
      : [phrase('lapse.notStarted', { name: a.name, date: a.start_date })],
    p: check?.judged ? check.p : null,
    lapses: history?.lapses ?? [],
    kept: kept.filter((d) => d > recentFrom),
  };
}

/**
 * The lapse test as phrase codes (the web app words them; `explainLapse` stays for the command
 * line). One code per period unit, so no sentence is glued from a unit word.
 */
export function lapsePhrases(c: LapseCheck, days: number): Phrase[] {
  const unit = days === 7 ? 'week' : days === 1 ? 'day' : 'stretch';
  if (!c.judged) return [phrase(`lapse.early.${unit}`, { days })];
  const pct = (x: number) => Math.round(100 * x);
  return [
    phrase(`lapse.recent.${unit}`, { count: c.recent.periods, kept: c.recent.kept, days }),
    phrase(`lapse.usual.${unit}`, {
      count: c.baseline.periods,
      kept: c.baseline.kept,
      days,
      pct: pct(c.baseline.kept / c.baseline.periods),
      low: pct(c.baseline.low),
      high: pct(c.baseline.high),
    }),
    c.lapsed
      ? phrase('lapse.lapsed', { chance: Math.max(1, pct(c.p)) })
      : c.recent.kept === c.recent.periods
        ? phrase('lapse.holding')
        : phrase('lapse.dip', { chance: pct(c.p) }),
  ];
}
