import type { Insertable, Selectable, Updateable } from 'kysely';
import type {
  AlignmentAnswersTable,
  AlignmentMetricsTable,
  AlignmentRoundsTable,
} from './tables/alignment.ts';
import type {
  AnchorCheckoffsTable,
  AnchorsTable,
  ArchiveSnapshotsTable,
  ExplorationDrawsTable,
  ExplorationIdeasTable,
  ExplorationRatingsTable,
  ExplorationTriesTable,
  RolesTable,
  StressPausedHabitsTable,
  StressPeriodsTable,
} from './tables/anchors.ts';
import type {
  CoachConsentsTable,
  CoachLinksTable,
  CoachProfilesTable,
  CoachSuggestionsTable,
} from './tables/coach.ts';
import type { CreditDecisionsTable, CreditReviewsTable } from './tables/credit.ts';
import type {
  ExperimentAdherenceTable,
  ExperimentGuessesTable,
  ExperimentsTable,
} from './tables/experiments.ts';
import type {
  HabitChangesTable,
  HabitCheckoffsTable,
  HabitSrbaiTable,
  HabitsTable,
  PaceTable,
  RewardAuditTable,
} from './tables/habits.ts';
import type { InsightFailuresTable, ReflectionsTable } from './tables/insights.ts';
import type { PasskeyChallengesTable, PasskeysTable } from './tables/passkeys.ts';
import type {
  PushSubscriptionsTable,
  ReminderSettingsTable,
  RemindersSentTable,
  ServerKeysTable,
} from './tables/reminders.ts';

/*
 * The tables, named after the areas. Every couple-owned table has `couple_id` first in its
 * primary key. Accounts, sessions and rate limits belong to a person or an address, not to a
 * couple, so they are the only tables without it.
 */

export interface UsersTable {
  id: string;
  email: string; // lower-cased
  password_hash: string;
  created_at: string;
}

export interface SessionsTable {
  id: string; // public id, shown in "your sessions"
  token_hash: string; // sha256 of the cookie token; the token itself is never stored
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  user_agent: string;
}

export interface RateLimitsTable {
  key: string;
  count: number;
  window_start: string;
  blocked_until: string | null;
}

export interface CouplesTable {
  id: string;
  created_at: string;
  /** Whether a new log entry starts shared or private (migration 0014). */
  log_default_visibility: 'shared' | 'private';
}

/** A person's place in a couple: partner now, coach later. */
export interface MembersTable {
  couple_id: string;
  user_id: string;
  role: 'partner' | 'coach';
  display_name: string;
  time_zone: string; // IANA
  joined_at: string;
}

