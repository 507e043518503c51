import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import { clearSessionCookie, setSessionCookie } from '../../server/auth.ts';
import type { AppContext } from '../../server/context.ts';
import { AppError, notFound } from '../../server/errors.ts';
import { ErrorBody } from '../../server/schemas.ts';
import { clearHits, countHit, extendBlock, peekHits, releaseHit, reserveHit } from '../../storage/limits.ts';
import { requireViewer, type Viewer } from '../../storage/scope.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import {
  FAILURE_WINDOW_MS,
  IP_FAILURE_LIMIT,
  IP_SIGNUP_LIMIT,
  loginDelaySeconds,
  loginKeys,
  SIGNUP_WINDOW_MS,
  waitMessage,
} from './rules.ts';
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
import * as store from './store.ts';

const INVALID_LOGIN = 'That email and password do not match an account.';
let dummyHash: Promise<string> | null = null;

function present(viewer: Viewer): Static<typeof Me> {
  return { id: viewer.userId, email: viewer.email, couple: viewer.couple, coach: viewer.coach ?? null };
}

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
      throw new AppError('invalid_credentials', 'That password is not right.', 'password');
    }
  }

  /** 429 with how long to wait: the latest block of the keys, or the window for a full address. */
  async function tooMany(keys: string[], full: boolean): Promise<AppError> {
    const states = await Promise.all(keys.map((k) => peekHits(db, k, FAILURE_WINDOW_MS)));
    const blocked = states.flatMap((s) => (s.blockedUntil ? [s.blockedUntil.getTime()] : []));
    const until = Math.max(...blocked, full ? Date.now() + FAILURE_WINDOW_MS : Date.now());
    const seconds = Math.max(1, Math.ceil((until - Date.now()) / 1000));
    return new AppError('too_many_requests', waitMessage(seconds), undefined, {
      'Retry-After': String(seconds),
    });
  }

  async function startSession(
    request: FastifyRequest,
    reply: Parameters<typeof setSessionCookie>[1],
    userId: string,
  ) {
    const token = await store.createSession(db, userId, request.headers['user-agent'] ?? '');
    setSessionCookie(request, reply, token, ctx);
    const viewer = await store.findViewerByToken(db, token);
    return present(viewer!);
  }

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
        );
      }
      const { email, password } = request.body;
      if (await store.findUserByEmail(db, email)) {
        throw new AppError('conflict', 'An account with this email already exists. Log in instead.', 'email');
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
      const { ipKey, pairKey } = loginKeys(email, request.ip);
      // 1. Reserve the attempt before checking it, as if it will fail: parallel guesses wait in
      //    line like sequential ones. The address has an overall cap; the (account, address)
      //    pair, past its free attempts, must wait longer after each one.
      if ((await reserveHit(db, ipKey, { windowMs: FAILURE_WINDOW_MS, limit: IP_FAILURE_LIMIT })) === null)
        throw await tooMany([ipKey, pairKey], true);
      const attempt = await reserveHit(db, pairKey, {
        windowMs: FAILURE_WINDOW_MS,
        waitAfter: loginDelaySeconds,
      });
      if (attempt === null) {
        await releaseHit(db, ipKey);
        throw await tooMany([pairKey], false);
      }
      // 2. Verify; an unknown account costs the same hashing time as a wrong password.
      const user = await store.findUserByEmail(db, email);
      dummyHash ??= hashPassword('not-a-real-password');
      const hashToCheck = user ? user.password_hash : await dummyHash;
      const ok = (await verifyPassword(hashToCheck, request.body.password)) && user !== undefined;
      // 3. A failure is already counted; its wait counts from now, not from when it was reserved.
      //    A success gives its reservation back.
      if (!ok) {
        const wait = loginDelaySeconds(attempt);
        if (wait > 0) await extendBlock(db, pairKey, new Date(Date.now() + wait * 1000));
        throw new AppError('invalid_credentials', INVALID_LOGIN);
      }
      await clearHits(db, pairKey);
      await releaseHit(db, ipKey);
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
        throw new AppError('invalid_credentials', 'Your current password is not right.', 'currentPassword');
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
