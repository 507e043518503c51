import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { newId, nowIso } from '../../storage/ids.ts';
import {
  coupleRows,
  membershipsOf,
  sessionViewerRow,
  type Viewer,
  viewerRowByEmail,
  wholeCouple,
} from '../../storage/scope.ts';
import type { Database, UserRow } from '../../storage/tables.ts';
import { deleteAnchorRowsOf } from '../anchors/erase.ts';
import { deleteCreditRowsOf } from '../credit/erase.ts';
import { deleteHabitRowsOf } from '../habits/erase.ts';

export const SESSION_DAYS = 30;
const DAY_MS = 86_400_000;
// last_seen_at is refreshed at most this often, so reading does not write on every request.
const TOUCH_EVERY_MS = 3_600_000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function findUserByEmail(db: Kysely<Database>, email: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('email', '=', email.toLowerCase()).executeTakeFirst();
}

export async function findUserById(db: Kysely<Database>, id: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertUser(
  db: Kysely<Database>,
  email: string,
  passwordHash: string,
): Promise<UserRow> {
  const row = { id: newId(), email: email.toLowerCase(), password_hash: passwordHash, created_at: nowIso() };
  await db.insertInto('users').values(row).execute();
  return row;
}

/** Creates a session and returns its cookie token: 256 random bits, stored only as a hash. */
export async function createSession(
  db: Kysely<Database>,
  userId: string,
  userAgent: string,
): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = Date.now();
  await db
    .insertInto('sessions')
    .values({
      id: newId(now),
      token_hash: hashToken(token),
      user_id: userId,
      created_at: nowIso(now),
      last_seen_at: nowIso(now),
      expires_at: nowIso(now + SESSION_DAYS * DAY_MS),
      user_agent: userAgent.slice(0, 200),
    })
    .execute();
  return token;
}

/**
 * The viewer behind an email address, as a session would resolve it: for the command line
 * (`attune report`), which must see exactly what that person's app shows and nothing more.
 */
export async function findViewerByEmail(db: Kysely<Database>, email: string): Promise<Viewer | null> {
  const row = await viewerRowByEmail(db, email);
  if (!row) return null;
  return {
    userId: row.user_id,
    email: row.email,
    sessionId: '',
    couple:
      row.couple_id && row.role
        ? {
            id: row.couple_id,
            role: row.role,
            displayName: row.display_name ?? '',
            timeZone: row.time_zone ?? 'UTC',
          }
        : null,
    coach: row.coach_name !== null && row.coach_name !== undefined ? { displayName: row.coach_name } : null,
  };
}

/** The viewer behind a cookie token, or null when the session is unknown or expired. */
export async function findViewerByToken(db: Kysely<Database>, token: string): Promise<Viewer | null> {
  const row = await sessionViewerRow(db, hashToken(token));
  if (!row) return null;
  const now = Date.now();
  // An expired session is refused here and removed by housekeeping: reading does not delete.
  if (Date.parse(row.expires_at) <= now) return null;
  if (now - Date.parse(row.last_seen_at) > TOUCH_EVERY_MS) {
    // Sliding expiry: an active session stays alive.
    await db
      .updateTable('sessions')
      .set({ last_seen_at: nowIso(now), expires_at: nowIso(now + SESSION_DAYS * DAY_MS) })
      .where('id', '=', row.session_id)
      .execute();
  }
  return {
    userId: row.user_id,
    email: row.email,
    sessionId: row.session_id,
    couple:
      row.couple_id && row.role
        ? {
            id: row.couple_id,
            role: row.role,
            displayName: row.display_name ?? '',
            timeZone: row.time_zone ?? 'UTC',
          }
        : null,
    coach: row.coach_name !== null && row.coach_name !== undefined ? { displayName: row.coach_name } : null,
  };
}

export async function listSessions(db: Kysely<Database>, userId: string) {
  return db
    .selectFrom('sessions')
    .select(['id', 'created_at', 'last_seen_at', 'user_agent'])
    .where('user_id', '=', userId)
    .where('expires_at', '>', nowIso())
    .orderBy('last_seen_at', 'desc')
    .execute();
}

export async function deleteSession(
  db: Kysely<Database>,
  userId: string,
  sessionId: string,
): Promise<boolean> {
  const r = await db
    .deleteFrom('sessions')
    .where('user_id', '=', userId)
    .where('id', '=', sessionId)
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

export async function deleteOtherSessions(
  db: Kysely<Database>,
  userId: string,
  keepSessionId: string,
): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).where('id', '!=', keepSessionId).execute();
}

export async function setPasswordHash(
  db: Kysely<Database>,
  userId: string,
  passwordHash: string,
): Promise<void> {
  await db.updateTable('users').set({ password_hash: passwordHash }).where('id', '=', userId).execute();
}

