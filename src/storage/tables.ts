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
}

export type UserRow = Selectable<UsersTable>;
export type MemberRow = Selectable<MembersTable>;
export type LogRow = Selectable<LogTable>;
export type InsertableLogRow = Insertable<LogTable>;
export type UpdateableLogRow = Updateable<LogTable>;
