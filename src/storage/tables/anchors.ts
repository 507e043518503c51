// Anchors, stress periods, exploration, roles and the archive (issue 18). Part of the Database in ../tables.ts.
import type { Selectable } from 'kysely';
import type { LogTable } from '../tables.ts';

/** A non-negotiable pattern (issue 18): at least `times` in every `days` days. */
export interface AnchorsTable {
  couple_id: string;
  id: string;
  name: string;
  times: number;
  days: number;
  /** The lowered target while a stress period is open; null otherwise. */
  lowered_times: number | null;
  lowered_days: number | null;
  source: 'checkoff' | 'log';
  log_kind: LogTable['kind'] | null;
  log_domain: string | null;
  start_date: string;
  created_by: string;
  created_at: string;
  updated_at: string;
}

export interface AnchorCheckoffsTable {
  couple_id: string;
  anchor_id: string;
  date: string;
  by_user: string;
  created_at: string;
}

/** A hard stretch (new baby, job loss, illness): anchors stay, the rest may pause. */
export interface StressPeriodsTable {
  couple_id: string;
  id: string;
  name: string;
  life_event_id: string | null;
  opened_on: string;
  closed_on: string | null;
  crisis_since: string | null;
  opened_by: string;
  created_at: string;
}

/** A habit crisis mode paused, so closing the stress period resumes exactly these. */
export interface StressPausedHabitsTable {
  couple_id: string;
  stress_id: string;
  habit_id: string;
  paused_on: string;
}

/** The couple's own idea (the starter set ships with the app, not in the database). */
export interface ExplorationIdeasTable {
  couple_id: string;
  id: string;
  domain: string;
  text: string;
  source: 'own' | 'coach';
  created_by: string;
  created_at: string;
}

/** One Thompson draw, with what it chose from and the chance each idea had. */
export interface ExplorationDrawsTable {
  couple_id: string;
  id: string;
  date: string;
  zone: string;
  seed: number;
  idea_id: string;
  probability_ppm: number;
  candidates: string; // JSON [{ id, mean, ppm }]
  explanation: string;
  created_by: string;
  created_at: string;
}

/** An idea tried: a safe experiment with its way back. */
export interface ExplorationTriesTable {
  couple_id: string;
  id: string;
  idea_id: string;
  domain: string;
  kind: 'explore' | 'exploit';
  draw_id: string | null;
  started_on: string;
  return_plan: string;
  check_on: string;
  ended_on: string | null;
  outcome: 'keep' | 'return' | null;
  created_by: string;
  created_at: string;
}

/** One partner's rating of a try, 1–5; the partner sees it once both have rated. */
export interface ExplorationRatingsTable {
  couple_id: string;
  try_id: string;
  user_id: string;
  rating: number;
  created_at: string;
}

export type AnchorRow = Selectable<AnchorsTable>;
export type StressPeriodRow = Selectable<StressPeriodsTable>;
export type ExplorationIdeaRow = Selectable<ExplorationIdeasTable>;
export type ExplorationDrawRow = Selectable<ExplorationDrawsTable>;
export type ExplorationTryRow = Selectable<ExplorationTriesTable>;
export type ExplorationRatingRow = Selectable<ExplorationRatingsTable>;

/** A partner stepping into a role ("tonight I'm your lover"); the newest row is the current one. */
export interface RolesTable {
  couple_id: string;
  id: string;
  user_id: string;
  role: string;
  note: string | null;
  date: string;
  created_at: string;
}

/** What the relationship looked like in a good period: habits, rituals, ratio, anchors. */
export interface ArchiveSnapshotsTable {
  couple_id: string;
  id: string;
  date: string;
  reason: 'auto' | 'request';
  note: string | null;
  content: string; // JSON
  created_by: string | null;
  created_at: string;
}

export type RoleRow = Selectable<RolesTable>;
export type ArchiveSnapshotRow = Selectable<ArchiveSnapshotsTable>;
