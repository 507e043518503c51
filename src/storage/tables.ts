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
}

/** A partner's check-in for one local day (issue 6). `visibility` covers the numbers, `note_visibility` the note. */
export interface CheckinsTable {
  couple_id: string;
  id: string;
  author_id: string;
  date: string;
  satisfaction: number;
  energy: number;
  connection: number;
  conflicts: number;
  positives: number;
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
  checkins: CheckinsTable;
  metrics: MetricsTable;
  csi4: Csi4Table;
  rituals: RitualsTable;
  ritual_completions: RitualCompletionsTable;
  ritual_feeds: RitualFeedsTable;
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
