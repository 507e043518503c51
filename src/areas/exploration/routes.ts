import { randomInt } from 'node:crypto';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { isCalendarDate, localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, invalid, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { listDomains } from '../couple/store.ts';
import { drawSuggestion, loadPool, presentOverview, presentTryById } from './present.ts';
import { DEFAULT_RETURN_PLAN, defaultCheckOn } from './rules.ts';
import {
  CreateIdeaBody,
  CreateTryBody,
  Draw,
  DrawBody,
  EndBody,
  Idea,
  IdeaList,
  IdeasQuery,
  Overview,
  RatingBody,
  Try,
  TryParams,
} from './schema.ts';
import * as store from './store.ts';

const tags = ['exploration'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Adds an idea of the couple's own to the pool: for this route and for a coach's suggestion a partner accepts. */
export async function createIdea(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  b: Static<typeof CreateIdeaBody>,
) {
  const text = b.text.trim();
  if (!text) throw invalid('text', 'Write the idea in a few words.', phrase('refuse.ideaText'));
  const domains = await listDomains(db, viewer.couple.id);
  if (!domains.some((d) => d.id === b.domain))
    throw invalid(
      'domain',
      `"${b.domain}" is not one of your domains.`,
      phrase('refuse.notYourDomain', { value: b.domain }),
    );
  return store.insertIdea(db, viewer, { domain: b.domain, text });
}

/** Exploration: the idea pool, suggestions, tries with their way back, and both partners' ratings. */
export async function explorationRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/exploration',
    {
      schema: {
        tags,
        summary: 'This month’s exploration zone, the 80/20 budget, tries and the latest suggestions',
        response: { 200: Overview, ...errors },
      },
    },
    async (request) => presentOverview(db, requirePartner(request.viewer)),
  );

  app.get(
    '/api/exploration/ideas',
    {
      schema: {
        tags,
        summary: 'The idea pool (starter ideas and your own), per domain, with how each went',
        querystring: IdeasQuery,
        response: { 200: IdeaList, ...errors },
      },
    },
    async (request) => {
      const { ideas } = await loadPool(db, requirePartner(request.viewer));
      const { domain } = request.query;
      return { ideas: domain ? ideas.filter((i) => i.domain === domain) : ideas };
    },
  );

  app.post(
    '/api/exploration/ideas',
    {
      schema: {
        tags,
        summary: 'Add an idea of your own',
        body: CreateIdeaBody,
        response: { 201: Idea, ...errors },
      },
    },
    async (request, reply) => {
      const row = await createIdea(db, requirePartner(request.viewer), request.body);
      reply.status(201);
      return {
        id: row.id,
        domain: row.domain,
        text: row.text,
        source: row.source,
        triedTogether: 0,
        mean: 0.5,
      };
    },
  );

  app.post(
    '/api/exploration/draws',
    {
      schema: {
        tags,
        summary:
          'Suggest one idea in this month’s zone (Thompson sampling; the chance of each idea is recorded)',
        body: DrawBody,
        response: { 201: Draw, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const seed = request.body.seed ?? randomInt(0, 2_147_483_647);
      const { zone, zoneId, draw } = await drawSuggestion(db, viewer, seed);
      if (!draw)
        throw new AppError(
          'conflict',
          `There are no ideas in ${zone} yet; add one of your own first.`,
        ).saying(phrase('refuse.noIdeas', { domain: zone, domainId: zoneId }));
      reply.status(201);
      return draw;
    },
  );

  app.post(
    '/api/exploration/tries',
    {
      schema: {
        tags,
        summary: 'Try an idea, with a plan to go back to normal if it doesn’t work',
        body: CreateTryBody,
        response: { 201: Try, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const b = request.body;
      const today = localDate(viewer.couple.timeZone);
      const pool = await loadPool(db, viewer);
      const idea = pool.ideas.find((i) => i.id === b.ideaId);
      if (!idea) throw invalid('ideaId', 'That idea is not in your pool.', phrase('refuse.ideaGone'));
      if (b.drawId) {
        const draw = await store.findDraw(db, viewer, b.drawId);
        if (!draw) throw invalid('drawId', 'That suggestion is not one of yours.');
        if (draw.idea_id !== idea.id) throw invalid('drawId', 'That suggestion was for another idea.');
      }
      const startedOn = b.startedOn ?? today;
      if (!isCalendarDate(startedOn) || startedOn > today)
        throw invalid(
          'startedOn',
          'A try starts today or on a day that has passed.',
          phrase('refuse.tryStart'),
        );
      const checkOn = b.checkOn ?? defaultCheckOn(startedOn);
      if (!isCalendarDate(checkOn) || checkOn <= startedOn)
        throw invalid(
          'checkOn',
          'Pick a day after the start to decide whether to keep it.',
          phrase('refuse.tryCheckOn'),
        );
      // More of something you decided to keep is exploiting; anything else is exploring.
      const kept = pool.tries.some((t) => t.idea_id === idea.id && t.outcome === 'keep');
      const row = await store.insertTry(db, viewer, {
        idea_id: idea.id,
        domain: idea.domain,
        kind: b.kind ?? (kept ? 'exploit' : 'explore'),
        draw_id: b.drawId ?? null,
        started_on: startedOn,
        return_plan: b.returnPlan?.trim() || DEFAULT_RETURN_PLAN,
        check_on: checkOn,
      });
      reply.status(201);
      return presentTryById(db, viewer, row.id);
    },
  );

  app.post(
    '/api/exploration/tries/:id/ratings',
    {
      schema: {
        tags,
        summary: 'Rate a try, 1–5; your partner sees it once they have rated too',
        params: TryParams,
        body: RatingBody,
        response: { 201: Try, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findTry(db, viewer, request.params.id);
      if (!row) throw notFound('That try');
      await store.upsertRating(db, viewer, row.id, request.body.rating);
      reply.status(201);
      return presentTryById(db, viewer, row.id);
    },
  );

  app.post(
    '/api/exploration/tries/:id/end',
    {
      schema: {
        tags,
        summary: 'Decide: keep it, or go back to normal',
        params: TryParams,
        body: EndBody,
        response: { 200: Try, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findTry(db, viewer, request.params.id);
      if (!row) throw notFound('That try');
      const today = localDate(viewer.couple.timeZone);
      if (!(await store.endTry(db, viewer, row.id, request.body.outcome, today)))
        throw new AppError(
          'conflict',
          `You already decided on this one (${row.outcome === 'keep' ? 'kept' : 'back to normal'}).`,
        ).saying(phrase(row.outcome === 'keep' ? 'refuse.tryKept' : 'refuse.tryBack'));
      return presentTryById(db, viewer, row.id);
    },
  );
}
