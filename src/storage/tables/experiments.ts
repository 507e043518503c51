// Experiments (issue 14). Part of the Database in ../tables.ts.
import type { Selectable } from 'kysely';

/**
 * An experiment (issue 14): proposed by one partner, accepted by both, then locked with its
 * drawn schedule. `schedule` and `seed` say which days are B days: under blinding they never
 * reach the blinded partner before the end (see scope.ts).
 */
export interface ExperimentsTable {
  couple_id: string;
  id: string;
  title: string;
  performer: string; // a partner's user id or 'both'
  blind_rater: string | null;
  metric: string;
  better: 'higher' | 'lower';
  secondary: string; // JSON array of metric keys
  design: 'AB' | 'ABAB' | 'ABABAB';
  phase_days: number;
  min_phase: number;
  randomized: number; // 1 or 0
  settling_days: number;
  rule: string;
  domain: string;
  status: 'proposed' | 'running' | 'stopped';
  proposed_by: string;
  proposed_at: string;
  acceptances: string; // JSON [{ userId, at }]
  locked_at: string | null;
  start_date: string | null;
  end_date: string | null;
  seed: number | null;
  schedule: string | null; // JSON array of phase lengths
  stopped_at: string | null;
  stopped_on: string | null;
  stopped_by: string | null;
  stop_reason: string | null;
  next_step: 'adopt' | 'drop' | 'rerun' | null;
  next_step_by: string | null;
  next_step_at: string | null;
  follow_up: string | null;
  created_at: string;
  updated_at: string;
}

export interface ExperimentAdherenceTable {
  couple_id: string;
  experiment_id: string;
  user_id: string;
  date: string;
  done: number; // 1 or 0
  note: string | null;
  created_at: string;
}

export interface ExperimentGuessesTable {
  couple_id: string;
  experiment_id: string;
  user_id: string;
  date: string;
  guess: 'A' | 'B';
  created_at: string;
}

export type ExperimentRow = Selectable<ExperimentsTable>;
export type ExperimentAdherenceRow = Selectable<ExperimentAdherenceTable>;
export type ExperimentGuessRow = Selectable<ExperimentGuessesTable>;
