import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { canAppreciateCheckoff, requirePartner } from '../../storage/scope.ts';
import { insertEntry } from '../log/store.ts';
import { paceMultiplier } from '../pace/rules.ts';
import { paceOf } from '../pace/store.ts';
import { factsOf } from './present.ts';
import { errors, one, ownHabit, tags } from './route-helpers.ts';
import { checkCheckoffDate } from './rules.ts';
import { Appreciated, CheckoffBody, CheckoffParams, CheckoffResult, Habit, HabitParams } from './schema.ts';
import * as store from './store.ts';
import { celebrationOn, habitNumbers } from './strength.ts';
import { checkAmount, fromHundredths, targetOf } from './target.ts';

/** Checking off, undoing and thanking: one day of one habit. */
export async function habitCheckoffRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.post(
    '/api/habits/:id/checkoffs',
    {
      schema: {
        tags,
        summary: 'Check off a day (or mark it skipped), today or within the edit window',
        params: HabitParams,
        body: CheckoffBody,
        response: { 201: CheckoffResult, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const row = await ownHabit(db, viewer, request.params.id);
      const today = localDate(viewer.couple.timeZone);
      const { date } = request.body;
      const kind = request.body.kind ?? 'done';
      checkCheckoffDate(date, { today, startDate: row.start_date });
      const value = checkAmount(request.body.value, targetOf(row), kind);
      if (row.status !== 'active')
        throw new AppError(
          'conflict',
          `This habit is ${row.status}; resume it to check off days again.`,
        ).saying(phrase('refuse.habitResting'));
      await store.upsertCheckoff(db, viewer, row.id, date, kind, value);
      const marks = (await store.listCheckoffs(db, viewer, row.id)).map((c) => ({
        date: c.date,
        kind: c.kind,
        value: c.value,
      }));
      const pace = paceMultiplier((await paceOf(db, viewer, row.domain)).size);
      const numbers = habitNumbers(factsOf(row), marks, today, pace);
      reply.status(201);
      return {
        date,
        kind,
        value: value === null ? null : fromHundredths(value),
        reward: kind === 'done' && row.reward ? row.reward : null,
        celebration: kind === 'done' ? celebrationOn(numbers, date) : null,
        habit: await one(db, viewer, row.id),
      };
    },
  );

  app.delete(
    '/api/habits/:id/checkoffs/:date',
    {
      schema: {
        tags,
        summary: 'Undo a check-off or skip within the edit window',
        params: CheckoffParams,
        response: { 200: Habit, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await ownHabit(db, viewer, request.params.id);
      checkCheckoffDate(request.params.date, {
        today: localDate(viewer.couple.timeZone),
        startDate: row.start_date,
      });
      if (!(await store.deleteCheckoff(db, viewer, row.id, request.params.date)))
        throw notFound('That check-off');
      return one(db, viewer, row.id);
    },
  );

  app.post(
    '/api/habits/:id/checkoffs/:date/appreciate',
    {
      schema: {
        tags,
        summary: 'Answer your partner’s check-off with one tap (logged as an appreciation)',
        params: CheckoffParams,
        response: { 201: Appreciated, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const habit = await store.findHabit(db, viewer, request.params.id);
      if (!habit) throw notFound('That habit');
      const checkoff = await store.findCheckoff(db, viewer, habit.id, request.params.date);
      if (checkoff?.kind !== 'done') throw notFound('That check-off');
      if (!canAppreciateCheckoff(viewer, checkoff))
        throw new AppError('forbidden', 'Thanks go to your partner; your own check-off already counts.');
      if (checkoff.appreciation_id)
        throw new AppError('conflict', 'You already said thanks for this one.').saying(
          phrase('refuse.thanksAlready'),
        );
      const name =
        (await store.listPartners(db, viewer.couple.id)).find((p) => p.user_id === checkoff.by_user)
          ?.display_name ?? 'Your partner';
      const text = `${name} did "${habit.action}" (${checkoff.date}). Thank you!`;
      const entry = await db.transaction().execute(async (trx) => {
        const e = await insertEntry(trx, viewer, {
          kind: 'appreciation',
          date: localDate(viewer.couple.timeZone),
          text,
          domains: [habit.domain],
          intensity: null,
          visibility: 'shared',
          repairOf: null,
          promiseDue: null,
        });
        if (!(await store.linkAppreciation(trx, viewer, habit.id, checkoff.date, e.id)))
          throw new AppError('conflict', 'You already said thanks for this one.').saying(
            phrase('refuse.thanksAlready'),
          );
        return e;
      });
      reply.status(201);
      return { logEntryId: entry.id, text };
    },
  );
}
