import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { requirePartner } from '../../storage/scope.ts';
import { presentCheckin, presentMetric, seriesOf } from './present.ts';
import {
  checkCheckin,
  lockOf,
  lockReason,
  meanSeries,
  meansExplanation,
  meansPhrases,
  monthOf,
  ratioOf,
  weekDates,
} from './rules.ts';
import { Checkin, DateParams, Day, SaveCheckinBody, Week, WeekQuery } from './schema.ts';
import * as store from './store.ts';

const tags = ['checkins'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

export async function checkinRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/checkins/day/:date',
    {
      schema: {
        tags,
        summary: 'The check-in screen for one day: your check-in, a start from your last one, the metrics',
        params: DateParams,
        response: { 200: Day, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const { date } = request.params;
      const today = localDate(viewer.couple.timeZone);
      const [own, partner, start, metrics, csi4Done, logged] = await Promise.all([
        store.findOwnCheckin(db, viewer, date),
        store.findPartnerCheckin(db, viewer, date),
        store.findStart(db, viewer, date),
        store.listMetrics(db, viewer),
        store.hasCsi4For(db, viewer, monthOf(today)),
        store.countLoggedMoments(db, viewer, date),
      ]);
      const reason = lockReason(date, today);
      return {
        date,
        today,
        checkin: own ? presentCheckin(viewer, own, today) : null,
        partner: partner ? presentCheckin(viewer, partner, today) : null,
        start: start
          ? { ...seriesOf(start), metrics: JSON.parse(start.metrics) as Record<string, number> }
          : null,
        startDate: start?.date ?? null,
        locked: reason !== null,
        lockedReason: reason,
        lock: lockOf(date, today),
        metrics: metrics.filter(store.isAccepted).map((m) => presentMetric(viewer, m)),
        csi4Due: !csi4Done,
        logged,
      };
    },
  );

  app.post(
    '/api/checkins',
    {
      schema: {
        tags,
        summary: 'Save your check-in for a day (creates it or replaces it; editable for 3 days)',
        body: SaveCheckinBody,
        response: { 200: Checkin, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const b = request.body;
      const today = localDate(viewer.couple.timeZone);
      const metrics = b.metrics ?? {};
      // Only a check-in that names custom metrics needs the couple's list of them.
      const accepted =
        Object.keys(metrics).length > 0 ? (await store.listMetrics(db, viewer)).filter(store.isAccepted) : [];
      const numbers = {
        satisfaction: b.satisfaction ?? null,
        energy: b.energy ?? null,
        connection: b.connection ?? null,
        conflicts: b.conflicts ?? null,
        positives: b.positives ?? null,
      };
      checkCheckin({ date: b.date, metrics, numbers, note: b.note ?? null }, { today, accepted });
      if (b.noteVisibility !== undefined && (b.note === undefined || b.note === null))
        throw invalid(
          'noteVisibility',
          'There is no note to share or keep private.',
          phrase('refuse.noNote'),
        );
      const row = await store.saveCheckin(db, viewer, {
        date: b.date,
        ...numbers,
        metrics,
        visibility: b.visibility ?? 'shared',
        note: b.note?.trim() ? b.note.trim() : null,
        noteVisibility: b.noteVisibility ?? 'private',
      });
      return presentCheckin(viewer, row, today);
    },
  );

  app.get(
    '/api/checkins/week',
    {
      schema: {
        tags,
        summary: 'This week: your series, your partner’s shared series, and the 5:1 ratio',
        querystring: WeekQuery,
        response: { 200: Week, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const end = request.query.end ?? localDate(viewer.couple.timeZone);
      const dates = weekDates(end);
      const rows = await store.listVisibleCheckins(db, viewer, dates[0]!, end);
      const mine = new Map(
        rows.filter((r) => r.author_id === viewer.userId).map((r) => [r.date, seriesOf(r)]),
      );
      const partner = new Map(
        rows.filter((r) => r.author_id !== viewer.userId).map((r) => [r.date, seriesOf(r)]),
      );
      return {
        from: dates[0]!,
        to: end,
        days: dates.map((date) => ({
          date,
          mine: mine.get(date) ?? null,
          partner: partner.get(date) ?? null,
        })),
        means: {
          mine: meanSeries([...mine.values()]),
          partner: meanSeries([...partner.values()]),
          explanation: meansExplanation(mine.size, partner.size, 7),
          phrases: meansPhrases(mine.size, partner.size, 7),
        },
        ratio: ratioOf(rows.map(seriesOf)),
      };
    },
  );
}
