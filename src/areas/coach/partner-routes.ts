import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../server/context.ts';
import { AppError, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { coupleCoachLinks, requirePartner } from '../../storage/scope.ts';
import { newInviteCode, normalizeInviteCode } from '../couple/rules.ts';
import { hashInviteCode } from '../couple/store.ts';
import { presentLinks } from './present.ts';
import { CoachInvite, ConsentBody, InviteBody, Link, LinkList, LinkParams } from './schema.ts';
import * as store from './store.ts';
import { withdrawOpen } from './suggestions.ts';

const tags = ['coach'];
const errors = { 400: ErrorBody, 401: ErrorBody, 403: ErrorBody, 404: ErrorBody, 409: ErrorBody };

/** The partner side of the coach area: invite a coach, consent with areas, revoke. */
export async function coachPartnerRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  const oneLink = async (viewer: Parameters<typeof presentLinks>[1], linkId: string) => {
    const link = (await presentLinks(db, viewer)).find((l) => l.id === linkId);
    if (!link) throw notFound('That coach link');
    return link;
  };

  app.get(
    '/api/coach-links',
    {
      schema: {
        tags,
        summary: 'Your couple’s coaches: who was invited, who consented to which areas, who was revoked',
        response: { 200: LinkList, ...errors },
      },
    },
    async (request) => ({ links: await presentLinks(db, requirePartner(request.viewer)) }),
  );

  app.post(
    '/api/coach-links',
    {
      schema: {
        tags,
        summary:
          'Invite a coach, consenting to the areas they may see; your partner consents too before they see anything',
        body: InviteBody,
        response: { 201: CoachInvite, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const code = newInviteCode();
      const link = await db.transaction().execute((trx) =>
        store.insertLink(trx, {
          coupleId: viewer.couple.id,
          invitedBy: viewer.userId,
          codeHash: hashInviteCode(`coach:${normalizeInviteCode(code)}`),
          areas: request.body.areas,
        }),
      );
      reply.status(201);
      return { linkId: link.id, code, expiresAt: link.expiresAt };
    },
  );

  app.post(
    '/api/coach-links/:linkId/consent',
    {
      schema: {
        tags,
        summary: 'Consent to a coach, naming the areas they may see (replaces your earlier consent)',
        params: LinkParams,
        body: ConsentBody,
        response: { 200: Link, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const link = await oneLink(viewer, request.params.linkId);
      if (link.status === 'revoked' || link.status === 'expired')
        throw new AppError(
          'conflict',
          'That coach link has ended; invite the coach again if you wish.',
        ).saying(phrase('refuse.coachLinkEnded'));
      await store.setConsent(db, viewer.couple.id, link.id, viewer.userId, request.body.areas);
      return oneLink(viewer, link.id);
    },
  );

  app.delete(
    '/api/coach-links/:linkId',
    {
      schema: {
        tags,
        summary: 'Revoke a coach (either partner, at any time): their very next request is refused',
        params: LinkParams,
        response: { 200: Link, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      const link = await oneLink(viewer, request.params.linkId);
      await db.transaction().execute(async (trx) => {
        await store.revokeLink(trx, viewer.couple.id, link.id, viewer.userId);
        // The coach's open suggestions end with their last link to the couple.
        const links = await coupleCoachLinks(trx, viewer);
        const coachId = links.find((l) => l.id === link.id)?.coach_id;
        if (coachId && !links.some((l) => l.coach_id === coachId && l.revoked_at === null))
          await withdrawOpen(trx, viewer.couple.id, coachId);
      });
      return oneLink(viewer, link.id);
    },
  );
}
