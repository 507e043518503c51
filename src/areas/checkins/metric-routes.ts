import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { CSI4_DISTRESS_CUTOFF, scoreCsi4 } from '../../stats/index.ts';
import { canAcceptMetric, requirePartner } from '../../storage/scope.ts';
import { listDomains } from '../couple/store.ts';
import { presentMetric } from './present.ts';
import { CSI4_MEANING, checkCsi4Items, checkMetric, csi4Phrases, monthOf } from './rules.ts';
import {
  Csi4Body,
  Csi4Overview,
  Csi4Result,
  IdParams,
  Metric,
  MetricList,
  ProposeMetricBody,
} from './schema.ts';
import * as store from './store.ts';

const tags = ['checkins'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** The couple's own check-in metrics (propose → accept → retire) and the monthly CSI-4. */
export async function metricRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/checkins/metrics',
    { schema: { tags, summary: 'The couple’s own metrics', response: { 200: MetricList, ...errors } } },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      return { metrics: (await store.listMetrics(db, viewer)).map((m) => presentMetric(viewer, m)) };
    },
  );

  app.post(
    '/api/checkins/metrics',
    {
      schema: {
        tags,
        summary: 'Propose a metric; it joins the check-in once your partner accepts it',
        body: ProposeMetricBody,
        response: { 201: Metric, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const b = request.body;
      const m = { ...b, name: b.name.trim(), domain: b.domain ?? null };
      const domains = m.domain ? await listDomains(db, viewer.couple.id) : [];
      checkMetric(m, new Set(domains.map((d) => d.id)));
      const row = await store.insertMetric(db, viewer, m);
      reply.status(201);
      return presentMetric(viewer, row);
    },
  );

  app.post(
    '/api/checkins/metrics/:id/accept',
    {
      schema: {
        tags,
        summary: 'Accept the metric your partner proposed',
        params: IdParams,
        response: { 200: Metric, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findMetric(db, viewer, request.params.id);
      if (!row) throw notFound('That metric');
      if (!canAcceptMetric(viewer, row))
        throw new AppError('forbidden', 'A metric is accepted by the partner who did not propose it.');
      if (row.accepted_at !== null || row.retired_at !== null)
        throw new AppError('conflict', 'That metric is no longer waiting to be accepted.').saying(
          phrase('refuse.metricNotWaiting'),
        );
      await store.acceptMetric(db, viewer, row.id);
      return presentMetric(viewer, (await store.findMetric(db, viewer, row.id))!);
    },
  );

  app.post(
    '/api/checkins/metrics/:id/retire',
    {
      schema: {
        tags,
        summary: 'Retire a metric (or withdraw a proposal); its recorded values are kept',
        params: IdParams,
        response: { 200: Metric, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findMetric(db, viewer, request.params.id);
      if (!row) throw notFound('That metric');
      if (row.retired_at !== null)
        throw new AppError('conflict', 'That metric is already retired.').saying(
          phrase('refuse.metricRetired'),
        );
      await store.retireMetric(db, viewer, row.id);
      return presentMetric(viewer, (await store.findMetric(db, viewer, row.id))!);
    },
  );

  app.get(
    '/api/checkins/csi4',
    {
      schema: {
        tags,
        summary: 'Your CSI-4 results, your partner’s shared ones, and whether this month’s is due',
        response: { 200: Csi4Overview, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const month = monthOf(localDate(viewer.couple.timeZone));
      const rows = await store.listVisibleCsi4(db, viewer);
      return {
        month,
        due: !rows.some((r) => r.author_id === viewer.userId && r.month === month),
        cutoff: CSI4_DISTRESS_CUTOFF,
        meaning: CSI4_MEANING,
        meaningPhrases: [phrase('csi4.meaning')],
        results: rows.map((r) => {
          const s = scoreCsi4(JSON.parse(r.items) as number[]);
          return {
            id: r.id,
            month: r.month,
            mine: r.author_id === viewer.userId,
            total: s.total,
            distressed: s.distressed,
            visibility: r.visibility,
            explanation: s.explanation,
            phrases: csi4Phrases(s.total, s.distressed),
          };
        }),
      };
    },
  );

  app.post(
    '/api/checkins/csi4',
    {
      schema: {
        tags,
        summary: 'Answer this month’s CSI-4 (once a month; shared with your partner only if you say so)',
        body: Csi4Body,
        response: { 201: Csi4Result, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const { items } = request.body;
      checkCsi4Items(items);
      const month = monthOf(localDate(viewer.couple.timeZone));
      if (await store.hasCsi4For(db, viewer, month))
        throw new AppError(
          'conflict',
          'You have answered this month’s questions already. The next ones come next month.',
        ).saying(phrase('refuse.monthAnswered'));
      const s = scoreCsi4(items);
      const row = await store.insertCsi4(db, viewer, {
        month,
        items,
        total: s.total,
        visibility: request.body.visibility ?? 'private',
      });
      reply.status(201);
      return {
        id: row.id,
        month,
        mine: true,
        total: s.total,
        distressed: s.distressed,
        visibility: row.visibility,
        explanation: s.explanation,
        phrases: csi4Phrases(s.total, s.distressed),
      };
    },
  );
}
