import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import { findViewerByToken, SESSION_DAYS } from '../areas/account/store.ts';
import type { Viewer } from '../storage/scope.ts';
import type { AppContext } from './context.ts';
import { AppError } from './errors.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The person behind the session cookie, or null. Resolved before any route runs. */
    viewer: Viewer | null;
  }
  interface FastifyContextConfig {
    /** The route answers without a login (sign-up, log-in, health, a calendar feed's token URL). */
    public?: boolean;
  }
}

const PLAIN_NAME = 'attune_session';
// Over https the cookie takes the __Host- prefix: the browser then refuses it unless it is
// Secure, has Path=/ and no Domain, so no sibling subdomain can plant or read it.
const HOST_NAME = '__Host-attune_session';

export function parseCookies(header: string | undefined): Map<string, string> {
  const out = new Map<string, string>();
  if (!header) return out;
  for (const part of header.split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    const name = part.slice(0, eq).trim();
    const value = part.slice(eq + 1).trim();
    if (name && !out.has(name)) out.set(name, value);
  }
  return out;
}

function isHttps(request: FastifyRequest): boolean {
  return request.protocol === 'https';
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  ctx: AppContext,
): void {
  const https = isHttps(request);
  const secure = https || !ctx.config.insecureCookies;
  const name = https ? HOST_NAME : PLAIN_NAME;
  const attrs = [
    `${name}=${token}`,
    'Path=/',
    'HttpOnly',
    'SameSite=Lax',
    `Max-Age=${SESSION_DAYS * 86_400}`,
  ];
  if (secure) attrs.push('Secure');
  reply.header('Set-Cookie', attrs.join('; '));
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply, ctx: AppContext): void {
  const https = isHttps(request);
  const secure = https || !ctx.config.insecureCookies;
  const name = https ? HOST_NAME : PLAIN_NAME;
  reply.header(
    'Set-Cookie',
    `${name}=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0${secure ? '; Secure' : ''}`,
  );
}

export function sessionToken(request: FastifyRequest): string | undefined {
  const cookies = parseCookies(request.headers.cookie);
  return cookies.get(HOST_NAME) ?? cookies.get(PLAIN_NAME);
}

/**
 * Resolves the session cookie of every /api request to a viewer (or null), and refuses a request
 * without one unless its route says `config: { public: true }`. This runs in `onRequest`, before
 * any body is read: an anonymous upload is answered 401 without being buffered or parsed.
 */
export const authPlugin = fp(async (app: FastifyInstance, ctx: AppContext) => {
  app.decorateRequest('viewer', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = sessionToken(request);
    // A token that could not be one of ours is not worth a query.
    request.viewer =
      token && /^[A-Za-z0-9_-]{43}$/.test(token) ? await findViewerByToken(ctx.store.db, token) : null;
    // Only our /api routes: an unknown address stays a 404, not a request to log in.
    const route = request.routeOptions;
    if (!request.viewer && route.url?.startsWith('/api/') && route.config.public !== true)
      throw new AppError('unauthenticated', 'Please log in.');
  });
});
