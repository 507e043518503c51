import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';
import type { PartnerViewer } from '../viewer.ts';
import { wholeCouple } from './rules.ts';

/*
 * Reads that start from a secret or a person rather than a couple, each stated once.
 */

/** The session behind a cookie token's hash, with its person and their place in a couple. */
export function sessionViewerRow(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .leftJoin('members', (join) =>
      join.onRef('members.user_id', '=', 'users.id').on('members.role', '=', 'partner'),
    )
    .leftJoin('coach_profiles', 'coach_profiles.user_id', 'users.id')
    .select([
      'sessions.id as session_id',
      'sessions.expires_at',
      'sessions.last_seen_at',
      'users.id as user_id',
      'users.email',
      'members.couple_id',
      'members.role',
      'members.display_name',
      'members.time_zone',
      'coach_profiles.display_name as coach_name',
    ])
    .where('sessions.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** The couples a person belongs to (to erase their account). */
export function membershipsOf(db: Kysely<Database>, userId: string) {
  return db.selectFrom('members').select('couple_id').where('user_id', '=', userId).execute();
}

/** When the couple's open invite expires, if there is one; never its code. */
export function openInvite(db: Kysely<Database>, viewer: PartnerViewer, now: string) {
  return wholeCouple(db, viewer.couple.id, 'invites')
    .select('expires_at')
    .where('used_at', 'is', null)
    .where('expires_at', '>', now)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** The invite a code's hash belongs to: whoever holds the code may try to join with it. */
export function inviteByCodeHash(db: Kysely<Database>, codeHash: string) {
  return db.selectFrom('invites').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
}

/** The viewer's own calendar feed (when it was made; never the token's hash). */
export function ownFeed(db: Kysely<Database>, viewer: PartnerViewer) {
  return wholeCouple(db, viewer.couple.id, 'ritual_feeds')
    .select('created_at')
    .where('user_id', '=', viewer.userId)
    .executeTakeFirst();
}

/** A person's push subscriptions (every device they allowed), for sending them a reminder. */
export function pushSubscriptionsOf(db: Kysely<Database>, coupleId: string, userId: string) {
  return wholeCouple(db, coupleId, 'push_subscriptions')
    .select(['endpoint_hash', 'endpoint', 'p256dh', 'auth'])
    .where('user_id', '=', userId)
    .execute();
}

/** Everyone who allowed reminders on at least one device, with their settings and time zone. */
export function reminderRecipients(db: Kysely<Database>) {
  return db
    .selectFrom('reminder_settings')
    .innerJoin('members', (j) =>
      j
        .onRef('members.couple_id', '=', 'reminder_settings.couple_id')
        .onRef('members.user_id', '=', 'reminder_settings.user_id'),
    )
    .selectAll('reminder_settings')
    .select('members.time_zone')
    .where('members.role', '=', 'partner')
    .where(({ exists, selectFrom }) =>
      exists(
        selectFrom('push_subscriptions')
          .select('push_subscriptions.user_id')
          .whereRef('push_subscriptions.couple_id', '=', 'reminder_settings.couple_id')
          .whereRef('push_subscriptions.user_id', '=', 'reminder_settings.user_id'),
      ),
    )
    .execute();
}

/** The feed a token's hash opens: one partner's, with their time zone. The token grants that feed only. */
export function feedByTokenHash(db: Kysely<Database>, tokenHash: string) {
  return db
    .selectFrom('ritual_feeds')
    .innerJoin('members', (j) =>
      j
        .onRef('members.couple_id', '=', 'ritual_feeds.couple_id')
        .onRef('members.user_id', '=', 'ritual_feeds.user_id'),
    )
    .select(['ritual_feeds.couple_id', 'ritual_feeds.user_id', 'members.time_zone'])
    .where('ritual_feeds.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** A partner found by email, for the command line (the operator names whose data to touch). */
export function partnerByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('users')
    .innerJoin('members', 'members.user_id', 'users.id')
    .select(['users.id', 'members.couple_id'])
    .where('users.email', '=', email.toLowerCase())
    .where('members.role', '=', 'partner')
    .executeTakeFirst();
}

/**
 * The viewer behind an email address, as a session would resolve it: for the command line
 * (`attune report`), which must see exactly what that person's app shows.
 */
export function viewerRowByEmail(db: Kysely<Database>, email: string) {
  return db
    .selectFrom('users')
    .leftJoin('members', (join) =>
      join.onRef('members.user_id', '=', 'users.id').on('members.role', '=', 'partner'),
    )
    .leftJoin('coach_profiles', 'coach_profiles.user_id', 'users.id')
    .select([
      'users.id as user_id',
      'users.email',
      'members.couple_id',
      'members.role',
      'members.display_name',
      'members.time_zone',
      'coach_profiles.display_name as coach_name',
    ])
    .where('users.email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
}

/** Every couple with its first partner's time zone: for housekeeping's automatic snapshots. */
export async function coupleTimeZones(
  db: Kysely<Database>,
): Promise<{ coupleId: string; timeZone: string }[]> {
  const rows = await db
    .selectFrom('members')
    .select(['couple_id', 'time_zone'])
    .where('role', '=', 'partner')
    .orderBy('couple_id')
    .orderBy('joined_at')
    .orderBy('user_id')
    .execute();
  const first = new Map<string, string>();
  for (const r of rows) if (!first.has(r.couple_id)) first.set(r.couple_id, r.time_zone);
  return [...first].map(([coupleId, timeZone]) => ({ coupleId, timeZone }));
}
