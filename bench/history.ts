/**
 * Training history (issue 15): `GET /api/history` for the three-year demo couple (the Johnsons,
 * `attune demo`), on SQLite and PostgreSQL, beside bare Fastify doing the raw read of the same
 * rows (bench/bare.ts), through bench/load.ts: throughput, then p50/p99 at half of attune's
 * maximum. Target: p99 ≤ 300 ms.
 */

import { localDate } from '../src/dates.ts';
import { DEMO_LOGINS, loadDemo } from '../src/demo/load.ts';
import { planDemo } from '../src/demo/plan.ts';
import { openStore } from '../src/storage/db.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import { type DialectLabel, onBothDatabases } from './databases.ts';
import type { Report } from './harness.ts';
import { compareLoads, load, startServer } from './load.ts';

const BASE = 'bare Fastify, same store, raw read of the same rows incl. session lookup';

async function logIn(port: number): Promise<string> {
  const r = await fetch(`http://127.0.0.1:${port}/api/account/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: DEMO_LOGINS.lisa.email, password: DEMO_LOGINS.lisa.password }),
  });
  if (r.status !== 200) throw new Error(`login: ${r.status} ${await r.text()}`);
  return r.headers.get('set-cookie')!.split(';')[0]!;
}

async function benchDialect(report: Report, dialect: DialectLabel, url: string): Promise<void> {
  const store = await openStore({ url });
  await migrateToLatest(store.db);
  const plan = planDemo(1, localDate('America/Chicago'));
  await loadDemo(store.db, plan);
  const app = await startServer(['app', url]);
  const base = await startServer(['baseline', url, '-', '-']);
  try {
    const cookie = await logIn(app.port);
    const probe = await fetch(`http://127.0.0.1:${app.port}/api/history`, { headers: { cookie } });
    const body = (await probe.json()) as { from: string; to: string; annotations: unknown[] };
    await compareLoads(report, {
      label: `history, demo couple (${body.from} to ${body.to}, ${plan.checkins.length} check-ins, ${body.annotations.length} annotations)`,
      dialect,
      app: { port: app.port, load: load('GET', '/api/history', cookie) },
      base: { port: base.port, load: load('GET', '/history', cookie), label: BASE },
      p99Target: 300,
    });
  } finally {
    app.child.kill();
    base.child.kill();
    await store.close();
  }
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('history', (dialect, url) => benchDialect(report, dialect, url));
}
