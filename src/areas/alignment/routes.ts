import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import { presentMetric } from '../checkins/present.ts';
import { checkMetric } from '../checkins/rules.ts';
import { Metric, ProposeMetricBody } from '../checkins/schema.ts';
import { listDomains } from '../couple/store.ts';
import { loadDrift, loadRound, summarize } from './present.ts';
import { checkDraft, checkQuarter, quarterOf } from './rules.ts';
import { DraftBody, Drift, OpenRoundBody, Overview, Round, RoundParams } from './schema.ts';
import * as store from './store.ts';

const tags = ['alignment'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const currentQuarter = (viewer: PartnerViewer) => quarterOf(localDate(viewer.couple.timeZone));

/** Alignment: a round per quarter, answered privately, sealed until both partners submitted. */
export async function alignmentRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  async function roundOr404(viewer: PartnerViewer, id: string) {
    const round = await store.findRound(db, viewer, id);
    if (!round) throw notFound('That round');
    return round;
  }

  app.get(
    '/api/alignment',
    {
      schema: {
        tags,
        summary: 'Your alignment rounds, and whether this quarter’s is offered',
        response: { 200: Overview, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const quarter = currentQuarter(viewer);
      const [rounds, submissions, own, ritual] = await Promise.all([
        store.listRounds(db, viewer),
        store.listSubmissions(db, viewer),
        store.listVisibleAnswers(db, viewer),
        store.quarterlyRitualActive(db, viewer),
      ]);
      const drafted = new Set(own.filter((a) => a.author_id === viewer.userId).map((a) => a.round_id));
      return {
        quarter,
        // A round of a later quarter: a partner further east is in it already and began it.
        offered: ritual && !rounds.some((r) => r.quarter >= quarter),
        rounds: rounds.map((r) => summarize(viewer, r, submissions, drafted.has(r.id))),
      };
    },
  );

  app.post(
    '/api/alignment/rounds',
    {
      schema: {
        tags,
        summary: 'Open this quarter’s round (or record a past quarter’s)',
        body: OpenRoundBody,
        response: { 201: Round, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const current = currentQuarter(viewer);
      const quarter = request.body.quarter ?? current;
      checkQuarter(quarter, current);
      // "This quarter's" round, asked for while a partner further east has begun the next one: theirs.
      const later = request.body.quarter
        ? undefined
        : (await store.listRounds(db, viewer)).find((r) => r.quarter > current);
      if (later) throw store.roundExists(later.quarter);
      const round = await store.insertRound(db, viewer, quarter);
      reply.status(201);
      return loadRound(db, viewer, round);
    },
  );

  app.get(
    '/api/alignment/rounds/:id',
    {
      schema: {
        tags,
        summary: 'A round: your answer, whether your partner submitted, and the reveal once both did',
        params: RoundParams,
        response: { 200: Round, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      return loadRound(db, viewer, await roundOr404(viewer, request.params.id));
    },
  );

  app.patch(
    '/api/alignment/rounds/:id/answer',
    {
      schema: {
        tags,
        summary: 'Draft or edit your answer; your partner sees nothing of it until both of you submitted',
        params: RoundParams,
        body: DraftBody,
        response: { 200: Round, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const round = await roundOr404(viewer, request.params.id);
      const edits = { ...request.body };
      if (edits.rewards) edits.rewards = edits.rewards.map((r) => r.trim());
      const domains = await listDomains(db, viewer.couple.id);
      checkDraft(
        { rewards: edits.rewards ?? [], domains: edits.domains ?? [] },
        new Set(domains.map((d) => d.id)),
      );
      await store.saveDraft(db, viewer, round.id, edits);
      return loadRound(db, viewer, round);
    },
  );

  app.post(
    '/api/alignment/rounds/:id/submit',
    {
      schema: {
        tags,
        summary: 'Submit your answer; when your partner has too, both are revealed at once',
        params: RoundParams,
        response: { 200: Round, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const round = await roundOr404(viewer, request.params.id);
      await store.submitAnswer(db, viewer, round.id);
      return loadRound(db, viewer, (await store.findRound(db, viewer, round.id))!);
    },
  );

  app.post(
    '/api/alignment/rounds/:id/metrics',
    {
      schema: {
        tags,
        summary:
          'From the reveal, define a shared metric: it joins the check-in once your partner accepts it',
        params: RoundParams,
        body: ProposeMetricBody,
        response: { 201: Metric, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const round = await roundOr404(viewer, request.params.id);
      if (round.revealed_at === null)
        throw new AppError(
          'conflict',
          'Shared metrics come from the reveal, once both of you have submitted.',
        ).saying(phrase('refuse.revealFirst'));
      const b = request.body;
      const m = { ...b, name: b.name.trim(), domain: b.domain ?? null };
      const domains = m.domain ? await listDomains(db, viewer.couple.id) : [];
      checkMetric(m, new Set(domains.map((d) => d.id)));
      const row = await store.insertRoundMetric(db, viewer, round.id, m);
      reply.status(201);
      return presentMetric(viewer, row);
    },
  );

  app.get(
    '/api/alignment/drift',
    {
      schema: {
        tags,
        summary: 'Alignment drift: each dimension’s gap over the revealed rounds, and its trend',
        response: { 200: Drift, ...errors },
      },
    },
    async (request) => loadDrift(db, requirePartner(request.viewer)),
  );
}
