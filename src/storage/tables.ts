import type { Insertable, Selectable, Updateable } from 'kysely';

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

/** A device's Web Push subscription (issue 19): a secret, whoever holds it can push to that device. */
export interface PushSubscriptionsTable {
  couple_id: string;
  user_id: string;
  endpoint_hash: string;
  endpoint: string;
  p256dh: string;
  auth: string;
  created_at: string;
}

/** A person's reminders: times are HH:MM local; null turns that reminder off. */
export interface ReminderSettingsTable {
  couple_id: string;
  user_id: string;
  checkin_time: string | null;
  habits_time: string | null;
  rituals: number;
  experiments: number;
  quiet_from: string | null;
  quiet_to: string | null;
  updated_at: string;
}

/** A reminder claimed for sending, so that it goes out once whichever server sends it. */
export interface RemindersSentTable {
  couple_id: string;
  user_id: string;
  key: string;
  sent_at: string;
}

/** The server's own keys (the VAPID pair), shared by every app server through the database. */
export interface ServerKeysTable {
  name: string;
  value: string;
  created_at: string;
}

/** A person's passkey (WebAuthn credential, issue 19): the public half only. */
export interface PasskeysTable {
  id: string;
  user_id: string;
  public_key: string;
  counter: number;
  transports: string;
  name: string;
  created_at: string;
  last_used_at: string | null;
}

/** A WebAuthn challenge waiting for its answer (a minute or two at most). */
export interface PasskeyChallengesTable {
  id: string;
  challenge: string;
  user_id: string | null;
  created_at: string;
}

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

/** A coach account (issue 17): a person who took the coach role; never a partner as well. */
export interface CoachProfilesTable {
  user_id: string;
  display_name: string;
  created_at: string;
}

/** A couple's link to one coach: invited by a partner, joined by the coach, maybe revoked. */
export interface CoachLinksTable {
  couple_id: string;
  id: string;
  code_hash: string;
  invited_by: string;
  created_at: string;
  expires_at: string;
  coach_id: string | null;
  joined_at: string | null;
  revoked_at: string | null;
  revoked_by: string | null;
  last_session_on: string | null;
}

/** One partner's consent to a link: the areas (JSON array) that partner lets the coach see. */
export interface CoachConsentsTable {
  couple_id: string;
  link_id: string;
  user_id: string;
  areas: string;
  updated_at: string;
}

export type CoachLinkRow = Selectable<CoachLinksTable>;
