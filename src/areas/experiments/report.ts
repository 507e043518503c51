import type { Kysely } from 'kysely';
import type { ReportPart } from '../../cli/report-parts.ts';
import type { PartnerViewer } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { presentAll } from './present.ts';
import { listExperiments } from './store.ts';

export interface ExperimentLine {
  id: string;
  title: string;
  metric: string;
  design: string;
  status: string;
  /** Null while running, or while this person rates blind, or before the start. */
  verdict: 'helps' | 'hurts' | 'not enough evidence' | null;
  nap: number | null;
  p: number | null;
}

/**
 * The experiments part of `attune report`: built from the same presentation as the API, so
 * a blinded partner's report holds no verdict (or anything else) before the experiment is over.
 */
export const experimentsPart: ReportPart<ExperimentLine[]> = {
  key: 'experiments',
  async build(db: Kysely<Database>, viewer: PartnerViewer) {
    const views = await presentAll(db, viewer, await listExperiments(db, viewer));
    return views.map((e) => ({
      id: e.id,
      title: e.title,
      metric: e.metric.key,
      design: e.design,
      status: e.status,
      verdict: e.results?.verdict ?? null,
      nap: e.results?.nap ?? null,
      p: e.results?.p ?? null,
    }));
  },
  words(lines) {
    if (lines.length === 0) return ['Experiments: none yet.'];
    return [
      'Experiments:',
      ...lines.map((e) => {
        const head = `- "${e.title}" (${e.design}, ${e.metric}, ${e.status})`;
        if (e.verdict === null)
          return `${head}: ${e.status === 'running' ? 'results once it ends' : e.status === 'proposed' ? 'waiting for both to accept' : 'no results'}.`;
        const numbers = [e.nap !== null ? `NAP ${e.nap}` : null, e.p !== null ? `p = ${e.p}` : null].filter(
          Boolean,
        );
        return `${head}: ${e.verdict}${numbers.length > 0 ? ` (${numbers.join(', ')})` : ''}.`;
      }),
    ];
  },
};
