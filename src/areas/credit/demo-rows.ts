import type { DemoPlan, Who } from '../../demo/types.ts';
import type { CreditRows } from './series.ts';

/**
 * The rows one demo partner may see, straight from the plan (no database): their own entries and
 * the partner's shared ones, both partners' check-ins, the habits' check-offs. For the seeded
 * tests of the credit scan and the loops on the demo couple.
 */
export function demoRows(
  plan: DemoPlan,
  viewer: Who,
): CreditRows & {
  log: Array<DemoPlan['log'][number] & { id: string; repairOfId: string | null }>;
} {
  const log = plan.log
    .map((e, i) => ({ ...e, id: `e${i}`, repairOfId: e.repairOf === null ? null : `e${e.repairOf}` }))
    .filter((e) => e.visibility === 'shared' || e.author === viewer);
  return {
    today: plan.truth.end,
    partners: ['lisa', 'michael'],
    entries: log.map((e) => ({ author: e.author, kind: e.kind, date: e.date })),
    checkins: plan.checkins.map((c) => ({
      author: c.author,
      date: c.date,
      values: { satisfaction: c.satisfaction, energy: c.energy, connection: c.connection },
    })),
    done: plan.habits.flatMap((h, i) =>
      h.done.map((date) => ({ source: 'habit' as const, id: `h${i}`, by: h.owner, date })),
    ),
    habits: plan.habits.map((h, i) => ({ id: `h${i}`, label: h.action, start: h.start })),
    rituals: [],
    stress: plan.stress.map((p) => ({ from: p.from, until: p.until })),
    metrics: [
      { id: 'satisfaction', better: 'higher' },
      { id: 'energy', better: 'higher' },
      { id: 'connection', better: 'higher' },
    ],
    log,
  };
}
