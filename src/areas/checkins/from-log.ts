import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { addDays, localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { type Phrase, Phrases, phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { median, promiseTrust } from '../../stats/index.ts';
import { requirePartner, visibleLog, visibleRows } from '../../storage/scope.ts';

/*
 * Metrics from the log: repair latency (days from a conflict to the repair linked to it) and
 * promise trust per partner. Computed only from the log rows the viewer may see.
 */

const Nullable = <T extends ReturnType<typeof Type.Number>>(t: T) => Type.Union([t, Type.Null()]);
export const LogMetrics = Type.Object(
  {
    repairLatency: Type.Object(
      {
        repaired: Type.Integer(),
        unrepaired: Type.Integer(),
        medianDays: Nullable(Type.Number()),
        recentMedianDays: Nullable(Type.Number()),
        earlierMedianDays: Nullable(Type.Number()),
        months: Type.Array(
          Type.Object(
            { month: Type.String(), conflicts: Type.Integer(), medianDays: Nullable(Type.Number()) },
            { additionalProperties: false },
          ),
        ),
        explanation: Type.String({ description: 'In English, for the command line; see phrases.' }),
        phrases: Phrases,
      },
      { additionalProperties: false },
    ),
    promiseTrust: Type.Array(
      Type.Object(
        {
          partnerId: Type.String(),
          mine: Type.Boolean(),
          score: Nullable(Type.Number()),
          kept: Type.Integer(),
          broken: Type.Integer(),
          explanation: Type.String({ description: 'In English, for the command line; see phrases.' }),
          phrases: Phrases,
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);

const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000);

export interface LogRowLite {
  id: string;
  author_id: string;
  kind: string;
  date: string;
  repair_of: string | null;
  promise_state: string | null;
  promise_due: string | null;
}

/** Repair latency from visible rows: the primary conflict metric, with its trend. */
export function repairLatency(rows: readonly LogRowLite[], today: string) {
  const conflicts = new Map(rows.filter((r) => r.kind === 'conflict').map((r) => [r.id, r]));
  const firstRepair = new Map<string, number>();
  for (const r of rows) {
    if (r.kind !== 'repair' || !r.repair_of) continue;
    const c = conflicts.get(r.repair_of);
    if (!c) continue; // the conflict is not visible to this viewer: the pair is not counted
    const d = Math.max(0, days(c.date, r.date));
    firstRepair.set(c.id, Math.min(d, firstRepair.get(c.id) ?? Number.POSITIVE_INFINITY));
  }
  const lat = [...conflicts.values()].map((c) => ({ date: c.date, d: firstRepair.get(c.id) }));
  const repaired = lat.filter((x): x is { date: string; d: number } => x.d !== undefined);
  const med = (xs: number[]) => (xs.length ? median(xs) : null);
  const cut = addDays(today, -90);
  const recent = med(repaired.filter((x) => x.date > cut).map((x) => x.d));
  const earlier = med(repaired.filter((x) => x.date <= cut && x.date > addDays(cut, -90)).map((x) => x.d));
  const months: { month: string; conflicts: number; medianDays: number | null }[] = [];
  for (let i = 5; i >= 0; i--) {
    const [y, m] = today.slice(0, 7).split('-').map(Number) as [number, number];
    const dt = new Date(Date.UTC(y, m - 1 - i, 1));
    const month = dt.toISOString().slice(0, 7);
    const inMonth = lat.filter((x) => x.date.startsWith(month));
    months.push({
      month,
      conflicts: inMonth.length,
      medianDays: med(inMonth.flatMap((x) => (x.d === undefined ? [] : [x.d]))),
    });
  }
  const all = med(repaired.map((x) => x.d));
  const trend =
    recent === null || earlier === null
      ? 'There is not enough yet to compare the last three months with the three before.'
      : recent < earlier
        ? `Repairs come faster lately: ${recent} days (median) in the last three months, ${earlier} before.`
        : recent > earlier
          ? `Repairs take longer lately: ${recent} days (median) in the last three months, ${earlier} before. That is worth a look, not a verdict.`
          : `Repairs take about as long as before: ${recent} days (median).`;
  return {
    repaired: repaired.length,
    unrepaired: lat.length - repaired.length,
    medianDays: all,
    recentMedianDays: recent,
    earlierMedianDays: earlier,
    months,
    phrases: [
      phrase('repair.about'),
      ...(all === null
        ? [phrase('repair.none')]
        : [
            phrase('repair.median', { count: all }),
            phrase('repair.linked', { count: repaired.length }),
            ...(repaired.length < 5 ? [phrase('repair.rough')] : []),
          ]),
      recent === null || earlier === null
        ? phrase('repair.trendUnknown')
        : phrase(recent < earlier ? 'repair.faster' : recent > earlier ? 'repair.slower' : 'repair.same', {
            recent,
            earlier,
          }),
    ],
    explanation: `How long from a conflict to the repair linked to it. This matters more than how many conflicts you have: every couple argues; coming back together quickly is the skill. ${all === null ? 'No repair is linked to a conflict yet.' : `Half of your repairs came within ${all} day${all === 1 ? '' : 's'} (${repaired.length} linked repair${repaired.length === 1 ? '' : 's'}${repaired.length < 5 ? ', still few, so this is rough' : ''}).`} ${trend}`,
  };
}

/** Promise trust in whole sentences (the English twin is stats/trust.ts's explanation). */
export function trustPhrases(t: {
  score: number | null;
  kept: number;
  broken: number;
  effective: number;
}): Phrase[] {
  if (t.score === null) return [phrase('trust.none')];
  return [
    phrase('trust.score', { kept: t.kept, broken: t.broken, score: Math.round(t.score * 100) }),
    ...(t.effective < 5 ? [phrase('trust.rough')] : []),
  ];
}

export async function fromLogRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;
  app.get(
    '/api/checkins/from-log',
    {
      schema: {
        tags: ['checkins'],
        summary: 'Metrics from the log: repair latency and its trend, promise trust per partner',
        response: { 200: LogMetrics, 401: ErrorBody, 403: ErrorBody },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const [rows, partners] = await Promise.all([
        visibleLog(db, viewer)
          .select([
            'log.id',
            'log.author_id',
            'log.kind',
            'log.date',
            'log.repair_of',
            'log.promise_state',
            'log.promise_due',
          ])
          .where('log.kind', 'in', ['conflict', 'repair', 'promise'])
          .orderBy('log.date')
          .orderBy('log.id')
          .execute(),
        visibleRows(db, viewer, 'members')
          .select('user_id')
          .where('role', '=', 'partner')
          .orderBy('joined_at')
          .execute(),
      ]);
      const today = localDate(viewer.couple.timeZone);
      const promises = rows
        .filter((r) => r.kind === 'promise' && (r.promise_state === 'kept' || r.promise_state === 'broken'))
        .sort((x, y) => (x.promise_due ?? x.date).localeCompare(y.promise_due ?? y.date));
      return {
        repairLatency: repairLatency(rows, today),
        promiseTrust: partners.map((p) => {
          const t = promiseTrust(
            promises.filter((r) => r.author_id === p.user_id).map((r) => r.promise_state === 'kept'),
          );
          return {
            partnerId: p.user_id,
            mine: p.user_id === viewer.userId,
            score: t.score,
            kept: t.kept,
            broken: t.broken,
            explanation: t.explanation,
            phrases: trustPhrases(t),
          };
        }),
      };
    },
  );
}
