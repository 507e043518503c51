/**
 * A server for the API benchmark, run in its own process so the load generator does not share
 * its event loop. `node bench/server.ts app|baseline DATABASE_URL [coupleId userId]`; prints
 * `{"port":N}` when listening. The baseline also serves the areas' bare routes (bench/bare.ts).
 *
 * The baseline is bare Fastify on the same store running the same SQL (the session lookup, then
 * the list or the insert) without attune's layers: no hooks, no validation, no scope module, no
 * response schemas, no security headers. The ratio is the price of those layers.
 */
import Fastify from 'fastify';
import { buildApp } from '../src/server/app.ts';
import { defaultConfig } from '../src/server/context.ts';
import { openStore } from '../src/storage/db.ts';
import { newId, nowIso } from '../src/storage/ids.ts';
import { bareRoutes } from './bare.ts';
import { bareRewardsAndPace } from './bare-more.ts';
import { lookUpSession } from './baseline.ts';

const [kind, url, coupleId, userId] = process.argv.slice(2);
const store = await openStore({ url: url! });

if (kind === 'app') {
  const app = await buildApp({ store, config: defaultConfig });
  await app.listen({ host: '127.0.0.1', port: 0 });
  console.log(JSON.stringify({ port: (app.server.address() as { port: number }).port }));
} else {
  const app = Fastify();
  bareRoutes(app, store);
  bareRewardsAndPace(app, store);
  const lookUp = (cookie: string | undefined) => lookUpSession(store, cookie);
  app.get('/log', async (request) => {
    await lookUp(request.headers.cookie);
    const rows = await store.db
      .selectFrom('log')
      .selectAll()
      .where('couple_id', '=', coupleId!)
      .where('deleted_at', 'is', null)
      .where((eb) => eb.or([eb('visibility', '=', 'shared'), eb('author_id', '=', userId!)]))
      .orderBy('date', 'desc')
      .orderBy('id', 'desc')
      .limit(50)
      .execute();
    return { entries: rows };
  });
  app.post('/log', async (request, reply) => {
    await lookUp(request.headers.cookie);
    const b = request.body as { kind: 'note'; date: string; text: string };
    const now = nowIso();
    const row = {
      couple_id: coupleId!,
      id: newId(),
      author_id: userId!,
      kind: b.kind,
      date: b.date,
      text: b.text,
      domains: '[]',
      intensity: null,
      visibility: 'shared' as const,
      repair_of: null,
      promise_due: null,
      promise_state: null,
      fingerprint: null,
      created_at: now,
      updated_at: now,
      deleted_at: null,
    };
    await store.db.insertInto('log').values(row).execute();
    reply.status(201);
    return row;
  });
  await app.listen({ host: '127.0.0.1', port: 0 });
  console.log(JSON.stringify({ port: (app.server.address() as { port: number }).port }));
}
