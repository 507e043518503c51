/**
 * The spine's speed: authenticated log list (50 entries) and entry create, attune vs a bare
 * Fastify baseline on the same store, on SQLite and PostgreSQL. Throughput at full load, then
 * p50/p99 latency at half of attune's maximum throughput (a fixed rate, so queueing does not
 * hide in the numbers). Servers listen on loopback only; every run is bounded in time.
 */
import { openStore } from '../src/storage/db.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { onBothDatabases } from './databases.ts';
import type { Report } from './harness.ts';
import { compareLoads, type Load, startServer } from './load.ts';

async function setUpCouple(port: number) {
  const base = `http://127.0.0.1:${port}`;
  const post = async (path: string, body: unknown, cookie?: string) =>
    fetch(base + path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    });
  const signup = await post('/api/account/signup', {
    email: `bench${Date.now()}@example.com`,
    password: 'bench password 123',
  });
  const cookie = signup.headers.get('set-cookie')!.split(';')[0]!;
  const me = (await signup.json()) as { id: string };
  const couple = (await (
    await post('/api/couple', { displayName: 'Bench', timeZone: 'UTC' }, cookie)
  ).json()) as { id: string };
  for (let i = 0; i < 50; i++) {
    await post(
      '/api/log',
      {
        kind: 'note',
        date: '2025-01-01',
        text: `entry ${i} with a realistic amount of text about the day`,
        visibility: 'shared',
      },
      cookie,
    );
  }
  return { cookie, coupleId: couple.id, userId: me.id };
}

async function benchDialect(report: Report, dialect: 'SQLite' | 'PostgreSQL', url: string): Promise<void> {
  const store = await openStore({ url });
  await migrateToLatest(store.db);
  await store.close();

  const app = await startServer(['app', url]);
  const { cookie, coupleId, userId } = await setUpCouple(app.port);
  const body = JSON.stringify({
    kind: 'note',
    date: '2025-01-02',
    text: 'a new entry',
    visibility: 'shared',
  });
  const json = { 'content-type': 'application/json' };
  const appLoads: Record<string, Load> = {
    list: { method: 'GET', path: '/api/log?limit=50', headers: { cookie } },
    create: { method: 'POST', path: '/api/log', headers: { cookie, ...json }, body },
  };
  const baseLoads: Record<string, Load> = {
    list: { method: 'GET', path: '/log', headers: { cookie } },
    create: { method: 'POST', path: '/log', headers: { cookie, ...json }, body },
  };
  // Both servers run side by side, and each operation is measured on both before the next, so
  // the two see the same table (creates grow it).
  const base = await startServer(['baseline', url, coupleId, userId]);
  for (const op of ['list', 'create']) {
    await compareLoads(report, {
      label: op === 'list' ? 'log list (50 entries)' : 'entry create',
      dialect,
      app: { port: app.port, load: appLoads[op]! },
      base: {
        port: base.port,
        load: baseLoads[op]!,
        label: 'bare Fastify, same store, same SQL incl. session lookup',
      },
      p99Target: dialect === 'SQLite',
    });
  }
  app.child.kill();
  base.child.kill();
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('api', (dialect, url) => benchDialect(report, dialect, url));
}
