import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../server/context.ts';
import { AppError, invalid } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { countHit } from '../../storage/limits.ts';
import { requirePartner, requireViewer } from '../../storage/scope.ts';
import { domainSlug, isTimeZone, newInviteCode, normalizeInviteCode, PARTNERS_PER_COUPLE } from './rules.ts';
import {
  Couple,
  CoupleSettingsBody,
  CreateCoupleBody,
  Domain,
  DomainBody,
  Invite,
  JoinBody,
  UpdateMeBody,
} from './schema.ts';
import * as store from './store.ts';

const tags = ['couple'];
const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  410: ErrorBody,
  429: ErrorBody,
};
const JOIN_LIMIT = 20;
const JOIN_WINDOW_MS = 15 * 60_000;

function checkTimeZone(zone: string | undefined): void {
  if (zone !== undefined && !isTimeZone(zone))
    throw invalid(
      'timeZone',
      `"${zone}" is not a time zone we know. Try one like "Europe/Berlin".`,
      phrase('refuse.timeZone', { value: zone }),
    );
}

export async function coupleRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  app.post(
    '/api/couple',
    {
      schema: {
        tags,
        summary: 'Create your couple space',
        body: CreateCoupleBody,
        response: { 201: Couple, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request.viewer);
      if (viewer.couple)
        throw new AppError('conflict', 'You are already in a couple space.').saying(
          phrase('refuse.inCouple'),
        );
      if (viewer.coach)
        throw new AppError('conflict', 'A coach account does not join a couple as a partner.').saying(
          phrase('refuse.coachNotPartner'),
        );
      checkTimeZone(request.body.timeZone);
      const coupleId = await db
        .transaction()
        .execute((trx) =>
          store.insertCouple(trx, viewer.userId, request.body.displayName.trim(), request.body.timeZone),
        );
      reply.status(201);
      return store.findCouple(db, {
        ...viewer,
        couple: {
          id: coupleId,
          role: 'partner',
          displayName: request.body.displayName,
          timeZone: request.body.timeZone,
        },
      });
    },
  );

  app.get(
    '/api/couple',
    {
      schema: {
        tags,
        summary: 'Your couple space: partners, domains, invite',
        response: { 200: Couple, ...errors },
      },
    },
    async (request) => store.findCouple(db, requirePartner(request.viewer)),
  );

  app.patch(
    '/api/couple/me',
    {
      schema: {
        tags,
        summary: 'Change your display name or time zone',
        body: UpdateMeBody,
        response: { 200: Couple, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      checkTimeZone(request.body.timeZone);
      const patch: { display_name?: string; time_zone?: string } = {};
      if (request.body.displayName !== undefined) patch.display_name = request.body.displayName.trim();
      if (request.body.timeZone !== undefined) patch.time_zone = request.body.timeZone;
      await store.updateMember(db, viewer, patch);
      return store.findCouple(db, viewer);
    },
  );

  app.patch(
    '/api/couple/settings',
    {
      schema: {
        tags,
        summary: 'Change a setting of the couple space: how a new log entry starts (shared or private)',
        body: CoupleSettingsBody,
        response: { 200: Couple, ...errors },
      },
    },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      await store.setLogDefault(db, viewer, request.body.logDefaultVisibility);
      return store.findCouple(db, viewer);
    },
  );

  app.post(
    '/api/couple/invites',
    {
      schema: {
        tags,
        summary: 'Invite your partner (a new code replaces any earlier one)',
        response: { 201: Invite, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      if ((await store.countPartners(db, viewer.couple.id)) >= PARTNERS_PER_COUPLE) {
        throw new AppError('conflict', 'Your partner has already joined.').saying(
          phrase('refuse.partnerJoined'),
        );
      }
      const code = newInviteCode();
      const expiresAt = await db
        .transaction()
        .execute((trx) =>
          store.replaceInvite(
            trx,
            viewer.couple.id,
            viewer.userId,
            store.hashInviteCode(normalizeInviteCode(code)),
          ),
        );
      reply.status(201);
      return { code, expiresAt };
    },
  );

  app.delete(
    '/api/couple/invites',
    { schema: { tags, summary: 'Withdraw the open invite', response: { 200: Couple, ...errors } } },
    async (request) => {
      const viewer = requirePartner(request.viewer);
      await store.deleteOpenInvites(db, viewer.couple.id);
      return store.findCouple(db, viewer);
    },
  );

  app.post(
    '/api/couple/join',
    {
      schema: {
        tags,
        summary: 'Join your partner’s couple space with an invite code',
        body: JoinBody,
        response: { 200: Couple, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request.viewer);
      if (viewer.couple)
        throw new AppError('conflict', 'You are already in a couple space.').saying(
          phrase('refuse.inCouple'),
        );
      if (viewer.coach)
        throw new AppError('conflict', 'A coach account does not join a couple as a partner.').saying(
          phrase('refuse.coachNotPartner'),
        );
      checkTimeZone(request.body.timeZone);
      // Codes are guessable only by brute force; this caps the guesses per address.
      const hit = await countHit(db, `join-ip:${request.ip}`, JOIN_WINDOW_MS);
      if (hit.count > JOIN_LIMIT) {
        throw new AppError(
          'too_many_requests',
          'Too many attempts. Please wait 15 minutes and try again.',
          undefined,
          { 'Retry-After': '900' },
        ).saying(phrase('refuse.waitMinutes', { count: 15 }));
      }
      const codeHash = store.hashInviteCode(normalizeInviteCode(request.body.code));
      const coupleId = await db.transaction().execute(async (trx) => {
        const invite = await store.findInviteByHash(trx, codeHash);
        if (!invite)
          throw invalid(
            'code',
            'That invite code is not right. Check it with your partner.',
            phrase('refuse.inviteWrong'),
          );
        if (invite.used_at !== null)
          throw new AppError(
            'gone',
            'That invite code has already been used. Ask your partner for a new one.',
            'code',
          ).saying(phrase('refuse.inviteUsed'));
        if (Date.parse(invite.expires_at) <= Date.now())
          throw new AppError(
            'gone',
            'That invite code has expired. Ask your partner for a new one.',
            'code',
          ).saying(phrase('refuse.inviteExpired'));
        if ((await store.countPartners(trx, invite.couple_id)) >= PARTNERS_PER_COUPLE)
          throw new AppError('conflict', 'That couple space already has two partners.').saying(
            phrase('refuse.coupleFull'),
          );
        if (!(await store.useInvite(trx, invite.couple_id, invite.id)))
          throw new AppError('gone', 'That invite code has already been used.', 'code').saying(
            phrase('refuse.inviteUsed'),
          );
        await store.insertPartner(
          trx,
          invite.couple_id,
          viewer.userId,
          request.body.displayName.trim(),
          request.body.timeZone,
        );
        return invite.couple_id;
      });
      return store.findCouple(db, {
        ...viewer,
        couple: {
          id: coupleId,
          role: 'partner',
          displayName: request.body.displayName,
          timeZone: request.body.timeZone,
        },
      });
    },
  );

  app.post(
    '/api/couple/domains',
    {
      schema: {
        tags,
        summary: 'Add a domain of your own',
        body: DomainBody,
        response: { 201: Domain, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requirePartner(request.viewer);
      const label = request.body.label.trim();
      const id = domainSlug(label);
      if (!id)
        throw invalid(
          'label',
          'A domain needs at least one letter or digit.',
          phrase('refuse.domainLetters'),
        );
      const existing = await store.listDomains(db, viewer.couple.id);
      if (existing.some((d) => d.id === id))
        throw new AppError('conflict', `You already have a domain called "${label}".`, 'label').saying(
          phrase('refuse.domainExists', { value: label }),
        );
      await store.insertDomain(db, viewer.couple.id, id, label);
      reply.status(201);
      return { id, label, custom: true };
    },
  );
}
