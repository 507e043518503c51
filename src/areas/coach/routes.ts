import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { addDays, localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, invalid, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { countHit } from '../../storage/limits.ts';
import {
  coachAccess,
  coachAdmissions,
  coachLinkByCodeHash,
  requireCoach,
  requireViewer,
} from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { normalizeInviteCode } from '../couple/rules.ts';
import { hashInviteCode } from '../couple/store.ts';
import { type Admission, digestFor, digestsFor } from './digest.ts';
import { changesSince } from './rules.ts';
import { CoupleParams, Home, JoinBody, Joined, Prep, Profile, ProfileBody, SessionBody } from './schema.ts';
import * as store from './store.ts';

const tags = ['coach'];
const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  429: ErrorBody,
};
const JOIN_LIMIT = 20;
const JOIN_WINDOW_MS = 15 * 60_000;

/**
 * The one door to a couple for a coach: admission decided from the rows as they are now. Not
 * admitted, revoked, or another coach's couple all answer the same 404, so nothing is learnt.
 */
export async function admittedOrRefuse(
  db: Kysely<Database>,
  coachId: string,
  coupleId: string,
): Promise<Admission> {
  const access = await coachAccess(db, coachId, coupleId);
  if (!access) throw notFound('That couple');
  return access;
}

/** Session preparation: what changed since the last session (or the last 30 days), on one page. */
export async function prepFor(db: Kysely<Database>, a: Admission) {
  const today = localDate(a.couple.timeZone);
  const since = a.lastSessionOn && a.lastSessionOn < today ? a.lastSessionOn : addDays(today, -30);
  const days = Math.round((Date.parse(today) - Date.parse(since)) / 86_400_000);
  const digest = await digestFor(db, a, { from: since, previousFrom: addDays(since, -days) });
  return { lastSessionOn: a.lastSessionOn, digest, changes: changesSince(digest, since, today) };
}

/** The coach side: the coach role, redeeming an invite, home with each couple's digest, session prep. */
export async function coachRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.post(
    '/api/coach/profile',
    {
      schema: {
        tags,
        summary: 'Take the coach role (an account without a couple space)',
        body: ProfileBody,
        response: { 201: Profile, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request.viewer);
      if (viewer.couple)
        throw new AppError(
          'conflict',
          'A partner in a couple space cannot be a coach with the same account.',
        ).saying(phrase('refuse.partnerNotCoach'));
      if (viewer.coach)
        throw new AppError('conflict', 'This account is already a coach account.').saying(
          phrase('refuse.alreadyCoach'),
        );
      const displayName = request.body.displayName.trim();
      await store.insertProfile(db, viewer.userId, displayName);
      reply.status(201);
      return { displayName };
    },
  );

  app.post(
    '/api/coach/join',
    {
      schema: {
        tags,
        summary: 'Redeem a couple’s coach invite; you see nothing until both partners consent',
        body: JoinBody,
        response: { 200: Joined, ...errors },
      },
    },
    async (request) => {
      const viewer = requireCoach(request.viewer);
      const hit = await countHit(db, `coach-join-ip:${request.ip}`, JOIN_WINDOW_MS);
      if (hit.count > JOIN_LIMIT)
        throw new AppError(
          'too_many_requests',
          'Too many attempts. Please wait 15 minutes and try again.',
          undefined,
          {
            'Retry-After': '900',
          },
        ).saying(phrase('refuse.waitMinutes', { count: 15 }));
      const link = await coachLinkByCodeHash(
        db,
        hashInviteCode(`coach:${normalizeInviteCode(request.body.code)}`),
      );
      if (!link)
        throw invalid(
          'code',
          'That invite code is not right. Check it with the couple.',
          phrase('refuse.coachCodeWrong'),
        );
      if (!(await store.redeemLink(db, link.couple_id, link.id, viewer.userId)))
        throw new AppError(
          'gone',
          'That invite code was used, withdrawn or has expired. Ask the couple for a new one.',
          'code',
        ).saying(phrase('refuse.coachCodeGone'));
      return { linkId: link.id, status: 'awaiting_consent' as const };
    },
  );

  app.get(
    '/api/coach',
    {
      schema: {
        tags,
        summary: 'Coach home: the couples that admitted you, each with this week’s digest',
        response: { 200: Home, ...errors },
      },
    },
    async (request) => {
      const viewer = requireCoach(request.viewer);
      const admissions = await coachAdmissions(db, viewer.userId);
      const couples = await digestsFor(db, admissions);
      return { displayName: viewer.coach.displayName, couples };
    },
  );

  app.get(
    '/api/coach/couples/:coupleId',
    {
      schema: {
        tags,
        summary: 'Session preparation for one couple: what changed since the last session, on one page',
        params: CoupleParams,
        response: { 200: Prep, ...errors },
      },
    },
    async (request) => {
      const viewer = requireCoach(request.viewer);
      return prepFor(db, await admittedOrRefuse(db, viewer.userId, request.params.coupleId));
    },
  );

  app.post(
    '/api/coach/couples/:coupleId/session',
    {
      schema: {
        tags,
        summary: 'Note the day of a session held with the couple: the next preparation starts there',
        params: CoupleParams,
        body: SessionBody,
        response: { 200: Prep, ...errors },
      },
    },
    async (request) => {
      const viewer = requireCoach(request.viewer);
      const a = await admittedOrRefuse(db, viewer.userId, request.params.coupleId);
      if (request.body.date > localDate(a.couple.timeZone))
        throw invalid('date', 'A session is noted once it has been held.', phrase('refuse.sessionHeld'));
      await store.setLastSession(db, a.couple.id, a.asCoach.linkId, request.body.date);
      return prepFor(db, { ...a, lastSessionOn: request.body.date });
    },
  );
}
