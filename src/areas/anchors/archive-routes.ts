import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { notFound } from '../../server/errors.ts';
import { oneDecimal, Phrases, phrase } from '../../server/phrases.ts';
import { ErrorBody, LocalDate } from '../../server/schemas.ts';
import { type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import type { ArchiveSnapshotRow, Database } from '../../storage/tables.ts';
import { comparePatterns, ratioOf, type SnapshotContent } from './archive.ts';
import { listSnapshots, nowState, restorePattern, takeSnapshot } from './archive-store.ts';

const tags = ['anchors'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };
const Kind = Type.Union([Type.Literal('habit'), Type.Literal('ritual'), Type.Literal('anchor')]);

const Snapshot = Type.Object(
  {
    id: Type.String(),
    date: LocalDate,
    reason: Type.Union([Type.Literal('auto'), Type.Literal('request')], {
      description: 'auto: taken because the last 28 days were good; request: one of you asked.',
    }),
    note: Type.Union([Type.String(), Type.Null()]),
    summary: Type.String({ description: 'In English, for the command line; see phrases.' }),
    phrases: Phrases,
  },
  { additionalProperties: false },
);
const Plan = Type.Union([
  Type.Object(
    {
      kind: Type.Literal('schedule'),
      schedule: Type.Object(
        {
          kind: Type.Union([Type.Literal('daily'), Type.Literal('weekdays'), Type.Literal('times')]),
          weekdays: Type.Array(Type.Integer()),
          times: Type.Integer(),
          days: Type.Integer(),
        },
        { additionalProperties: false },
      ),
    },
    { additionalProperties: false },
  ),
  Type.Object(
    { kind: Type.Literal('cadence'), times: Type.Integer(), days: Type.Integer() },
    { additionalProperties: false },
  ),
  Type.Object(
    {
      kind: Type.Literal('ritual'),
      cadence: Type.Union([
        Type.Literal('daily'),
        Type.Literal('weekly'),
        Type.Literal('monthly'),
        Type.Literal('quarterly'),
      ]),
    },
    { additionalProperties: false },
  ),
  Type.Null(),
]);
const Session = Type.Object(
  {
    snapshot: Snapshot,
    patterns: Type.Array(
      Type.Object(
        {
          kind: Kind,
          id: Type.String(),
          title: Type.String(),
          was: Type.String({ description: 'In English, for the command line; see wasPlan.' }),
          wasPlan: Plan,
          now: Type.String(),
          restorable: Type.Boolean(),
        },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
const Params = Type.Object(
  { id: Type.String({ pattern: '^[0-9a-f-]{36}$' }) },
  { additionalProperties: false },
);
const RestoreBody = Type.Object(
  { kind: Kind, id: Type.String({ pattern: '^[0-9a-f-]{36}$' }) },
  { additionalProperties: false },
);

function summarize(row: ArchiveSnapshotRow) {
  const c = JSON.parse(row.content) as SnapshotContent;
  const ratio = ratioOf(c.metrics);
  const parts = [
    `${c.habits.length} habit${c.habits.length === 1 ? '' : 's'}`,
    `${c.rituals.length} ritual${c.rituals.length === 1 ? '' : 's'}`,
    `${c.anchors.length} anchor${c.anchors.length === 1 ? '' : 's'}`,
  ];
  const mood =
    c.metrics.satisfaction === null
      ? ''
      : ` Satisfaction was ${c.metrics.satisfaction} of 10${ratio === null ? '' : `, with ${Math.round(ratio * 10) / 10} kind moments for every hard one`}.`;
  const counts = { habits: c.habits.length, rituals: c.rituals.length, anchors: c.anchors.length };
  const satisfaction = c.metrics.satisfaction;
  return {
    id: row.id,
    date: row.date,
    reason: row.reason,
    note: row.note,
    summary: `What you had going on ${row.date}: ${parts.join(', ')}.${mood}`,
    phrases: [
      phrase('snapshot.patterns', { date: row.date, ...counts }),
      ...(satisfaction === null
        ? []
        : ratio === null
          ? [phrase('snapshot.mood', { satisfaction })]
          : [phrase('snapshot.moodRatio', { satisfaction, ratio: oneDecimal(ratio) })]),
    ],
  };
}

async function session(db: Kysely<Database>, viewer: PartnerViewer, id: string) {
  const row = (await listSnapshots(db, viewer)).find((s) => s.id === id);
  if (!row) throw notFound('That snapshot');
  const content = JSON.parse(row.content) as SnapshotContent;
  return {
    row,
    content,
    view: {
      snapshot: summarize(row),
      patterns: comparePatterns(content, await nowState(db, viewer.couple.id)),
    },
  };
}

/** The archive: snapshots of good periods, and a restoration session that brings patterns back. */
export async function archiveRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/anchors/archive',
    {
      schema: {
        tags,
        summary: 'Snapshots of good periods (housekeeping takes one when the last 28 days were good)',
        response: {
          200: Type.Object({ snapshots: Type.Array(Snapshot) }, { additionalProperties: false }),
          ...errors,
        },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      return { snapshots: (await listSnapshots(db, viewer)).map(summarize) };
    },
  );

  app.post(
    '/api/anchors/archive',
    {
      schema: {
        tags,
        summary: 'Keep a snapshot of how things are now',
        body: Type.Object(
          {
            note: Type.Optional(
              Type.String({ maxLength: 500, description: '"The summer we walked every evening."' }),
            ),
          },
          { additionalProperties: false },
        ),
        response: { 201: Snapshot, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const row = await takeSnapshot(db, viewer.couple.id, {
        today: localDate(viewer.couple.timeZone),
        reason: 'request',
        note: request.body.note?.trim() || null,
        by: viewer.userId,
      });
      reply.status(201);
      return summarize(row);
    },
  );

  app.get(
    '/api/anchors/archive/:id',
    {
      schema: {
        tags,
        summary: 'A restoration session: what you did then, and what could come back',
        params: Params,
        response: { 200: Session, ...errors },
      },
    },
    async (request) => (await session(db, requirePartner(request.viewer), request.params.id)).view,
  );

  app.post(
    '/api/anchors/archive/:id/restore',
    {
      schema: {
        tags,
        summary: 'Bring one pattern of a snapshot back in one step',
        params: Params,
        body: RestoreBody,
        response: { 200: Session, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const { content } = await session(db, viewer, request.params.id);
      await restorePattern(
        db,
        viewer,
        content,
        request.body.kind,
        request.body.id,
        localDate(viewer.couple.timeZone),
      );
      return (await session(db, viewer, request.params.id)).view;
    },
  );
}
