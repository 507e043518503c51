import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import type { Static } from 'typebox';
import { addDays, isCalendarDate, localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, invalid, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import type { Database, RitualRow } from '../../storage/tables.ts';
import { type Cadence, checkSchedule } from './rules.ts';
import {
  CompleteBody,
  Completion,
  CreateRitualBody,
  IdParams,
  Ritual,
  RitualList,
  UpdateRitualBody,
} from './schema.ts';
import * as store from './store.ts';

const tags = ['rituals'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

type Done = { ritual_id: string; author_id: string; date: string };

function present(viewer: PartnerViewer, r: RitualRow, done: Done[], today: string): Static<typeof Ritual> {
  const mine = done.filter((d) => d.ritual_id === r.id);
  return {
    id: r.id,
    key: r.key,
    custom: r.key === r.id,
    title: r.title,
    prompt: r.prompt,
    cadence: r.cadence,
    time: r.time,
    weekday: r.weekday === null ? null : Number(r.weekday),
    dayOfMonth: r.day_of_month === null ? null : Number(r.day_of_month),
    active: Number(r.active) === 1,
    doneByMe: mine.some((d) => d.author_id === viewer.userId && d.date === today),
    lastDone: mine.reduce<string | null>((m, d) => (m === null || d.date > m ? d.date : m), null),
    doneLast30: mine.length,
    offers: r.cadence === 'quarterly' ? 'alignment' : null,
  };
}

/** Adds a ritual of the couple's own: for this route and for a coach's suggestion a partner accepts. */
export async function createRitual(
  db: Kysely<Database>,
  viewer: PartnerViewer,
  b: Static<typeof CreateRitualBody>,
) {
  const day = checkSchedule({
    cadence: b.cadence,
    weekday: b.weekday ?? null,
    dayOfMonth: b.dayOfMonth ?? null,
  });
  return store.insertRitual(db, viewer, {
    title: b.title.trim(),
    prompt: b.prompt,
    cadence: b.cadence,
    time: b.time,
    ...day,
  });
}

export async function ritualRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  async function presentOne(viewer: PartnerViewer, id: string) {
    const today = localDate(viewer.couple.timeZone);
    const [row, done] = await Promise.all([
      store.findRitual(db, viewer, id),
      store.listCompletions(db, viewer, store.last30(today), today),
    ]);
    return present(viewer, row!, done, today);
  }

  app.get(
    '/api/rituals',
    {
      schema: {
        tags,
        summary: 'The couple’s rituals, with what was done lately',
        response: { 200: RitualList, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const today = localDate(viewer.couple.timeZone);
      const [rows, done] = await Promise.all([
        store.listRituals(db, viewer),
        store.listCompletions(db, viewer, store.last30(today), today),
      ]);
      return { rituals: rows.map((r) => present(viewer, r, done, today)) };
    },
  );

  app.post(
    '/api/rituals',
    {
      schema: {
        tags,
        summary: 'Add a ritual of your own',
        body: CreateRitualBody,
        response: { 201: Ritual, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const row = await createRitual(db, viewer, request.body);
      reply.status(201);
      return presentOne(viewer, row.id);
    },
  );

  app.patch(
    '/api/rituals/:id',
    {
      schema: {
        tags,
        summary: 'Change a ritual’s schedule or prompt, or switch it off',
        params: IdParams,
        body: UpdateRitualBody,
        response: { 200: Ritual, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findRitual(db, viewer, request.params.id);
      if (!row) throw notFound('That ritual');
      const b = request.body;
      const cadence = (b.cadence ?? row.cadence) as Cadence;
      // Changing the cadence drops the old day unless a new one is given.
      const keep = b.cadence === undefined || b.cadence === row.cadence;
      const day = checkSchedule({
        cadence,
        weekday: b.weekday !== undefined ? b.weekday : keep ? row.weekday : null,
        dayOfMonth: b.dayOfMonth !== undefined ? b.dayOfMonth : keep ? row.day_of_month : null,
      });
      await store.updateRitual(db, viewer, row.id, {
        title: b.title?.trim() ?? row.title,
        prompt: b.prompt ?? row.prompt,
        time: b.time ?? row.time,
        cadence,
        ...day,
        active: b.active === undefined ? row.active : b.active ? 1 : 0,
      });
      return presentOne(viewer, row.id);
    },
  );

  app.post(
    '/api/rituals/:id/completions',
    {
      schema: {
        tags,
        summary: 'Mark a ritual done for a day (with an appreciation: also saved to the log)',
        params: IdParams,
        body: CompleteBody,
        response: { 201: Completion, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findRitual(db, viewer, request.params.id);
      if (!row) throw notFound('That ritual');
      const { date, appreciation } = request.body;
      const today = localDate(viewer.couple.timeZone);
      if (!isCalendarDate(date))
        throw invalid(
          'date',
          `${date} is not a real calendar date.`,
          phrase('refuse.notADate', { value: date }),
        );
      if (date > addDays(today, 1))
        throw invalid(
          'date',
          'A ritual can’t be done on a day that hasn’t come yet.',
          phrase('refuse.ritualFuture'),
        );
      if (date < addDays(today, -7))
        throw invalid(
          'date',
          'A ritual can be marked done up to a week later.',
          phrase('refuse.ritualWeekLate'),
        );
      if (Number(row.active) !== 1)
        throw new AppError('conflict', 'That ritual is switched off. Switch it on first.').saying(
          phrase('refuse.ritualOff'),
        );
      const { logEntryId } = await store.completeRitual(
        db,
        viewer,
        row.id,
        date,
        appreciation?.trim() || undefined,
      );
      reply.status(201);
      return { ritualId: row.id, date, logEntryId };
    },
  );
}
