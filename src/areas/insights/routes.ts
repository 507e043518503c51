import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../server/context.ts';
import { AppError, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { requirePartner } from '../../storage/scope.ts';
import { findExperiment } from '../experiments/store.ts';
import { findHabit, listPartners } from '../habits/store.ts';
import { presentInsights } from './present.ts';
import { FailureBody, Insights, Reflection, ReflectionBody, ReportQuery, TrainingReport } from './schema.ts';
import * as store from './store.ts';
import { trainingReport } from './training-report.ts';

const tags = ['insights'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** Meta-learning: which changes stuck, stick rates, failure analyses, reflections, the monthly report. */
export async function insightRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/insights',
    {
      schema: {
        tags,
        summary: 'Which changes stuck or faded, stick rates, what was missing, the next size, reflections',
        response: { 200: Insights, ...errors },
      },
    },
    async (request) => presentInsights(db, requirePartner(request.viewer)),
  );

  app.post(
    '/api/insights/failures',
    {
      schema: {
        tags,
        summary:
          'What was missing from the training loop of an abandoned habit or experiment (yours; shared if you say so)',
        body: FailureBody,
        response: { 201: Insights, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const b = request.body;
      const abandoned =
        b.subjectKind === 'habit'
          ? await findHabit(db, viewer, b.subjectId).then((h) => (h ? h.status === 'retired' : undefined))
          : await findExperiment(db, viewer, b.subjectId).then((e) =>
              e ? e.next_step === 'drop' || (e.status === 'stopped' && e.next_step !== 'adopt') : undefined,
            );
      if (abandoned === undefined)
        throw notFound(b.subjectKind === 'habit' ? 'That habit' : 'That experiment');
      if (!abandoned)
        throw new AppError(
          'conflict',
          'A failure analysis is for a habit you retired or an experiment you stopped or dropped.',
        ).saying(phrase('refuse.failureAnalysisFor'));
      await store.saveFailure(db, viewer, {
        subject_kind: b.subjectKind,
        subject_id: b.subjectId,
        cue: b.cue,
        reward: b.reward,
        size: b.size,
        timing: b.timing,
        partner_response: b.partnerResponse,
        note: b.note?.trim() || null,
        visibility: b.visibility,
      });
      reply.status(201);
      return presentInsights(db, viewer);
    },
  );

  app.post(
    '/api/insights/reflections',
    {
      schema: {
        tags,
        summary: 'Answer one of the five reflection questions (private unless shared)',
        body: ReflectionBody,
        response: { 201: Reflection, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const b = request.body;
      const row = await store.insertReflection(db, viewer, { ...b, answer: b.answer.trim() });
      const me = (await listPartners(db, viewer.couple.id)).find((p) => p.user_id === viewer.userId);
      reply.status(201);
      return {
        id: row.id,
        question: Number(row.question),
        answer: row.answer,
        visibility: row.visibility,
        mine: true,
        authorName: me?.display_name ?? viewer.couple.displayName,
        createdAt: row.created_at,
      };
    },
  );

  app.get(
    '/api/insights/report',
    {
      schema: {
        tags,
        summary: 'The monthly training report: a few sentences to read together in two minutes',
        querystring: ReportQuery,
        response: { 200: TrainingReport, ...errors },
      },
    },
    async (request) => trainingReport(db, requirePartner(request.viewer), request.query.month),
  );
}