/**
 * Deletes a person and every row of theirs: their log entries, their place in the couple, their
 * sessions. A couple left with no partner is deleted whole. Runs in the caller's transaction.
 */
export async function deleteUserEverywhere(trx: Kysely<Database>, userId: string): Promise<void> {
  const memberships = await membershipsOf(trx, userId);
  for (const { couple_id } of memberships) {
    const theirs = wholeCouple(trx, couple_id, 'log').select('id').where('author_id', '=', userId);
    await trx
      .updateTable('log')
      .set({ repair_of: null })
      .where('couple_id', '=', couple_id)
      .where('repair_of', 'in', theirs)
      .execute();
    await trx.deleteFrom('log').where('couple_id', '=', couple_id).where('author_id', '=', userId).execute();
    await deleteHabitRowsOf(trx, couple_id, userId); // habits, reward audit (issue 7)
    await deleteAnchorRowsOf(trx, couple_id, userId); // anchors, exploration (issue 18)
    await deleteCreditRowsOf(trx, couple_id, userId); // credit reviews and hint decisions (issue 16)
    // Failure analyses and reflections are the person's own (issue 15).
    for (const t of ['insight_failures', 'reflections'] as const)
      await trx.deleteFrom(t).where('couple_id', '=', couple_id).where('author_id', '=', userId).execute();
    // Check-ins, CSI-4 answers, ritual completions and the calendar feed are the person's own;
    // the couple's metrics and rituals stay, no longer naming who proposed or made them.
    // Experiment taps and phase guesses are the person's own; the experiments stay with the couple.
    for (const t of ['experiment_adherence', 'experiment_guesses'] as const)
      await trx.deleteFrom(t).where('couple_id', '=', couple_id).where('user_id', '=', userId).execute();
    // Reminders: the person's devices, settings and what was sent to them.
    for (const t of ['push_subscriptions', 'reminder_settings', 'reminders_sent'] as const)
      await trx.deleteFrom(t).where('couple_id', '=', couple_id).where('user_id', '=', userId).execute();
    for (const t of ['checkins', 'csi4', 'ritual_completions'] as const)
      await trx.deleteFrom(t).where('couple_id', '=', couple_id).where('author_id', '=', userId).execute();
    await trx
      .deleteFrom('ritual_feeds')
      .where('couple_id', '=', couple_id)
      .where('user_id', '=', userId)
      .execute();
    await trx
      .updateTable('metrics')
      .set({ proposed_by: '' })
      .where('couple_id', '=', couple_id)
      .where('proposed_by', '=', userId)
      .execute();
    await trx
      .updateTable('metrics')
      .set({ accepted_by: '' })
      .where('couple_id', '=', couple_id)
      .where('accepted_by', '=', userId)
      .execute();
    await trx
      .updateTable('rituals')
      .set({ created_by: null })
      .where('couple_id', '=', couple_id)
      .where('created_by', '=', userId)
      .execute();
    await trx
      .deleteFrom('invites')
      .where('couple_id', '=', couple_id)
      .where('created_by', '=', userId)
      .execute();
    // Who decided a coach's suggestion is forgotten; what was decided stays the couple's.
    await trx
      .updateTable('coach_suggestions')
      .set({ decided_by: '' })
      .where('couple_id', '=', couple_id)
      .where('decided_by', '=', userId)
      .execute();
    // A partner's consent to a coach is their own: without it the coach is no longer admitted.
    await trx
      .deleteFrom('coach_consents')
      .where('couple_id', '=', couple_id)
      .where('user_id', '=', userId)
      .execute();
    await trx
      .deleteFrom('members')
      .where('couple_id', '=', couple_id)
      .where('user_id', '=', userId)
      .execute();
    const left = await coupleRows(trx, couple_id, 'members')
      .select('user_id')
      .where('role', '=', 'partner')
      .executeTakeFirst();
    if (!left) await trx.deleteFrom('couples').where('id', '=', couple_id).execute();
  }
  await trx.deleteFrom('passkeys').where('user_id', '=', userId).execute();
  await trx.deleteFrom('passkey_challenges').where('user_id', '=', userId).execute();
  // A coach who leaves: every couple's link to them ends (the couples keep the record).
  await trx
    .updateTable('coach_links')
    .set({ revoked_at: nowIso(), revoked_by: userId })
    .where('coach_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
  await trx
    .updateTable('coach_suggestions')
    .set({ state: 'withdrawn', decided_at: nowIso() })
    .where('coach_id', '=', userId)
    .where('state', '=', 'open')
    .execute();
  await trx.deleteFrom('users').where('id', '=', userId).execute();
}
