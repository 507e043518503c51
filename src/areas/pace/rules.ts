/**
 * Pace per domain: how many new changes at once, and how big. The app recommends, the couple
 * decides; nothing here changes a pace by itself.
 */
import { addDays } from '../../dates.ts';
import { isoWeekday, type Schedule, scheduleRate } from '../habits/rules.ts';

export interface Pace {
  /** New habits active at once in the domain. */
  maxActive: number;
  size: 'small' | 'medium' | 'large';
  decidedAt: string | null;
}

/** Start conservative: one small change at a time. */
export const DEFAULT_PACE: Pace = { maxActive: 1, size: 'small', decidedAt: null };

/**
 * The habit-strength half-life multiplier of a domain's pace (`habitStrength`'s `pace`): a
 * bigger change is judged over a longer memory before it counts as holding (small 1 = Loop's
 * own half-life, medium 1.25, large 1.5).
 */
export function paceMultiplier(size: Pace['size']): number {
  return size === 'small' ? 1 : size === 'medium' ? 1.25 : 1.5;
}

/** Weeks of high adherence before raising the pace is suggested, and the thresholds. */
export const RAISE_WEEKS = 3;
export const RAISE_AT = 0.8;
export const EASE_WEEKS = 2;
export const EASE_BELOW = 0.5;

export interface AdherenceHabit {
  schedule: Schedule;
  startDate: string;
  status: 'active' | 'paused' | 'graduated' | 'retired';
  statusSince: string;
  marks: ReadonlyMap<string, 'done' | 'skip'>;
}

/**
 * Adherence of a domain's habits in each of the `weeks` full weeks before `today` (oldest first):
 * done ÷ asked, where asked counts scheduled days the habit was active and not skipped (k/n per
 * day for "k in n days"). A week that asked nothing is null: no data, not zero.
 */
export function weeklyAdherence(
  habits: readonly AdherenceHabit[],
  today: string,
  weeks = 6,
): (number | null)[] {
  const out: (number | null)[] = [];
  for (let w = weeks; w >= 1; w--) {
    const start = addDays(today, -7 * w);
    let asked = 0;
    let done = 0;
    for (const h of habits) {
      for (let i = 0; i < 7; i++) {
        const d = addDays(start, i);
        if (d < h.startDate) continue;
        if (h.status !== 'active' && d >= h.statusSince) continue;
        const mark = h.marks.get(d);
        if (mark === 'skip') continue;
        const want =
          h.schedule.kind === 'weekdays'
            ? h.schedule.weekdays.includes(isoWeekday(d))
              ? 1
              : 0
            : scheduleRate(h.schedule);
        asked += want;
        if (mark === 'done') done += want > 0 ? 1 : 0;
      }
    }
    out.push(asked > 0 ? Math.min(1, done / asked) : null);
  }
  return out;
}

/**
 * Why a recommendation was made, as a code and its numbers: the web app words it in the reader's
 * language; `describeReason` words it in English for the command line.
 */
export type PaceReason =
  | { code: 'no_active_habit'; params: Record<string, never> }
  | { code: 'low_adherence'; params: { weeks: number[]; below: number } }
  | { code: 'backing_off_helps'; params: Record<string, never> }
  | { code: 'steady_adherence'; params: { weeks: number[]; atLeast: number; count: number } }
  | { code: 'could_raise'; params: { next: number } }
  | { code: 'at_fastest'; params: Record<string, never> }
  | { code: 'no_full_week'; params: { needed: number } }
  | { code: 'few_weeks'; params: { count: number; needed: number } }
  | { code: 'mixed'; params: { weeks: (number | null)[] } };

export interface Recommendation {
  advice: 'raise' | 'hold' | 'ease';
  why: PaceReason[];
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** A reason in English (the CLI, and the API's `reasons` for older clients). */
export function describeReason(r: PaceReason): string {
  switch (r.code) {
    case 'no_active_habit':
      return 'No active habit in this domain yet, so there is nothing to judge the pace by.';
    case 'low_adherence':
      return `Adherence was ${r.params.weeks.map(pct).join(' and ')} in the last two weeks, under ${pct(r.params.below)}.`;
    case 'backing_off_helps':
      return 'Backing off (fewer or smaller changes at once) often helps a change hold. A lapse is information, not failure.';
    case 'steady_adherence':
      return `Adherence stayed at or above ${pct(r.params.atLeast)} for ${r.params.count} weeks in a row (${r.params.weeks.map(pct).join(', ')}).`;
    case 'could_raise':
      return `You could take on ${r.params.next} changes at once here, or a bigger one. Only if you both want to.`;
    case 'at_fastest':
      return 'You are already at the fastest pace we suggest; keep going.';
    case 'no_full_week':
      return `No full week of data yet; ${r.params.needed} steady weeks are needed before suggesting more.`;
    case 'few_weeks':
      return `Only ${r.params.count} week${r.params.count === 1 ? '' : 's'} of data so far; ${r.params.needed} steady weeks are needed before suggesting more.`;
    case 'mixed':
      return `Adherence has been mixed lately (${r.params.weeks.map((x) => (x === null ? 'no data' : pct(x))).join(', ')}): keep the current pace.`;
  }
}

/** The recommendation for a domain from its weekly adherence (oldest first), with its reasons. */
export function recommendPace(
  adherence: readonly (number | null)[],
  pace: Pace,
  active: number,
): Recommendation {
  const recent = adherence.slice(-RAISE_WEEKS);
  const lastTwo = adherence.slice(-EASE_WEEKS).filter((x): x is number => x !== null);
  if (active === 0) return { advice: 'hold', why: [{ code: 'no_active_habit', params: {} }] };
  if (lastTwo.length === EASE_WEEKS && lastTwo.every((x) => x < EASE_BELOW))
    return {
      advice: 'ease',
      why: [
        { code: 'low_adherence', params: { weeks: lastTwo, below: EASE_BELOW } },
        { code: 'backing_off_helps', params: {} },
      ],
    };
  if (recent.length === RAISE_WEEKS && recent.every((x) => x !== null && x >= RAISE_AT))
    return {
      advice: 'raise',
      why: [
        {
          code: 'steady_adherence',
          params: { weeks: recent as number[], atLeast: RAISE_AT, count: RAISE_WEEKS },
        },
        pace.maxActive < 5
          ? { code: 'could_raise', params: { next: pace.maxActive + 1 } }
          : { code: 'at_fastest', params: {} },
      ],
    };
  const known = adherence.filter((x) => x !== null).length;
  return {
    advice: 'hold',
    why: [
      known === 0
        ? { code: 'no_full_week', params: { needed: RAISE_WEEKS } }
        : known < RAISE_WEEKS
          ? { code: 'few_weeks', params: { count: known, needed: RAISE_WEEKS } }
          : { code: 'mixed', params: { weeks: [...recent] } },
    ],
  };
}
