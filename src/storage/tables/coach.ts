// The coach (issue 17). Part of the Database in ../tables.ts.
import type { Selectable } from 'kysely';

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

/** A coach's suggestion to a couple, and what the couple decided. */
export interface CoachSuggestionsTable {
  couple_id: string;
  id: string;
  coach_id: string;
  kind: 'habit' | 'ritual' | 'experiment' | 'idea';
  fields: string;
  note: string | null;
  state: 'open' | 'accepted' | 'declined' | 'withdrawn';
  decline_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  created_id: string | null;
  created_at: string;
}

export type CoachSuggestionRow = Selectable<CoachSuggestionsTable>;
export type CoachLinkRow = Selectable<CoachLinksTable>;
