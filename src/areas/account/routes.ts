import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { clearSessionCookie } from '../../server/auth.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, notFound } from '../../server/errors.ts';
import { phrase } from '../../server/phrases.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { countHit } from '../../storage/limits.ts';
import { requireViewer } from '../../storage/scope.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { IP_SIGNUP_LIMIT, SIGNUP_WINDOW_MS } from './rules.ts';
import {
  DeleteAccountBody,
  LoginBody,
  Me,
  Ok,
  PasswordChangeBody,
  SessionList,
  SessionParams,
  SignupBody,
} from './schema.ts';
import { present, type SessionReply, startSession as startSessionFor } from './session.ts';
import * as store from './store.ts';
import { failed, reserveAttempt, succeeded } from './throttle.ts';

const INVALID_LOGIN = 'That email and password do not match an account.';
let dummyHash: Promise<string> | null = null;

const tags = ['account'];
const errors = {
  400: ErrorBody,
  401: ErrorBody,
  403: ErrorBody,
  404: ErrorBody,
  409: ErrorBody,
  429: ErrorBody,
};

export async function accountRoutes(fastify: FastifyInstance, ctx: AppContext): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const { db } = ctx.store;

  async function checkPassword(userId: string, password: string): Promise<void> {
    const user = await store.findUserById(db, userId);
    if (!user || !(await verifyPassword(user.password_hash, password))) {
      throw new AppError('invalid_credentials', 'That password is not right.', 'password').saying(
        phrase('refuse.passwordWrong'),
      );
    }
  }

  const startSession = (request: FastifyRequest, reply: SessionReply, userId: string) =>
    startSessionFor(ctx, request, reply, userId);

  app.post(
    '/api/account/signup',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Create an account and log in',
        body: SignupBody,
        response: { 201: Me, ...errors },
      },
    },
    async (request, reply) => {
      const ipKey = `signup-ip:${request.ip}`;
      const hit = await countHit(db, ipKey, SIGNUP_WINDOW_MS);
      if (hit.count > IP_SIGNUP_LIMIT) {
        throw new AppError(
          'too_many_requests',
          'Too many new accounts from this address. Please try again later.',
          undefined,
          {
            'Retry-After': String(SIGNUP_WINDOW_MS / 1000),
          },
        ).saying(phrase('refuse.tooManyAccounts'));
      }
      const { email, password } = request.body;
      if (await store.findUserByEmail(db, email)) {
        throw new AppError(
          'conflict',
          'An account with this email already exists. Log in instead.',
          'email',
        ).saying(phrase('refuse.emailTaken'));
      }
      const user = await store.insertUser(db, email, await hashPassword(password));
      reply.status(201);
      return startSession(request, reply, user.id);
    },
  );

  app.post(
    '/api/account/login',
    {
      config: { public: true },
      schema: {
        tags,
        summary: 'Log in (starts a new session)',
        body: LoginBody,
        response: { 200: Me, ...errors },
      },
    },
    async (request, reply) => {
      const email = request.body.email.trim().toLowerCase();
      // 1. Reserved before it is checked (see throttle.ts); a blocked pair or full address is a 429.
      const attempt = await reserveAttempt(db, email, request.ip);
      // 2. Verify; an unknown account costs the same hashing time as a wrong password.
      const user = await store.findUserByEmail(db, email);
      dummyHash ??= hashPassword('not-a-real-password');
      const hashToCheck = user ? user.password_hash : await dummyHash;
      const ok = (await verifyPassword(hashToCheck, request.body.password)) && user !== undefined;
      // 3. Settle the reservation: a failure waits, a success gives it back.
      if (!ok) {
        await failed(db, attempt);
        throw new AppError('invalid_credentials', INVALID_LOGIN);
      }
      await succeeded(db, attempt);
      return startSession(request, reply, user!.id);
    },
  );

  app.post(
    '/api/account/logout',
    { schema: { tags, summary: 'Log out (ends this session)', response: { 200: Ok, ...errors } } },
    async (request, reply) => {
      const viewer = requireViewer(request.viewer);
      await store.deleteSession(db, viewer.userId, viewer.sessionId);
      clearSessionCookie(request, reply, ctx);
      return { ok: true as const };
    },
  );

  app.get(
    '/api/account',
    { schema: { tags, summary: 'Who is logged in', response: { 200: Me, ...errors } } },
    async (request) => present(requireViewer(request.viewer)),
  );

  app.get(
    '/api/account/sessions',
    {
      schema: {
        tags,
        summary: 'Your sessions (devices logged in)',
        response: { 200: SessionList, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request.viewer);
      const rows = await store.listSessions(db, viewer.userId);
      return {
        sessions: rows.map((r) => ({
          id: r.id,
          createdAt: r.created_at,
          lastSeenAt: r.last_seen_at,
          userAgent: r.user_agent,
          current: r.id === viewer.sessionId,
        })),
      };
    },
  );

  app.delete(
    '/api/account/sessions/:sessionId',
    {
      schema: {
        tags,
        summary: 'End one of your sessions',
        params: SessionParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request.viewer);
      if (!(await store.deleteSession(db, viewer.userId, request.params.sessionId)))
        throw notFound('That session');
      if (request.params.sessionId === viewer.sessionId) clearSessionCookie(request, reply, ctx);
      return { ok: true as const };
    },
  );

  app.post(
    '/api/account/password',
    {
      schema: {
        tags,
        summary: 'Change your password (ends your other sessions)',
        body: PasswordChangeBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request) => {
      const viewer = requireViewer(request.viewer);
      await checkPassword(viewer.userId, request.body.currentPassword).catch(() => {
        throw new AppError(
          'invalid_credentials',
          'Your current password is not right.',
          'currentPassword',
        ).saying(phrase('refuse.currentPasswordWrong'));
      });
      const newHash = await hashPassword(request.body.newPassword);
      await db.transaction().execute(async (trx) => {
        await store.setPasswordHash(trx, viewer.userId, newHash);
        await store.deleteOtherSessions(trx, viewer.userId, viewer.sessionId);
      });
      return { ok: true as const };
    },
  );

  app.delete(
    '/api/account',
    {
      schema: {
        tags,
        summary: 'Delete your account and every entry you wrote',
        body: DeleteAccountBody,
        response: { 200: Ok, ...errors },
      },
    },
    async (request, reply) => {
      const viewer = requireViewer(request.viewer);
      await checkPassword(viewer.userId, request.body.password);
      await db.transaction().execute((trx) => store.deleteUserEverywhere(trx, viewer.userId));
      clearSessionCookie(request, reply, ctx);
      return { ok: true as const };
    },
  );
}
