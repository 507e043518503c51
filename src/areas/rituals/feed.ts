import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { getVtimezoneComponent } from '@touch4it/ical-timezones';
import type { FastifyInstance } from 'fastify';
import ical, { ICalEventRepeatingFreq } from 'ical-generator';
import { Type } from 'typebox';
import { addDays, localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { notFound } from '../../server/errors.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { requirePartner } from '../../storage/scope.ts';
import type { RitualRow } from '../../storage/tables.ts';
import { feedExperimentsOf } from '../experiments/store.ts';
import { firstOccurrence } from './rules.ts';
import { Feed, FeedParams } from './schema.ts';
import * as store from './store.ts';

const tags = ['rituals'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody };
const BYDAY = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;

/**
 * The iCalendar text of one partner's feed: every active ritual as a recurring event in the
 * partner's time zone (with its VTIMEZONE), titled "attune: <ritual>" and nothing more personal.
 */
export function calendarOf(
  rituals: RitualRow[],
  timeZone: string,
  today: string,
  experiments: FeedExperiment[] = [],
): string {
  const cal = ical({ name: 'attune rituals', prodId: { company: 'attune', product: 'rituals' } });
  cal.timezone({ name: timeZone, generator: getVtimezoneComponent });
  for (const r of rituals) {
    // ical-generator writes a Date's UTC fields after TZID=<zone> (it converts nothing without a
    // date library), so the wall-clock time goes in as UTC fields: 21:30 local stays 21:30 local.
    const [y, m, d] = firstOccurrence(r, today).split('-').map(Number) as [number, number, number];
    const [hh, mm] = r.time.split(':').map(Number) as [number, number];
    const start = new Date(Date.UTC(y, m - 1, d, hh, mm));
    cal.createEvent({
      id: `${r.id}@attune`,
      start,
      end: new Date(start.getTime() + 15 * 60_000),
      timezone: timeZone,
      floating: false,
      summary: `attune: ${r.title.toLowerCase()}`,
      repeating:
        r.cadence === 'daily'
          ? { freq: ICalEventRepeatingFreq.DAILY }
          : r.cadence === 'weekly'
            ? { freq: ICalEventRepeatingFreq.WEEKLY, byDay: [BYDAY[(Number(r.weekday) || 1) - 1]!] as never }
            : {
                freq: ICalEventRepeatingFreq.MONTHLY,
                interval: r.cadence === 'quarterly' ? 3 : 1,
                byMonthDay: [Number(r.day_of_month) || 1],
              },
    });
  }
  // A gentle daily reminder while an experiment runs, the same words for both partners and every
  // day: a feed must never tell a blinded partner which phase it is.
  for (const e of experiments) {
    if (!e.start_date || !e.end_date || e.end_date < today) continue;
    const [y, m, d] = e.start_date.split('-').map(Number) as [number, number, number];
    const start = new Date(Date.UTC(y, m - 1, d, 21, 0));
    const [ey, em, ed] = addDays(e.end_date, 1).split('-').map(Number) as [number, number, number];
    cal.createEvent({
      id: `${e.id}@attune-experiment`,
      start,
      end: new Date(start.getTime() + 10 * 60_000),
      timezone: timeZone,
      floating: false,
      summary: `attune: experiment “${e.title}” – today’s check-in`,
      repeating: { freq: ICalEventRepeatingFreq.DAILY, until: new Date(Date.UTC(ey, em - 1, ed)) },
    });
  }
  return cal.toString();
}

type FeedExperiment = { id: string; title: string; start_date: string | null; end_date: string | null };

export async function feedRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;
  const urlOf = (token: string) => `/api/rituals/feed/${token}`;

  app.get(
    '/api/rituals/feed',
    { schema: { tags, summary: 'Whether your calendar feed is on', response: { 200: Feed, ...errors } } },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const row = await store.findFeed(db, viewer);
      return { active: row !== undefined, createdAt: row?.created_at ?? null, url: null };
    },
  );

  app.post(
    '/api/rituals/feed',
    {
      schema: {
        tags,
        summary: 'Create your calendar feed’s address, or a new one (the old address stops working)',
        response: { 201: Feed, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const { token, createdAt } = await store.regenerateFeed(db, viewer);
      reply.status(201).header('Cache-Control', 'no-store');
      return { active: true, createdAt, url: urlOf(token) };
    },
  );

  app.delete(
    '/api/rituals/feed',
    {
      schema: {
        tags,
        summary: 'Turn your calendar feed off (its address stops working)',
        response: { 200: Feed, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      await store.revokeFeed(db, viewer);
      return { active: false, createdAt: null, url: null };
    },
  );

  app.get(
    '/api/rituals/feed/:token',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'The calendar feed (iCalendar), read-only, for the partner whose token this is',
        params: FeedParams,
        response: { 200: Type.String({ description: 'text/calendar' }), 400: ErrorBody, 404: ErrorBody },
      },
    },
    async (request, reply) => {
      const feed = await store.findFeedByToken(db, request.params.token);
      if (!feed) throw notFound('That calendar feed');
      const [rituals, experiments] = await Promise.all([
        store.activeRitualsOf(db, feed.couple_id),
        feedExperimentsOf(db, feed.couple_id),
      ]);
      const body = calendarOf(rituals, feed.time_zone, localDate(feed.time_zone), experiments);
      return reply
        .header('Content-Type', 'text/calendar; charset=utf-8')
        .header('Cache-Control', 'private, max-age=300')
        .header('Referrer-Policy', 'no-referrer')
        .send(body);
    },
  );
}
