import { addDays } from '../../dates.ts';
import type { DailySeries } from '../../stats/lagged.ts';

/*
 * From the rows one viewer may see to the daily series the lagged test needs: actions (kinds of
 * log entries, habit check-offs and rituals kept, by each partner) and outcomes (each partner's
 * check-in metrics). Pure: the store loads the rows through the viewer's scope and passes them in.
 */

/**
 * Kinds of log entry that are something a partner does for the relationship. Repairs are left
 * out: one follows a conflict almost always, so its day's outcome is the conflict's, and the
 * test cannot tell the two apart (the loops show conflict → repair instead).
 */
export const ACTION_KINDS = ['appreciation', 'gesture', 'promise'] as const;
export type ActionKind = (typeof ACTION_KINDS)[number];

/** The three built-in rated check-in metrics; counts (conflicts, positives) are behaviour, not outcomes. */
export const BUILT_IN_OUTCOMES = ['satisfaction', 'energy', 'connection'] as const;

/** The longest history the scan looks at: three years. */
export const MAX_DAYS = 3 * 365;

export interface CreditRows {
  /** The viewer's local day: the last day of the series. */
  today: string;
  /** The couple's partners (user ids). */
  partners: string[];
  entries: Array<{ author: string; kind: string; date: string }>;
  checkins: Array<{ author: string; date: string; values: Record<string, number> }>;
  /** Days a habit or ritual was done, by whom. */
  done: Array<{ source: 'habit' | 'ritual'; id: string; by: string; date: string }>;
  habits: Array<{ id: string; label: string; start: string }>;
  rituals: Array<{ id: string; label: string; start: string }>;
  /** The outcome metrics: the built-in ones and the couple's accepted own ones. */
  metrics: Array<{ id: string; better: 'higher' | 'lower' }>;
  /** Stress periods (a new baby, a job loss), `until` null while open. */
  stress: Array<{ from: string; until: string | null }>;
}

export type ActionRef =
  | { who: string; kind: ActionKind }
  | { who: string; habit: string; label: string }
  | { who: string; ritual: string; label: string };

export interface ActionSeries {
  key: string;
  ref: ActionRef;
  series: DailySeries;
}

export interface OutcomeSeries {
  key: string;
  who: string;
  metric: string;
  better: 'higher' | 'lower';
  series: DailySeries;
}

export interface CreditSeries {
  start: string;
  days: number;
  actions: ActionSeries[];
  outcomes: OutcomeSeries[];
}

/** Fewest days with and without an action, and fewest recorded outcome days, for a series to be tested. */
const MIN_ACTION_DAYS = 8;
const MIN_OUTCOME_DAYS = 30;

export function actionKey(ref: ActionRef): string {
  if ('kind' in ref) return `log:${ref.who}:${ref.kind}`;
  if ('habit' in ref) return `habit:${ref.habit}:${ref.who}`;
  return `ritual:${ref.ritual}:${ref.who}`;
}

/** Days between two ISO dates (b − a). */
export function dayIndex(start: string, date: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);
}

/**
 * The series of one viewer's data, from the first recorded day (at most three years back) to
 * `today`. An action counts its events per day (0 on a day without, null before its habit or
 * ritual began); an outcome is the day's value or null when no check-in was made (never imputed).
 */
export function buildSeries(rows: CreditRows): CreditSeries {
  const dates = [
    ...rows.entries.map((e) => e.date),
    ...rows.checkins.map((c) => c.date),
    ...rows.done.map((d) => d.date),
  ].filter((d) => d <= rows.today);
  // ISO dates sort as text: the earliest recorded day, but at most three years back.
  const [first] = [...dates, rows.today].sort();
  const earliest = addDays(rows.today, -(MAX_DAYS - 1));
  const start = [first!, earliest].sort()[1]!;
  const days = dayIndex(start, rows.today) + 1;
  const at = (date: string) => {
    const i = dayIndex(start, date);
    return i >= 0 && i < days ? i : -1;
  };

  // Stress periods are left out of every series: a new baby changes everything at once, and
  // every habit kept less often in those months would look like it mattered.
  const calm = new Array<boolean>(days).fill(true);
  for (const p of rows.stress) {
    const from = Math.max(0, dayIndex(start, p.from));
    const to = Math.min(days - 1, dayIndex(start, p.until ?? rows.today));
    for (let i = from; i <= to; i++) calm[i] = false;
  }
  const onCalmDays = (xs: (number | null)[]) => xs.map((x, i) => (calm[i] ? x : null));

  const actions: ActionSeries[] = [];
  const pushAction = (ref: ActionRef, all: (number | null)[]) => {
    const series = onCalmDays(all);
    const recorded = series.filter((x) => x !== null);
    const withAction = recorded.filter((x) => x > 0).length;
    if (withAction >= MIN_ACTION_DAYS && recorded.length - withAction >= MIN_ACTION_DAYS)
      actions.push({ key: actionKey(ref), ref, series });
  };
  for (const who of rows.partners) {
    for (const kind of ACTION_KINDS) {
      const s = new Array<number | null>(days).fill(0);
      for (const e of rows.entries) {
        const i = at(e.date);
        if (e.author === who && e.kind === kind && i >= 0) s[i] = (s[i] as number) + 1;
      }
      pushAction({ who, kind }, s);
    }
    for (const source of ['habit', 'ritual'] as const) {
      for (const item of source === 'habit' ? rows.habits : rows.rituals) {
        const from = Math.max(0, dayIndex(start, item.start));
        const s: (number | null)[] = Array.from({ length: days }, (_, i) => (i >= from ? 0 : null));
        for (const d of rows.done) {
          const i = at(d.date);
          if (d.source === source && d.id === item.id && d.by === who && i >= from) s[i] = 1;
        }
        pushAction(
          source === 'habit'
            ? { who, habit: item.id, label: item.label }
            : { who, ritual: item.id, label: item.label },
          s,
        );
      }
    }
  }

  const outcomes: OutcomeSeries[] = [];
  for (const who of rows.partners) {
    for (const m of rows.metrics) {
      const s = new Array<number | null>(days).fill(null);
      for (const c of rows.checkins) {
        const i = at(c.date);
        const v = c.values[m.id];
        if (c.author === who && i >= 0 && typeof v === 'number') s[i] = v;
      }
      const series = onCalmDays(s);
      if (series.filter((x) => x !== null).length >= MIN_OUTCOME_DAYS)
        outcomes.push({ key: `${who}:${m.id}`, who, metric: m.id, better: m.better, series });
    }
  }
  return { start, days, actions, outcomes };
}
