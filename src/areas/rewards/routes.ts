import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../server/context.ts';
import { AppError, notFound } from '../../server/errors.ts';
import { once } from '../../server/idempotency.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import type { RewardAuditRow } from '../../storage/tables.ts';
import { rewardHackingHint } from './rules.ts';
import { Audit, AuditItem, AuditItemBody, AuditParams } from './schema.ts';
import * as store from './store.ts';

const tags = ['rewards'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const present = (viewer: PartnerViewer, r: RewardAuditRow) => ({
  id: r.id,
  mine: r.author_id === viewer.userId,
  behaviour: r.behaviour,
  label: r.label,
  visibility: r.visibility,
  createdAt: r.created_at,
});

export async function rewardRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/rewards/audit',
    {
      schema: {
        tags,
        summary: 'The reward audit: behaviours by what they pay, and likely reward hacking from the log',
        response: { 200: Audit, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const [items, facts] = await Promise.all([
        store.listAudit(db, viewer),
        store.visibleLogFacts(db, viewer),
      ]);
      const hint = rewardHackingHint(facts);
      return {
        items: items.map((r) => present(viewer, r)),
        hints: hint ? [hint] : [],
        explanation:
          'List what you do now and what it pays: right away, relief now at a cost later, or both. Relief is not bad; relief that rewards the wrong thing is worth redesigning.',
      };
    },
  );

  app.post(
    '/api/rewards/audit',
    {
      schema: {
        tags,
        summary: 'Add a behaviour to the reward audit (private unless shared)',
        body: AuditItemBody,
        response: { 201: AuditItem, ...errors, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const b = request.body;
      return once(db, request, reply, viewer.userId, 201, async (trx) =>
        present(
          viewer,
          await store.insertAuditItem(trx, viewer, {
            behaviour: b.behaviour.trim(),
            label: b.label,
            visibility: b.visibility ?? 'private',
          }),
        ),
      );
    },
  );

  app.delete(
    '/api/rewards/audit/:id',
    {
      schema: {
        tags,
        summary: 'Remove your own audit item',
        params: AuditParams,
        response: { 200: AuditItem, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findAuditItem(db, viewer, request.params.id);
      if (!row) throw notFound('That audit item');
      if (row.author_id !== viewer.userId)
        throw new AppError('forbidden', 'Only the partner who wrote an audit item can remove it.');
      await store.deleteAuditItem(db, viewer, row.id);
      return present(viewer, row);
    },
  );
}
