import type { Kysely } from 'kysely';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { presentOverview } from './present.ts';

/**
 * The exploration part of `attune report --json`: this month's zone, the 80/20 budget (with what
 * was explored and exploited per month) and the latest suggestions, each with its chance and reason.
 */
export async function explorationReport(db: Kysely<Database>, viewer: PartnerViewer) {
  const o = await presentOverview(db, viewer);
  return {
    zone: o.zone.id,
    budget: o.budget,
    suggestions: o.draws.map((d) => ({
      date: d.date,
      idea: d.idea.text,
      probability: d.probability,
      explanation: d.explanation,
    })),
  };
}
