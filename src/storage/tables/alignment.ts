// Alignment rounds (issue 17). Part of the Database in ../tables.ts.
import type { Selectable } from 'kysely';

/** A quarter's alignment round (issue 17): opened by either partner, revealed once both submitted. */
export interface AlignmentRoundsTable {
  couple_id: string;
  id: string;
  quarter: string; // YYYY-Qn
  opened_by: string;
  opened_at: string;
  revealed_at: string | null;
}

/** One partner's answer in a round: sealed (author only) until both submitted, then shared. */
export interface AlignmentAnswersTable {
  couple_id: string;
  round_id: string;
  author_id: string;
  optimizing_for: string;
  success_means: string;
  rewards_sought: string;
  rewards: string; // JSON array, most wanted first
  harmony_authenticity: number | null; // 0 harmony … 100 authenticity
  independence_connection: number | null; // 0 independence … 100 connection
  growth_stability: number | null; // 0 growth … 100 stability
  family_career: number | null; // 0 family … 100 career
  domains: string; // JSON array of domain slugs, most important first
  visibility: 'sealed' | 'shared';
  submitted_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A check-in metric the couple defined from a round's reveal. */
export interface AlignmentMetricsTable {
  couple_id: string;
  round_id: string;
  metric_id: string;
  created_at: string;
}

export type AlignmentRoundRow = Selectable<AlignmentRoundsTable>;
export type AlignmentAnswerRow = Selectable<AlignmentAnswersTable>;
