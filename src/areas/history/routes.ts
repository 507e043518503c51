import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../server/context.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { requirePartner } from '../../storage/scope.ts';
import { presentHistory } from './present.ts';
import { History, HistoryQuery } from './schema.ts';

const tags = ['history'];

/** The training history: one read, computed from what the viewer may see. */
export async function historyRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/history',
    {
      schema: {
        tags,
        summary: 'Each check-in metric per partner per day, with the annotations of the training history',
        querystring: HistoryQuery,
        response: { 200: History, 400: ErrorBody, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => presentHistory(db, requirePartner(request.viewer), request.query),
  );
}
