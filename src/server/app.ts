import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { constants as zlib } from 'node:zlib';
import fastifyCompress from '@fastify/compress';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import Fastify, { type FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { Type } from 'typebox';
import { passkeyRoutes } from '../areas/account/passkeys.ts';
import { accountRoutes } from '../areas/account/routes.ts';
import { unlockRoutes } from '../areas/account/unlock.ts';
import { alignmentRoutes } from '../areas/alignment/routes.ts';
import { archiveRoutes } from '../areas/anchors/archive-routes.ts';
import { roleRoutes } from '../areas/anchors/roles-routes.ts';
import { anchorRoutes } from '../areas/anchors/routes.ts';
import { fromLogRoutes } from '../areas/checkins/from-log.ts';
import { metricRoutes } from '../areas/checkins/metric-routes.ts';
import { checkinRoutes } from '../areas/checkins/routes.ts';
import { coachPartnerRoutes } from '../areas/coach/partner-routes.ts';
import { coachRoutes } from '../areas/coach/routes.ts';
import { coachSuggestionRoutes } from '../areas/coach/suggestion-routes.ts';
import { coupleRoutes } from '../areas/couple/routes.ts';
import { creditRoutes } from '../areas/credit/routes.ts';
import { experimentDayRoutes } from '../areas/experiments/day-routes.ts';
import { experimentRoutes } from '../areas/experiments/routes.ts';
import { explorationRoutes } from '../areas/exploration/routes.ts';
import { habitCheckoffRoutes } from '../areas/habits/checkoff-routes.ts';
import { habitRoutes } from '../areas/habits/routes.ts';
import { historyRoutes } from '../areas/history/routes.ts';
import { insightRoutes } from '../areas/insights/routes.ts';
import { importRoutes } from '../areas/log/import-routes.ts';
import { loopRoutes } from '../areas/log/loops-routes.ts';
import { logRoutes } from '../areas/log/routes.ts';
import { paceRoutes } from '../areas/pace/routes.ts';
import { reminderRoutes } from '../areas/reminders/routes.ts';
import { rewardRoutes } from '../areas/rewards/routes.ts';
import { feedRoutes } from '../areas/rituals/feed.ts';
import { reviewRoutes } from '../areas/rituals/review.ts';
import { ritualRoutes } from '../areas/rituals/routes.ts';
import { exportRoutes } from '../export/routes.ts';
import { authPlugin } from './auth.ts';
import type { AppContext } from './context.ts';
import { registerErrorHandler } from './errors.ts';
import { registerSecurity } from './security.ts';
import { registerValidation } from './validation.ts';

/** Every area's routes, registered as encapsulated plugins with the shared context. */
const areas = [
  habitRoutes,
  habitCheckoffRoutes,
  rewardRoutes,
  paceRoutes,
  accountRoutes,
  passkeyRoutes,
  unlockRoutes,
  coupleRoutes,
  logRoutes,
  importRoutes,
  exportRoutes,
  checkinRoutes,
  metricRoutes,
  fromLogRoutes,
  ritualRoutes,
  feedRoutes,
  reminderRoutes,
  reviewRoutes,
  experimentRoutes,
  experimentDayRoutes,
  anchorRoutes,
  roleRoutes,
  archiveRoutes,
  explorationRoutes,
  alignmentRoutes,
  creditRoutes,
  loopRoutes,
  historyRoutes,
  insightRoutes,
  coachPartnerRoutes,
  coachRoutes,
  coachSuggestionRoutes,
];

/**
 * Builds the app without listening, so tests drive it with `app.inject` and `serve` listens.
 * Holds no state of its own: everything that matters lives in the store, so any number of
 * these can share one PostgreSQL.
 */
export async function buildApp(ctx: AppContext): Promise<FastifyInstance> {
  const app = Fastify({
    logger: ctx.config.logger ? { level: 'info' } : false,
    trustProxy: ctx.config.trustProxy,
    bodyLimit: 256 * 1024,
    // Past the router's limit (100 by default) a path parameter got Fastify's bare 414 instead of
    // our 400 naming the field; the schemas (an id's pattern, a domain's maxLength) judge length.
    routerOptions: { maxParamLength: 1000 },
    // Our own string formats (validation.ts) appear in response schemas too; the serializer only
    // needs to know them, not to check them.
    serializerOpts: { ajv: { formats: { 'local-date': true, 'non-blank': true } } },
  });
  registerValidation(app);
  registerErrorHandler(app);
  registerSecurity(app);
  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'attune',
        version: '0.1.0',
        description: 'The HTTP API of attune. JSON in and out; a session cookie authenticates.',
      },
    },
  });
  await app.register(authPlugin, ctx);
  // Responses over 1 KiB go compressed when the client accepts it. Brotli at a quick level for
  // answers made per request; the web app's files are compressed once, at build time (below).
  await app.register(fastifyCompress, {
    global: true,
    threshold: 1024,
    encodings: ['br', 'gzip'],
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  });

  app.get('/api/openapi.json', { schema: { hide: true }, config: { public: true } }, async () =>
    app.swagger(),
  );
  app.get(
    '/api/health',
    {
      config: { public: true },
      schema: {
        tags: ['health'],
        summary: 'Is this server up and its database reachable',
        response: { 200: Type.Object({ ok: Type.Literal(true) }, { additionalProperties: false }) },
      },
    },
    async () => {
      await sql`select 1`.execute(ctx.store.db);
      return { ok: true as const };
    },
  );
  for (const area of areas) await app.register(area, ctx);

  const web = ctx.config.webDist;
  if (web && existsSync(join(web, 'index.html'))) {
    await app.register(fastifyStatic, {
      root: web,
      // Files are looked up on each request, so a rebuild is served without a restart.
      wildcard: true,
      // The build writes .br and .gz beside each file (web/precompress.ts): served as they are.
      preCompressed: true,
      index: 'index.html',
      setHeaders: (reply, path) => {
        // Hashed assets never change; the shell and the service worker must be revalidated.
        reply.header(
          'Cache-Control',
          path.includes('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        );
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0]!;
    // A missing file (an old hashed asset after a redeploy, say) is a 404, never the app shell:
    // a browser expecting JavaScript must not be handed HTML.
    const isFile = path.startsWith('/assets/') || /\.[A-Za-z0-9]+$/.test(path);
    if (
      web &&
      request.method === 'GET' &&
      !path.startsWith('/api') &&
      !isFile &&
      existsSync(join(web, 'index.html'))
    ) {
      // A client-side route: the app shell answers and the router takes over.
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html', web);
    }
    return reply
      .status(404)
      .send({ error: { code: 'not_found', message: 'There is nothing at this address.' } });
  });
  return app;
}
