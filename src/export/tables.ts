import { type CoupleTable, mayKnowPhase, type PartnerViewer } from '../storage/scope.ts';

type Row = Record<string, unknown>;

/**
 * Every table that belongs to a couple, in an order that satisfies foreign keys on restore, with
 * the columns that order its rows stably. The full backup and restore walk this list, so a new
 * area's table is backed up once it is listed here (a test fails for a couple table left out).
 * Who may read which rows — for the API and a personal export alike — is scope.ts's READ_RULES.
 */
export interface CoupleTableOrder {
  table: CoupleTable;
  orderBy: string[];
  /** Hides, in a personal export, columns this person may not know yet (e.g. under blinding). */
  mask?: (row: Row, viewer: PartnerViewer, today: string) => Row;
}

/** A blinded partner's export holds no schedule or seed until the experiment is over. */
const blindExperiment = (row: Row, viewer: PartnerViewer, today: string): Row =>
  mayKnowPhase(viewer.userId, row as Parameters<typeof mayKnowPhase>[1], today)
    ? row
    : { ...row, schedule: null, seed: null };

export const COUPLE_TABLES: CoupleTableOrder[] = [
  { table: 'couples', orderBy: ['id'] },
  { table: 'members', orderBy: ['couple_id', 'user_id'] },
  { table: 'invites', orderBy: ['couple_id', 'id'] },
  { table: 'domains', orderBy: ['couple_id', 'id'] },
  { table: 'log', orderBy: ['couple_id', 'id'] },
  { table: 'habits', orderBy: ['couple_id', 'id'] },
  { table: 'habit_checkoffs', orderBy: ['couple_id', 'habit_id', 'date'] },
  { table: 'habit_srbai', orderBy: ['couple_id', 'habit_id', 'user_id', 'date'] },
  { table: 'habit_changes', orderBy: ['couple_id', 'id'] },
  { table: 'reward_audit', orderBy: ['couple_id', 'id'] },
  { table: 'pace', orderBy: ['couple_id', 'domain'] },
  { table: 'checkins', orderBy: ['couple_id', 'id'] },
  { table: 'metrics', orderBy: ['couple_id', 'id'] },
  { table: 'csi4', orderBy: ['couple_id', 'id'] },
  { table: 'rituals', orderBy: ['couple_id', 'id'] },
  { table: 'ritual_completions', orderBy: ['couple_id', 'id'] },
  { table: 'ritual_feeds', orderBy: ['couple_id', 'user_id'] },
  { table: 'push_subscriptions', orderBy: ['couple_id', 'user_id', 'endpoint_hash'] },
  { table: 'reminder_settings', orderBy: ['couple_id', 'user_id'] },
  { table: 'reminders_sent', orderBy: ['couple_id', 'user_id', 'key'] },
  { table: 'experiments', orderBy: ['couple_id', 'id'], mask: blindExperiment },
  { table: 'experiment_adherence', orderBy: ['couple_id', 'experiment_id', 'user_id', 'date'] },
  { table: 'experiment_guesses', orderBy: ['couple_id', 'experiment_id', 'user_id', 'date'] },
  { table: 'anchors', orderBy: ['couple_id', 'id'] },
  { table: 'anchor_checkoffs', orderBy: ['couple_id', 'anchor_id', 'date'] },
  { table: 'stress_periods', orderBy: ['couple_id', 'id'] },
  { table: 'stress_paused_habits', orderBy: ['couple_id', 'stress_id', 'habit_id'] },
  { table: 'exploration_ideas', orderBy: ['couple_id', 'id'] },
  { table: 'exploration_draws', orderBy: ['couple_id', 'id'] },
  { table: 'exploration_tries', orderBy: ['couple_id', 'id'] },
  { table: 'exploration_ratings', orderBy: ['couple_id', 'try_id', 'user_id'] },
  { table: 'roles', orderBy: ['couple_id', 'id'] },
  { table: 'archive_snapshots', orderBy: ['couple_id', 'id'] },
  { table: 'alignment_rounds', orderBy: ['couple_id', 'id'] },
  { table: 'alignment_answers', orderBy: ['couple_id', 'round_id', 'author_id'] },
  { table: 'alignment_metrics', orderBy: ['couple_id', 'round_id', 'metric_id'] },
  { table: 'credit_reviews', orderBy: ['couple_id', 'user_id', 'date'] },
  { table: 'credit_decisions', orderBy: ['couple_id', 'user_id', 'hint_key'] },
  { table: 'insight_failures', orderBy: ['couple_id', 'id'] },
  { table: 'reflections', orderBy: ['couple_id', 'id'] },
  { table: 'coach_links', orderBy: ['couple_id', 'id'] },
  { table: 'coach_consents', orderBy: ['couple_id', 'link_id', 'user_id'] },
  { table: 'coach_suggestions', orderBy: ['couple_id', 'id'] },
];
