import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { listDomains } from '../couple/store.ts';
import { factsOf } from '../habits/present.ts';
import { listCheckoffs, listHabits } from '../habits/store.ts';
import { countsAsKept } from '../habits/target.ts';
import { DEFAULT_PACE, describeReason, recommendPace, weeklyAdherence } from './rules.ts';
import { DomainPace, PaceBody, PaceList, PaceParams } from './schema.ts';
import { listPace, setPace } from './store.ts';

const tags = ['pace'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };

async function paceView(db: Kysely<Database>, viewer: PartnerViewer, only?: string) {
  const today = localDate(viewer.couple.timeZone);
  const [domains, paces, habits, checkoffs] = await Promise.all([
    listDomains(db, viewer.couple.id),
    listPace(db, viewer),
    listHabits(db, viewer),
    listCheckoffs(db, viewer),
  ]);
  const byId = new Map(habits.map((h) => [h.id, h]));
  const marks = new Map<string, Map<string, 'done' | 'skip'>>();
  for (const c of checkoffs) {
    const habit = byId.get(c.habit_id);
    // A day below a numeric target is not a kept day; it stays unmarked, like a miss.
    if (!habit || (c.kind === 'done' && !countsAsKept(habit, c))) continue;
    const m = marks.get(c.habit_id) ?? new Map();
    m.set(c.date, c.kind);
    marks.set(c.habit_id, m);
  }
  return domains
    .filter((d) => !only || d.id === only)
    .map((d) => {
      const pace = paces.get(d.id) ?? DEFAULT_PACE;
      const inDomain = habits.filter((h) => h.domain === d.id);
      const adherence = weeklyAdherence(
        inDomain.map((h) => ({ ...factsOf(h), marks: marks.get(h.id) ?? new Map() })),
        today,
      );
      const active = inDomain.filter((h) => h.status === 'active').length;
      const rec = recommendPace(adherence, pace, active);
      return {
        domain: d.id,
        label: d.label,
        maxActive: pace.maxActive,
        size: pace.size,
        decidedAt: pace.decidedAt,
        activeHabits: active,
        adherence: adherence.map((x) => (x === null ? null : Math.round(x * 1000) / 1000)),
        advice: rec.advice,
        reasons: rec.why.map(describeReason),
        why: rec.why,
      };
    });
}

export async function paceRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/pace',
    {
      schema: {
        tags,
        summary: 'Pace per domain, with the recommendation and its reasons',
        response: { 200: PaceList, ...errors },
      },
    },
    async (request) => ({
      domains: await paceView(db, requirePartner(request.viewer)),
      explanation:
        'Each domain changes at its own pace: how many new habits at once, and how big. We suggest raising it when adherence stays high for weeks and backing off when it drops. You decide together; the app never changes it by itself.',
    }),
  );

  app.patch(
    '/api/pace/:domain',
    {
      schema: {
        tags,
        summary: 'Set the pace the two of you chose for a domain',
        params: PaceParams,
        body: PaceBody,
        response: { 200: DomainPace, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const domains = await listDomains(db, viewer.couple.id);
      if (!domains.some((d) => d.id === request.params.domain))
        throw invalid(
          'domain',
          `"${request.params.domain}" is not one of your domains.`,
          phrase('refuse.notYourDomain', { value: request.params.domain }),
        );
      const now = (await listPace(db, viewer)).get(request.params.domain) ?? DEFAULT_PACE;
      await setPace(db, viewer, request.params.domain, {
        maxActive: request.body.maxActive ?? now.maxActive,
        size: request.body.size ?? now.size,
      });
      return (await paceView(db, viewer, request.params.domain))[0]!;
    },
  );
}
