import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { listEntries } from '../areas/log/store.ts';
import type { AppContext } from '../server/context.ts';
import { ErrorBody } from '../server/schemas.ts';
import { requirePartner } from '../storage/scope.ts';
import { toCsv } from './csv.ts';
import { maskLinks } from './links.ts';
import { exportPerson } from './personal.ts';

const PersonalExport = Type.Object(
  {
    format: Type.Literal('attune-personal-export'),
    exportedAt: Type.String(),
    account: Type.Object({ email: Type.String() }, { additionalProperties: false }),
    tables: Type.Record(Type.String(), Type.Array(Type.Record(Type.String(), Type.Unknown()))),
  },
  { additionalProperties: false },
);
const tags = ['export'];
const errors = { 401: ErrorBody, 403: ErrorBody };
const LOG_COLUMNS = [
  'date',
  'kind',
  'text',
  'domains',
  'intensity',
  'visibility',
  'promise_state',
  'promise_due',
  'author_id',
  'id',
  'repair_of',
  'created_at',
];

const attachment = (name: string) => `attachment; filename="${name}"`;

export async function exportRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/export',
    {
      schema: {
        tags,
        summary: 'Download my data (JSON): mine in full, my partner’s only what they share',
        response: { 200: PersonalExport, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      reply.header('Content-Disposition', attachment(`attune-${new Date().toISOString().slice(0, 10)}.json`));
      return exportPerson(db, viewer);
    },
  );

  app.get(
    '/api/export/log.csv',
    {
      schema: {
        tags,
        summary: 'Download the log I can see as CSV',
        produces: ['text/csv'],
        response: { 200: Type.String({ description: 'CSV with a header line' }), ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const rows = await listEntries(db, viewer, { limit: 1_000_000 });
      reply
        .header('Content-Type', 'text/csv; charset=utf-8')
        .header('Content-Disposition', attachment('attune-log.csv'));
      // Every entry the viewer may see is here, so a repair's link outside them is hidden.
      const visible = new Set(rows.map((r) => r.id));
      return toCsv(maskLinks('log', rows as unknown as Record<string, unknown>[], visible), LOG_COLUMNS);
    },
  );
}
