import type { Kysely } from 'kysely';
import type { Database } from '../tables.ts';
import { type CoachReader, consentedAreas, type PartnerViewer } from '../viewer.ts';
import { wholeCouple } from './rules.ts';

/*
 * Coach (issue 17). A coach reads a couple only through a link a partner opened, the coach
 * redeemed, and both partners consented to, naming the areas the coach may see; either partner
 * revokes it at any time. Access is decided by `coachAccess` on every request from the rows as
 * they are — no grant is remembered between requests, so a revocation refuses the very next one.
 * What the coach then reads goes through `visibleRows` with COACH_READS.
 */

/** The couple's links to coaches, newest first, with each coach's name (never a code's hash). */
export function coupleCoachLinks(db: Kysely<Database>, viewer: PartnerViewer) {
  return wholeCouple(db, viewer.couple.id, 'coach_links')
    .leftJoin('coach_profiles', 'coach_profiles.user_id', 'coach_links.coach_id')
    .select([
      'coach_links.id',
      'coach_links.invited_by',
      'coach_links.created_at',
      'coach_links.expires_at',
      'coach_links.coach_id',
      'coach_links.joined_at',
      'coach_links.revoked_at',
      'coach_links.revoked_by',
      'coach_profiles.display_name as coach_name',
    ])
    .orderBy('coach_links.created_at', 'desc')
    .orderBy('coach_links.id', 'desc')
    .execute();
}

/** Every partner's consent to the couple's links. */
export function coupleCoachConsents(db: Kysely<Database>, coupleId: string) {
  return wholeCouple(db, coupleId, 'coach_consents').select(['link_id', 'user_id', 'areas']).execute();
}

/** The link a coach invite code's hash belongs to: whoever holds the code may try to redeem it. */
export function coachLinkByCodeHash(db: Kysely<Database>, codeHash: string) {
  return db.selectFrom('coach_links').selectAll().where('code_hash', '=', codeHash).executeTakeFirst();
}

/**
 * The couples a coach is admitted to right now, with the consents behind each: links the coach
 * joined, not revoked, and consented to by both of the couple's current partners. Each couple's
 * areas are those both named; the first partner's time zone gives the couple's "today".
 */
export async function coachAdmissions(
  db: Kysely<Database>,
  coachId: string,
  coupleId?: string,
): Promise<(CoachReader & { lastSessionOn: string | null; partners: { userId: string; name: string }[] })[]> {
  let q = db
    .selectFrom('coach_links')
    .innerJoin('members', (j) =>
      j.onRef('members.couple_id', '=', 'coach_links.couple_id').on('members.role', '=', 'partner'),
    )
    .leftJoin('coach_consents', (j) =>
      j
        .onRef('coach_consents.couple_id', '=', 'coach_links.couple_id')
        .onRef('coach_consents.link_id', '=', 'coach_links.id')
        .onRef('coach_consents.user_id', '=', 'members.user_id'),
    )
    .select([
      'coach_links.couple_id',
      'coach_links.id as link_id',
      'coach_links.last_session_on',
      'members.user_id',
      'members.display_name',
      'members.time_zone',
      'members.joined_at',
      'coach_consents.areas',
    ])
    .where('coach_links.coach_id', '=', coachId)
    .where('coach_links.revoked_at', 'is', null)
    .where('coach_links.joined_at', 'is not', null);
  if (coupleId) q = q.where('coach_links.couple_id', '=', coupleId);
  const rows = await q
    .orderBy('coach_links.couple_id')
    .orderBy('members.joined_at')
    .orderBy('members.user_id')
    .execute();
  const byCouple = new Map<string, typeof rows>();
  for (const r of rows) byCouple.set(r.couple_id, [...(byCouple.get(r.couple_id) ?? []), r]);
  const out = [];
  for (const [id, members] of byCouple) {
    // Admitted only when both partners of a two-person couple consented.
    if (members.length !== 2 || members.some((m) => m.areas === null)) continue;
    out.push({
      userId: coachId,
      couple: { id, timeZone: members[0]!.time_zone },
      asCoach: {
        linkId: members[0]!.link_id,
        areas: consentedAreas(members.map((m) => JSON.parse(m.areas!) as string[])),
      },
      lastSessionOn: members[0]!.last_session_on,
      partners: members.map((m) => ({ userId: m.user_id, name: m.display_name })),
    });
  }
  return out;
}

/** A coach's reader for one couple, decided now; null when not (or no longer) admitted. */
export async function coachAccess(db: Kysely<Database>, coachId: string, coupleId: string) {
  const [one] = await coachAdmissions(db, coachId, coupleId);
  return one ?? null;
}

/** The suggestions one coach made one couple, newest first: the coach's own, nothing else. */
export function coachOwnSuggestions(db: Kysely<Database>, reader: CoachReader) {
  return wholeCouple(db, reader.couple.id, 'coach_suggestions')
    .selectAll()
    .where('coach_id', '=', reader.userId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
}
