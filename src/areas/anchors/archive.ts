/**
 * The archive, pure: when a period counts as good enough to keep, and how a snapshot's patterns
 * compare with today's in a restoration session.
 */
import type { Schedule } from '../habits/rules.ts';

type RitualCadence = 'daily' | 'weekly' | 'monthly' | 'quarterly';

/** Over the last 28 days: shared check-ins' mean satisfaction and the shared positive:negative ratio. */
export interface PeriodMetrics {
  checkins: number;
  satisfaction: number | null;
  positives: number;
  negatives: number;
}

export const GOOD = {
  days: 28,
  /** Enough check-ins to trust the mean (about five a week between the two of you). */
  minCheckins: 20,
  minSatisfaction: 7,
  /** Gottman's 5:1 ratio of positive to negative interactions (Gottman & Levenson 1992). */
  minRatio: 5,
  /** At most one automatic snapshot per quarter. */
  spacingDays: 90,
};

export function ratioOf(m: Pick<PeriodMetrics, 'positives' | 'negatives'>): number | null {
  if (m.positives + m.negatives === 0) return null;
  return m.negatives === 0 ? m.positives : m.positives / m.negatives;
}

/** A good period: enough check-ins, high satisfaction, and at least five positives per negative. */
export function isGoodPeriod(m: PeriodMetrics): boolean {
  const ratio = ratioOf(m);
  return (
    m.checkins >= GOOD.minCheckins &&
    m.satisfaction !== null &&
    m.satisfaction >= GOOD.minSatisfaction &&
    ratio !== null &&
    ratio >= GOOD.minRatio
  );
}

export interface SnapshotContent {
  metrics: PeriodMetrics;
  /** `plan`: the schedule's parts (snapshots before it was kept have only the English words). */
  habits: { id: string; cue: string; action: string; schedule: string; plan?: Schedule }[];
  rituals: { id: string; title: string; cadence: RitualCadence }[];
  anchors: { id: string; name: string; times: number; days: number }[];
}

export type PatternKind = 'habit' | 'ritual' | 'anchor';

export interface NowState {
  habits: Map<string, string>; // id → status
  rituals: Map<string, boolean>; // id → active
  anchors: Set<string>;
}

/** How often a pattern was done then, as parts the web app words (null: only the English `was`). */
export type WasPlan =
  | { kind: 'schedule'; schedule: Schedule }
  | { kind: 'cadence'; times: number; days: number }
  | { kind: 'ritual'; cadence: RitualCadence }
  | null;

/** What they did then, each with whether it is still part of life now and can be brought back. */
export function comparePatterns(then: SnapshotContent, now: NowState) {
  return [
    ...then.habits.map((h) => {
      const status = now.habits.get(h.id) ?? 'gone';
      return {
        kind: 'habit' as const,
        id: h.id,
        title: `${h.cue}: ${h.action}`,
        was: h.schedule,
        wasPlan: (h.plan ? { kind: 'schedule', schedule: h.plan } : null) as WasPlan,
        now: status,
        restorable: status === 'paused' || status === 'retired' || status === 'graduated',
      };
    }),
    ...then.rituals.map((r) => {
      const active = now.rituals.get(r.id);
      return {
        kind: 'ritual' as const,
        id: r.id,
        title: r.title,
        was: r.cadence,
        wasPlan: { kind: 'ritual', cadence: r.cadence } as WasPlan,
        now: active === undefined ? 'gone' : active ? 'active' : 'off',
        restorable: active === false,
      };
    }),
    ...then.anchors.map((a) => {
      const kept = now.anchors.has(a.id);
      return {
        kind: 'anchor' as const,
        id: a.id,
        title: a.name,
        was: `${a.times} in ${a.days} days`,
        wasPlan: { kind: 'cadence', times: a.times, days: a.days } as WasPlan,
        now: kept ? 'active' : 'gone',
        restorable: !kept,
      };
    }),
  ];
}
