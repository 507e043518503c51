import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { addDays, localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, invalid, notFound } from '../../server/errors.ts';
import { once } from '../../server/idempotency.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import { computeAutomaticity } from './automaticity.ts';
import { checkNewHabit, insertNewHabit } from './create.ts';
import { applyDueChanges, presentHabits, scheduleOf } from './present.ts';
import { errors, one, ownHabit, tags } from './route-helpers.ts';
import { checkTinyAction, HORIZON_DAYS, normalizeSchedule, type Schedule, scheduleRate } from './rules.ts';
import {
  CreateHabitBody,
  Habit,
  HabitList,
  HabitParams,
  SrbaiBody,
  StatusBody,
  UpdateHabitBody,
} from './schema.ts';
import * as store from './store.ts';
import { normalizeTarget, type Target, targetColumns, targetIsEasier, targetOf } from './target.ts';

export async function habitRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;
  // Reads never write; a write first stores the easings that already count (see due.ts), so that
  // it builds on the habits as every read has been showing them.
  app.addHook('preHandler', async (request) => {
    const viewer = request.viewer;
    if (request.method !== 'GET' && viewer?.couple?.role === 'partner')
      await applyDueChanges(db, viewer as PartnerViewer);
  });

  app.get(
    '/api/habits',
    {
      schema: {
        tags,
        summary: 'The habits screen: every habit with strength, streaks and calendar',
        response: { 200: HabitList, ...errors },
      },
    },
    async (request) => ({ habits: await presentHabits(db, requirePartner(request.viewer)) }),
  );

  app.post(
    '/api/habits',
    {
      schema: {
        tags,
        summary: 'Start a micro-habit: a cue and one tiny action (send Idempotency-Key to retry safely)',
        body: CreateHabitBody,
        response: { 201: Habit, ...errors, 422: ErrorBody },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const habit = await checkNewHabit(db, viewer, request.body);
      const created = await once(db, request, reply, viewer.userId, 201, async (trx) => {
        // Inside the write, so a retried create gets its first answer instead of "pace reached".
        const row = await insertNewHabit(trx, viewer, habit);
        // Presented inside the write: if showing it fails, nothing was written (no 500 after a commit).
        return one(trx, viewer, row.id);
      });
      reply.status(201);
      return created;
    },
  );

  app.get(
    '/api/habits/:id',
    {
      schema: {
        tags,
        summary: 'One habit with its numbers',
        params: HabitParams,
        response: { 200: Habit, ...errors },
      },
    },
    async (request) => one(db, requirePartner(request.viewer), request.params.id),
  );

  app.patch(
    '/api/habits/:id',
    {
      schema: {
        tags,
        summary:
          'Edit a habit; an easier schedule or target waits 7 days (and both partners’ consent when shared)',
        params: HabitParams,
        body: UpdateHabitBody,
        response: { 200: Habit, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await ownHabit(db, viewer, request.params.id);
      const b = request.body;
      if (b.action !== undefined) checkTinyAction(b.action);
      if (b.cue !== undefined && b.cue.trim().length < 3)
        throw invalid(
          'cue',
          'Name the moment it follows, e.g. "After I pour the coffee".',
          phrase('refuse.cue'),
        );
      const schedule = b.schedule ? normalizeSchedule(b.schedule) : null;
      const current = targetOf(row);
      const target = b.target ? normalizeTarget(b.target) : null;
      if (target && !current)
        throw invalid(
          'target',
          'This habit is yes or no; to count something, start a new habit with a target.',
          phrase('refuse.targetYesNo'),
        );
      if (target && current && target.kind !== current.kind)
        throw invalid(
          'target.kind',
          `This habit counts ${current.kind.replace('_', ' ')}; start a new habit to turn it around.`,
        );
      const today = localDate(viewer.couple.timeZone);
      await db.transaction().execute(async (trx) => {
        const patch: Parameters<typeof store.updateHabit>[3] = {};
        if (b.cue !== undefined) patch.cue = b.cue.trim();
        if (b.action !== undefined) patch.action = b.action.trim();
        if (b.reward !== undefined) patch.reward = b.reward.trim();
        // Easier parts (fewer days, a lower at-least or higher at-most target) wait out the
        // horizon; harder (or as hard) parts count at once and overtake any easing still waiting.
        const easing: { schedule?: Schedule; target?: Target } = {};
        let firmer = false;
        if (schedule && scheduleRate(schedule) < scheduleRate(scheduleOf(row))) easing.schedule = schedule;
        else if (schedule) {
          Object.assign(patch, store.scheduleColumns(schedule));
          firmer = true;
        }
        if (target && current && targetIsEasier(current, target)) easing.target = target;
        else if (target) {
          Object.assign(patch, targetColumns(target));
          firmer = true;
        }
        if (firmer) await store.withdrawChanges(trx, viewer, row.id);
        if (easing.schedule || easing.target)
          await store.insertChange(trx, viewer, row.id, easing, addDays(today, HORIZON_DAYS));
        if (Object.keys(patch).length > 0) await store.updateHabit(trx, viewer, row.id, patch);
      });
      return one(db, viewer, row.id);
    },
  );

  app.post(
    '/api/habits/:id/status',
    {
      schema: {
        tags,
        summary: 'Pause, resume, graduate or retire a habit (a pause for illness takes effect at once)',
        params: HabitParams,
        body: StatusBody,
        response: { 200: Habit, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await ownHabit(db, viewer, request.params.id);
      const { status, illness } = request.body;
      const reason = request.body.reason?.trim() || null;
      const today = localDate(viewer.couple.timeZone);
      if (status === 'retired' && !reason)
        throw invalid(
          'reason',
          'A few words on why help later: what was missing from the training loop?',
          phrase('refuse.retireReason'),
        );
      if (status === row.status)
        throw new AppError('conflict', `This habit is already ${status}.`).saying(
          phrase(`refuse.habitAlready.${status}`),
        );
      if (status === 'paused' && !illness) {
        await store.insertChange(
          db,
          viewer,
          row.id,
          { status: 'paused', reason },
          addDays(today, HORIZON_DAYS),
        );
      } else {
        await db.transaction().execute(async (trx) => {
          await store.updateHabit(trx, viewer, row.id, {
            status,
            status_reason: status === 'paused' && !reason ? 'illness' : reason,
            status_since: today,
          });
          // A decision that counts at once overtakes any easing still waiting.
          await store.withdrawChanges(trx, viewer, row.id);
        });
      }
      return one(db, viewer, row.id);
    },
  );

  app.post(
    '/api/habits/:id/consent',
    {
      schema: {
        tags,
        summary: 'Agree to the pending easing of a habit',
        params: HabitParams,
        response: { 200: Habit, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await ownHabit(db, viewer, request.params.id);
      const change = (await store.pendingChanges(db, viewer)).find((c) => c.habit_id === row.id);
      if (!change) throw notFound('A pending change of this habit');
      const consents = JSON.parse(change.consents) as string[];
      if (!consents.includes(viewer.userId))
        await store.setChange(db, viewer, change.id, {
          consents: JSON.stringify([...consents, viewer.userId]),
        });
      await applyDueChanges(db, viewer);
      return one(db, viewer, row.id);
    },
  );

  app.post(
    '/api/habits/:id/srbai',
    {
      schema: {
        tags,
        summary: 'Answer the weekly four SRBAI questions (how automatic it feels)',
        params: HabitParams,
        body: SrbaiBody,
        response: { 201: Habit, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const row = await ownHabit(db, viewer, request.params.id);
      const today = localDate(viewer.couple.timeZone);
      await db.transaction().execute(async (trx) => {
        await store.upsertSrbai(trx, viewer, row.id, today, request.body.items);
        // Fit once per new answer and keep it with the answer; reads only present it.
        const answers = (await store.listSrbai(trx, viewer, row.id))
          .filter((s) => s.user_id === viewer.userId)
          .map((s) => ({ date: s.date, items: JSON.parse(s.items) as number[] }));
        await store.setSrbaiAutomaticity(
          trx,
          viewer,
          row.id,
          today,
          computeAutomaticity(answers, row.start_date),
        );
      });
      reply.status(201);
      return one(db, viewer, row.id);
    },
  );
}
