// Micro-habits, the reward audit and pace (issue 7). Part of the Database in ../tables.ts.
import type { Selectable } from 'kysely';

/** A micro-habit (issue 7): a cue, one tiny action, an owner (a partner's id or 'both'), a schedule. */
export interface HabitsTable {
  couple_id: string;
  id: string;
  created_by: string;
  owner: string;
  domain: string;
  cue: string;
  action: string;
  reward: string; // the owner's self-chosen immediate reward, shown at check-off
  schedule_kind: 'daily' | 'weekdays' | 'times';
  weekdays: string; // JSON array of ISO weekdays 1 (Mon) … 7 (Sun)
  times: number; // k times …
  days: number; // … in n days
  status: 'active' | 'paused' | 'graduated' | 'retired';
  status_reason: string | null;
  status_since: string;
  start_date: string;
  created_at: string;
  updated_at: string;
  /** Numeric habits (migration 0004): null for a yes/no habit. */
  target_kind: 'at_least' | 'at_most' | null;
  target_value: number | null; // integer hundredths, per period of the schedule
  unit: string | null;
}

/** One local day of a habit: done, skipped (frozen), or paused. */
export interface HabitCheckoffsTable {
  couple_id: string;
  habit_id: string;
  date: string;
  kind: 'done' | 'skip';
  by_user: string;
  appreciation_id: string | null;
  created_at: string;
  /** The day's amount of a numeric habit, in integer hundredths (migration 0004); null otherwise. */
  value: number | null;
}

/** One partner's weekly SRBAI answers for a habit. */
export interface HabitSrbaiTable {
  couple_id: string;
  habit_id: string;
  user_id: string;
  date: string;
  items: string; // JSON array of four answers 1–7
  created_at: string;
  /** JSON: the automaticity estimate from this person's answers up to this one (null before 0007). */
  automaticity: string | null;
}

/** An easing of a habit waiting out the 7-day commitment horizon (and both partners' consent). */
export interface HabitChangesTable {
  couple_id: string;
  id: string;
  habit_id: string;
  proposed_by: string;
  change: string; // JSON
  effective_on: string;
  consents: string; // JSON array of user ids
  state: 'pending' | 'applied' | 'withdrawn';
  created_at: string;
}

/** A behaviour in the reward audit, labelled by what it pays and when. */
export interface RewardAuditTable {
  couple_id: string;
  id: string;
  author_id: string;
  behaviour: string;
  label: 'immediate' | 'relief' | 'both';
  visibility: 'shared' | 'private';
  created_at: string;
}

/** The pace the couple chose for a domain; a domain without a row runs at the conservative default. */
export interface PaceTable {
  couple_id: string;
  domain: string;
  max_active: number;
  size: 'small' | 'medium' | 'large';
  decided_at: string;
}

export type HabitRow = Selectable<HabitsTable>;
export type HabitCheckoffRow = Selectable<HabitCheckoffsTable>;
export type HabitChangeRow = Selectable<HabitChangesTable>;
export type RewardAuditRow = Selectable<RewardAuditTable>;
