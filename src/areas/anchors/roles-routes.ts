import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { Kysely } from 'kysely';
import { Type } from 'typebox';
import { localDate } from '../../dates.ts';
import type { AppContext } from '../../server/context.ts';
import { invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody, LocalDate } from '../../server/schemas.ts';
import { newId, nowIso } from '../../storage/ids.ts';
import { coupleRows, type PartnerViewer, requirePartner } from '../../storage/scope.ts';
import type { Database } from '../../storage/tables.ts';
import { listPartners } from '../habits/store.ts';
import { normalizeRole, unusedRoles } from './roles.ts';

const tags = ['anchors'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

const RoleSwitch = Type.Object(
  {
    id: Type.String(),
    userId: Type.String(),
    name: Type.String(),
    role: Type.String(),
    note: Type.Union([Type.String(), Type.Null()]),
    date: LocalDate,
  },
  { additionalProperties: false },
);
const Roles = Type.Object(
  {
    current: Type.Array(RoleSwitch, { description: 'Each partner’s role now.' }),
    history: Type.Array(RoleSwitch, { description: 'The latest switches, newest first.' }),
    unused: Type.Array(
      Type.Object(
        { role: Type.String(), lastUsed: Type.Union([LocalDate, Type.Null()]), message: Type.String() },
        { additionalProperties: false },
      ),
    ),
  },
  { additionalProperties: false },
);
const SwitchBody = Type.Object(
  {
    role: Type.String({ minLength: 1, maxLength: 40, description: '"lover", "co-parent", "friend", …' }),
    note: Type.Optional(Type.String({ maxLength: 300, description: '"Tonight I’m your lover."' })),
  },
  { additionalProperties: false },
);

async function presentRoles(db: Kysely<Database>, viewer: PartnerViewer) {
  const [rows, partners] = await Promise.all([
    coupleRows(db, viewer.couple.id, 'roles')
      .selectAll()
      .orderBy('date', 'desc')
      .orderBy('created_at', 'desc')
      .execute(),
    listPartners(db, viewer.couple.id),
  ]);
  const names = new Map(partners.map((p) => [p.user_id, p.display_name]));
  const view = (r: (typeof rows)[number]) => ({
    id: r.id,
    userId: r.user_id,
    name: names.get(r.user_id) ?? 'A former partner',
    role: r.role,
    note: r.note,
    date: r.date,
  });
  const switches = rows.map((r) => ({ userId: r.user_id, role: r.role, date: r.date }));
  return {
    // Rows come newest first, so each partner's first row is their role now.
    current: rows.filter((r, i) => rows.findIndex((x) => x.user_id === r.user_id) === i).map(view),
    history: rows.slice(0, 50).map(view),
    unused: unusedRoles(switches, localDate(viewer.couple.timeZone)),
  };
}

/** Roles: switched explicitly and logged; both partners see them. */
export async function roleRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.get(
    '/api/anchors/roles',
    {
      schema: {
        tags,
        summary: 'Which role each of you is in, the switches, and roles left unused',
        response: { 200: Roles, ...errors },
      },
    },
    async (request) => presentRoles(db, requirePartner(request.viewer)),
  );

  app.post(
    '/api/anchors/roles',
    {
      schema: {
        tags,
        summary: 'Step into a role, said out loud ("tonight I’m your lover")',
        body: SwitchBody,
        response: { 201: Roles, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const role = normalizeRole(request.body.role);
      if (!role)
        throw invalid('role', 'Name the role, e.g. "lover" or "co-parent".', phrase('refuse.roleName'));
      await db
        .insertInto('roles')
        .values({
          couple_id: viewer.couple.id,
          id: newId(),
          user_id: viewer.userId,
          role,
          note: request.body.note?.trim() || null,
          date: localDate(viewer.couple.timeZone),
          created_at: nowIso(),
        })
        .execute();
      reply.status(201);
      return presentRoles(db, viewer);
    },
  );
}
