import { mayKnowPhase, type PartnerViewer } from '../storage/scope.ts';
import type { Database } from '../storage/tables.ts';

type Row = Record<string, unknown>;

/**
 * Every table that belongs to a couple, in an order that satisfies foreign keys on restore, with
 * the columns that order its rows stably. The full backup and restore walk this list, so a new
 * area's table is backed up once it is listed here (a test fails for a couple table left out).
 *
 * `personal` says which rows belong in one person's own export (GDPR Art. 20) and to whom:
 * - 'couple': the couple's shared structure (partners' names, domains): included.
 * - { author: column, visibility?: column }: the person's own rows, plus the partner's rows whose
 *   visibility column says 'shared'. Without a visibility column, only the person's own rows.
 * - 'none': never in a personal export (e.g. invite codes).
 */
export interface CoupleTable {
  table: keyof Database;
  orderBy: string[];
  personal: 'couple' | 'none' | { author: string; visibility?: string };
  /** Hides, in a personal export, columns this person may not know yet (e.g. under blinding). */
  mask?: (row: Row, viewer: PartnerViewer, today: string) => Row;
}

/** A blinded partner's export holds no schedule or seed until the experiment is over. */
const blindExperiment = (row: Row, viewer: PartnerViewer, today: string): Row =>
  mayKnowPhase(viewer.userId, row as Parameters<typeof mayKnowPhase>[1], today)
    ? row
    : { ...row, schedule: null, seed: null };

export const COUPLE_TABLES: CoupleTable[] = [
  { table: 'couples', orderBy: ['id'], personal: 'couple' },
  { table: 'members', orderBy: ['couple_id', 'user_id'], personal: 'couple' },
  { table: 'invites', orderBy: ['couple_id', 'id'], personal: 'none' },
  { table: 'domains', orderBy: ['couple_id', 'id'], personal: 'couple' },
  { table: 'log', orderBy: ['couple_id', 'id'], personal: { author: 'author_id', visibility: 'visibility' } },
  // Habits and their check-offs are the couple's shared progress; SRBAI answers are one's own.
  { table: 'habits', orderBy: ['couple_id', 'id'], personal: 'couple' },
  { table: 'habit_checkoffs', orderBy: ['couple_id', 'habit_id', 'date'], personal: 'couple' },
  {
    table: 'habit_srbai',
    orderBy: ['couple_id', 'habit_id', 'user_id', 'date'],
    personal: { author: 'user_id' },
  },
  { table: 'habit_changes', orderBy: ['couple_id', 'id'], personal: 'couple' },
  {
    table: 'reward_audit',
    orderBy: ['couple_id', 'id'],
    personal: { author: 'author_id', visibility: 'visibility' },
  },
  { table: 'pace', orderBy: ['couple_id', 'domain'], personal: 'couple' },
  // A shared check-in's numbers reach the partner's export; its note stays private unless shared
  // (the export masks nothing by column, so check-ins are only the author's own).
  { table: 'checkins', orderBy: ['couple_id', 'id'], personal: { author: 'author_id' } },
  { table: 'metrics', orderBy: ['couple_id', 'id'], personal: 'couple' },
  {
    table: 'csi4',
    orderBy: ['couple_id', 'id'],
    personal: { author: 'author_id', visibility: 'visibility' },
  },
  { table: 'rituals', orderBy: ['couple_id', 'id'], personal: 'couple' },
  { table: 'ritual_completions', orderBy: ['couple_id', 'id'], personal: { author: 'author_id' } },
  { table: 'ritual_feeds', orderBy: ['couple_id', 'user_id'], personal: 'none' },
  // Experiments are shared structure, masked under blinding; taps and guesses are one's own.
  { table: 'experiments', orderBy: ['couple_id', 'id'], personal: 'couple', mask: blindExperiment },
  {
    table: 'experiment_adherence',
    orderBy: ['couple_id', 'experiment_id', 'user_id', 'date'],
    personal: { author: 'user_id' },
  },
  {
    table: 'experiment_guesses',
    orderBy: ['couple_id', 'experiment_id', 'user_id', 'date'],
    personal: { author: 'user_id' },
  },
  // Anchors, stress periods and exploration are the couple's shared structure; a rating is one's
  // own (the partner sees it in the app only once both have rated).
  { table: 'anchors', orderBy: ['couple_id', 'id'], personal: 'couple' },
  { table: 'anchor_checkoffs', orderBy: ['couple_id', 'anchor_id', 'date'], personal: 'couple' },
  { table: 'stress_periods', orderBy: ['couple_id', 'id'], personal: 'couple' },
  {
    table: 'stress_paused_habits',
    orderBy: ['couple_id', 'stress_id', 'habit_id'],
    personal: 'couple',
  },
  { table: 'exploration_ideas', orderBy: ['couple_id', 'id'], personal: 'couple' },
  { table: 'exploration_draws', orderBy: ['couple_id', 'id'], personal: 'couple' },
  { table: 'exploration_tries', orderBy: ['couple_id', 'id'], personal: 'couple' },
  {
    table: 'exploration_ratings',
    orderBy: ['couple_id', 'try_id', 'user_id'],
    personal: { author: 'user_id' },
  },
  // Role switches are said to the partner; snapshots hold only shared structure and shared entries.
  { table: 'roles', orderBy: ['couple_id', 'id'], personal: 'couple' },
  { table: 'archive_snapshots', orderBy: ['couple_id', 'id'], personal: 'couple' },
  // Alignment: an answer reaches the partner's export only once revealed ('sealed' → 'shared').
  { table: 'alignment_rounds', orderBy: ['couple_id', 'id'], personal: 'couple' },
  {
    table: 'alignment_answers',
    orderBy: ['couple_id', 'round_id', 'author_id'],
    personal: { author: 'author_id', visibility: 'visibility' },
  },
  { table: 'alignment_metrics', orderBy: ['couple_id', 'round_id', 'metric_id'], personal: 'couple' },
];
