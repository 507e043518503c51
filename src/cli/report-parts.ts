import type { Kysely } from 'kysely';
import { alignmentPart } from '../areas/alignment/report.ts';
import { anchorsPart } from '../areas/anchors/report.ts';
import { coachPart } from '../areas/coach/report.ts';
import { suggestionsPart } from '../areas/coach/suggestion-report.ts';
import { hintsPart, loopsPart } from '../areas/credit/report.ts';
import { experimentsPart } from '../areas/experiments/report.ts';
import { explorationPart } from '../areas/exploration/report.ts';
import { historyPart } from '../areas/history/report.ts';
import { changesPart } from '../areas/insights/report.ts';
import type { PartnerViewer } from '../storage/scope.ts';
import type { Database } from '../storage/tables.ts';

/**
 * One area's part of `attune report`: its JSON under `key`, and the same in plain words. Each
 * part computes through the area's own store and presentation with the person as the viewer,
 * so the report shows exactly what that person's app shows. A new area adds one entry below.
 */
export interface ReportPart<T, V = PartnerViewer> {
  key: string;
  build: (db: Kysely<Database>, viewer: V) => Promise<T>;
  words: (value: T) => string[];
}

// biome-ignore lint/suspicious/noExplicitAny: each part has its own value type
export const REPORT_PARTS: ReportPart<any>[] = [
  experimentsPart,
  anchorsPart,
  explorationPart,
  alignmentPart,
  hintsPart,
  loopsPart,
  changesPart,
  historyPart,
];

/** What a coach account's report holds: each couple that admitted them (the coach's own view). */
export const COACH_REPORT_PARTS = [coachPart, suggestionsPart];
