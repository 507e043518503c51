import type { FastifyRequest } from 'fastify';
import type { Static } from 'typebox';
import { setSessionCookie } from '../../server/auth.ts';
import type { AppContext } from '../../server/context.ts';
import type { Viewer } from '../../storage/scope.ts';
import type { Me } from './schema.ts';
import * as store from './store.ts';

export type SessionReply = Parameters<typeof setSessionCookie>[1];

export function present(viewer: Viewer): Static<typeof Me> {
  return { id: viewer.userId, email: viewer.email, couple: viewer.couple, coach: viewer.coach ?? null };
}

/** A new session for a person who just proved who they are (password or passkey), as a cookie. */
export async function startSession(
  ctx: AppContext,
  request: FastifyRequest,
  reply: SessionReply,
  userId: string,
) {
  const token = await store.createSession(ctx.store.db, userId, request.headers['user-agent'] ?? '');
  setSessionCookie(request, reply, token, ctx);
  const viewer = await store.findViewerByToken(ctx.store.db, token);
  return present(viewer!);
}
