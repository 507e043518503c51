import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { AppContext } from '../../server/context.ts';
import { AppError, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import {
  coachOwnSuggestions,
  coupleRows,
  type PartnerViewer,
  requireCoach,
  requirePartner,
  visibleRows,
} from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { applyDueChanges } from '../habits/present.ts';
import { admittedOrRefuse } from './routes.ts';
import { CoupleParams } from './schema.ts';
import {
  CoachSuggestion,
  CoachSuggestionList,
  DeclineBody,
  SuggestBody,
  Suggestion,
  SuggestionList,
  SuggestionParams,
} from './suggestion-schema.ts';
import {
  acceptSuggestion,
  checkSuggestion,
  declineSuggestion,
  forCoach,
  forPartner,
  insertSuggestion,
  kindsAllowed,
} from './suggestions.ts';

const tags = ['coach'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** The couple's suggestions with each coach's name (only the name of a coach of theirs). */
function coupleSuggestions(db: Kysely<Database>, viewer: PartnerViewer) {
  return coupleRows(db, viewer.couple.id, 'coach_suggestions')
    .leftJoin('coach_profiles', 'coach_profiles.user_id', 'coach_suggestions.coach_id')
    .selectAll('coach_suggestions')
    .select('coach_profiles.display_name as coach_name');
}

async function oneForPartner(db: Kysely<Database>, viewer: PartnerViewer, id: string) {
  const row = await coupleSuggestions(db, viewer).where('coach_suggestions.id', '=', id).executeTakeFirst();
  if (!row) throw notFound('That suggestion');
  return row;
}

/** Suggestions: the coach suggests into a consented area; either partner accepts or declines. */
export async function coachSuggestionRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/coach/couples/:coupleId/suggestions',
    {
      schema: {
        tags,
        summary: 'Your suggestions to a couple, each with what they decided and why they declined',
        params: CoupleParams,
        response: { 200: CoachSuggestionList, ...errors },
      },
    },
    async (request) => {
      const viewer = requireCoach(request.viewer);
      const a = await admittedOrRefuse(db, viewer.userId, request.params.coupleId);
      const [rows, domains] = await Promise.all([
        coachOwnSuggestions(db, a),
        visibleRows(db, a, 'domains').select(['id', 'label']).orderBy('created_at').orderBy('id').execute(),
      ]);
      return { suggestions: rows.map(forCoach), kinds: kindsAllowed(a.asCoach.areas), domains };
    },
  );

  app.post(
    '/api/coach/couples/:coupleId/suggestions',
    {
      schema: {
        tags,
        summary:
          'Suggest a habit, ritual, experiment or exploration idea, in an area the couple let you see; they accept or decline it',
        params: CoupleParams,
        body: SuggestBody,
        response: { 201: CoachSuggestion, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requireCoach(request.viewer);
      const a = await admittedOrRefuse(db, viewer.userId, request.params.coupleId);
      await checkSuggestion(db, a, request.body);
      const row = await insertSuggestion(db, a, request.body);
      reply.status(201);
      return forCoach(row);
    },
  );

  app.get(
    '/api/coach-suggestions',
    {
      schema: {
        tags,
        summary: 'What your coaches suggested that neither of you has decided yet',
        response: { 200: SuggestionList, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const rows = await coupleSuggestions(db, viewer)
        .where('coach_suggestions.state', '=', 'open')
        .orderBy('coach_suggestions.created_at', 'desc')
        .orderBy('coach_suggestions.id', 'desc')
        .execute();
      return { suggestions: rows.map(forPartner) };
    },
  );

  app.post(
    '/api/coach-suggestions/:suggestionId/accept',
    {
      schema: {
        tags,
        summary:
          'Accept a suggestion (either of you): it becomes your habit, ritual, experiment proposal or idea; accepting twice makes one',
        params: SuggestionParams,
        response: { 200: Suggestion, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await oneForPartner(db, viewer, request.params.suggestionId);
      if (row.state === 'open') {
        // As the habits area does before any write: the easings that already count are stored first.
        if (row.kind === 'habit') await applyDueChanges(db, viewer);
        await acceptSuggestion(db, viewer, row);
      }
      const now = await oneForPartner(db, viewer, row.id);
      if (now.state !== 'accepted')
        throw new AppError('conflict', `That suggestion was ${now.state} already.`, 'state').saying(
          phrase('refuse.suggestionAnswered'),
        );
      return forPartner(now);
    },
  );

  app.post(
    '/api/coach-suggestions/:suggestionId/decline',
    {
      schema: {
        tags,
        summary: 'Decline a suggestion (either of you), with a reason the coach sees if you like',
        params: SuggestionParams,
        body: DeclineBody,
        response: { 200: Suggestion, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await oneForPartner(db, viewer, request.params.suggestionId);
      const reason = request.body.reason?.trim() || null;
      if (row.state === 'open') await declineSuggestion(db, viewer, row.id, reason);
      const now = await oneForPartner(db, viewer, row.id);
      if (now.state !== 'declined')
        throw new AppError('conflict', `That suggestion was ${now.state} already.`, 'state').saying(
          phrase('refuse.suggestionAnswered'),
        );
      return forPartner(now);
    },
  );
}
