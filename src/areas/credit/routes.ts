import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { addDays, localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, invalid, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { coupleRows, type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { listMetrics } from '../checkins/store.ts';
import { findCheckoff, findHabit, linkAppreciation } from '../habits/store.ts';
import { findVisibleEntry, insertEntry } from '../log/store.ts';
import { creditScanFor, presentHints } from './present.ts';
import { Decision, DecisionBody, HintList, Review, ReviewBody, ReviewSaved } from './schema.ts';
import * as store from './store.ts';

const tags = ['credit'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const DEFAULT_EVENING = '20:00';

/** The hints as the API shows them: ids of people replaced by "me"/"partner" and names. */
async function hintList(db: Kysely<Database>, viewer: PartnerViewer) {
  const [{ scan, hints, dismissed, names }, metrics] = await Promise.all([
    presentHints(db, viewer),
    listMetrics(db, viewer),
  ]);
  const label = (metric: string) => metrics.find((m) => m.id === metric)?.name ?? metric;
  const person = (id: string) => ({ who: names.whoOf(id), name: names.nameOf(id) });
  return {
    from: scan.from,
    to: scan.to,
    days: scan.days,
    tooLittle: scan.tooLittle,
    method: scan.method,
    alpha: scan.alpha,
    tested: scan.tested.length,
    dismissed,
    hints: hints.map((h) => ({
      key: h.key,
      action: {
        ...person(h.action.who),
        ...('kind' in h.action ? { kind: h.action.kind } : {}),
        ...('habit' in h.action ? { habit: { id: h.action.habit, label: h.action.label } } : {}),
        ...('ritual' in h.action ? { ritual: { id: h.action.ritual, label: h.action.label } } : {}),
      },
      outcome: {
        ...person(h.outcome.who),
        metric: h.outcome.metric,
        label: label(h.outcome.metric),
        better: h.outcome.better,
      },
      lagDays: h.lagDays,
      effect: h.effect,
      effectInterval: h.effectInterval,
      q: h.q,
      good: h.good,
      bars: h.bars,
      text: h.text,
      decision: h.decision,
      returned: h.returned,
    })),
  };
}

/** Credit: the hints (pattern connection) and the evening credit review. */
export async function creditRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/credit/hints',
    {
      schema: {
        tags,
        summary:
          'What tends to follow what: candid hints from your log, habits and check-ins (only what you may see), dismissed ones left out',
        response: { 200: HintList, ...errors },
      },
    },
    async (request) => hintList(db, requirePartner(request.viewer)),
  );

  app.post(
    '/api/credit/hints/decision',
    {
      schema: {
        tags,
        summary:
          'Confirm a hint ("rings true") or dismiss it (it returns only if its evidence grows clearly)',
        body: DecisionBody,
        response: { 200: Decision, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const { key, decision } = request.body;
      const hint = (await creditScanFor(db, viewer)).hints.find((h) => h.key === key);
      if (!hint)
        throw invalid(
          'key',
          'That hint is not among your hints (any more); reload them.',
          phrase('refuse.hintGone'),
        );
      await store.saveDecision(db, viewer, key, decision, hint.q);
      return { key, decision };
    },
  );

  app.get(
    '/api/credit/review',
    {
      schema: {
        tags,
        summary:
          'Tonight’s credit review: your partner’s actions of today and yesterday, and whether you did it',
        response: { 200: Review, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const today = localDate(viewer.couple.timeZone);
      const [done, actions, partners, evening] = await Promise.all([
        store.findReview(db, viewer, today),
        // To tomorrow: a partner further east may already be in theirs (never beyond it).
        store.partnerActions(db, viewer, addDays(today, -1), addDays(today, 1)),
        store.listPartners(db, viewer),
        coupleRows(db, viewer.couple.id, 'rituals')
          .select('rituals.time')
          .where('rituals.key', '=', 'evening_checkin')
          .where('rituals.active', '=', 1)
          .executeTakeFirst(),
      ]);
      return {
        date: today,
        eveningAt: evening?.time ?? DEFAULT_EVENING,
        partnerName: partners.find((p) => p.userId !== viewer.userId)?.name ?? null,
        done: done
          ? {
              entryId: done.appreciation_id,
              linked: done.action_log_id !== null || done.action_habit_id !== null,
            }
          : null,
        actions: [
          ...actions.entries.map((e) => ({
            type: 'log' as const,
            id: e.id,
            kind: e.kind,
            date: e.date,
            text: e.text,
          })),
          ...actions.checkoffs.map((c) => ({
            type: 'checkoff' as const,
            habitId: c.habitId,
            date: c.date,
            text: c.action,
          })),
        ],
      };
    },
  );

  app.post(
    '/api/credit/review',
    {
      schema: {
        tags,
        summary:
          'Save tonight’s credit review: an appreciation in the log, linked to your partner’s action when you name one (once a day)',
        body: ReviewBody,
        response: { 201: ReviewSaved, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const today = localDate(viewer.couple.timeZone);
      const { action } = request.body;
      const text = request.body.text.trim();
      let domains = ['communication'];
      let logId: string | null = null;
      let habit: { id: string; date: string } | null = null;
      if (action?.type === 'log') {
        const entry = await findVisibleEntry(db, viewer, action.id);
        if (!entry) throw notFound('That entry');
        if (entry.author_id === viewer.userId)
          throw invalid(
            'action.id',
            'Credit goes to your partner: choose one of their entries.',
            phrase('refuse.creditEntry'),
          );
        logId = entry.id;
        domains = JSON.parse(entry.domains) as string[];
      } else if (action?.type === 'checkoff') {
        const h = await findHabit(db, viewer, action.habitId);
        const checkoff = h ? await findCheckoff(db, viewer, h.id, action.date) : undefined;
        if (!h || checkoff?.kind !== 'done') throw notFound('That check-off');
        if (checkoff.by_user === viewer.userId)
          throw invalid(
            'action.habitId',
            'Credit goes to your partner: choose one of their check-offs.',
            phrase('refuse.creditCheckoff'),
          );
        habit = { id: h.id, date: checkoff.date };
        domains = [h.domain];
      }
      const entry = await db.transaction().execute(async (trx) => {
        const e = await insertEntry(trx, viewer, {
          kind: 'appreciation',
          date: today,
          text,
          domains,
          intensity: null,
          visibility: 'shared',
          repairOf: null,
          promiseDue: null,
        });
        const saved = await store.insertReview(trx, viewer, {
          date: today,
          appreciationId: e.id,
          logId,
          habitId: habit?.id ?? null,
          actionDate: habit?.date ?? null,
        });
        if (!saved)
          throw new AppError(
            'conflict',
            'You already did tonight’s credit review. See you tomorrow evening.',
          ).saying(phrase('refuse.creditDone'));
        // The check-off's own one-tap thanks, when it has none yet.
        if (habit) await linkAppreciation(trx, viewer, habit.id, habit.date, e.id);
        return e;
      });
      reply.status(201);
      return { entryId: entry.id, text, linked: logId !== null || habit !== null };
    },
  );
}
