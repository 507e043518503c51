import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import {
  coupleCoachConsents,
  coupleCoachLinks,
  coupleRows,
  type PartnerViewer,
} from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { type CoachArea, consentedAreas } from '../../storage/viewer.ts';
import type { Link } from './schema.ts';

type LinkView = Static<typeof Link>;

/** The couple's coach links as one partner sees them: who consented to what, and what the coach sees. */
export async function presentLinks(db: Kysely<Database>, viewer: PartnerViewer): Promise<LinkView[]> {
  const [links, consents, members] = await Promise.all([
    coupleCoachLinks(db, viewer),
    coupleCoachConsents(db, viewer.couple.id),
    coupleRows(db, viewer.couple.id, 'members').select(['user_id', 'role']).execute(),
  ]);
  const partners = members.filter((m) => m.role === 'partner').map((m) => m.user_id);
  const now = new Date().toISOString();
  return links.map((l) => {
    const of = (userId: string | undefined) => {
      const c = consents.find((x) => x.link_id === l.id && x.user_id === userId);
      return c ? (JSON.parse(c.areas) as CoachArea[]) : null;
    };
    const mine = of(viewer.userId);
    const theirs = of(partners.find((p) => p !== viewer.userId));
    const both = partners.length === 2 && mine !== null && theirs !== null;
    const status = l.revoked_at
      ? 'revoked'
      : l.coach_id === null
        ? l.expires_at <= now
          ? 'expired'
          : 'invited'
        : both
          ? 'admitted'
          : 'awaiting_consent';
    return {
      id: l.id,
      coachName: l.coach_name ?? null,
      status,
      invitedByMe: l.invited_by === viewer.userId,
      expiresAt: l.expires_at,
      myAreas: mine,
      partnerAreas: theirs,
      areas: both ? consentedAreas([mine, theirs]) : [],
      revokedAt: l.revoked_at,
    };
  });
}
