/**
 * Open-loop HTTP load for the API sections: attune and a bare Fastify baseline each run in a
 * child process (bench/server.ts) so the load generator does not share their event loop.
 * Throughput at full load, then p50/p99 latency at half of attune's maximum throughput (a fixed
 * rate, so queueing does not hide in the numbers). Loopback only; every run is bounded in time.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import autocannon from 'autocannon';
import { openStore, type Store } from '../src/storage/db.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import type { DialectLabel } from './databases.ts';
import type { Report } from './harness.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 3);
const CONNECTIONS = 10;

export async function startServer(args: string[]): Promise<{ port: number; child: ChildProcess }> {
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

export interface Load {
  method: 'GET' | 'POST' | 'PATCH';
  path: string;
  headers: Record<string, string>;
  body?: string;
}

export async function fire(port: number, load: Load, overallRate?: number) {
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

/** A JSON request with a session cookie. */
export function load(method: Load['method'], path: string, cookie: string, body?: unknown): Load {
  return body === undefined
    ? { method, path, headers: { cookie } }
    : { method, path, headers: { cookie, 'content-type': 'application/json' }, body: JSON.stringify(body) };
}

/**
 * One operation on attune beside the same on the baseline: throughput (ratio ≥ 0.5), then p50 and
 * p99 at half of attune's maximum (p99 ≤ 20 ms for CRUD where `p99Target` is true, or ≤ that many ms).
 */
export async function compareLoads(
  report: Report,
  o: {
    label: string;
    dialect: DialectLabel;
    app: { port: number; load: Load };
    base: { port: number; load: Load; label: string };
    p99Target: boolean | number;
  },
): Promise<void> {
  const appMax = await fire(o.app.port, o.app.load);
  const baseMax = await fire(o.base.port, o.base.load);
  const rate = Math.max(1, Math.floor(appMax.rps / 2));
  const appHalf = await fire(o.app.port, o.app.load, rate);
  const baseHalf = await fire(o.base.port, o.base.load, rate);
  const ratio = appMax.rps / baseMax.rps;
  const baseline = { label: o.base.label };
  report({
    name: `${o.label}, ${o.dialect}, throughput`,
    value: appMax.rps,
    unit: 'req/s',
    better: 'higher',
    baseline: { ...baseline, value: baseMax.rps },
    target: 'ratio ≥ 0.5',
    ok: ratio >= 0.5,
  });
  report({
    name: `${o.label}, ${o.dialect}, p50 at ${rate} req/s`,
    value: appHalf.p50,
    unit: 'ms',
    better: 'lower',
    baseline: { ...baseline, value: baseHalf.p50 },
  });
  report({
    name: `${o.label}, ${o.dialect}, p99 at ${rate} req/s`,
    value: appHalf.p99,
    unit: 'ms',
    better: 'lower',
    baseline: { ...baseline, value: baseHalf.p99 },
    ...(o.p99Target === false
      ? {}
      : (() => {
          const ms = o.p99Target === true ? 20 : o.p99Target;
          return { target: `≤ ${ms} ms`, ok: appHalf.p99 <= ms };
        })()),
  });
}

/** Signs up two partners over HTTP and forms their couple; returns both cookies and ids. */
export async function httpCouple(port: number) {
  const base = `http://127.0.0.1:${port}`;
  const post = async (path: string, body: unknown, cookie?: string) => {
    const r = await fetch(base + path, {
      method: 'POST',
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(cookie ? { cookie } : {}),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (r.status >= 300) throw new Error(`${path}: ${r.status} ${await r.text()}`);
    return r;
  };
  const signUp = async (name: string) => {
    const r = await post('/api/account/signup', {
      email: `${name}${Date.now()}@example.com`,
      password: 'bench password 123',
    });
    return {
      cookie: r.headers.get('set-cookie')!.split(';')[0]!,
      id: ((await r.json()) as { id: string }).id,
    };
  };
  const a = await signUp('lisa');
  const b = await signUp('mike');
  const couple = (await (
    await post('/api/couple', { displayName: 'Lisa', timeZone: 'UTC' }, a.cookie)
  ).json()) as {
    id: string;
  };
  const { code } = (await (await post('/api/couple/invites', undefined, a.cookie)).json()) as {
    code: string;
  };
  await post('/api/couple/join', { code, displayName: 'Michael', timeZone: 'UTC' }, b.cookie);
  const call = async (method: string, path: string, body: unknown, cookie = a.cookie) => {
    const r = await fetch(base + path, {
      method,
      headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (r.status >= 300) throw new Error(`${method} ${path}: ${r.status} ${await r.text()}`);
    return r.json() as Promise<Record<string, unknown>>;
  };
  return { coupleId: couple.id, a, b, call };
}

/** What most sections compare against: the bare baseline server running the same SQL. */
export const SAME_SQL = 'bare Fastify, same store, same SQL incl. session lookup';

/**
 * A section's usual set-up on one database: the store migrated (for seeding rows directly),
 * attune and the bare baseline each in a child process, and a couple formed over HTTP. Both
 * servers and the store are closed whatever `body` does.
 */
export async function withServers(
  url: string,
  body: (s: {
    store: Store;
    app: { port: number };
    base: { port: number };
    couple: Awaited<ReturnType<typeof httpCouple>>;
  }) => Promise<void>,
): Promise<void> {
  const store = await openStore({ url });
  await migrateToLatest(store.db);
  const app = await startServer(['app', url]);
  const base = await startServer(['baseline', url, '-', '-']);
  try {
    await body({ store, app, base, couple: await httpCouple(app.port) });
  } finally {
    app.child.kill();
    base.child.kill();
    await store.close();
  }
}
