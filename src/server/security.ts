import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.ts';

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** A year, this host and its subdomains (OWASP's HTTP Strict Transport Security advice). */
export const HSTS = 'max-age=31536000; includeSubDomains';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Security headers on every response, `no-store` on the API, and the CSRF guard: a state change
 * whose Origin is another site is refused. Together with SameSite=Lax cookies and JSON-only
 * bodies (which need a CORS preflight we never grant), a foreign page cannot act for a user.
 */
export function registerSecurity(app: FastifyInstance): void {
  app.addHook('onRequest', async (request) => {
    if (!UNSAFE_METHODS.has(request.method)) return;
    const origin = request.headers.origin;
    if (origin === undefined) {
      // No Origin: not a browser form or fetch from another site (browsers always send one
      // cross-origin); a same-origin navigation or a script such as curl. Sec-Fetch-Site, when
      // present, must still agree.
      const site = request.headers['sec-fetch-site'];
      if (site === 'cross-site' || site === 'same-site') throw forbiddenOrigin();
      return;
    }
    // Compare as URLs, so "localhost:80" and "http://localhost" count as the same place.
    let same = false;
    try {
      const from = new URL(origin);
      same = from.host === new URL(`${from.protocol}//${request.headers.host ?? ''}`).host;
    } catch {
      same = false;
    }
    if (!same) throw forbiddenOrigin();
  });

  app.addHook('onSend', async (request, reply, payload) => {
    reply.header('Content-Security-Policy', CSP);
    reply.header('X-Content-Type-Options', 'nosniff');
    reply.header('Referrer-Policy', 'no-referrer');
    reply.header('X-Frame-Options', 'DENY');
    reply.header('Cross-Origin-Opener-Policy', 'same-origin');
    reply.header('Permissions-Policy', 'camera=(), microphone=(), geolocation=()');
    if (request.url.startsWith('/api')) reply.header('Cache-Control', 'no-store');
    // Over https only: behind a trusted proxy (ATTUNE_TRUST_PROXY) that says X-Forwarded-Proto:
    // https. Never over plain http, where a home network may have no certificate to insist on.
    if (request.protocol === 'https') reply.header('Strict-Transport-Security', HSTS);
    return payload;
  });
}

function forbiddenOrigin(): AppError {
  return new AppError('forbidden', 'This request came from another site and was refused.');
}
