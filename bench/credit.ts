/**
 * Credit (issue 16), on the three-year demo couple (seed 1), on SQLite and PostgreSQL:
 * - the full credit scan cold (rows loaded through Lisa's scope, every action × outcome × lag 0–14
 *   tested; target ≤ 2 s) beside loading those rows alone;
 * - the scan served from the cache (target ≤ 50 ms) beside the data fingerprint check alone (the
 *   write stamp, and the fingerprint only when the stamp moved);
 * - the hints page over HTTP, p99 at half of attune's maximum (target ≤ 300 ms), beside bare
 *   Fastify running the same SQL a cached read runs (bench/bare.ts, `/credit/hints`).
 */
import { findViewerByEmail } from '../src/areas/account/store.ts';
import { clearCreditCaches, creditScanFor } from '../src/areas/credit/present.ts';
import { dataFingerprint, loadCreditRows } from '../src/areas/credit/store.ts';
import { localDate } from '../src/dates.ts';
import { DEMO_LOGINS, loadDemo } from '../src/demo/load.ts';
import { planDemo } from '../src/demo/plan.ts';
import { openStore } from '../src/storage/db.ts';
import { migrateToLatest } from '../src/storage/migrate.ts';
import type { PartnerViewer } from '../src/storage/scope.ts';
import { type DialectLabel, onBothDatabases } from './databases.ts';
import { percentile, type Report, timeRuns } from './harness.ts';
import { fire, load, startServer } from './load.ts';

const BASE = 'bare Fastify, same store, the SQL of a cached read incl. session lookup';

async function benchDialect(report: Report, dialect: DialectLabel, url: string): Promise<void> {
  const store = await openStore({ url });
  await migrateToLatest(store.db);
  await loadDemo(store.db, planDemo(1, localDate(DEMO_LOGINS.lisa.timeZone)));
  const viewer = (await findViewerByEmail(store.db, DEMO_LOGINS.lisa.email)) as PartnerViewer;
  try {
    const cold = await timeRuns(async () => {
      clearCreditCaches();
      await creditScanFor(store.db, viewer);
    }, 5);
    const rows = await timeRuns(() => loadCreditRows(store.db, viewer), 5);
    report({
      name: `credit scan, demo couple (3 years), cold, ${dialect}, median of 5`,
      value: percentile(cold, 50),
      unit: 'ms',
      better: 'lower',
      baseline: { value: percentile(rows, 50), label: 'loading the same rows only' },
      target: '≤ 2000 ms',
      ok: percentile(cold, 50) <= 2000,
    });
    await creditScanFor(store.db, viewer);
    const cached = await timeRuns(() => creditScanFor(store.db, viewer), 50);
    const fingerprint = await timeRuns(() => dataFingerprint(store.db, viewer), 50);
    report({
      name: `credit scan, cached, ${dialect}, p99 of 50`,
      value: percentile(cached, 99),
      unit: 'ms',
      better: 'lower',
      baseline: { value: percentile(fingerprint, 99), label: 'the data fingerprint check alone' },
      target: '≤ 50 ms',
      ok: percentile(cached, 99) <= 50,
    });

    const app = await startServer(['app', url]);
    const base = await startServer(['baseline', url, '-', '-']);
    try {
      const login = await fetch(`http://127.0.0.1:${app.port}/api/account/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: DEMO_LOGINS.lisa.email, password: DEMO_LOGINS.lisa.password }),
      });
      if (login.status !== 200) throw new Error(`login: ${login.status}`);
      const cookie = login.headers.get('set-cookie')!.split(';')[0]!;
      // The server's first read computes the scan; the page is then served from its cache.
      const first = await fetch(`http://127.0.0.1:${app.port}/api/credit/hints`, { headers: { cookie } });
      if (first.status !== 200) throw new Error(`hints: ${first.status}`);
      const appLoad = load('GET', '/api/credit/hints', cookie);
      const baseLoad = load('GET', '/credit/hints', cookie);
      const appMax = await fire(app.port, appLoad);
      const baseMax = await fire(base.port, baseLoad);
      const rate = Math.max(1, Math.floor(appMax.rps / 2));
      const appHalf = await fire(app.port, appLoad, rate);
      const baseHalf = await fire(base.port, baseLoad, rate);
      report({
        name: `hints page, ${dialect}, throughput`,
        value: appMax.rps,
        unit: 'req/s',
        better: 'higher',
        baseline: { value: baseMax.rps, label: BASE },
      });
      report({
        name: `hints page, ${dialect}, p99 at ${rate} req/s`,
        value: appHalf.p99,
        unit: 'ms',
        better: 'lower',
        baseline: { value: baseHalf.p99, label: BASE },
        target: '≤ 300 ms',
        ok: appHalf.p99 <= 300,
      });
    } finally {
      app.child.kill();
      base.child.kill();
    }
  } finally {
    await store.close();
  }
}

export async function run(report: Report): Promise<void> {
  await onBothDatabases('credit', (dialect, url) => benchDialect(report, dialect, url));
}
