import type { Kysely } from 'kysely';
import type { ReportPart } from '../../cli/report-parts.ts';
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

export const anchorsPart: ReportPart<AnchorReport[]> = {
  key: 'anchors',
  build: anchorsReport,
  words(anchors) {
    if (anchors.length === 0) return ['Anchors: none named yet.'];
    return [
      'Anchors:',
      ...anchors.map((a) => {
        const open = a.lapses.find((l) => l.until === null);
        const past = a.lapses.filter((l) => l.until !== null).length;
        const now = open ? `lapsing since ${open.from} (flagged ${open.flaggedOn})` : 'kept';
        return `- ${a.name} (${a.cadence}): ${now}${past > 0 ? `; ${past} earlier lapse${past === 1 ? '' : 's'}` : ''}.`;
      }),
    ];
  },
};
