import { addDays } from '../../dates.ts';

/*
 * Pure rules of the coach area: how a week is summarised for a coach, and what "changed since
 * the last session" says. No I/O: the rows come from the coach's reader (scope.ts).
 */

/** The digest's week: the seven local days up to today, and the seven before them. */
export function weekOf(today: string) {
  return { from: addDays(today, -6), to: today, previousFrom: addDays(today, -13) };
}

const mean = (xs: number[]) =>
  xs.length === 0 ? null : Math.round((xs.reduce((a, b) => a + b, 0) / xs.length) * 10) / 10;

/** Mean of each daily check-in number over a period against the period of the same length before it. */
export function trendsOf(
  rows: readonly {
    date: string;
    satisfaction: number | null;
    connection: number | null;
    energy: number | null;
  }[],
  from: string,
  to: string,
  previousFrom: string,
) {
  const now = rows.filter((r) => r.date >= from && r.date <= to);
  const before = rows.filter((r) => r.date >= previousFrom && r.date < from);
  return (['satisfaction', 'connection', 'energy'] as const).map((metric) => ({
    metric,
    // An unanswered value is missing, not zero.
    thisWeek: mean(now.flatMap((r) => (r[metric] === null ? [] : [Number(r[metric])]))),
    lastWeek: mean(before.flatMap((r) => (r[metric] === null ? [] : [Number(r[metric])]))),
    days: new Set(now.map((r) => r.date)).size,
  }));
}

export interface DigestFacts {
  trends: { metric: string; thisWeek: number | null; lastWeek: number | null }[] | null;
  experiments:
    | {
        title: string;
        status: string;
        startDate: string | null;
        endDate: string | null;
        verdict: string | null;
      }[]
    | null;
  anchors: { name: string; keptInPeriod: number; lapsedInPeriod: boolean }[] | null;
  habits: { action: string; status: string; strength: number; since: string }[] | null;
}

/** One thing that changed since the last session: a kind, what it is about, and a detail. */
export interface Change {
  kind: 'trend' | 'experiment_started' | 'experiment_ended' | 'anchor_lapsed' | 'habit_status';
  subject: string;
  detail: string;
  /** The same in plain English words, for the command line. */
  text: string;
}

/**
 * What changed between `since` and `today`, for a session's preparation. A lapse is information,
 * not a failure, and is worded so.
 */
export function changesSince(d: DigestFacts, since: string, today: string): Change[] {
  const out: Change[] = [];
  for (const t of d.trends ?? [])
    if (t.thisWeek !== null && t.lastWeek !== null && Math.abs(t.thisWeek - t.lastWeek) >= 0.5)
      out.push({
        kind: 'trend',
        subject: t.metric,
        detail: `${t.lastWeek} → ${t.thisWeek}`,
        text: `Average ${t.metric} moved from ${t.lastWeek} to ${t.thisWeek}.`,
      });
  for (const e of d.experiments ?? []) {
    if (e.startDate && e.startDate >= since && e.startDate <= today)
      out.push({
        kind: 'experiment_started',
        subject: e.title,
        detail: e.startDate,
        text: `Experiment “${e.title}” started on ${e.startDate}.`,
      });
    if (e.verdict && e.endDate && e.endDate >= since)
      out.push({
        kind: 'experiment_ended',
        subject: e.title,
        detail: e.verdict,
        text: `Experiment “${e.title}” ended: ${e.verdict}.`,
      });
  }
  for (const a of d.anchors ?? [])
    if (a.lapsedInPeriod)
      out.push({
        kind: 'anchor_lapsed',
        subject: a.name,
        detail: '',
        text: `Anchor “${a.name}” lapsed: worth a look together.`,
      });
  for (const h of d.habits ?? [])
    if (h.since >= since && h.status !== 'active')
      out.push({
        kind: 'habit_status',
        subject: h.action,
        detail: h.status,
        text: `Habit “${h.action}” is now ${h.status}.`,
      });
  return out;
}
