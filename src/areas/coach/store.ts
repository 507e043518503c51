import type { Kysely } from 'kysely';
import { newId, nowIso } from '../../storage/ids.ts';
import type { Database } from '../../storage/tables.ts';

/*
 * The coach area's writes. Reads go through scope.ts (coupleCoachLinks, coachAdmissions, …).
 * Every write names its couple: a link is only ever changed within the viewer's own couple.
 */

const INVITE_DAYS = 7;

export async function insertProfile(db: Kysely<Database>, userId: string, displayName: string) {
  await db
    .insertInto('coach_profiles')
    .values({ user_id: userId, display_name: displayName, created_at: nowIso() })
    .execute();
}

/** A new link with the inviting partner's consent, in one transaction. */
export async function insertLink(
  trx: Kysely<Database>,
  p: { coupleId: string; invitedBy: string; codeHash: string; areas: readonly string[] },
) {
  const id = newId();
  const now = Date.now();
  const expiresAt = nowIso(now + INVITE_DAYS * 86_400_000);
  await trx
    .insertInto('coach_links')
    .values({
      couple_id: p.coupleId,
      id,
      code_hash: p.codeHash,
      invited_by: p.invitedBy,
      created_at: nowIso(now),
      expires_at: expiresAt,
      coach_id: null,
      joined_at: null,
      revoked_at: null,
      revoked_by: null,
      last_session_on: null,
    })
    .execute();
  await setConsent(trx, p.coupleId, id, p.invitedBy, p.areas);
  return { id, expiresAt };
}

/** Records (or replaces) one partner's consent to a link. */
export async function setConsent(
  db: Kysely<Database>,
  coupleId: string,
  linkId: string,
  userId: string,
  areas: readonly string[],
) {
  const values = {
    couple_id: coupleId,
    link_id: linkId,
    user_id: userId,
    areas: JSON.stringify(areas),
    updated_at: nowIso(),
  };
  await db
    .insertInto('coach_consents')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['couple_id', 'link_id', 'user_id'])
        .doUpdateSet({ areas: values.areas, updated_at: values.updated_at }),
    )
    .execute();
}

/** The coach takes an open, unexpired invite: true when this call took it (no one else did). */
export async function redeemLink(db: Kysely<Database>, coupleId: string, linkId: string, coachId: string) {
  const now = nowIso();
  const res = await db
    .updateTable('coach_links')
    .set({ coach_id: coachId, joined_at: now })
    .where('couple_id', '=', coupleId)
    .where('id', '=', linkId)
    .where('coach_id', 'is', null)
    .where('revoked_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Revokes a link: from this moment the coach's requests about the couple are refused. */
export async function revokeLink(db: Kysely<Database>, coupleId: string, linkId: string, by: string) {
  await db
    .updateTable('coach_links')
    .set({ revoked_at: nowIso(), revoked_by: by })
    .where('couple_id', '=', coupleId)
    .where('id', '=', linkId)
    .where('revoked_at', 'is', null)
    .execute();
}

export async function setLastSession(db: Kysely<Database>, coupleId: string, linkId: string, date: string) {
  await db
    .updateTable('coach_links')
    .set({ last_session_on: date })
    .where('couple_id', '=', coupleId)
    .where('id', '=', linkId)
    .execute();
}
