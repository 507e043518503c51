import type { Kysely } from 'kysely';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { presentAnchors } from './present.ts';

export interface AnchorReport {
  name: string;
  cadence: string;
  lapses: { from: string; flaggedOn: string; until: string | null }[];
}

/**
 * The anchors part of `attune report --json`: each anchor's floor and every lapse the test found,
 * computed from what this viewer may see.
 */
export async function anchorsReport(db: Kysely<Database>, viewer: PartnerViewer): Promise<AnchorReport[]> {
  const { anchors } = await presentAnchors(db, viewer);
  return anchors.map((a) => ({ name: a.name, cadence: a.cadence.summary, lapses: a.lapses }));
}
