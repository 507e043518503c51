import type { CoupleTable } from '../storage/scope.ts';

/**
 * Every table that belongs to a couple, in an order that satisfies foreign keys on restore, with
 * the columns that order its rows stably. The full backup and restore walk this list, so a new
 * area's table is backed up once it is listed here (a test fails for a couple table left out).
 * Who may read which rows — for the API and a personal export alike — is scope.ts's READ_RULES.
 */
export interface CoupleTableOrder {
  table: CoupleTable;
  orderBy: string[];
}

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
];
