import type { Kysely } from 'kysely';
import type { ReportPart } from '../../cli/report-parts.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { presentChanges } from './present.ts';

export interface ChangeReport {
  what: string;
  kind: string;
  status: string;
  since: string;
  words: string;
}

/** The changes part of `attune report --json`: every adopted change and whether it stuck. */
export async function changesReport(db: Kysely<Database>, viewer: PartnerViewer): Promise<ChangeReport[]> {
  return (await presentChanges(db, viewer)).map((c) => ({
    what: c.what,
    kind: c.kind,
    status: c.status,
    since: c.since,
    words: c.words,
  }));
}

export const changesPart: ReportPart<ChangeReport[]> = {
  key: 'changes',
  build: changesReport,
  words(changes) {
    if (changes.length === 0) return ['Changes: none adopted yet.'];
    return [
      'Changes that stuck or faded:',
      ...changes.map((c) => `- ${c.what} (${c.kind}, since ${c.since}): ${c.words}`),
    ];
  },
};
