// Credit reviews and hint decisions (issue 16). Part of the Database in ../tables.ts.
/** One evening credit review (migration 0011): the appreciation it saved and the action it credits. */
export interface CreditReviewsTable {
  couple_id: string;
  user_id: string;
  date: string;
  appreciation_id: string;
  action_log_id: string | null;
  action_habit_id: string | null;
  action_date: string | null;
  created_at: string;
}

/** A partner's decision on a credit hint they were shown (migration 0011). */
export interface CreditDecisionsTable {
  couple_id: string;
  user_id: string;
  hint_key: string;
  decision: 'confirmed' | 'dismissed';
  q_ppm: number;
  decided_at: string;
}
