import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../server/context.ts';
import { AppError } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { requirePartner } from '../../storage/scope.ts';
import { contextFor, presentAll } from './present.ts';
import { checkDay, conflict, errors, load, tags } from './route-helpers.ts';
import { statusOf } from './rules.ts';
import { AdherenceBody, Experiment, GuessBody, IdParams } from './schema.ts';
import * as store from './store.ts';

/** The daily taps of a running experiment: the performers' adherence, the blinded partner's guesses. */
export async function experimentDayRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;
  const one = async (viewer: Parameters<typeof load>[1], id: string) =>
    (await presentAll(db, viewer, [await load(db, viewer, id)]))[0]!;

  app.post(
    '/api/experiments/:id/adherence',
    {
      schema: {
        tags,
        summary:
          'Tap whether you kept to a day’s plan (performers only; the blinded partner never sees these)',
        params: IdParams,
        body: AdherenceBody,
        response: { 201: Experiment, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const row = await load(db, viewer, request.params.id);
      const c = await contextFor(db, viewer);
      if (row.performer !== 'both' && row.performer !== viewer.userId)
        throw new AppError(
          'forbidden',
          'Only the partner who does the B behaviour taps whether it happened.',
        );
      if (statusOf(row, c.today) !== 'running')
        throw conflict('This experiment is not running.').saying(phrase('refuse.experimentNotRunning'));
      const { date } = request.body;
      checkDay(date, row, c.today);
      await store.saveAdherence(db, viewer, row.id, {
        date,
        done: request.body.done ?? true,
        note: request.body.note?.trim() || null,
      });
      reply.status(201);
      return one(viewer, row.id);
    },
  );

  app.post(
    '/api/experiments/:id/guesses',
    {
      schema: {
        tags,
        summary: 'As the blinded partner, say which phase you think a day was in',
        params: IdParams,
        body: GuessBody,
        response: { 201: Experiment, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const row = await load(db, viewer, request.params.id);
      const c = await contextFor(db, viewer);
      if (row.blind_rater !== viewer.userId)
        throw new AppError('forbidden', 'Only the partner rating blind guesses the phase.');
      if (statusOf(row, c.today) !== 'running')
        throw conflict('This experiment is not running.').saying(phrase('refuse.experimentNotRunning'));
      checkDay(request.body.date, row, c.today);
      await store.saveGuess(db, viewer, row.id, request.body);
      reply.status(201);
      return one(viewer, row.id);
    },
  );
}