export interface InvitesTable {
  couple_id: string;
  id: string;
  code_hash: string;
  created_by: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface DomainsTable {
  couple_id: string;
  id: string; // slug, e.g. "communication"
  label: string;
  created_at: string;
}

export interface LogTable {
  couple_id: string;
  id: string;
  author_id: string;
  kind: 'conflict' | 'repair' | 'promise' | 'appreciation' | 'gesture' | 'life_event' | 'note';
  date: string; // the author's local date, YYYY-MM-DD
  text: string;
  domains: string; // JSON array of domain slugs
  intensity: number | null;
  visibility: 'shared' | 'private';
  repair_of: string | null;
  promise_due: string | null;
  promise_state: 'open' | 'kept' | 'broken' | null;
  fingerprint: string | null; // set by imports, so re-importing creates no duplicates
  created_at: string;
  updated_at: string;
  deleted_at: string | null; // soft delete, so "undo" can bring it back for a while
}

/** Responses remembered per (user, Idempotency-Key) so a retried POST is not applied twice. */
export interface IdempotencyTable {
  user_id: string;
  key: string;
  status: number;
  body: string;
  created_at: string;
  /** sha256 of the request the key was first used for (migration 0005); null for older keys. */
  request_hash: string | null;
}

/** A partner's check-in for one local day (issue 6). `visibility` covers the numbers, `note_visibility` the note. */
export interface CheckinsTable {
  couple_id: string;
  id: string;
  author_id: string;
  date: string;
  satisfaction: number | null;
  energy: number | null;
  connection: number | null;
  conflicts: number | null;
  positives: number | null;
  metrics: string; // JSON object: metric id → value
  visibility: 'shared' | 'private';
  note: string | null;
  note_visibility: 'shared' | 'private';
  created_at: string;
  updated_at: string;
}

/** A couple's own check-in metric: proposed by one partner, accepted by the other, maybe retired. */
export interface MetricsTable {
  couple_id: string;
  id: string;
  name: string;
  scale_min: number;
  scale_max: number;
  better: 'higher' | 'lower';
  domain: string | null;
  proposed_by: string;
  proposed_at: string;
  accepted_by: string | null;
  accepted_at: string | null;
  retired_at: string | null;
}

/** One partner's monthly CSI-4 answers. */
export interface Csi4Table {
  couple_id: string;
  id: string;
  author_id: string;
  month: string; // YYYY-MM
  items: string; // JSON array of 4 answers
  total: number;
  visibility: 'shared' | 'private';
  created_at: string;
}

export interface RitualsTable {
  couple_id: string;
  id: string;
  key: string;
  title: string;
  prompt: string;
  cadence: 'daily' | 'weekly' | 'monthly' | 'quarterly';
  time: string; // HH:MM local
  weekday: number | null;
  day_of_month: number | null;
  active: number; // 1 or 0
  created_by: string | null;
  created_at: string;
}

export interface RitualCompletionsTable {
  couple_id: string;
  id: string;
  ritual_id: string;
  author_id: string;
  date: string;
  created_at: string;
}

/** A partner's calendar feed: the sha256 of its URL token, never the token. */
export interface RitualFeedsTable {
  couple_id: string;
  user_id: string;
  token_hash: string;
  created_at: string;
}

export interface Database {
  users: UsersTable;
  sessions: SessionsTable;
  rate_limits: RateLimitsTable;
  couples: CouplesTable;
  members: MembersTable;
  invites: InvitesTable;
  domains: DomainsTable;
  log: LogTable;
  idempotency: IdempotencyTable;
  habits: HabitsTable;
  habit_checkoffs: HabitCheckoffsTable;
  habit_srbai: HabitSrbaiTable;
  habit_changes: HabitChangesTable;
  reward_audit: RewardAuditTable;
  pace: PaceTable;
  checkins: CheckinsTable;
  metrics: MetricsTable;
  csi4: Csi4Table;
  rituals: RitualsTable;
  ritual_completions: RitualCompletionsTable;
  ritual_feeds: RitualFeedsTable;
  experiments: ExperimentsTable;
  experiment_adherence: ExperimentAdherenceTable;
  experiment_guesses: ExperimentGuessesTable;
  anchors: AnchorsTable;
  anchor_checkoffs: AnchorCheckoffsTable;
  stress_periods: StressPeriodsTable;
  stress_paused_habits: StressPausedHabitsTable;
  exploration_ideas: ExplorationIdeasTable;
  exploration_draws: ExplorationDrawsTable;
  exploration_tries: ExplorationTriesTable;
  exploration_ratings: ExplorationRatingsTable;
  roles: RolesTable;
  archive_snapshots: ArchiveSnapshotsTable;
  alignment_rounds: AlignmentRoundsTable;
  alignment_answers: AlignmentAnswersTable;
  alignment_metrics: AlignmentMetricsTable;
  push_subscriptions: PushSubscriptionsTable;
  reminder_settings: ReminderSettingsTable;
  reminders_sent: RemindersSentTable;
  server_keys: ServerKeysTable;
  passkeys: PasskeysTable;
  passkey_challenges: PasskeyChallengesTable;
  credit_reviews: CreditReviewsTable;
  credit_decisions: CreditDecisionsTable;
  insight_failures: InsightFailuresTable;
  reflections: ReflectionsTable;
  coach_profiles: CoachProfilesTable;
  coach_links: CoachLinksTable;
  coach_consents: CoachConsentsTable;
  coach_suggestions: CoachSuggestionsTable;
}

export type UserRow = Selectable<UsersTable>;
export type MemberRow = Selectable<MembersTable>;
export type LogRow = Selectable<LogTable>;
export type InsertableLogRow = Insertable<LogTable>;
export type UpdateableLogRow = Updateable<LogTable>;
export type CheckinRow = Selectable<CheckinsTable>;
export type MetricRow = Selectable<MetricsTable>;
export type Csi4Row = Selectable<Csi4Table>;
export type RitualRow = Selectable<RitualsTable>;

export * from './tables/alignment.ts';
export * from './tables/anchors.ts';
export * from './tables/coach.ts';
export * from './tables/credit.ts';
export * from './tables/experiments.ts';
// Each area's tables, in their own files.
export * from './tables/habits.ts';
export * from './tables/insights.ts';
export * from './tables/passkeys.ts';
export * from './tables/reminders.ts';
