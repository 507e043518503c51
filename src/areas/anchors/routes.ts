import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { addDays, isCalendarDate, localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, invalid, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { requirePartner } from '../../storage/scope.ts';
import { listDomains } from '../couple/store.ts';
import { findVisibleEntry } from '../log/store.ts';
import { presentAnchors, presentOne, presentStress } from './present.ts';
import { checkCadence, checkCheckoffDate, lowerDuringStress, refuseRemovalDuringStress } from './rules.ts';
import {
  Anchor,
  AnchorList,
  AnchorParams,
  CheckoffBody,
  CheckoffParams,
  CreateAnchorBody,
  OpenStressBody,
  StressParams,
  StressPeriod,
  UpdateAnchorBody,
} from './schema.ts';
import * as store from './store.ts';

const tags = ['anchors'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/**
 * Anchors and stress periods: the couple's shared structure, so either partner acts on them
 * (scope.ts). Validate → authorize → rules/store → reply.
 */
export async function anchorRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  const findAnchor = async (viewer: ReturnType<typeof requirePartner>, id: string) => {
    const [row] = await store.listAnchors(db, viewer, id);
    if (!row) throw notFound('That anchor');
    return row;
  };

  app.get(
    '/api/anchors',
    {
      schema: {
        tags,
        summary: 'Anchors with their lapse test, and the open stress period',
        response: { 200: AnchorList, ...errors },
      },
    },
    async (request) => presentAnchors(db, requirePartner(request.viewer)),
  );

  app.post(
    '/api/anchors',
    {
      schema: {
        tags,
        summary: 'Name a non-negotiable pattern and how often it happens at least',
        body: CreateAnchorBody,
        response: { 201: Anchor, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const b = request.body;
      const today = localDate(viewer.couple.timeZone);
      const name = b.name.trim();
      if (!name)
        throw invalid('name', 'Give the anchor a name, e.g. "Date night".', phrase('refuse.anchorName'));
      checkCadence(b.cadence);
      const source = b.source ?? { kind: 'checkoff' as const };
      if (source.kind === 'log' && source.domain) {
        const domains = await listDomains(db, viewer.couple.id);
        if (!domains.some((d) => d.id === source.domain))
          throw invalid(
            'source.domain',
            `"${source.domain}" is not one of your domains.`,
            phrase('refuse.notYourDomain', { value: source.domain }),
          );
      }
      const startDate = b.startDate ?? today;
      if (!isCalendarDate(startDate))
        throw invalid(
          'startDate',
          `${startDate} is not a real calendar date.`,
          phrase('refuse.notADate', { value: startDate }),
        );
      if (startDate > addDays(today, 30))
        throw invalid(
          'startDate',
          'Start within the next 30 days.',
          phrase('refuse.startWithin', { count: 30 }),
        );
      const row = await store.insertAnchor(db, viewer, { name, cadence: b.cadence, source, startDate });
      reply.status(201);
      return presentOne(db, viewer, row.id);
    },
  );

  app.patch(
    '/api/anchors/:id',
    {
      schema: {
        tags,
        summary: 'Rename an anchor or change its floor (during a stress period: only lower it)',
        params: AnchorParams,
        body: UpdateAnchorBody,
        response: { 200: Anchor, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await findAnchor(viewer, request.params.id);
      const { name, cadence } = request.body;
      if (name !== undefined && !name.trim())
        throw invalid('name', 'An anchor needs a name.', phrase('refuse.anchorName'));
      const patch: Parameters<typeof store.updateAnchor>[3] = {};
      if (name !== undefined) patch.name = name.trim();
      if (cadence) {
        checkCadence(cadence);
        if (await store.openStress(db, viewer)) {
          const lowered = lowerDuringStress(row, cadence);
          patch.lowered_times = lowered?.times ?? null;
          patch.lowered_days = lowered?.days ?? null;
        } else {
          patch.times = cadence.times;
          patch.days = cadence.days;
        }
      }
      await store.updateAnchor(db, viewer, row.id, patch);
      return presentOne(db, viewer, row.id);
    },
  );

  app.delete(
    '/api/anchors/:id',
    {
      schema: {
        tags,
        summary: 'Remove an anchor and its check-offs (not during a stress period)',
        params: AnchorParams,
        response: { 200: Type.Object({ id: Type.String() }, { additionalProperties: false }), ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await findAnchor(viewer, request.params.id);
      refuseRemovalDuringStress((await store.openStress(db, viewer)) !== undefined);
      await store.deleteAnchor(db, viewer, row.id);
      return { id: row.id };
    },
  );

  app.post(
    '/api/anchors/:id/checkoffs',
    {
      schema: {
        tags,
        summary: 'Mark a day the anchor was kept (today or up to 7 days back)',
        params: AnchorParams,
        body: CheckoffBody,
        response: { 201: Anchor, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const row = await findAnchor(viewer, request.params.id);
      if (row.source !== 'checkoff')
        throw new AppError(
          'conflict',
          'This anchor is kept by log entries; add one to the log instead.',
        ).saying(phrase('refuse.anchorFromLog'));
      checkCheckoffDate(request.body.date, localDate(viewer.couple.timeZone), row.start_date);
      await store.insertCheckoff(db, viewer, row.id, request.body.date);
      reply.status(201);
      return presentOne(db, viewer, row.id);
    },
  );

  app.delete(
    '/api/anchors/:id/checkoffs/:date',
    {
      schema: {
        tags,
        summary: 'Undo a check-off (within 7 days)',
        params: CheckoffParams,
        response: { 200: Anchor, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await findAnchor(viewer, request.params.id);
      checkCheckoffDate(request.params.date, localDate(viewer.couple.timeZone), row.start_date);
      if (!(await store.deleteCheckoff(db, viewer, row.id, request.params.date)))
        throw notFound('A check-off on that day');
      return presentOne(db, viewer, row.id);
    },
  );

  app.post(
    '/api/anchors/stress',
    {
      schema: {
        tags,
        summary: 'Open a stress period (from a shared life-event entry, or by name)',
        body: OpenStressBody,
        response: { 201: StressPeriod, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const b = request.body;
      const today = localDate(viewer.couple.timeZone);
      let name = b.name?.trim() ?? '';
      let openedOn = b.openedOn ?? today;
      if (b.lifeEventId) {
        const entry = await findVisibleEntry(db, viewer, b.lifeEventId);
        if (!entry) throw notFound('That log entry');
        if (entry.kind !== 'life_event')
          throw invalid(
            'lifeEventId',
            'A stress period opens from a life event entry.',
            phrase('refuse.stressFromLifeEvent'),
          );
        // Its text becomes the period's name, which both partners see.
        if (entry.visibility !== 'shared')
          throw invalid(
            'lifeEventId',
            'Share this life event with your partner first; a stress period is for both of you.',
            phrase('refuse.stressShareFirst'),
          );
        name ||= entry.text.slice(0, 200);
        openedOn = b.openedOn ?? entry.date;
      }
      if (!name)
        throw invalid('name', 'Name what is happening, e.g. "New baby".', phrase('refuse.stressName'));
      if (!isCalendarDate(openedOn) || openedOn > today)
        throw invalid(
          'openedOn',
          'A stress period opens today or on a day that has passed.',
          phrase('refuse.stressOpenedOn'),
        );
      if (await store.openStress(db, viewer))
        throw new AppError(
          'conflict',
          'A stress period is already open; close it before opening another.',
        ).saying(phrase('refuse.stressOpen'));
      const row = await store.insertStress(db, viewer, {
        name,
        lifeEventId: b.lifeEventId ?? null,
        openedOn,
      });
      reply.status(201);
      return presentStress(db, viewer, row.id);
    },
  );

  app.post(
    '/api/anchors/stress/:id/crisis',
    {
      schema: {
        tags,
        summary: 'Crisis mode: pause everything but the anchors in one step (strength frozen, streaks kept)',
        params: StressParams,
        response: { 200: StressPeriod, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const period = await store.findStress(db, viewer, request.params.id);
      if (!period) throw notFound('That stress period');
      if (period.closed_on)
        throw new AppError('conflict', 'This stress period is closed.').saying(phrase('refuse.stressClosed'));
      if (period.crisis_since)
        throw new AppError('conflict', 'Crisis mode is already on.').saying(phrase('refuse.crisisOn'));
      await store.startCrisis(db, viewer, period, localDate(viewer.couple.timeZone));
      return presentStress(db, viewer, period.id);
    },
  );

  app.post(
    '/api/anchors/stress/:id/close',
    {
      schema: {
        tags,
        summary: 'Close a stress period: paused habits resume, lowered anchors return to their floor',
        params: StressParams,
        response: { 200: StressPeriod, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const period = await store.findStress(db, viewer, request.params.id);
      if (!period) throw notFound('That stress period');
      if (period.closed_on)
        throw new AppError('conflict', 'This stress period is already closed.').saying(
          phrase('refuse.stressClosed'),
        );
      await store.closeStress(db, viewer, period, localDate(viewer.couple.timeZone));
      return presentStress(db, viewer, period.id);
    },
  );
}
