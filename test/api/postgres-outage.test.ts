import type { FastifyInstance } from 'fastify';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { defaultConfig } from '../../src/server/context.ts';
import { openStore, type Store } from '../../src/storage/db.ts';
import { migrateToLatest } from '../../src/storage/migrate.ts';
import { type Actor, makeCouple, today } from '../support/app.ts';
import { startPostgres, type TestPostgres } from '../support/pg-server.ts';

/*
 * PostgreSQL restarts (or fails over) under write load. A server of this test's own, so that no
 * other test loses its connections: a fast shutdown ends every connection with 57P01, then the
 * server starts again on the same port with its data.
 */
describe('PostgreSQL going away', () => {
  let server: TestPostgres;
  let store: Store;
  let app: FastifyInstance;

  beforeAll(async () => {
    server = await startPostgres({ own: true });
    store = await openStore({ url: server.url, poolSize: 5 });
    await migrateToLatest(store.db);
    app = await buildApp({ store, config: defaultConfig });
  });
  afterAll(async () => {
    await app?.close();
    await store?.close();
    await server?.stop();
  });

  it('answers 503 with Retry-After during a restart, reconnects by itself and loses no acknowledged write', async () => {
    // 1. Anything that would end the process is caught here as well as by Vitest.
    const crashes: unknown[] = [];
    const onCrash = (error: unknown) => crashes.push(error);
    process.on('uncaughtException', onCrash);
    process.on('unhandledRejection', onCrash);
    try {
      const { a, b } = await makeCouple(app);
      const acknowledged: string[] = [];
      const unavailable: { retryAfter: unknown }[] = [];
      const other: string[] = [];
      let restarted = false;
      let afterRestart = 0;

      // 2. Four writers add entries until the restart is over and each has written again since.
      const writer = async (actor: Actor, n: number) => {
        const deadline = Date.now() + 60_000;
        let mineAfter = 0;
        for (let i = 0; Date.now() < deadline && mineAfter < 3; i++) {
          const res = await actor.post('/api/log', {
            kind: 'note',
            date: today(),
            text: `writer ${n} entry ${i}`,
            visibility: 'shared',
          });
          if (res.statusCode === 201) {
            acknowledged.push(res.json().id);
            if (restarted) {
              mineAfter++;
              afterRestart++;
            }
          } else if (res.statusCode === 503) {
            unavailable.push({ retryAfter: res.headers['retry-after'] });
            await new Promise((r) => setTimeout(r, 50));
          } else other.push(`${res.statusCode} ${res.body.slice(0, 200)}`);
        }
      };
      const writers = [writer(a, 1), writer(b, 2), writer(a, 3), writer(b, 4)];

      // 3. Once writes flow, restart PostgreSQL under them.
      while (acknowledged.length < 20 && other.length === 0) await new Promise((r) => setTimeout(r, 20));
      const before = acknowledged.length;
      await server.restart();
      restarted = true;
      await Promise.all(writers);

      expect(crashes).toEqual([]);
      expect(other).toEqual([]);
      expect(before).toBeGreaterThanOrEqual(20);
      // During the outage: 503, each with a Retry-After.
      expect(unavailable.length).toBeGreaterThan(0);
      expect(unavailable.filter((u) => !(Number(u.retryAfter) > 0))).toEqual([]);
      // After it: the pool reconnected on its own and every writer wrote again.
      expect(afterRestart).toBeGreaterThanOrEqual(12);
      expect((await app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
      // Every acknowledged write is there, read over a connection of its own.
      const check = new pg.Client({ connectionString: server.url });
      await check.connect();
      const rows = await check.query<{ id: string }>('select id from log where id = any($1)', [acknowledged]);
      await check.end();
      expect(rows.rows.length).toBe(acknowledged.length);
    } finally {
      process.off('uncaughtException', onCrash);
      process.off('unhandledRejection', onCrash);
    }
  });
});
