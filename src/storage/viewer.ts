import { AppError } from '../server/errors.ts';
import type { LogRow } from './tables.ts';

/*
 * Who is asking, and the access rules that need no query: decisions about one row the caller
 * already holds. The rules that choose rows live in scope.ts, which re-exports these.
 */

/** Who is asking: resolved from the session cookie on every request. */
export interface Viewer {
  userId: string;
  email: string;
  sessionId: string;
  /** The couple this person is a partner in, if any. */
  couple: { id: string; role: 'partner' | 'coach'; displayName: string; timeZone: string } | null;
  /** Set when this person holds the coach role: they read couples only through coach links. */
  coach?: { displayName: string } | null;
}

/** A viewer holding the coach role. */
export interface CoachViewer extends Viewer {
  coach: NonNullable<Viewer['coach']>;
}

/**
 * The areas a couple may let a coach see (PRODUCT.md's area names; the CSI-4 is its own, since it
 * is shared with a coach only by name). Nothing else of a couple ever reaches a coach.
 */
export const COACH_AREAS = [
  'checkins',
  'csi4',
  'habits',
  'rituals',
  'experiments',
  'anchors',
  'exploration',
  'log',
  'rewards',
  'alignment',
] as const;
export type CoachArea = (typeof COACH_AREAS)[number];

/**
 * A coach reading one couple, resolved from the database on every request (scope.ts's
 * coachAccess): the areas both partners consented to, at this moment. Never held across requests.
 */
export interface CoachReader {
  userId: string;
  couple: { id: string; timeZone: string };
  asCoach: { linkId: string; areas: readonly CoachArea[] };
}

export function requireCoach(viewer: Viewer | null): CoachViewer {
  const v = requireViewer(viewer);
  if (!v.coach) throw new AppError('forbidden', 'This is for coach accounts.');
  return v as CoachViewer;
}

/** The areas a coach may see: those both partners named, in the order of COACH_AREAS. */
export function consentedAreas(consents: readonly (readonly string[])[]): CoachArea[] {
  if (consents.length < 2) return [];
  return COACH_AREAS.filter((a) => consents.every((c) => c.includes(a)));
}

/** A viewer who is a partner of a couple: what every couple route needs. */
export interface PartnerViewer extends Viewer {
  couple: NonNullable<Viewer['couple']> & { role: 'partner' };
}

export function requireViewer(viewer: Viewer | null): Viewer {
  if (!viewer) throw new AppError('unauthenticated', 'Please log in.');
  return viewer;
}

export function requirePartner(viewer: Viewer | null): PartnerViewer {
  const v = requireViewer(viewer);
  if (v.couple?.role !== 'partner') {
    throw new AppError('no_couple', 'Create your couple space or join your partner’s first.');
  }
  return v as PartnerViewer;
}

export function canSeeLogEntry(
  viewer: PartnerViewer,
  row: Pick<LogRow, 'couple_id' | 'author_id' | 'visibility'>,
): boolean {
  return (
    row.couple_id === viewer.couple.id && (row.visibility === 'shared' || row.author_id === viewer.userId)
  );
}

export function canEditLogEntry(
  viewer: PartnerViewer,
  row: Pick<LogRow, 'couple_id' | 'author_id'>,
): boolean {
  return row.couple_id === viewer.couple.id && row.author_id === viewer.userId;
}

export function canMarkPromise(
  viewer: PartnerViewer,
  row: Pick<LogRow, 'couple_id' | 'author_id' | 'visibility' | 'kind'>,
): boolean {
  return row.kind === 'promise' && canSeeLogEntry(viewer, row);
}

/** Whether the viewer may read a check-in's note (a separate choice from its numbers). */
export function canSeeCheckinNote(
  viewer: PartnerViewer,
  row: { couple_id: string; author_id: string; note_visibility: 'shared' | 'private' },
): boolean {
  return (
    row.couple_id === viewer.couple.id &&
    (row.author_id === viewer.userId || row.note_visibility === 'shared')
  );
}

/** A proposed metric is accepted by the other partner: nobody accepts their own proposal. */
export function canAcceptMetric(
  viewer: PartnerViewer,
  row: { couple_id: string; proposed_by: string },
): boolean {
  return row.couple_id === viewer.couple.id && row.proposed_by !== viewer.userId;
}

export function isHabitOwner(viewer: PartnerViewer, row: { couple_id: string; owner: string }): boolean {
  return row.couple_id === viewer.couple.id && (row.owner === 'both' || row.owner === viewer.userId);
}

/** The partner answers a check-off; nobody thanks themselves. */
export function canAppreciateCheckoff(
  viewer: PartnerViewer,
  row: { couple_id: string; by_user: string; kind: string },
): boolean {
  return row.couple_id === viewer.couple.id && row.kind === 'done' && row.by_user !== viewer.userId;
}

/** Whether this person may know the experiment's phases today (everyone but a blinded partner mid-run). */
export function mayKnowPhase(
  userId: string,
  e: { blind_rater: string | null; status: string; end_date: string | null },
  today: string,
): boolean {
  const over = e.status === 'stopped' || (e.end_date !== null && today > e.end_date);
  return e.blind_rater !== userId || over;
}

export function isPerformer(viewer: PartnerViewer, e: { couple_id: string; performer: string }): boolean {
  return e.couple_id === viewer.couple.id && (e.performer === 'both' || e.performer === viewer.userId);
}
