import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { addDays, localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { oneDecimal, phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { ownRows, requirePartner, visibleLog } from '../../storage/scope.ts';
import { seriesOf } from '../checkins/present.ts';
import { FIELDS, meanSeries, monthOf, monthRange, previousMonth, ratioOf } from '../checkins/rules.ts';
import { listVisibleCheckins } from '../checkins/store.ts';
import { loadWeeklyHabitWins } from '../habits/weekly.ts';
import { MonthReview, MonthReviewQuery, WeekReview, WeekReviewQuery } from './schema.ts';
import { listCompletions, listRituals } from './store.ts';

const tags = ['rituals'];
const dayCount = (n: number) => `${n} day${n === 1 ? '' : 's'}`;
/** "2026-11" → "November 2026" (the server's sentences are English). */
const monthName = (month: string) =>
  new Intl.DateTimeFormat('en', { timeZone: 'UTC', month: 'long', year: 'numeric' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody };

/** The weekly wins review and the monthly metrics review, from what the viewer may see. */
export async function reviewRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/rituals/review/week',
    {
      schema: {
        tags,
        summary: 'The week’s wins: kept promises, appreciations, rituals done, check-in days',
        querystring: WeekReviewQuery,
        response: { 200: WeekReview, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const to = request.query.end ?? localDate(viewer.couple.timeZone);
      const from = addDays(to, -6);
      const [wins, rituals, done, own, habits] = await Promise.all([
        visibleLog(db, viewer)
          .select([
            'log.id',
            'log.author_id',
            'log.kind',
            'log.date',
            'log.text',
            'log.promise_due',
            'log.promise_state',
          ])
          .where((eb) =>
            eb.or([
              eb.and([
                eb('log.kind', '=', 'appreciation'),
                eb('log.date', '>=', from),
                eb('log.date', '<=', to),
              ]),
              eb.and([
                eb('log.kind', '=', 'promise'),
                eb('log.promise_state', '=', 'kept'),
                eb(eb.fn.coalesce('log.promise_due', 'log.date'), '>=', from),
                eb(eb.fn.coalesce('log.promise_due', 'log.date'), '<=', to),
              ]),
            ]),
          )
          .orderBy('log.date')
          .execute(),
        listRituals(db, viewer),
        listCompletions(db, viewer, from, to),
        ownRows(db, viewer, 'checkins')
          .select('date')
          .where('date', '>=', from)
          .where('date', '<=', to)
          .execute(),
        loadWeeklyHabitWins(db, viewer, from),
      ]);
      const win = (r: (typeof wins)[number]) => ({
        id: r.id,
        date: r.date,
        text: r.text,
        mine: r.author_id === viewer.userId,
      });
      const kept = wins.filter((r) => r.kind === 'promise').map(win);
      const appreciations = wins.filter((r) => r.kind === 'appreciation').map(win);
      const times = rituals
        .map((r) => ({ title: r.title, times: done.filter((d) => d.ritual_id === r.id).length }))
        .filter((r) => r.times > 0);
      const ritualTimes = times.reduce((s, r) => s + r.times, 0);
      const habitsKept = habits.filter((h) => h.kept).length;
      const noWins =
        kept.length + appreciations.length + times.length + habits.filter((h) => h.done > 0).length === 0;
      return {
        from,
        to,
        keptPromises: kept,
        appreciations,
        rituals: times,
        habits,
        checkinDays: own.length,
        // Only what happened is listed: "0 of 0 habits held their schedule" tells nobody anything.
        phrases: noWins
          ? [phrase('week.noWins')]
          : [
              ...(kept.length ? [phrase('week.promises', { count: kept.length })] : []),
              ...(appreciations.length
                ? [phrase('week.appreciations', { count: appreciations.length })]
                : []),
              ...(ritualTimes ? [phrase('week.rituals', { count: ritualTimes })] : []),
              ...(habits.length ? [phrase('week.habits', { kept: habitsKept, count: habits.length })] : []),
              phrase('week.checkins', { count: own.length }),
            ],
        explanation: noWins
          ? 'No wins recorded this week yet. That is information, not failure: one appreciation today is a fine start.'
          : `This week: ${kept.length} kept promise${kept.length === 1 ? '' : 's'}, ${appreciations.length} appreciation${appreciations.length === 1 ? '' : 's'}, and rituals done ${ritualTimes} times. ${habitsKept} of ${habits.length} habit${habits.length === 1 ? '' : 's'} held their schedule. You checked in on ${own.length} of 7 days.`,
      };
    },
  );

  app.get(
    '/api/rituals/review/month',
    {
      schema: {
        tags,
        summary: 'The month’s check-in averages and 5:1 ratio against the previous month',
        querystring: MonthReviewQuery,
        response: { 200: MonthReview, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const month = request.query.month ?? monthOf(localDate(viewer.couple.timeZone));
      const previous = previousMonth(month);
      const rows = await listVisibleCheckins(db, viewer, monthRange(previous).from, monthRange(month).to);
      const part = (m: string, mine: boolean) =>
        rows.filter((r) => r.date.startsWith(m) && (r.author_id === viewer.userId) === mine).map(seriesOf);
      const groups = {
        mine: [part(month, true), part(previous, true)],
        partner: [part(month, false), part(previous, false)],
      } as const;
      const means = {
        mine: groups.mine.map(meanSeries),
        partner: groups.partner.map(meanSeries),
      };
      const now = ratioOf([...groups.mine[0], ...groups.partner[0]]);
      const before = ratioOf([...groups.mine[1], ...groups.partner[1]]);
      const cmp = (who: 'mine' | 'partner', f: (typeof FIELDS)[number]) => ({
        current: means[who][0]?.[f] ?? null,
        previous: means[who][1]?.[f] ?? null,
        days: groups[who][0].length,
        previousDays: groups[who][1].length,
      });
      const fmt = (x: number | null) => (x === null ? 'not yet measurable' : `${x.toFixed(1)} to 1`);
      return {
        month,
        previous,
        metrics: FIELDS.map((field) => ({ field, mine: cmp('mine', field), partner: cmp('partner', field) })),
        ratio: {
          current: now.ratio,
          previous: before.ratio,
          phrases: [
            now.ratio !== null && before.ratio !== null
              ? phrase('ratio.month', { current: oneDecimal(now.ratio), previous: oneDecimal(before.ratio) })
              : now.ratio !== null
                ? phrase('ratio.monthCurrent', { current: oneDecimal(now.ratio) })
                : before.ratio !== null
                  ? phrase('ratio.monthPrevious', { previous: oneDecimal(before.ratio) })
                  : phrase('ratio.monthNone'),
            ...now.phrases,
          ],
          explanation: `Positive moments per conflict: ${fmt(now.ratio)} this month, ${fmt(before.ratio)} the month before (stable couples are often around 5 to 1). ${now.explanation}`,
        },
        phrases: [
          phrase('means.month', {
            mine: groups.mine[0].length,
            minePrevious: groups.mine[1].length,
            partner: groups.partner[0].length,
            partnerPrevious: groups.partner[1].length,
          }),
          phrase('means.monthChance'),
        ],
        explanation: `Averages of the days filled in: you ${dayCount(groups.mine[0].length)} in ${monthName(month)} and ${groups.mine[1].length} the month before; your partner shared ${groups.partner[0].length} and ${groups.partner[1].length}. Missing days are left out, never guessed; with fewer than about ten days, a difference of a point can be chance.`,
      };
    },
  );
}
