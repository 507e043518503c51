/**
 * The spine's speed: authenticated log list (50 entries) and entry create, attune vs a bare
 * Fastify baseline on the same store, on SQLite and PostgreSQL. Throughput at full load, then
 * p50/p99 latency at half of attune's maximum throughput (a fixed rate, so queueing does not
 * hide in the numbers). Servers listen on loopback only; every run is bounded in time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { openStore } from '../src/storage/db.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { onBothDatabases } from './databases.ts';
import type { Report } from './harness.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = 10;

async function startServer(args: string[]): Promise<{ port: number; child: ChildProcess }> {
  const child = spawn(process.execPath, ['bench/server.ts', ...args], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /\{"port":(\d+)\}/.exec(out);
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', (code) => reject(new Error(`bench server exited with ${code}`)));
  });
  return { port, child };
}

interface Load {
  method: 'GET' | 'POST';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

async function fire(port: number, load: Load, overallRate?: number) {
  const result = await autocannon({
    url: `http://127.0.0.1:${port}${load.path}`,
    method: load.method,
    headers: load.headers,
    body: load.body,
    connections: CONNECTIONS,
    duration: SECONDS,
    ...(overallRate ? { overallRate } : {}),
  });
  const bad = result.non2xx + result.errors;
  if (bad > 0) throw new Error(`${bad} failed requests on ${load.method} ${load.path}`);
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99 };
}

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
    const appMax = await fire(app.port, appLoads[op]!);
    const baseMax = await fire(base.port, baseLoads[op]!);
    const rate = Math.max(1, Math.floor(appMax.rps / 2));
    const appHalf = await fire(app.port, appLoads[op]!, rate);
    const baseHalf = await fire(base.port, baseLoads[op]!, rate);
    const label = op === 'list' ? 'log list (50 entries)' : 'entry create';
    const ratio = appMax.rps / baseMax.rps;
    const baseline = { label: 'bare Fastify, same store, same SQL incl. session lookup' };
    report({
      name: `${label}, ${dialect}, throughput`,
      value: appMax.rps,
      unit: 'req/s',
      better: 'higher',
      baseline: { ...baseline, value: baseMax.rps },
      target: 'ratio ≥ 0.5',
      ok: ratio >= 0.5,
    });
    report({
      name: `${label}, ${dialect}, p50 at ${rate} req/s`,
      value: appHalf.p50,
      unit: 'ms',
      better: 'lower',
      baseline: { ...baseline, value: baseHalf.p50 },
    });
    const p99Target = dialect === 'SQLite' ? { target: '≤ 20 ms', ok: appHalf.p99 <= 20 } : {};
    report({
      name: `${label}, ${dialect}, p99 at ${rate} req/s`,
      value: appHalf.p99,
      unit: 'ms',
      better: 'lower',
      baseline: { ...baseline, value: baseHalf.p99 },
      ...p99Target,
    });
  }
  app.child.kill();
  base.child.kill();
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('api', (dialect, url) => benchDialect(report, dialect, url));
}
