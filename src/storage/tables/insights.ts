// Failure analyses and reflections (issue 15). Part of the Database in ../tables.ts.
import type { Selectable } from 'kysely';

export type FactorAnswer = 'fine' | 'weak' | 'missing';

/** A partner's failure analysis of an abandoned habit or experiment (issue 15): what was missing from the loop. */
export interface InsightFailuresTable {
  couple_id: string;
  id: string;
  author_id: string;
  subject_kind: 'habit' | 'experiment';
  subject_id: string;
  cue: FactorAnswer;
  reward: FactorAnswer;
  size: 'too big' | 'right' | 'too small';
  timing: FactorAnswer;
  partner_response: FactorAnswer;
  note: string | null;
  visibility: 'shared' | 'private';
  created_at: string;
  updated_at: string;
}

/** A partner's answer to one of the method's five reflection questions. */
export interface ReflectionsTable {
  couple_id: string;
  id: string;
  author_id: string;
  question: number; // 1…5
  answer: string;
  visibility: 'shared' | 'private';
  created_at: string;
}

export type InsightFailureRow = Selectable<InsightFailuresTable>;
export type ReflectionRow = Selectable<ReflectionsTable>;
